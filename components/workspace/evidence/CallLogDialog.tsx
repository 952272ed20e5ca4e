import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationMsOf, formatCallClock, holdMsOf, type CallState } from '@/lib/calls/call-state';
import type { RepoContext } from '@/lib/db/context';
import { saveCallLog, type CallLogOutcome } from '@/lib/db/repos/calls';
import { Dialog } from '../../common/Dialog';
import { CallLawNotes } from './CallLawNotes';
import { CallTimes } from './CallTimes';
import { DialogActions } from '../../common/DialogActions';

/** After "Call ended": who answered, what they promised, notes; then the call is saved as evidence. */
export function CallLogDialog({
  repo,
  caseId,
  call,
  open,
  onClose,
  onSaved,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  call: Extract<CallState, { phase: 'ended' }>;
  open: boolean;
  onClose: () => void;
  onSaved: (outcome: CallLogOutcome) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [repName, setRepName] = useState('');
  const [promised, setPromised] = useState('');
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const hold = formatCallClock(holdMsOf(call, call.endedAt));
  const duration = formatCallClock(durationMsOf(call, call.endedAt));
  const summary = t('bring.call.summary', { hold, duration });
  const save = () => {
    const name = repName.trim();
    const title = name ? t('bring.call.titleWith', { name }) : t('bring.call.title');
    setSaving(true);
    saveCallLog(repo, caseId, { repName, promised, notes, title, summary: `${title}. ${summary}` })
      .then(onSaved, onError)
      .finally(() => setSaving(false));
  };
  return (
    <Dialog
      open={open}
      title={t('bring.call.formTitle')}
      onClose={onClose}
      actions={
        <DialogActions onCancel={onClose} onConfirm={save} confirmLabel={t('bring.call.save')} disabled={saving} />
      }
    >
      <CallTimes hold={hold} duration={duration} />
      <CallLawNotes repo={repo} caseId={caseId} waitedMs={holdMsOf(call, call.endedAt)} />
      <label className="field">
        <span>{t('bring.call.repName')}</span>
        <input value={repName} onChange={(e) => setRepName(e.target.value)} maxLength={500} dir="auto" />
      </label>
      <label className="field">
        <span>{t('bring.call.promised')}</span>
        <textarea
          value={promised}
          onChange={(e) => setPromised(e.target.value)}
          maxLength={5000}
          rows={2}
          dir="auto"
          placeholder={t('bring.call.promisedHint')}
        />
      </label>
      <label className="field">
        <span>{t('bring.call.notes')}</span>
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={190_000} rows={4} dir="auto" />
      </label>
    </Dialog>
  );
}
