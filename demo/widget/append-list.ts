/** The message list of variants A–C: rows appended as messages arrive, all kept in the DOM. */
import { continuesGroup, Row, type Shown, type ViewContext } from './rows';

export interface ListView {
  element: HTMLElement;
  add: (m: Shown) => void;
  /** The "is typing" indicator inside the list; `null` removes it. */
  setTyping: (agent: string | null) => void;
  refreshTimes: () => void;
  setStatus: (id: string, status: Shown['status']) => void;
}

/** Keeps the view pinned to the newest message unless the user scrolled up to read. */
export function nearBottom(el: HTMLElement): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 80;
}

export function createAppendList(ctx: ViewContext): ListView {
  const { doc, c, spec, strings } = ctx;
  const list = doc.createElement('div');
  list.className = c.list;
  if (spec.ariaLog) {
    list.setAttribute('role', 'log');
    list.setAttribute('aria-live', 'polite');
    list.setAttribute('aria-label', strings.conversation);
  }
  const rows = new Map<string, Row>();
  let last: { m: Shown; row: Row } | undefined;
  let typing: HTMLElement | null = null;

  return {
    element: list,
    add(m) {
      const pinned = nearBottom(list);
      const row = new Row(ctx);
      const continues = continuesGroup(last?.m, m);
      const agentSide = m.author === 'agent';
      // With the avatar on a group's last message, it moves down as the group grows.
      if (spec.avatarAt === 'last' && continues && agentSide) last?.row.setAvatar(false);
      row.fill(m, !continues, spec.avatarAt === 'last' || !continues);
      if (spec.messageIds && m.kind === 'message') row.el.dataset.id = m.id;
      list.insertBefore(row.el, typing);
      rows.set(m.id, row);
      last = { m, row };
      if (pinned || m.author === 'customer') list.scrollTop = list.scrollHeight;
    },
    setTyping(agent) {
      typing?.remove();
      typing = null;
      if (!agent) return;
      typing = doc.createElement('div');
      typing.className = `${c.row} ${c.groupStart}`;
      const face = doc.createElement('div');
      face.className = c.avatar;
      face.textContent = agent.slice(0, 1);
      const dots = doc.createElement('div');
      dots.className = c.dots;
      dots.append(doc.createElement('i'), doc.createElement('i'), doc.createElement('i'));
      const label = doc.createElement('span');
      label.className = c.srOnly;
      label.textContent = ctx.agents[agent]?.typing ?? '';
      typing.append(face, dots, label);
      const pinned = nearBottom(list);
      list.append(typing);
      if (pinned) list.scrollTop = list.scrollHeight;
    },
    refreshTimes() {
      rows.forEach((row) => row.refreshMeta());
    },
    setStatus(id, status) {
      rows.get(id)?.setStatus(status);
    },
  };
}
