import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { addPastedText, type PastedTextOutcome } from '@/lib/db/repos/pasted-text';
import { preparePastedText } from '@/lib/evidence/pasted-text';
import { MAX_MESSAGE_TEXT } from '@/lib/schemas/limits';
import { Dialog } from '../../common/Dialog';
import { useLocaleInfo } from '../../common/locale-context';
import { DialogActions } from '../../common/DialogActions';

/** An e-mail or transcript the company sent, pasted with its sender and subject. */
export function PasteTextDialog({
  repo,
  caseId,
  open,
  onClose,
  onSaved,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  open: boolean;
  onClose: () => void;
  onSaved: (outcome: PastedTextOutcome) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const [from, setFrom] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const prepared = preparePastedText({ body, from, subject });
  const number = new Intl.NumberFormat(locale);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const save = () => {
    if (!body.trim()) {
      setProblem(t('bring.paste.empty'));
      return;
    }
    setSaving(true);
    addPastedText(repo, caseId, { body, from, subject }, { untitled: t('bring.paste.untitled') })
      .then((outcome) => {
        setFrom('');
        setSubject('');
        setBody('');
        close();
        onSaved(outcome);
      }, onError)
      .finally(() => setSaving(false));
  };
  return (
    <Dialog
      open={open}
      title={t('bring.paste.title')}
      onClose={close}
      actions={
        <DialogActions onCancel={close} onConfirm={save} confirmLabel={t('bring.paste.save')} disabled={saving} />
      }
    >
      <label className="field">
        <span>{t('bring.paste.from')}</span>
        <input value={from} onChange={(e) => setFrom(e.target.value)} maxLength={500} dir="auto" />
      </label>
      <label className="field">
        <span>{t('bring.paste.subject')}</span>
        <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={500} dir="auto" />
      </label>
      <label className="field">
        <span>{t('bring.paste.text')}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={10} dir="auto" required />
      </label>
      {prepared.truncated && (
        <p className="warning small" role="status">
          {t('bring.paste.truncated', {
            length: number.format(prepared.full.length),
            limit: number.format(MAX_MESSAGE_TEXT),
          })}
        </p>
      )}
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
