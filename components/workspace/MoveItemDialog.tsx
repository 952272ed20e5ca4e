import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { moveItem, type ItemTable } from '@/lib/db/repos/items';
import { CasePickerDialog } from './CasePickerDialog';

/**
 * Moves one message or evidence item to another case (a log event in each case), or what `move`
 * moves, e.g. every item of one capture.
 */
export function MoveItemDialog({
  repo,
  table,
  itemId,
  caseId,
  onClose,
  run,
  move,
}: {
  repo: RepoContext;
  table: ItemTable;
  itemId: string | null;
  caseId: string;
  onClose: () => void;
  run: (work: Promise<unknown>) => void;
  move?: (toCaseId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <CasePickerDialog
      repo={repo}
      open={itemId !== null}
      title={t('move.title')}
      label={t('move.target')}
      confirmLabel={t('move.confirm')}
      excludeCaseId={caseId}
      onClose={onClose}
      onPick={(target) => {
        onClose();
        if (move) run(move(target));
        else if (itemId) run(moveItem(repo, table, itemId, target));
      }}
    />
  );
}
