import { useTranslation } from 'react-i18next';
import type { AttachmentOutcome } from '@/lib/db/repos/attachments';
import { formatBytes } from '@/lib/i18n/format';
import { MAX_ATTACHMENT_BYTES } from '@/lib/schemas/limits';
import { useLocaleInfo } from '../../common/locale-context';

const REASON_KEY = {
  'too-large': 'bring.refused.tooLarge',
  empty: 'bring.refused.empty',
  unreadable: 'bring.refused.unreadable',
  'storage-full': 'errors.fileNoRoom',
} as const;

/** What a batch of files came to: how many went in, and each refused file by name with why. */
export function AttachOutcomeNotice({ outcome }: { outcome: AttachmentOutcome }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, locale);
  return (
    <div data-testid="attach-outcome">
      {outcome.added.length > 0 && <p>{t('bring.added', { count: outcome.added.length })}</p>}
      {outcome.refused.length > 0 && (
        <div role="alert" className="error-text">
          <p>{t('bring.notAdded')}</p>
          <ul>
            {outcome.refused.map(({ fileName, reason }, index) => (
              <li key={`${index}-${fileName}`}>
                <bdi className="strong">{fileName}</bdi>: {t(REASON_KEY[reason], { limit })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
