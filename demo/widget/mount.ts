/**
 * Mounts the support widget of one variant into a root (an iframe's body, a closed shadow root,
 * a page element) and plays its conversation: history first, then live lines a few seconds apart,
 * agents after a typing indicator, with a hand-over that updates the header.
 */
import { type Agent, CONVERSATIONS, type Lang, type Line } from '../content/conversations';
import { earlierSessions } from '../content/long-thread';
import { WIDGET_STRINGS } from '../content/strings';
import { VARIANTS, type VariantId } from '../content/variants';
import { createAppendList, type ListView } from './append-list';
import { hashedClasses } from './classes';
import type { ComposerFactory } from './composer';
import { icon } from './icons';
import type { Shown, ViewContext } from './rows';
import { CLASS_NAMES, widgetCss } from './styles';
import { dayLabel } from './times';
import { createVirtualList } from './virtual-list';

export interface MountOptions {
  variant: VariantId;
  lang: Lang;
  /** Multiplies the live lines' delays: 1 as scripted, 0 shows everything at once. */
  pace: number;
  open: boolean;
  composer: ComposerFactory;
  /** The host resizes its iframe or element: a full panel when open, the launcher when not. */
  onOpenChange?: (open: boolean) => void;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function header(ctx: ViewContext) {
  const { doc, c, strings } = ctx;
  const el = doc.createElement('div');
  el.className = c.header;
  const face = doc.createElement('div');
  face.className = c.headAvatar;
  face.setAttribute('aria-hidden', 'true');
  const initial = doc.createTextNode('');
  const presence = doc.createElement('span');
  presence.className = c.presence;
  face.append(initial, presence);
  const text = doc.createElement('div');
  text.className = c.headText;
  const name = doc.createElement('div');
  name.className = c.headName;
  const sub = doc.createElement('div');
  sub.className = c.headSub;
  text.append(name, sub);
  const minimize = doc.createElement('button');
  minimize.type = 'button';
  minimize.className = c.minimize;
  minimize.setAttribute('aria-label', strings.minimize);
  minimize.append(icon(doc, 'minimize'));
  el.append(face, text, minimize);
  const setAgent = (agent: Agent | null) => {
    initial.data = agent ? agent.name.slice(0, 1) : strings.brand.slice(0, 1);
    presence.hidden = !agent;
    name.textContent = agent ? agent.name : strings.brand;
    sub.textContent = agent ? `${strings.brand} · ${agent.team}` : strings.connecting;
  };
  return { el, minimize, setAgent };
}

export function mountWidget(root: HTMLElement | ShadowRoot, doc: Document, options: MountOptions) {
  const spec = VARIANTS[options.variant];
  const conversation = CONVERSATIONS[options.lang];
  const strings = WIDGET_STRINGS[options.lang];
  const c = hashedClasses(spec.classPrefix, CLASS_NAMES);
  const ctx: ViewContext = { doc, c, spec, lang: options.lang, strings, agents: conversation.agents };

  const style = doc.createElement('style');
  style.textContent = widgetCss(c, spec.accent);
  const shell = doc.createElement('div');
  shell.className = c.shell;
  shell.dir = conversation.dir;
  shell.lang = options.lang;
  const head = header(ctx);
  const list: ListView = options.variant === 'virtual' ? createVirtualList(ctx) : createAppendList(ctx);
  const typingBar = doc.createElement('div');
  typingBar.className = c.typingBar;

  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = c.launcher;
  launcher.setAttribute('aria-label', strings.launcher);
  const badge = doc.createElement('span');
  badge.className = c.badge;
  launcher.append(icon(doc, 'chat'), badge);
  let nextId = options.variant === 'virtual' ? 1 : 4_810_000;
  const newId = () =>
    options.variant === 'virtual' ? `m${(nextId++).toString(36).padStart(5, '0')}` : String(nextId++);
  let unread = 0;
  let historyShown = false;
  const show = (m: Omit<Shown, 'id'>) => {
    const shown = { ...m, id: newId() };
    list.add(shown);
    if (historyShown && shell.hidden && m.author === 'agent') badge.textContent = String(++unread);
    return shown;
  };

  const composer = options.composer({
    doc,
    c,
    strings,
    sendButton: spec.sendButton,
    onSend(text) {
      const status = spec.readReceipts ? 'sent' : undefined;
      const sent = show({ kind: 'message', author: 'customer', text, at: Date.now(), status });
      // Read receipts rewrite the time line of a row already on screen.
      if (status) setTimeout(() => list.setStatus(sent.id, 'seen'), 1500);
    },
  });
  shell.append(head.el, list.element, ...(spec.typingInList ? [] : [typingBar]), composer);

  const setOpen = (open: boolean) => {
    shell.hidden = !open;
    launcher.hidden = open;
    if (open) {
      unread = 0;
      badge.textContent = '';
    }
    options.onOpenChange?.(open);
  };
  head.minimize.addEventListener('click', () => setOpen(false));
  launcher.addEventListener('click', () => setOpen(true));
  root.append(style, shell, launcher);
  setOpen(options.open);

  // Whoever spoke last is in the header; a hand-over empties it until the next agent joins.
  const agentOf = (name: string | undefined) => (name ? (conversation.agents[name] ?? null) : null);
  let current = agentOf(conversation.history.findLast((l) => l.author === 'agent')?.agent);
  head.setAgent(current);
  const play = (line: Line, at: number) => {
    if (line.handover) {
      current = line.handover === 'joined' ? agentOf(line.agent) : null;
      head.setAgent(current);
    } else if (line.author === 'agent' && line.agent !== current?.name) {
      current = agentOf(line.agent);
      head.setAgent(current);
    }
    show({
      kind: line.author === 'system' ? 'notice' : 'message',
      author: line.author,
      text: line.text,
      agent: line.agent,
      at,
    });
  };

  const now = Date.now();
  if (options.variant === 'virtual') {
    for (const session of earlierSessions(options.lang)) {
      const day = new Date(now - session.daysAgo * DAY).setHours(0, 0, 0, 0);
      const start = day + session.startMinute * MINUTE;
      show({ kind: 'day', author: 'system', text: dayLabel(start, options.lang, now), at: start });
      session.lines.forEach((line, i) => play(line, start + i * 1.5 * MINUTE));
    }
    show({ kind: 'day', author: 'system', text: strings.today, at: now });
  }
  const history = conversation.history;
  history.forEach((line, i) => play(line, now - (history.length + 1 - i) * MINUTE - (i % 3) * 11_000));

  historyShown = true;

  const speed = Math.max(0, options.pace) * 1000;
  let t = 0;
  for (const line of conversation.live) {
    const gap = (line.delay ?? 2) * speed;
    t += gap;
    const name = line.author === 'agent' ? line.agent : undefined;
    if (name && gap > 0) {
      setTimeout(() => setTyping(name), t - Math.min(gap * 0.6, 1800));
      setTimeout(() => setTyping(null), t);
    }
    if (gap > 0) setTimeout(() => play(line, Date.now()), t);
    else play(line, now);
  }

  function setTyping(agent: string | null) {
    if (spec.typingInList) list.setTyping(agent);
    else typingBar.textContent = agent ? (conversation.agents[agent]?.typing ?? '') : '';
  }

  if (spec.times === 'relative') setInterval(() => list.refreshTimes(), 20_000);
}
