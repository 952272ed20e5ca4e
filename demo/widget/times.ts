import type { Lang } from '../content/conversations';
import { WIDGET_STRINGS } from '../content/strings';

const LOCALES: Record<Lang, string> = { en: 'en-US', he: 'he-IL', ru: 'ru-RU' };

/** "2:05 PM" / "14:05". */
export function clockTime(at: number, lang: Lang): string {
  return new Date(at).toLocaleTimeString(LOCALES[lang], { hour: 'numeric', minute: '2-digit' });
}

/** "just now", "2 min ago", in the widget's language. */
export function relativeTime(at: number, lang: Lang, now = Date.now()): string {
  return WIDGET_STRINGS[lang].relative(Math.max(0, Math.floor((now - at) / 60_000)));
}

/** Full date and time, for tooltips. */
export function fullTime(at: number, lang: Lang): string {
  return new Date(at).toLocaleString(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
}

/** A day separator: "Today", or "Mon, March 3". */
export function dayLabel(at: number, lang: Lang, now = Date.now()): string {
  if (new Date(at).toDateString() === new Date(now).toDateString()) return WIDGET_STRINGS[lang].today;
  return new Date(at).toLocaleDateString(LOCALES[lang], { weekday: 'short', day: 'numeric', month: 'long' });
}
