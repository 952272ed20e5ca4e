// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/i18next';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import { bubbleLabels, MessageBubble } from '@/components/workspace/tabs/MessageBubble';

const hostile = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  'Order \u202E24001-A\u202C confirmed',
  'zero\u200Bwidth\u200Djoiner',
  '<a href="javascript:globalThis.__pwned=1">click</a>',
];

function bubble(text: string, authorName: string): ChatMessageRecord {
  return {
    id: 'msg-000001',
    caseId: 'case-000001',
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    key: 'k',
    seq: 0,
    role: 'agent',
    authorName,
    text,
    truncated: false,
    firstSeenAt: Date.UTC(2026, 10, 22, 9),
    widgetTimeText: '<b>2 min ago</b>',
    fromHistory: false,
    adapter: 'generic',
    hiddenAt: null,
    keyEvidence: false,
  };
}

describe('page text in the workspace', () => {
  it.each(hostile)('shows %j as inert, isolated text', (text) => {
    const i18n = createI18n('he');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ul>
          <MessageBubble
            message={bubble(text, `Dana ${text}`)}
            labels={bubbleLabels(i18n.t)}
            locale={{ locale: 'he', dir: 'rtl', timeZone: 'UTC' }}
            onToggleKey={() => undefined}
            onMove={() => undefined}
          />
        </ul>
      </I18nextProvider>,
    );
    expect(container.querySelector('img, script, a[href], b')).toBeNull();
    expect(container.querySelector('.bubble-text')?.textContent).toBe(text);
    expect(container.querySelector('.bubble-text')?.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('.bubble-head bdi')?.textContent).toBe(`Dana ${text}`);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
