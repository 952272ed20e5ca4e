import { CircleDot } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { MessagingApp } from '@/lib/messaging-apps/apps';
import { readOpenConversation, type OpenConversation } from '@/lib/messaging-apps/conversation';
import type { Settings } from '@/lib/schemas/settings';
import { recordConversation, stopRecordingConversation } from '../common/conversation-actions';

/** Runs the identity reader in the tab (the popup's activeTab, or the app's granted access). */
function useOpenConversation(tabId: number | null): OpenConversation | null | undefined {
  const [open, setOpen] = useState<OpenConversation | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return setOpen(null);
    void browser.scripting
      .executeScript({ target: { tabId }, func: readOpenConversation })
      .then((results) => setOpen((results[0]?.result as OpenConversation | null | undefined) ?? null))
      .catch(() => setOpen(null));
  }, [tabId]);
  return open;
}

/**
 * On WhatsApp Web / Telegram Web the popup never offers auto-capture for the site: it offers to
 * record the conversation that is open, by its title, or to stop recording it.
 */
export function ConversationPanel({
  app,
  tabId,
  settings,
}: {
  app: MessagingApp;
  tabId: number | null;
  settings: Settings | undefined;
}) {
  const { t } = useTranslation();
  const open = useOpenConversation(tabId);
  const [status, setStatus] = useState<string | null>(null);
  const recorded =
    !!open && !!settings?.recordedConversations.some((c) => c.app === app.id && c.conversationId === open.id);

  return (
    <section className="popup-site" aria-label={t('popup.conversation')}>
      <div className="row">
        <CircleDot aria-hidden="true" size={14} className={recorded ? 'dot-on' : 'dot-off'} />
        <span className="strong">{app.name}</span>
        {open && (
          <bdi className="strong" data-testid="conversation-title">
            {open.title}
          </bdi>
        )}
      </div>
      {open === null && <p className="small">{t('popup.noConversation')}</p>}
      {open && (
        <>
          <p className="small">{recorded ? t('popup.conversationRecording') : t('popup.conversationNotRecording')}</p>
          {recorded ? (
            <button
              type="button"
              onClick={() =>
                void stopRecordingConversation(app.id, open.id).then((outcome) =>
                  setStatus(outcome.ok ? null : (outcome.message ?? null)),
                )
              }
            >
              {t('popup.stopConversation')}
            </button>
          ) : (
            <button
              type="button"
              onClick={() =>
                void recordConversation(app, open).then((outcome) =>
                  setStatus(outcome.ok ? null : (outcome.message ?? t('popup.appAccessRefused', { app: app.name }))),
                )
              }
            >
              {t('popup.recordConversation')}
            </button>
          )}
        </>
      )}
      {status && (
        <p role="status" className="small">
          {status}
        </p>
      )}
    </section>
  );
}
