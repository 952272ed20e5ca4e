import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messagingAppById } from '@/lib/messaging-apps/apps';
import type { Settings } from '@/lib/schemas/settings';
import { stopRecordingConversation } from '../common/conversation-actions';

/** Messaging-app conversations the user chose to record (added from the popup), with remove. */
export function ConversationsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const list = settings.recordedConversations;
  return (
    <section className="card" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">{t('options.conversations')}</h2>
      <p className="muted">{t('options.conversationsHelp')}</p>
      {list.length === 0 && <p className="muted">{t('options.conversationsEmpty')}</p>}
      <ul className="site-list" aria-label={t('options.conversations')}>
        {list.map((entry) => (
          <li key={`${entry.app}:${entry.conversationId}`} className="site-row" data-testid="conversation-row">
            <span>
              <bdi className="strong">{entry.title}</bdi>{' '}
              <span className="muted small">{messagingAppById(entry.app)?.name}</span>
            </span>
            <button
              type="button"
              onClick={() =>
                void stopRecordingConversation(entry.app, entry.conversationId).then((outcome) =>
                  setStatus(
                    outcome.ok ? t('options.conversationRemoved', { title: entry.title }) : (outcome.message ?? ''),
                  ),
                )
              }
            >
              {t('options.conversationRemove')}
            </button>
          </li>
        ))}
      </ul>
      {status && (
        <p role="status" className="small">
          {status}
        </p>
      )}
    </section>
  );
}
