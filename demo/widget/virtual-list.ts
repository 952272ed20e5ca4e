/**
 * The message list of variant D: a virtualised list over a fixed pool of row elements. Only the
 * rows near the viewport exist; scrolling rewrites the text and attributes of the same pooled
 * nodes, so older messages leave the DOM. A row's slot is its index modulo the pool size, so the
 * DOM order of the rows is not their display order (`data-index` is). No ARIA: `data-*` hooks only.
 */
import { type ListView, nearBottom } from './append-list';
import { continuesGroup, Row, type Shown, type ViewContext } from './rows';

export const POOL_SIZE = 24;
const OVERSCAN = 4;

interface Slot {
  el: HTMLElement;
  row: Row;
  index: number;
}

export function createVirtualList(ctx: ViewContext): ListView {
  const { doc, c } = ctx;
  const viewport = doc.createElement('div');
  viewport.className = c.viewport;
  viewport.dataset.qa = 'message-list';
  viewport.tabIndex = 0;
  const spacer = doc.createElement('div');
  spacer.className = c.spacer;
  viewport.append(spacer);

  const makeSlot = (): Slot => {
    const el = doc.createElement('div');
    el.className = c.slot;
    const row = new Row(ctx);
    el.append(row.el);
    return { el, row, index: -1 };
  };
  const pool = Array.from({ length: POOL_SIZE }, () => {
    const slot = makeSlot();
    slot.el.hidden = true;
    spacer.append(slot.el);
    return slot;
  });
  const measurer = makeSlot();
  measurer.el.style.visibility = 'hidden';

  const items: Shown[] = [];
  const heights: number[] = [];
  const offsets: number[] = [0];
  let measuredWidth = 0;
  let scheduled = false;
  let pinOnLayout = true;

  function fill(slot: Slot, index: number) {
    const m = items[index]!;
    const first = !continuesGroup(items[index - 1], m);
    slot.row.fill(m, first, first);
    if (slot === measurer) return;
    slot.index = index;
    const data = slot.el.dataset;
    data.index = String(index);
    data.qa = m.kind === 'message' ? 'message' : m.kind;
    if (m.kind === 'message') {
      data.msgId = m.id;
      data.sender = m.author === 'customer' ? 'visitor' : 'operator';
    } else {
      delete data.msgId;
      delete data.sender;
    }
  }

  /** Measures rows not measured at the current width, then recomputes the offsets. */
  function measure(): boolean {
    const width = viewport.clientWidth;
    if (!width) return false;
    if (width !== measuredWidth) heights.length = 0;
    measuredWidth = width;
    if (heights.length < items.length) {
      spacer.append(measurer.el);
      for (let i = heights.length; i < items.length; i++) {
        fill(measurer, i);
        heights.push(measurer.el.offsetHeight);
      }
      measurer.el.remove();
    }
    offsets.length = 1;
    for (const h of heights) offsets.push(offsets[offsets.length - 1]! + h);
    spacer.style.height = `${offsets[offsets.length - 1]}px`;
    return true;
  }

  function firstVisible(top: number): number {
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= top) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function render() {
    if (!items.length || heights.length < items.length) return;
    const top = viewport.scrollTop;
    const bottom = top + viewport.clientHeight;
    let last = firstVisible(top);
    const start = Math.max(0, last - OVERSCAN);
    while (last < items.length - 1 && offsets[last + 1]! < bottom) last++;
    const end = Math.min(items.length - 1, last + OVERSCAN, start + POOL_SIZE - 1);
    pool.forEach((slot, s) => {
      const index = start + ((s - (start % POOL_SIZE) + POOL_SIZE) % POOL_SIZE);
      if (index > end) {
        slot.el.hidden = true;
        slot.index = -1;
        return;
      }
      if (slot.index !== index) fill(slot, index);
      slot.el.hidden = false;
      slot.el.style.transform = `translateY(${offsets[index]}px)`;
    });
  }

  function layout() {
    scheduled = false;
    if (!measure()) return;
    if (pinOnLayout) viewport.scrollTop = viewport.scrollHeight;
    pinOnLayout = false;
    render();
  }

  viewport.addEventListener('scroll', render, { passive: true });
  new ResizeObserver(() => {
    if (viewport.clientWidth === measuredWidth) return;
    pinOnLayout ||= nearBottom(viewport);
    layout();
  }).observe(viewport);

  return {
    element: viewport,
    add(m) {
      if (!scheduled) {
        scheduled = true;
        pinOnLayout ||= nearBottom(viewport) || m.author === 'customer';
        queueMicrotask(layout);
      }
      items.push(m);
    },
    setTyping() {
      // This vendor shows typing below the list, never in it.
    },
    refreshTimes() {
      pool.forEach((slot) => slot.index >= 0 && slot.row.refreshMeta());
    },
    setStatus(id, status) {
      const index = items.findIndex((m) => m.id === id);
      if (index < 0) return;
      items[index] = { ...items[index]!, status };
      pool.forEach((slot) => slot.index === index && fill(slot, index));
    },
  };
}
