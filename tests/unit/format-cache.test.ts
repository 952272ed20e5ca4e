import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from '@/lib/i18n/format';
import { intlTag } from '@/lib/i18n/locale';

const RealDateTimeFormat = Intl.DateTimeFormat;
const AT = Date.UTC(2026, 10, 22, 10, 3);

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

describe('date formatting', () => {
  it('formats exactly as a fresh Intl.DateTimeFormat, in every language and time zone', () => {
    for (const locale of ['en', 'he', 'ru'] as const) {
      for (const timeZone of [undefined, 'UTC', 'Asia/Jerusalem', 'Europe/Moscow']) {
        const fresh = (options: Intl.DateTimeFormatOptions) =>
          new RealDateTimeFormat(intlTag(locale), { ...options, timeZone }).format(AT);
        expect(formatTime(AT, locale, timeZone)).toBe(fresh({ timeStyle: 'short' }));
        expect(formatDate(AT, locale, timeZone)).toBe(fresh({ dateStyle: 'medium' }));
        expect(formatDateTime(AT, locale, timeZone)).toBe(
          fresh({
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZoneName: 'short',
          }),
        );
      }
    }
  });

  it('builds one formatter per style, language and time zone, not one per call', () => {
    let built = 0;
    Intl.DateTimeFormat = class extends RealDateTimeFormat {
      constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
        super(...args);
        built++;
      }
    } as typeof Intl.DateTimeFormat;
    for (let i = 0; i < 50; i++) formatTime(AT + i * 60_000, 'ru', 'Pacific/Chatham');
    expect(built).toBe(1);
    for (let i = 0; i < 50; i++) formatTime(AT, 'ru', 'Pacific/Apia');
    expect(built).toBe(2);
    for (let i = 0; i < 50; i++) formatDateTime(AT, 'ru', 'Pacific/Chatham');
    expect(built).toBe(3);
  });
});
