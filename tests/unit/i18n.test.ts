import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf, resolveLocale } from '@/lib/i18n/locale';
import { formatCalendarDate, formatMoney } from '@/lib/i18n/format';
import { RESOURCES } from '@/lib/i18n/resources';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = leaves(RESOURCES.en as unknown as Tree);

describe.each(['he', 'ru'] as const)('%s translation', (locale) => {
  const strings = leaves(RESOURCES[locale] as unknown as Tree);

  it('has every English key, non-empty', () => {
    const missing = [...english.keys()].filter((key) => {
      if (!PLURAL.test(key)) return !strings.get(key)?.trim();
      const base = key.replace(PLURAL, '');
      return ![...strings.keys()].some((k) => k.replace(PLURAL, '') === base);
    });
    expect(missing).toEqual([]);
  });

  it('has no key English does not have', () => {
    const englishBases = new Set([...english.keys()].map((k) => k.replace(PLURAL, '')));
    expect([...strings.keys()].filter((k) => !englishBases.has(k.replace(PLURAL, '')))).toEqual([]);
  });

  it('has every plural form the language needs', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const bases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    const missing = [...bases].flatMap((base) =>
      categories.filter((c) => !strings.has(`${base}_${c}`)).map((c) => `${base}_${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders as English', () => {
    const mismatched = [...strings.entries()].filter(([key, text]) => {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
      if (source === undefined) return false;
      // A plural form may spell the number out ("שתי הודעות") instead of using {{count}}.
      const own = variables(text).filter((v) => v !== 'count');
      return JSON.stringify(own) !== JSON.stringify(variables(source).filter((v) => v !== 'count'));
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('i18n', () => {
  it('pluralises per language', () => {
    expect(createI18n('en').t('cases.count', { count: 1 })).toBe('1 case');
    expect(createI18n('ru').t('cases.count', { count: 3 })).toBe('3 обращения');
    expect(createI18n('ru').t('cases.count', { count: 5 })).toBe('5 обращений');
    expect(createI18n('ru').t('cases.count', { count: 21 })).toBe('21 обращение');
    expect(createI18n('he').t('cases.count', { count: 2 })).toBe('שני תיקים');
  });

  it('reports a key the code asks for that no language has', () => {
    const missing: string[] = [];
    const i18n = createI18n('he', (key) => missing.push(key));
    i18n.t('no.such.key' as never);
    expect(missing).toEqual(['no.such.key']);
  });

  it('follows the browser language and puts Hebrew right-to-left', () => {
    expect(resolveLocale('auto', ['he-IL', 'en'])).toBe('he');
    expect(resolveLocale('auto', ['iw'])).toBe('he');
    expect(resolveLocale('auto', ['de-DE', 'ru-RU'])).toBe('ru');
    expect(resolveLocale('auto', ['fr'])).toBe('en');
    expect(resolveLocale('ru', ['he'])).toBe('ru');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });

  it('formats dates and money for the locale, without shifting calendar dates', () => {
    expect(formatCalendarDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatMoney(149.9, 'ILS', 'he')).toMatch(/149\.90/);
    expect(formatMoney(3490, 'RUB', 'ru')).toMatch(/3\s490,00\s₽/);
  });
});

describe('date formatting', () => {
  it.each(['en', 'he', 'ru'] as const)('names the time zone in %s', async (locale) => {
    const { formatDateTime } = await import('@/lib/i18n/format');
    expect(formatDateTime(Date.UTC(2026, 10, 22, 9, 5), locale, 'Asia/Jerusalem')).toMatch(/11:05/);
    expect(formatDateTime(Date.UTC(2026, 10, 22, 9, 5), locale, 'UTC')).toMatch(/UTC/);
  });
});
