import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { listCases } from '@/lib/db/repos/cases';
import { Dialog } from '../common/Dialog';
import { DialogActions } from '../common/DialogActions';

/** Choose another case: the target of a move or a merge. */
export function CasePickerDialog({
  repo,
  open,
  title,
  body,
  label,
  confirmLabel,
  excludeCaseId,
  onPick,
  onClose,
}: {
  repo: RepoContext;
  open: boolean;
  title: string;
  body?: string;
  label: string;
  confirmLabel: string;
  excludeCaseId: string;
  onPick: (caseId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const others = useLiveQuery(
    async () => (await listCases(repo)).filter((c) => c.id !== excludeCaseId),
    [repo, excludeCaseId],
  );
  const [choice, setChoice] = useState('');
  const selected = choice || others?.[0]?.id || '';
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={
        <DialogActions
          onCancel={onClose}
          onConfirm={() => onPick(selected)}
          confirmLabel={confirmLabel}
          disabled={!selected}
        />
      }
    >
      {body && <p>{body}</p>}
      {others?.length === 0 ? (
        <p className="muted">{t('case.noOtherCases')}</p>
      ) : (
        <label htmlFor={selectId} className="field">
          <span>{label}</span>
          <select id={selectId} value={selected} onChange={(event) => setChoice(event.target.value)}>
            {others?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </Dialog>
  );
}
