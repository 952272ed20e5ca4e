// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONVERSATIONS, LANGS } from '@/demo/content/conversations';
import { DOM_COMPOSERS } from '@/demo/widget/composer-dom';
import { mountWidget } from '@/demo/widget/mount';
import { genericAdapter } from '@/lib/adapters/generic';

const env = { shadowRootOf: (el: Element) => el.shadowRoot };

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/**
 * The demo shop's appended-list widgets (variants A–C: hashed classes, aria-hidden initials, names
 * once per group, "You · 3 min ago" or clock times, notices) mounted here with the whole script
 * played at once, read by the generic adapter: the same expectation as e2e/demo-recording.spec.ts
 * without a browser. Variant D's virtual list needs layout, so only the e2e test covers it.
 */
describe.each(['iframe', 'blank', 'shadow'] as const)('generic adapter on demo variant %s', (variant) => {
  it.each(LANGS)('%s: every line, in order, with roles and names', (lang) => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const root = variant === 'shadow' ? host.attachShadow({ mode: 'open' }) : host;
    mountWidget(root, document, { variant, lang, pace: 0, open: true, composer: DOM_COMPOSERS.textarea });
    const conversation = CONVERSATIONS[lang];
    const lists = genericAdapter.detect(variant === 'shadow' ? (root as ShadowRoot) : document, env);
    expect(lists).toHaveLength(1);
    const read = genericAdapter.readTranscript(lists[0]!).map((m) => [m.role, m.authorName, m.text]);
    const expected = [...conversation.history, ...conversation.live].map((line) => [
      line.author,
      line.author === 'agent' ? (line.agent ?? null) : null,
      line.text,
    ]);
    expect(read).toEqual(expected);
  });
});

describe('generic adapter on demo variant iframe, played live', () => {
  it('skips the typing row inside the list and reads the line that follows it', () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    mountWidget(host, document, {
      variant: 'iframe',
      lang: 'en',
      pace: 1,
      open: true,
      composer: DOM_COMPOSERS.textarea,
    });
    const { history, live } = CONVERSATIONS.en;
    const [list] = genericAdapter.detect(document, env);
    const texts = () => genericAdapter.readTranscript(list!).map((m) => m.text);
    vi.advanceTimersByTime(1500); // "Dana is typing…" is in the list now
    expect(list!.textContent).toContain('Dana is typing');
    expect(texts()).toEqual(history.map((line) => line.text));
    vi.advanceTimersByTime(60_000);
    expect(texts()).toEqual([...history, ...live].map((line) => line.text));
  });
});
