import { Camera, Check } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureOutcome } from '@/lib/capture/run-capture';
import type { RepoContext } from '@/lib/db/context';
import { moveItem } from '@/lib/db/repos/items';
import { sendMessage } from '@/lib/messaging/client';
import { errorMessage } from '../common/error-message';
import { captureRefusalMessage } from './capture-refusal';
import { CasePickerDialog } from '../workspace/CasePickerDialog';
import { WholeConversationButton } from './WholeConversationButton';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; outcome: CaptureOutcome }
  | { kind: 'undone' }
  | { kind: 'moved' }
  | { kind: 'failed'; message: string };

/**
 * The toolbar click's capture. As the real popup it starts at once (the click granted
 * activeTab); opened as a tab (previews, tests) it waits for the button.
 */
export function CapturePanel({ repo, tabId, autoStart }: { repo: RepoContext; tabId: number; autoStart: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [moving, setMoving] = useState(false);
  const started = useRef(false);

  const start = async () => {
    setState({ kind: 'saving' });
    // One id per click: if the worker stops mid-capture, the retry returns what was saved, if anything.
    const requestId = crypto.randomUUID();
    const attempt = () => sendMessage('capture.run', { tabId, requestId });
    try {
      const reply = await attempt().catch(attempt);
      if (reply.ok) setState({ kind: 'saved', outcome: reply });
      else {
        setState({ kind: 'failed', message: captureRefusalMessage(reply.error, t) });
      }
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error, t) });
    }
  };

  useEffect(() => {
    if (autoStart && !started.current) {
      started.current = true;
      void start();
    }
  });

  return (
    <section className="capture" aria-live="polite" data-testid="capture-panel">
      {state.kind === 'idle' && (
        <button type="button" className="primary" onClick={() => void start()}>
          <Camera aria-hidden="true" size={16} /> {t('popup.captureThis')}
        </button>
      )}
      {state.kind === 'saving' && <p className="small">{t('popup.capturing')}</p>}
      {state.kind === 'saved' && (
        <>
          <p className="strong">
            <Check aria-hidden="true" size={16} className="dot-on" />{' '}
            {t('popup.captured', { title: state.outcome.caseTitle })}
          </p>
          <p className="small muted">
            {state.outcome.notes.includes('no-page-archive') ? t('popup.capturedNoArchive') : t('popup.capturedItems')}
          </p>
          {state.outcome.facts.length > 0 && (
            <p className="small" data-testid="capture-facts">
              {t('capture.factsFound', {
                list: state.outcome.facts
                  .slice(0, 6)
                  .map((fact) => fact.value)
                  .join(' · '),
              })}
            </p>
          )}
          {state.outcome.notes.includes('frames-out-of-reach') && (
            <p className="small warning" data-testid="capture-frames-note">
              {t('capture.framesOutOfReach', { origins: state.outcome.unreachableFrames.map(hostOf).join(', ') })}
            </p>
          )}
          {state.outcome.notes.includes('text-truncated') && (
            <p className="small warning" data-testid="capture-text-note">
              {t('capture.textTruncated')}
            </p>
          )}
          {state.outcome.notes.includes('selection-truncated') && (
            <p className="small warning" data-testid="capture-selection-note">
              {t('capture.selectionTruncated')}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              onClick={() =>
                void sendMessage('capture.undo', { captureId: state.outcome.captureId }).then((reply) =>
                  setState(reply.ok ? { kind: 'undone' } : { kind: 'failed', message: reply.error.message }),
                )
              }
            >
              {t('popup.undo')}
            </button>
            <button type="button" className="quiet" onClick={() => setMoving(true)}>
              {t('popup.moveCapture')}
            </button>
          </div>
          <WholeConversationButton tabId={tabId} captureId={state.outcome.captureId} />
          <CasePickerDialog
            repo={repo}
            open={moving}
            title={t('move.title')}
            label={t('move.target')}
            confirmLabel={t('move.confirm')}
            excludeCaseId={state.outcome.caseId}
            onClose={() => setMoving(false)}
            onPick={(target) => {
              setMoving(false);
              Promise.all(state.outcome.items.map((item) => moveItem(repo, 'evidence', item.id, target))).then(
                () => setState({ kind: 'moved' }),
                (error: unknown) => setState({ kind: 'failed', message: errorMessage(error, t) }),
              );
            }}
          />
        </>
      )}
      {state.kind === 'undone' && <p className="small">{t('popup.undone')}</p>}
      {state.kind === 'moved' && <p className="small">{t('popup.moved')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="small error-text">
          {t('popup.captureFailed', { reason: state.message })}
        </p>
      )}
    </section>
  );
}
