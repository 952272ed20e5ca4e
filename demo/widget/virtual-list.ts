import { CONVERSATIONS, type Lang } from './conversations';
import { hashedClasses } from './hashed-classes';
import { CLASS_NAMES, widgetCss } from './styles';

const ROW_HEIGHT = 64;
const POOL = 12;

/**
 * A long conversation in a virtualised list that recycles a fixed pool of row elements: rows
 * are rewritten as the user scrolls, so old messages leave the DOM. No ARIA log: only data-*
 * hooks, as some vendors ship it.
 */
export function mountVirtualWidget(root: HTMLElement, doc: Document, lang: Lang, total = 240) {
  const c = hashedClasses(CLASS_NAMES);
  const script = CONVERSATIONS[lang];
  const lines = [...script.history, ...script.live].filter((l) => l.side !== 'system');
  const messages = Array.from({ length: total }, (_, i) => {
    const line = lines[i % lines.length]!;
    return { ...line, id: `v${i + 1}`, text: `${line.text} (#${i + 1})`, at: Date.now() - (total - i) * 45_000 };
  });
  const style = doc.createElement('style');
  style.textContent = widgetCss(c);
  root.append(style);
  const shell = doc.createElement('div');
  shell.className = c.shell;
  shell.dir = lang === 'he' ? 'rtl' : 'ltr';
  const header = doc.createElement('div');
  header.className = c.header;
  header.textContent = `${script.shop} · ${script.title}`;
  const viewport = doc.createElement('div');
  viewport.className = c.viewport;
  viewport.dataset.scroller = 'conversation';
  const spacer = doc.createElement('div');
  spacer.className = c.spacer;
  spacer.style.height = `${total * ROW_HEIGHT}px`;
  viewport.append(spacer);
  const pool = Array.from({ length: POOL }, () => {
    const row = doc.createElement('div');
    row.style.cssText = `position:absolute;inset-inline:8px;height:${ROW_HEIGHT - 6}px;display:flex;align-items:center`;
    const bubble = doc.createElement('div');
    bubble.className = c.bubble;
    row.append(bubble);
    spacer.append(row);
    return { row, bubble };
  });
  function render() {
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - 2);
    pool.forEach(({ row, bubble }, slot) => {
      const index = first + slot;
      const message = messages[index];
      row.hidden = !message;
      if (!message) return;
      row.style.top = `${index * ROW_HEIGHT}px`;
      row.dataset.msgId = message.id;
      row.dataset.sender = message.side === 'customer' ? 'visitor' : 'operator';
      row.style.justifyContent = message.side === 'customer' ? 'flex-end' : 'flex-start';
      bubble.className = message.side === 'customer' ? `${c.bubble} ${c.bubbleMine}` : c.bubble;
      bubble.textContent = message.text;
    });
  }
  viewport.addEventListener('scroll', render, { passive: true });
  shell.append(header, viewport);
  root.append(shell);
  viewport.scrollTop = total * ROW_HEIGHT;
  render();
}
