import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/i18n/format';
import type { DraftRecord } from '@/lib/schemas/draft';
import { useLocaleInfo } from '../../common/locale-context';

/** Drafts already sent in this case, newest first, each in full behind its summary line. */
export function SentDrafts({ drafts }: { drafts: readonly DraftRecord[] }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const sent = drafts.filter((d) => d.sentAt !== null).sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0));
  if (sent.length === 0) return null;
  return (
    <section aria-label={t('draftTab.sentHeading')}>
      <h3>{t('draftTab.sentHeading')}</h3>
      <ul className="sent-drafts">
        {sent.map((draft) => (
          <li key={draft.id}>
            <details>
              <summary>
                {formatDateTime(draft.sentAt ?? draft.createdAt, locale, timeZone)} ·{' '}
                {t(`drafts.scenario.${draft.scenario}`, { defaultValue: draft.scenario })}
              </summary>
              <p className="draft-sent-text" dir="auto" lang={draft.locale}>
                {draft.text}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
