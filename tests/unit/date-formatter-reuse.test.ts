import { describe, expect, it } from 'vitest';
import { dateFormatter } from '@/lib/i18n/format';
import { intlTag } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';

/** Zones with half- and quarter-hour offsets, a 30-minute DST shift, and a date-line zone. */
const ZONES = ['UTC', 'Asia/Jerusalem', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham'];

describe('dateFormatter reusing one label per quarter hour', () => {
  it('names every moment’s day exactly as a fresh Intl.DateTimeFormat does, across day and DST changes', () => {
    for (const timeZone of ZONES) {
      for (const locale of ['en', 'he'] as Locale[]) {
        const dayOf = dateFormatter(locale, timeZone);
        const plain = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone });
        // Every 17 minutes through ten days around a DST change in both hemispheres (and backwards).
        for (const start of [Date.UTC(2026, 2, 25), Date.UTC(2026, 3, 1), Date.UTC(2026, 9, 1)]) {
          const times = Array.from(
            { length: Math.floor((10 * 24 * 60) / 17) },
            (_, i) => start + i * 17 * 60_000 + 13_000,
          );
          for (const ms of [...times, ...times.reverse()]) expect(dayOf(ms)).toBe(plain.format(ms));
        }
      }
    }
  });

  it('formats old dates (odd historical offsets) without reuse', () => {
    const dayOf = dateFormatter('en', 'Africa/Monrovia');
    const plain = new Intl.DateTimeFormat(intlTag('en'), { dateStyle: 'medium', timeZone: 'Africa/Monrovia' });
    for (let ms = Date.UTC(1960, 0, 1, 23, 0); ms < Date.UTC(1960, 0, 2, 2, 0); ms += 60_000)
      expect(dayOf(ms)).toBe(plain.format(ms));
  });
});
