/** The conversation open in a messaging app's tab: a stable id and the title the app shows. */
export interface OpenConversation {
  app: 'whatsapp' | 'telegram';
  id: string;
  title: string;
}

/**
 * Reads which conversation is open, from the DOM and the address (docs/messaging-apps.md says
 * what each app shows and what we rely on). Null when no conversation is open, or when what the
 * page shows is ambiguous (messages of two chats at once, mid-swap): then nothing is recorded.
 *
 * SELF-CONTAINED on purpose: the popup runs it in the tab through `scripting.executeScript`
 * (which sends the function's source, not its module), and the content script calls it
 * directly. It must not use anything outside its own body.
 */
export function readOpenConversation(
  doc: Document = document,
  href: string = location.href,
): { app: 'whatsapp' | 'telegram'; id: string; title: string } | null {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();

  if (host === 'web.whatsapp.com') {
    const main = doc.querySelector('#main');
    if (!main) return null;
    const header = main.querySelector('header');
    let title = '';
    if (header) {
      for (const span of Array.from(header.querySelectorAll('span[dir="auto"]'))) {
        title = squash(span.textContent);
        if (title) break;
      }
      if (!title) title = squash(header.querySelector('[title]')?.getAttribute('title'));
    }
    // A message's data-id is "<fromMe>_<chat jid>_<message id>[_<participant>]": the chat's id.
    const jids = new Set<string>();
    for (const el of Array.from(main.querySelectorAll('[data-id]'))) {
      const match = /^(?:true|false)_([^_\s]+@[a-z.]+)_/.exec(el.getAttribute('data-id') ?? '');
      if (match) jids.add(match[1]!);
    }
    if (jids.size > 1) return null;
    const jid = [...jids][0];
    if (jid) return { app: 'whatsapp', id: jid, title: title || jid };
    return title ? { app: 'whatsapp', id: `name:${title}`, title } : null;
  }

  if (host === 'web.telegram.org') {
    const hash = decodeURIComponent(url.hash.replace(/^#/, '')).split('?')[0]!;
    if (url.pathname.startsWith('/a')) {
      // Telegram Web A: the hash is the peer id, "_<thread>" after it in forums.
      const peer = /^-?\d+/.exec(hash)?.[0];
      if (!peer) return null;
      const header = doc.querySelector('.MiddleHeader');
      const title =
        squash(header?.querySelector('.ChatInfo .fullName')?.textContent) ||
        squash(header?.querySelector('.ChatInfo .title h3')?.textContent);
      return { app: 'telegram', id: peer, title: title || peer };
    }
    // Telegram Web K: the open chat's header names its peer; the hash is "@username" or the id.
    const chat = doc.querySelector('.chat.active') ?? doc;
    const peerTitle = chat.querySelector('.chat-info .peer-title');
    const title = squash(peerTitle?.textContent);
    const fromHeader = peerTitle?.getAttribute('data-peer-id') ?? '';
    const fromHash = /^-?\d+/.exec(hash)?.[0] ?? (/^@[A-Za-z0-9_]{3,64}$/.test(hash) ? hash : '');
    const id = /^-?\d+$/.test(fromHeader) ? fromHeader : fromHash;
    if (!id) return null;
    return { app: 'telegram', id, title: title || id };
  }
  return null;
}
