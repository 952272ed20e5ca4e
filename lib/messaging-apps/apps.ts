import { webUrlOf } from '../sites/web-url';
/**
 * Messaging web apps where companies also give support. On these, recording is per
 * conversation, never per site: the user picks each support chat, personal chats are never read.
 * Pure data and URL checks: imported by the content script, the background and the pages.
 */
export type MessagingAppId = 'whatsapp' | 'telegram';

export interface MessagingApp {
  id: MessagingAppId;
  name: string;
  /** Hosts the app runs on (exact host names). */
  hosts: readonly string[];
  /** The registrable domain its cases are filed under. */
  site: string;
  /** Host permission patterns asked for when the user records a conversation there. */
  patterns: readonly string[];
}

export const MESSAGING_APPS: readonly MessagingApp[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    hosts: ['web.whatsapp.com'],
    site: 'whatsapp.com',
    patterns: ['*://web.whatsapp.com/*'],
  },
  {
    id: 'telegram',
    name: 'Telegram',
    hosts: ['web.telegram.org'],
    site: 'telegram.org',
    patterns: ['*://web.telegram.org/*'],
  },
];

export const MESSAGING_APP_IDS = ['whatsapp', 'telegram'] as const;

export function messagingAppById(id: string): MessagingApp | null {
  return MESSAGING_APPS.find((app) => app.id === id) ?? null;
}

/** The messaging app a page belongs to (http or https), else null. */
export function messagingAppOfUrl(url: string | null | undefined): MessagingApp | null {
  const parsed = webUrlOf(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  return MESSAGING_APPS.find((app) => app.hosts.includes(host)) ?? null;
}

/** Whether match patterns would cover a messaging app's host (site-wide enabling is refused there). */
export function patternsCoverMessagingApp(patterns: readonly string[]): MessagingApp | null {
  for (const app of MESSAGING_APPS) {
    for (const host of app.hosts) {
      for (const pattern of patterns) {
        const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
        if (!match) continue;
        const patternHost = match[2]!.toLowerCase();
        if (patternHost === '*' || patternHost === host) return app;
        if (patternHost.startsWith('*.') && (host === patternHost.slice(2) || host.endsWith(patternHost.slice(1))))
          return app;
      }
    }
  }
  return null;
}
