/** Reads the widget's settings from the page address, as vendors read their embed snippet. */
import { isLang, type Lang } from '../content/conversations';

export interface EmbedSettings {
  lang: Lang;
  pace: number;
  open: boolean;
}

export function settingsFrom(search: string): EmbedSettings {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const pace = Number(params.get('pace') ?? '1');
  return {
    lang: isLang(lang) ? lang : 'en',
    pace: Number.isFinite(pace) && pace >= 0 ? pace : 1,
    open: params.get('open') !== '0',
  };
}

/** The message a cross-origin widget frame posts to its host page to be resized. */
export const RESIZE_MESSAGE = 'northwind-chat:resize';
