/** One message row, built once and (in the virtual list) rewritten for whichever message it shows. */
import type { Agent, Author, Lang } from '../content/conversations';
import type { WidgetStrings } from '../content/strings';
import type { VariantSpec } from '../content/variants';
import type { Classes } from './styles';
import { clockTime, fullTime, relativeTime } from './times';

export interface Shown {
  /** The vendor's id for the message: stable for scripted lines across reloads. */
  id: string;
  kind: 'message' | 'notice' | 'day';
  author: Author;
  text: string;
  agent?: string;
  at: number;
  status?: 'sent' | 'seen';
}

export interface ViewContext {
  doc: Document;
  c: Classes;
  spec: VariantSpec;
  lang: Lang;
  strings: WidgetStrings;
  agents: Record<string, Agent>;
}

/** Whether `m` continues the group `previous` belongs to (same side, same agent). */
export function continuesGroup(previous: Shown | undefined, m: Shown): boolean {
  return (
    previous?.kind === 'message' && m.kind === 'message' && previous.author === m.author && previous.agent === m.agent
  );
}

export class Row {
  readonly el: HTMLElement;
  private readonly avatar: HTMLElement;
  private readonly col: HTMLElement;
  private readonly name: HTMLElement;
  private readonly bubble: HTMLElement;
  private readonly meta: HTMLElement;
  private shown: Shown | null = null;

  constructor(private readonly ctx: ViewContext) {
    const make = (className: string) => {
      const el = ctx.doc.createElement('div');
      el.className = className;
      return el;
    };
    const { c } = ctx;
    this.el = make(c.row);
    this.avatar = make(c.avatar);
    this.avatar.setAttribute('aria-hidden', 'true');
    this.col = make(c.col);
    this.name = make(c.name);
    this.bubble = make(c.bubble);
    this.meta = make(c.meta);
  }

  /** Shows `m`; `firstOfGroup` puts the agent's name on it, `avatar` whether its avatar is visible. */
  fill(m: Shown, firstOfGroup: boolean, avatar: boolean) {
    const { c } = this.ctx;
    this.shown = m;
    if (m.kind !== 'message') {
      this.el.className = m.kind === 'day' ? c.day : c.notice;
      this.el.textContent = m.text;
      return;
    }
    const mine = m.author === 'customer';
    this.el.className = [c.row, mine && c.mine, firstOfGroup && c.groupStart].filter(Boolean).join(' ');
    this.bubble.textContent = m.text;
    this.name.textContent = m.agent ?? '';
    this.col.replaceChildren(...(firstOfGroup && !mine ? [this.name] : []), this.bubble, this.meta);
    this.el.replaceChildren(...(mine ? [] : [this.avatar]), this.col);
    this.avatar.textContent = (m.agent ?? '').slice(0, 1);
    this.setAvatar(avatar);
    this.refreshMeta();
  }

  setAvatar(visible: boolean) {
    this.avatar.className = visible ? this.ctx.c.avatar : `${this.ctx.c.avatar} ${this.ctx.c.avatarOff}`;
  }

  setStatus(status: Shown['status']) {
    if (!this.shown) return;
    this.shown = { ...this.shown, status };
    this.refreshMeta();
  }

  /** Rewrites the time line: relative times change as the minutes pass. */
  refreshMeta() {
    const m = this.shown;
    if (!m || m.kind !== 'message') return;
    const { spec, lang, strings } = this.ctx;
    const time = spec.times === 'relative' ? relativeTime(m.at, lang) : clockTime(m.at, lang);
    const parts = [m.author === 'customer' && spec.youLabel ? strings.you : '', time];
    if (m.status) parts.push(m.status === 'seen' ? strings.seen : strings.sent);
    this.meta.textContent = parts.filter(Boolean).join(' · ');
    if (spec.times === 'relative') this.meta.title = fullTime(m.at, lang);
  }
}
