// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectRoots } from '@/lib/adapters/dom-roots';
import { mountPill, PILL_TAG } from '@/lib/recorder/pill';

const labels = {
  recording: 'Recording',
  paused: 'Paused',
  pause: 'Pause',
  resume: 'Resume',
  storageFull: 'Not saved: disk full',
};
const controllers: AbortController[] = [];
afterEach(() => {
  controllers.forEach((c) => c.abort());
  document.documentElement.querySelectorAll(PILL_TAG).forEach((el) => el.remove());
});

/** The pill keeps its shadow root closed; tests reach it the way the recorder's env would. */
const roots = new WeakMap<Element, ShadowRoot>();
const realAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = realAttach.call(this, init);
  roots.set(this, root);
  return root;
};

function mount(paused: boolean, toggle: (paused: boolean) => Promise<boolean>) {
  const controller = new AbortController();
  controllers.push(controller);
  const timers: (() => void)[] = [];
  const pill = mountPill({
    document,
    labels,
    paused,
    onToggle: toggle,
    signal: controller.signal,
    setTimer: (callback) => timers.push(callback),
  });
  const element = pill.element;
  const shadow = roots.get(element)!;
  return { element, shadow, controller, timers, pill };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('recording pill', () => {
  it('says it is recording, pauses and resumes through the background', async () => {
    const asked: boolean[] = [];
    const { element, shadow } = mount(false, async (paused) => {
      asked.push(paused);
      return paused;
    });
    expect(element.isConnected).toBe(true);
    expect(shadow.textContent).toContain('Recording');
    shadow.querySelector('button')!.click();
    await flush();
    expect(asked).toEqual([true]);
    expect(element.getAttribute('data-state')).toBe('paused');
    expect(shadow.textContent).toContain('Resume');
    shadow.querySelector('button')!.click();
    await flush();
    expect(asked).toEqual([true, false]);
    expect(element.getAttribute('data-state')).toBe('recording');
  });

  it('keeps its state when the background does not answer', async () => {
    const { element, shadow } = mount(true, async () => {
      throw new Error('worker gone');
    });
    shadow.querySelector('button')!.click();
    await flush();
    expect(element.getAttribute('data-state')).toBe('paused');
    expect(shadow.querySelector('button')!.disabled).toBe(false);
  });

  it('comes back after a capture removes it, and goes for good when recording stops', async () => {
    const { element, controller, timers } = mount(false, async (p) => p);
    element.remove();
    await flush();
    expect(timers.length).toBeGreaterThan(0);
    timers.forEach((run) => run());
    expect(element.isConnected).toBe(true);
    controller.abort();
    expect(element.isConnected).toBe(false);
  });

  it('is never taken for a chat: the recorder does not look inside it', () => {
    const { shadow } = mount(false, async (p) => p);
    const env = { shadowRootOf: (el: Element) => roots.get(el) ?? null };
    expect(collectRoots(document, env)).not.toContain(shadow);
  });

  it('warns, in its live region, while the disk is full and says it records again once saving resumes', async () => {
    const { element, shadow, pill } = mount(false, async (p) => p);
    const status = () => shadow.querySelector('[role="status"]')!;
    expect(status().textContent).toBe('Recording');
    pill.setDelivery('storage-full');
    expect(element.getAttribute('data-state')).toBe('storage-full');
    expect(status().textContent).toBe('Not saved: disk full');
    // The button is not inside the live region: only the state's words are announced.
    expect(status().contains(shadow.querySelector('button'))).toBe(false);
    expect(shadow.querySelector('button')!.textContent).toBe('Pause');
    pill.setDelivery('ok');
    expect(element.getAttribute('data-state')).toBe('recording');
    expect(status().textContent).toBe('Recording');
  });

  it('keeps Pause/Resume working while the disk is full, and shows the warning again on resume', async () => {
    const { element, shadow, pill } = mount(false, async (p) => p);
    pill.setDelivery('storage-full');
    shadow.querySelector('button')!.click();
    await flush();
    expect(element.getAttribute('data-state')).toBe('paused');
    expect(shadow.textContent).toContain('Paused');
    expect(shadow.textContent).not.toContain('Not saved');
    shadow.querySelector('button')!.click();
    await flush();
    expect(element.getAttribute('data-state')).toBe('storage-full');
    expect(shadow.textContent).toContain('Not saved: disk full');
  });
});
