import { ClipboardCopy, MessageSquareShare, Send } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { isQuotaError } from '@/lib/db/errors';
import { recordSentDraft, type DraftDelivery, type DraftInput } from '@/lib/db/repos/drafts';
import { sendMessage } from '@/lib/messaging/client';
import { errorMessage } from '../../common/error-message';

type Status = { kind: 'ok' | 'info' | 'error'; text: string } | null;

/**
 * Copy, put into the chat box of the page beside the workspace (never sent: the user presses the
 * chat's own Send), or mark as sent. A draft that went into the chat or was marked sent is kept
 * with the case and shows on its timeline.
 */
export function DraftActions({
  repo,
  site,
  draft,
  blanksLeft,
}: {
  repo: RepoContext;
  site: string | null;
  draft: DraftInput;
  blanksLeft: number;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>(null);
  const [copied, setCopied] = useState(false);

  const keep = async (delivery: DraftDelivery) => {
    await recordSentDraft(repo, draft, delivery);
  };
  const copy = async (): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(draft.text);
      return true;
    } catch {
      return false;
    }
  };
  const run = (action: () => Promise<Status>) => async () => {
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error, t) });
    }
  };

  const onCopy = run(async () => {
    if (!(await copy())) return { kind: 'error', text: t('draftTab.copyFailed') };
    setCopied(true);
    return { kind: 'ok', text: t('draftTab.copied') };
  });
  const onInsert = run(async () => {
    const reply = await sendMessage('draft.insert', { site, text: draft.text });
    if (!reply.ok) return { kind: 'error', text: reply.error.message };
    if (reply.result === 'inserted') {
      try {
        await keep('inserted');
      } catch (error) {
        // The text is in the chat box already: "try again" would put it there twice.
        if (isQuotaError(error))
          return { kind: 'error', text: t('errors.draftNotKept', { markSent: t('draftTab.markSent') }) };
        throw error;
      }
      return { kind: 'ok', text: t('draftTab.inserted', { page: reply.tabTitle ?? '' }) };
    }
    const didCopy = await copy();
    if (didCopy) setCopied(true);
    const where = reply.result === 'no-tab' ? 'noTab' : 'noChatBox';
    return { kind: 'info', text: t(`draftTab.${where}${didCopy ? 'Copied' : ''}`) };
  });
  const onMarkSent = run(async () => {
    await keep(copied ? 'copied' : 'marked');
    return { kind: 'ok', text: t('draftTab.markedSent') };
  });

  return (
    <div className="draft-actions">
      {blanksLeft > 0 && (
        <p className="small banner banner-info" role="note">
          {t('draftTab.blanksLeft', { count: blanksLeft })}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => void onInsert()} disabled={!draft.text.trim()}>
          <MessageSquareShare aria-hidden="true" size={16} /> {t('draftTab.insert')}
        </button>
        <button type="button" onClick={() => void onCopy()} disabled={!draft.text.trim()}>
          <ClipboardCopy aria-hidden="true" size={16} /> {t('draftTab.copy')}
        </button>
        <button type="button" onClick={() => void onMarkSent()} disabled={!draft.text.trim()}>
          <Send aria-hidden="true" size={16} /> {t('draftTab.markSent')}
        </button>
      </div>
      {status && (
        <p role="status" className={`small draft-status draft-status-${status.kind}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
