// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shadowRootOf } from '@/lib/adapters/shadow-root-of';

/** Chrome's chrome.dom.openOrClosedShadowRoot: throws for anything but an HTMLElement. */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const chromeLike = (element: HTMLElement) => {
  if (!(element instanceof HTMLElement)) throw new TypeError('Error in invocation of dom.openOrClosedShadowRoot');
  return closedRoots.get(element) ?? null;
};

describe('shadowRootOf', () => {
  it('finds open and closed roots, and never asks Chrome about an svg', () => {
    document.body.innerHTML = '<div id="open"></div><div id="closed"></div><svg><path /></svg>';
    const open = document.getElementById('open')!.attachShadow({ mode: 'open' });
    const host = document.getElementById('closed')!;
    closedRoots.set(host, host.attachShadow({ mode: 'closed' }));
    const asked: Element[] = [];
    const spy = (element: HTMLElement) => {
      asked.push(element);
      return chromeLike(element);
    };
    expect(shadowRootOf(document.getElementById('open')!, spy)).toBe(open);
    expect(shadowRootOf(host, spy)).toBe(closedRoots.get(host));
    expect(shadowRootOf(document.querySelector('svg')!, spy)).toBeNull();
    expect(shadowRootOf(document.querySelector('path')!, spy)).toBeNull();
    expect(asked.some((element) => !(element instanceof HTMLElement))).toBe(false);
  });

  it('swallows a throwing browser call instead of crashing the recorder', () => {
    document.body.innerHTML = '<div id="x"></div>';
    const throwing = () => {
      throw new TypeError('boom');
    };
    expect(shadowRootOf(document.getElementById('x')!, throwing)).toBeNull();
    expect(shadowRootOf(document.getElementById('x')!, undefined)).toBeNull();
  });
});
