import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/client';

export type EnableOutcome = { ok: true } | { ok: false; reason: 'refused' | 'failed'; message?: string };

/**
 * Turns auto-capture on for a site. Must be called from the user's click: the browser shows
 * its own permission prompt for exactly this site's patterns.
 */
export async function enableSite(site: string, patterns: string[]): Promise<EnableOutcome> {
  const granted = await browser.permissions.request({ origins: patterns });
  if (!granted) return { ok: false, reason: 'refused' };
  const reply = await sendMessage('sites.enable', { site, patterns });
  return reply.ok ? { ok: true } : { ok: false, reason: 'failed', message: reply.error.message };
}

export async function disableSite(site: string): Promise<EnableOutcome> {
  const reply = await sendMessage('sites.disable', { site });
  return reply.ok ? { ok: true } : { ok: false, reason: 'failed', message: reply.error.message };
}
