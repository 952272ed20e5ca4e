import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { remindAboutFact } from '@/lib/db/repos/facts';
import { localIsoDate } from '@/lib/facts/suggest';
import { Dialog } from '../../common/Dialog';
import type { CaseFact } from './use-case-facts';
import { DialogActions } from '../../common/DialogActions';

/** 18:00 local on a YYYY-MM-DD date: in the evening, when the promised refund should have shown. */
function eveningOf(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 18).getTime();
  return Number.isFinite(at) ? at : null;
}

export function RemindDialog({
  repo,
  item,
  suggestedDueAt,
  now,
  onClose,
  onError,
}: {
  repo: RepoContext;
  item: CaseFact | null;
  suggestedDueAt: number | null;
  now: number;
  onClose: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!item) return;
    const name = item.source.authorName;
    const promise = item.fact.value;
    setTitle(name ? t('facts.remind.withName', { name, promise }) : t('facts.remind.withoutName', { promise }));
    setDate(localIsoDate(suggestedDueAt ?? now + 3 * 86_400_000));
    setProblem(null);
  }, [item, suggestedDueAt, now, t]);
  const submit = () => {
    const dueAt = eveningOf(date);
    if (!item || dueAt === null || !title.trim()) {
      setProblem(t('facts.remind.badDate'));
      return;
    }
    remindAboutFact(repo, item.fact.id, dueAt, title).then(onClose, onError);
  };
  return (
    <Dialog
      open={item !== null}
      title={t('facts.remind.title')}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} onConfirm={submit} confirmLabel={t('facts.remind.set')} />}
    >
      <label className="field">
        <span>{t('facts.remind.when')}</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <label className="field">
        <span>{t('facts.remind.text')}</span>
        <textarea value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} rows={3} />
      </label>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
