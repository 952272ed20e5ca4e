import type { TFunction } from 'i18next';
import type { AuthorRole } from '@/lib/schemas/message';
import type { AsTextOptions } from '@/lib/transcript/as-text';
import type { LocaleInfo } from '../../common/locale-context';

/** transcript.txt in the user's language and time zone, worded as "Copy as text" words it. */
export function transcriptTextOptions(t: TFunction, { timeZone, dir }: LocaleInfo): AsTextOptions {
  const role = (r: AuthorRole) => t(`transcript.asText.${r}`);
  return {
    timeZone,
    dir,
    heading: [t('common.timeZone', { zone: timeZone }), t('transcript.asText.historyNote')],
    labels: {
      role: { agent: role('agent'), customer: role('customer'), system: role('system'), unknown: role('unknown') },
      widgetTime: (text) => t('transcript.asText.widgetTime', { text }),
      fromHistory: t('transcript.asText.fromHistory'),
      truncated: t('transcript.asText.truncated'),
    },
  };
}
