// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceCard } from '@/components/workspace/evidence/EvidenceCard';
import { EvidenceViewer } from '@/components/workspace/evidence/EvidenceViewer';
import { groupCaptures } from '@/lib/evidence/group-captures';
import { createI18n } from '@/lib/i18n/i18next';
import type { EvidenceRecord } from '@/lib/schemas/evidence';

const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><a href="javascript:globalThis.__pwned=1">x</a>';

function record(overrides: Partial<EvidenceRecord>): EvidenceRecord {
  return {
    id: 'ev-000001',
    caseId: 'case-000001',
    kind: 'screenshot',
    captureId: 'cap-1',
    blob: new Blob(['not really a png']),
    sha256: 'a'.repeat(64),
    size: 16,
    mime: 'text/plain',
    fileName: null,
    text: HOSTILE,
    url: 'javascript:globalThis.__pwned=1',
    pageTitle: HOSTILE,
    createdAt: Date.UTC(2026, 2, 5, 12, 7),
    hiddenAt: null,
    keyEvidence: false,
    ...overrides,
  };
}

const noop = () => undefined;
const inEnglish = (node: React.ReactNode) => render(<I18nextProvider i18n={createI18n('en')}>{node}</I18nextProvider>);

afterEach(cleanup);

describe('evidence from hostile pages', () => {
  it('shows a card’s page title and URL as text, never as markup or a link', () => {
    const [group] = groupCaptures([record({})]);
    const { container } = inEnglish(
      <ul>
        <EvidenceCard group={group!} onOpen={noop} onToggleKey={noop} onMove={noop} />
      </ul>,
    );
    expect(container.querySelector('img, a, script')).toBeNull();
    expect(container.querySelector('.evidence-card-title')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('bdi[dir="ltr"]')?.textContent).toBe('javascript:globalThis.__pwned=1');
  });

  it('shows title, URL and page text as text in the full view', () => {
    const groups = groupCaptures([record({})]);
    const { baseElement } = inEnglish(
      <EvidenceViewer groups={groups} index={0} onIndex={noop} onClose={noop} onError={noop} />,
    );
    const viewer = baseElement.querySelector('[data-testid="evidence-viewer"]');
    expect(viewer).not.toBeNull();
    expect(baseElement.querySelector('dialog a, dialog script, dialog img')).toBeNull();
    expect(baseElement.querySelector('dialog h2')?.textContent).toBe(HOSTILE);
    expect(baseElement.querySelector('[data-testid="viewer-url"]')?.textContent).toBe(
      'javascript:globalThis.__pwned=1',
    );
    expect(baseElement.querySelector('[data-testid="viewer-text"]')?.textContent).toBe(HOSTILE);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('gives a kind it does not know an icon and the stored kind, in the card and the full view', () => {
    const odd = { ...record({ captureId: null, pageTitle: null, url: null, text: '' }), kind: 'fax' };
    const groups = groupCaptures([odd as unknown as EvidenceRecord]);
    const card = inEnglish(
      <ul>
        <EvidenceCard group={groups[0]!} onOpen={noop} onToggleKey={noop} onMove={noop} />
      </ul>,
    );
    expect(card.container.querySelector('.evidence-card-title')?.textContent).toBe('fax');
    expect(card.container.querySelector('svg.thumb-icon')).not.toBeNull();
    card.unmount();
    const view = inEnglish(<EvidenceViewer groups={groups} index={0} onIndex={noop} onClose={noop} onError={noop} />);
    expect(view.baseElement.querySelector('.viewer-placeholder')?.textContent).toBe('fax');
  });

  it('moves with Previous, Next and the arrow keys, and not past either end', () => {
    const groups = groupCaptures([
      record({ id: 'ev-a', captureId: 'cap-a', createdAt: 2 }),
      record({ id: 'ev-b', captureId: 'cap-b', createdAt: 1 }),
    ]);
    const moves: number[] = [];
    const { baseElement, getByRole } = inEnglish(
      <EvidenceViewer groups={groups} index={0} onIndex={(i) => moves.push(i)} onClose={noop} onError={noop} />,
    );
    const dialog = baseElement.querySelector('dialog')!;
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    fireEvent.click(getByRole('button', { name: 'Next', hidden: true }));
    expect(moves).toEqual([1, 1]);
    expect((getByRole('button', { name: 'Previous', hidden: true }) as HTMLButtonElement).disabled).toBe(true);
  });
});
