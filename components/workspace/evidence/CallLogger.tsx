import { Phone } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationMsOf, formatCallClock, holdMsOf } from '@/lib/calls/call-state';
import type { RepoContext } from '@/lib/db/context';
import { answerCall, discardCall, endCall, startCall, type CallLogOutcome } from '@/lib/db/repos/calls';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { CallLogDialog } from './CallLogDialog';
import { CallTimes } from './CallTimes';
import { useCallState } from './use-call-state';
import { useNow } from './use-now';

/**
 * Start call → A human answered → Call ended, then the log form. The call lives in the database
 * from the first click, so closing the workspace loses nothing and the clocks resume on reopening.
 */
export function CallLogger({
  repo,
  caseId,
  onSaved,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onSaved: (outcome: CallLogOutcome) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { state, error } = useCallState(repo, caseId);
  const running = state?.phase === 'holding' || state?.phase === 'talking';
  const now = useNow(running);
  const [formClosed, setFormClosed] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  if (error) return <p className="error-text">{error}</p>;
  if (!state) return null;
  const act = (work: Promise<unknown>) => void work.catch(onError);
  const discard = () => {
    setConfirmingDiscard(false);
    act(discardCall(repo, caseId).then(() => setFormClosed(false)));
  };
  if (state.phase === 'idle') {
    return (
      <div className="call-logger">
        <button type="button" onClick={() => act(startCall(repo, caseId).then(() => setFormClosed(false)))}>
          <Phone aria-hidden="true" size={16} />
          {t('bring.call.start')}
        </button>
        <span className="muted small">{t('bring.call.startHint')}</span>
      </div>
    );
  }
  const at = state.phase === 'ended' ? state.endedAt : now;
  return (
    <section className="call-logger call-logger-active" aria-label={t('bring.call.heading')} data-testid="call-logger">
      <p className="strong">
        {state.phase === 'holding' && t('bring.call.holding')}
        {state.phase === 'talking' && t('bring.call.talking')}
        {state.phase === 'ended' && t('bring.call.formTitle')}
      </p>
      <CallTimes hold={formatCallClock(holdMsOf(state, at))} duration={formatCallClock(durationMsOf(state, at))} />
      <div className="row">
        {state.phase === 'holding' && (
          <button type="button" className="primary" onClick={() => act(answerCall(repo, caseId))}>
            {t('bring.call.answered')}
          </button>
        )}
        {state.phase !== 'ended' && (
          <button type="button" onClick={() => act(endCall(repo, caseId))}>
            {t('bring.call.end')}
          </button>
        )}
        {state.phase === 'ended' && (
          <button type="button" className="primary" onClick={() => setFormClosed(false)}>
            {t('bring.call.formTitle')}
          </button>
        )}
        <button type="button" className="quiet" onClick={() => setConfirmingDiscard(true)}>
          {t('bring.call.discard')}
        </button>
      </div>
      {state.phase === 'ended' && (
        <CallLogDialog
          repo={repo}
          caseId={caseId}
          call={state}
          open={!formClosed}
          onClose={() => setFormClosed(true)}
          onSaved={onSaved}
          onError={onError}
        />
      )}
      <ConfirmDialog
        open={confirmingDiscard}
        title={t('bring.call.discardTitle')}
        body={t('bring.call.discardBody')}
        confirmLabel={t('bring.call.discard')}
        danger
        onConfirm={discard}
        onClose={() => setConfirmingDiscard(false)}
      />
    </section>
  );
}
