// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeBySide, sideOf } from '@/lib/adapters/generic/sides';
import type { AuthorRole } from '@/lib/schemas/message';

/**
 * happy-dom has no layout: each row says where its text sits (`data-box="left right"`, in px of
 * a 400 px list) and the stubbed rectangles report it.
 */
function rect(left: number, right: number): DOMRect {
  return { left, right, width: right - left, top: 0, bottom: 10, height: 10, x: left, y: 0 } as DOMRect;
}

function boxOf(node: Node | null): DOMRect {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const marked = element?.closest('[data-box]') ?? element?.querySelector('[data-box]');
  const box = marked?.getAttribute('data-box');
  if (!box) return rect(0, 0);
  const [left, right] = box.split(' ').map(Number) as [number, number];
  return rect(left, right);
}

beforeEach(() => {
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return boxOf(this.startContainer);
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute('data-list') ? rect(0, 400) : boxOf(this);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

function list(rows: string[], dir: 'ltr' | 'rtl' = 'ltr'): { list: Element; rows: Element[] } {
  document.body.innerHTML = `<div data-list style="direction:${dir}">${rows
    .map((box, i) => `<div class="m"><div class="b" ${box ? `data-box="${box}"` : ''}>message ${i}</div></div>`)
    .join('')}</div>`;
  const element = document.querySelector('[data-list]')!;
  return { list: element, rows: Array.from(element.children) };
}

const LEFT = '8 200';
const RIGHT = '200 392';
const CENTRE = '120 280';
const unknown = (n: number): AuthorRole[] => Array.from({ length: n }, () => 'unknown');
const placeableUnknown = (roles: AuthorRole[]) => roles.map((role) => role === 'unknown');

describe('the side a row sits on', () => {
  it('is read from where its text is, not from its block', () => {
    const { list: l, rows } = list([LEFT, RIGHT, CENTRE, '']);
    expect(rows.map((row) => sideOf(row, l))).toEqual(['left', 'right', null, null]);
  });

  it('places unknown rows: right is the customer, left the agent', () => {
    const { list: l, rows } = list([LEFT, RIGHT, LEFT, RIGHT]);
    expect(placeBySide(rows, unknown(4), placeableUnknown(unknown(4)), l)).toEqual([
      'agent',
      'customer',
      'agent',
      'customer',
    ]);
  });

  it('mirrors in a right-to-left list', () => {
    const { list: l, rows } = list([RIGHT, LEFT, RIGHT], 'rtl');
    expect(placeBySide(rows, unknown(3), placeableUnknown(unknown(3)), l)).toEqual(['agent', 'customer', 'agent']);
  });

  it('learns the sides from rows whose role is known, over the default', () => {
    // A widget that puts the agent on the right: the one labelled agent row says so.
    const { list: l, rows } = list([RIGHT, LEFT, RIGHT, LEFT]);
    const roles: AuthorRole[] = ['agent', 'unknown', 'unknown', 'unknown'];
    expect(placeBySide(rows, roles, placeableUnknown(roles), l)).toEqual(['agent', 'customer', 'agent', 'customer']);
  });

  it('leaves rows unknown when every message sits on one side, is centred or has no layout', () => {
    const oneSide = list([LEFT, LEFT, LEFT]);
    expect(placeBySide(oneSide.rows, unknown(3), placeableUnknown(unknown(3)), oneSide.list)).toEqual(unknown(3));
    const mixed = list([LEFT, CENTRE, RIGHT, '']);
    expect(placeBySide(mixed.rows, unknown(4), placeableUnknown(unknown(4)), mixed.list)).toEqual([
      'agent',
      'unknown',
      'customer',
      'unknown',
    ]);
    const noLayout = list(['', '', '']);
    expect(placeBySide(noLayout.rows, unknown(3), placeableUnknown(unknown(3)), noLayout.list)).toEqual(unknown(3));
  });

  it('turns a bare row taken for a notice into a message when it leans to a side; a centred one stays a notice', () => {
    const { list: l, rows } = list([LEFT, CENTRE, RIGHT]);
    const roles: AuthorRole[] = ['system', 'system', 'system'];
    expect(placeBySide(rows, roles, [true, true, true], l)).toEqual(['agent', 'system', 'customer']);
    // A row the widget itself marks as a notice is never placed.
    expect(placeBySide(rows, roles, [true, true, false], l)).toEqual(['agent', 'system', 'system']);
  });

  it('never changes a role already known, and reads no layout when nothing is unknown', () => {
    const { list: l, rows } = list([LEFT, RIGHT]);
    const spy = vi.mocked(Range.prototype.getBoundingClientRect);
    spy.mockClear();
    expect(placeBySide(rows, ['customer', 'agent'], [false, false], l)).toEqual(['customer', 'agent']);
    expect(spy).not.toHaveBeenCalled();
  });
});
