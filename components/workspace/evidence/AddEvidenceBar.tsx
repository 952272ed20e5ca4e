import { ClipboardPaste } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { addAttachments, type AttachmentOutcome } from '@/lib/db/repos/attachments';
import { formatBytes } from '@/lib/i18n/format';
import { MAX_ATTACHMENT_BYTES } from '@/lib/schemas/limits';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo } from '../../common/locale-context';
import { AttachFiles } from './AttachFiles';
import { AttachOutcomeNotice } from './AttachOutcomeNotice';
import { CallLogger } from './CallLogger';
import { PasteTextDialog } from './PasteTextDialog';
import { useFileDrop } from './use-file-drop';

type Notice = { kind: 'files'; outcome: AttachmentOutcome } | { kind: 'text'; message: string };

/** Evidence the user brings to the open case: files, a pasted e-mail or transcript, a phone call. */
export function AddEvidenceBar({
  repo,
  caseId,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const [busy, setBusy] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fail = useCallback((error: unknown) => onError(errorMessage(error, t)), [onError, t]);
  const attach = useCallback(
    (files: File[]) => {
      setBusy(true);
      setNotice(null);
      addAttachments(repo, caseId, files)
        .then((outcome) => setNotice({ kind: 'files', outcome }), fail)
        .finally(() => setBusy(false));
    },
    [repo, caseId, fail],
  );
  const dragging = useFileDrop(attach);
  return (
    <section className="add-evidence" aria-label={t('bring.label')}>
      <div className="row">
        <AttachFiles busy={busy} onFiles={attach} />
        <button type="button" onClick={() => setPasting(true)}>
          <ClipboardPaste aria-hidden="true" size={16} />
          {t('bring.paste.button')}
        </button>
      </div>
      <p className="muted small">{t('bring.dropHint', { limit: formatBytes(MAX_ATTACHMENT_BYTES, locale) })}</p>
      <CallLogger
        repo={repo}
        caseId={caseId}
        onSaved={() => setNotice({ kind: 'text', message: t('bring.call.saved') })}
        onError={fail}
      />
      <div role="status" className="small" data-testid="bring-status">
        {notice?.kind === 'files' && <AttachOutcomeNotice outcome={notice.outcome} />}
        {notice?.kind === 'text' && <p>{notice.message}</p>}
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('bring.dropHere')}
        </div>
      )}
      <PasteTextDialog
        repo={repo}
        caseId={caseId}
        open={pasting}
        onClose={() => setPasting(false)}
        onSaved={(outcome) =>
          setNotice({ kind: 'text', message: t('bring.paste.done', { count: outcome.facts.length }) })
        }
        onError={fail}
      />
    </section>
  );
}
