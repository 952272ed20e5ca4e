import { createComposer, type InputKind } from './composer';
import { CONVERSATIONS, type Lang, type ScriptLine, type Side } from './conversations';
import { hashedClasses } from './hashed-classes';
import { CLASS_NAMES, widgetCss, type Classes } from './styles';

export interface WidgetOptions {
  lang: Lang;
  input: InputKind;
  /** Whether the list is an ARIA log (many vendors) or a plain scroll box with data hooks. */
  aria: boolean;
  times: 'relative' | 'clock';
  /** Seconds between scripted agent replies: 0 shows the whole script at once (for tests). */
  pace: number;
}

interface Shown {
  side: Side;
  text: string;
  agent?: string;
  at: number;
}

function relative(at: number, lang: Lang): string {
  const minutes = Math.round((Date.now() - at) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return minutes < 1 ? rtf.format(0, 'second') : rtf.format(-minutes, 'minute');
}

/**
 * A support widget that behaves like real ones: hashed classes, the agent's name only on the
 * first message of a group and in the header, relative times, a hand-over, replies that arrive
 * over time after a typing indicator, and the customer's own messages sent from the box.
 */
export function mountWidget(root: ShadowRoot | HTMLElement, doc: Document, options: WidgetOptions) {
  const c: Classes = hashedClasses(CLASS_NAMES);
  const script = CONVERSATIONS[options.lang];
  const style = doc.createElement('style');
  style.textContent = widgetCss(c);
  root.append(style);

  const shell = doc.createElement('div');
  shell.className = c.shell;
  shell.dir = options.lang === 'he' ? 'rtl' : 'ltr';
  shell.lang = options.lang;
  const header = doc.createElement('div');
  header.className = c.header;
  const avatar = doc.createElement('div');
  avatar.className = c.avatar;
  const headerText = doc.createElement('div');
  headerText.className = c.headerText;
  const title = doc.createElement('span');
  title.className = c.title;
  title.textContent = `${script.shop} · ${script.title}`;
  const agentLabel = doc.createElement('span');
  agentLabel.className = c.agent;
  headerText.append(title, agentLabel);
  header.append(avatar, headerText);

  const list = doc.createElement('div');
  list.className = c.list;
  if (options.aria) {
    list.setAttribute('role', 'log');
    list.setAttribute('aria-live', 'polite');
    list.setAttribute('aria-label', script.title);
  } else list.dataset.conversation = 'messages';
  const typing = doc.createElement('div');
  typing.className = c.typing;

  const shown: Shown[] = [];
  const timeLabels: { el: HTMLElement; at: number }[] = [];
  let currentAgent = '';

  function setAgent(name: string) {
    currentAgent = name;
    agentLabel.textContent = name;
    avatar.textContent = name.slice(0, 1);
  }

  function add(line: ScriptLine, at = Date.now()) {
    const previous = shown[shown.length - 1];
    shown.push({ side: line.side, text: line.text, agent: line.agent, at });
    const row = doc.createElement('div');
    row.dataset.id = `m${shown.length}`;
    if (line.side === 'system') {
      row.className = `${c.row} ${c.rowSystem}`;
      row.textContent = line.text;
      list.append(row);
      return;
    }
    const mine = line.side === 'customer';
    row.className = mine ? `${c.row} ${c.rowMine}` : c.row;
    const firstOfGroup = !previous || previous.side !== line.side || previous.agent !== line.agent;
    if (!mine) {
      if (line.agent && line.agent !== currentAgent) setAgent(line.agent);
      const face = doc.createElement('div');
      face.className = c.avatar;
      face.style.visibility = firstOfGroup ? 'visible' : 'hidden';
      face.textContent = (line.agent ?? '?').slice(0, 1);
      row.append(face);
    }
    const bubble = doc.createElement('div');
    bubble.className = mine ? `${c.bubble} ${c.bubbleMine}` : c.bubble;
    if (!mine && firstOfGroup && line.agent) {
      const name = doc.createElement('div');
      name.className = c.name;
      name.textContent = line.agent;
      bubble.append(name);
    }
    const text = doc.createElement('div');
    text.textContent = line.text;
    bubble.append(text);
    const time = doc.createElement('div');
    time.className = c.time;
    if (mine && options.aria) {
      const you = doc.createElement('span');
      you.className = c.you;
      you.textContent = `${script.you} · `;
      time.append(you);
    }
    const stamp = doc.createElement('span');
    stamp.textContent =
      options.times === 'clock'
        ? new Date(at).toLocaleTimeString(options.lang, { hour: '2-digit', minute: '2-digit' })
        : relative(at, options.lang);
    if (options.times === 'relative') timeLabels.push({ el: stamp, at });
    time.append(stamp);
    bubble.append(time);
    row.append(bubble);
    list.append(row);
    list.scrollTop = list.scrollHeight;
  }

  const composer = createComposer(doc, options.input, c.input, script.placeholder, () => send());
  function send() {
    const text = composer.take().trim();
    if (text) add({ side: 'customer', text });
  }
  const sendButton = doc.createElement('button');
  sendButton.type = 'button';
  sendButton.className = c.send;
  sendButton.textContent = script.send;
  sendButton.addEventListener('click', send);
  const form = doc.createElement('div');
  form.className = c.composer;
  form.append(composer.element, sendButton);

  shell.append(header, list, typing, form);
  root.append(shell);

  const start = Date.now() - 6 * 60_000;
  script.history.forEach((line, i) => add(line, start + i * 60_000));
  let delay = 0;
  for (const line of script.live) {
    delay += options.pace > 0 ? (line.delay ?? 2) * options.pace * 1000 : 0;
    if (line.side === 'agent' && options.pace > 0) {
      setTimeout(() => (typing.textContent = `${line.agent ?? ''} ${script.typing}`), Math.max(0, delay - 1200));
    }
    setTimeout(() => {
      typing.textContent = '';
      add(line);
    }, delay);
  }
  setInterval(() => timeLabels.forEach(({ el, at }) => (el.textContent = relative(at, options.lang))), 30_000);
  return { send, list };
}
