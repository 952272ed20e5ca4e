import { ScrollText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationOutcome } from '@/lib/capture/add-conversation';
import { sendMessage } from '@/lib/messaging/client';
import { errorMessage } from '../common/error-message';
import { captureRefusalMessage } from './capture-refusal';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; outcome: ConversationOutcome }
  | { kind: 'failed'; message: string };

/** After a capture: scroll the chat's list from the top and add the stitched image to the capture. */
export function WholeConversationButton({ tabId, captureId }: { tabId: number; captureId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'working' });
    try {
      const reply = await sendMessage('capture.conversation', { tabId, captureId });
      setState(
        reply.ok
          ? { kind: 'done', outcome: reply }
          : { kind: 'failed', message: captureRefusalMessage(reply.error, t) },
      );
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error, t) });
    }
  };

  if (state.kind === 'idle') {
    return (
      <button
        type="button"
        className="quiet"
        title={t('capture.wholeConversationHint')}
        data-testid="capture-conversation"
        onClick={() => void run()}
      >
        <ScrollText aria-hidden="true" size={16} /> {t('capture.wholeConversation')}
      </button>
    );
  }
  if (state.kind === 'working') return <p className="small">{t('capture.conversationWorking')}</p>;
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="small error-text">
        {t('popup.captureFailed', { reason: state.message })}
      </p>
    );
  }
  const { outcome } = state;
  if (!outcome.found) return <p className="small warning">{t('capture.conversationNotFound')}</p>;
  return (
    <p className="small" data-testid="capture-conversation-saved">
      {t('capture.conversationSaved', { shots: String(outcome.shots) })}
      {outcome.truncated && <> {t('capture.conversationTruncated')}</>}
    </p>
  );
}
