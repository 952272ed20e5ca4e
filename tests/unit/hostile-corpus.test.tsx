// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EvidenceTab } from '@/components/workspace/tabs/EvidenceTab';
import { FactsTab } from '@/components/workspace/tabs/FactsTab';
import { TimelineTab } from '@/components/workspace/tabs/TimelineTab';
import { TranscriptTab } from '@/components/workspace/tabs/TranscriptTab';
import type { ChatAdapter } from '@/lib/adapters/types';
import { runCapture, type CapturePorts } from '@/lib/capture/run-capture';
import type { RepoContext } from '@/lib/db/context';
import { findOrCreateCaseForSite } from '@/lib/db/repos/cases';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { recordMessages } from '@/lib/db/repos/messages';
import { extractFacts } from '@/lib/extract';
import { createI18n } from '@/lib/i18n/i18next';
import { he } from '@/lib/i18n/locales/he';
import { chatRecordSchema, observedMessageSchema, type ObservedMessage } from '@/lib/messaging/schemas';
import { startRecorder } from '@/lib/recorder/recorder';
import { MAX_MESSAGE_TEXT } from '@/lib/schemas/common';
import { evidenceRecordSchema } from '@/lib/schemas/evidence';
import { factRecordSchema } from '@/lib/schemas/fact';
import { chatMessageRecordSchema } from '@/lib/schemas/message';
import { cleanText, isCleanText } from '@/lib/text/clean';
import {
  allPayloads,
  CANARY,
  generatedPayloads,
  smallPayloads,
  type HostilePayload,
} from '../fixtures/hostile-corpus/corpus';
import { hostileNodes } from '../helpers/hostile-nodes';
import { freshRepo } from '../helpers/repo';
import { installTranscriptLayout, removeTranscriptLayout } from '../helpers/transcript-layout';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const corpus = allPayloads();
const canary = () => (globalThis as Record<string, unknown>)[CANARY];

/** An adapter that "reads" the payloads as one chat: each one as text, author name and time text. */
function corpusAdapter(payloads: HostilePayload[]): ChatAdapter {
  return {
    id: 'generic',
    label: 'Corpus',
    detect: (root) => (root === document ? [document.body] : []),
    readTranscript: () =>
      payloads.map((p, i) => ({
        widgetId: p.id,
        role: i % 2 === 0 ? 'agent' : 'customer',
        authorName: p.text,
        text: p.text,
        widgetTimeText: p.text,
      })),
    observe: () => undefined,
    insertDraft: () => false,
  };
}

function recorded(payloads: HostilePayload[]): ObservedMessage[] {
  const out: ObservedMessage[] = [];
  const controller = new AbortController();
  startRecorder({
    document,
    env: { shadowRootOf: () => null },
    adapters: [corpusAdapter(payloads)],
    outbox: { add: (messages) => out.push(...messages) },
    signal: controller.signal,
    now: () => Date.UTC(2026, 10, 22, 9),
    setTimer: () => undefined,
  });
  controller.abort();
  return out;
}

function frame(url: string, text: string) {
  return {
    url,
    title: '',
    siteName: null,
    selection: text,
    selectionTruncated: false,
    text,
    truncated: false,
    childFrames: [],
  };
}

function capturePorts(url: string, title: string, frames: ReturnType<typeof frame>[]): CapturePorts {
  return {
    tab: async (id) => ({ id, windowId: 1, url, title }),
    screenshot: async () => PNG,
    pageArchive: async () => new Blob(['MIME-Version: 1.0\r\n\r\n'], { type: 'multipart/related' }),
    probe: async () => frames,
  };
}

let repo: RepoContext;
let caseId: string;
let observed: ObservedMessage[];

beforeAll(async () => {
  ({ repo } = await freshRepo());
  const hostileTitle = smallPayloads().find((p) => p.id === 'script-tag')!.text;
  caseId = (await findOrCreateCaseForSite(repo, 'acme.example', hostileTitle)).record.id;
  observed = recorded(corpus);
  // Two batches, as the outbox would send them: the big texts alone.
  for (const messages of [
    observed.filter((m) => m.text.length < 10_000),
    observed.filter((m) => m.text.length >= 10_000),
  ]) {
    const batch = chatRecordSchema.parse({ batchId: 'b', adapter: 'generic', messages });
    await recordMessages(repo, {
      caseId,
      site: 'acme.example',
      frameUrl: 'https://acme.example/chat',
      adapter: 'generic',
      messages: batch.messages,
    });
  }
  // Captures: the small payloads as frames of one page, each big one as a page of its own.
  const small = smallPayloads();
  await runCapture(
    repo,
    capturePorts(
      'https://acme.example/help',
      hostileTitle,
      small.map((p) => frame(`https://acme.example/${p.id}`, p.text)),
    ),
    1,
  );
  for (const p of generatedPayloads()) {
    await runCapture(
      repo,
      capturePorts(`https://acme.example/${p.id}?${p.text.slice(0, 20_000)}`, p.text, [
        frame('https://acme.example/', p.text),
      ]),
      1,
    );
  }
}, 120_000);

beforeEach(() => {
  // Thumbnails: happy-dom's Blob is not one Node's URL.createObjectURL accepts.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test-thumbnail');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});
afterEach(() => cleanup());

describe('(a) every payload through the recorder and the schemas', () => {
  it.each(corpus.map((p) => [p.id, p] as const))(
    '%s is cleaned, capped with the flag, and valid on the wire',
    (_id, p) => {
      const message = observed.find((m) => m.key === `id:${p.id}`);
      expect(message).toBeDefined();
      expect(observedMessageSchema.safeParse(message).success).toBe(true);
      const clean = cleanText(p.text);
      expect(message!.text).toBe(clean.slice(0, message!.text.length));
      expect(message!.text.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
      expect(message!.truncated).toBe(clean.length > MAX_MESSAGE_TEXT);
      expect(isCleanText(message!.text)).toBe(true);
      expect(message!.authorName!.length).toBeLessThanOrEqual(500);
    },
  );

  it('refuses a payload that skipped the recorder with a clear reason', () => {
    for (const id of ['lone-high-surrogate', 'lone-low-surrogate', 'nul-and-controls']) {
      const raw = smallPayloads().find((p) => p.id === id)!;
      const result = observedMessageSchema.safeParse({ ...observed[0], text: raw.text });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/unpaired surrogate or a control character/);
    }
  });

  it('stores every payload as a valid message, evidence and fact record, in an intact log', async () => {
    const messages = await repo.db.messages.toArray();
    expect(messages).toHaveLength(corpus.length);
    for (const m of messages) expect(chatMessageRecordSchema.safeParse(m).success).toBe(true);
    expect(
      messages
        .filter((m) => m.truncated)
        .map((m) => m.key)
        .sort(),
    ).toEqual(['id:emoji-flood', 'id:one-mb-line']);
    const evidence = await repo.db.evidence.toArray();
    expect(evidence.length).toBe(2 * (1 + generatedPayloads().length));
    // happy-dom's Blob is not the Blob fake-indexeddb gives back: everything but the Blob is checked.
    for (const e of evidence) expect(evidenceRecordSchema.omit({ blob: true }).safeParse(e).success).toBe(true);
    const facts = await repo.db.facts.toArray();
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(factRecordSchema.safeParse(f).success).toBe(true);
    expect((await verifyCaseLog(repo, caseId)).ok).toBe(true);
    const notes = (await repo.db.events.toArray())
      .filter((e) => e.type === 'capture.saved')
      .map((e) => e.payload.notes);
    expect(notes).toContainEqual(expect.arrayContaining(['text-truncated', 'selection-truncated']));
  });

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('(b) fact extraction on the big payloads', () => {
  // A generous limit for the harness only (the 1 MiB line takes seconds); speed lives in bench/.
  it.each(corpus.map((p) => [p.id, p] as const))(
    '%s: returns, with every span inside the text',
    { timeout: 120_000 },
    (_id, p) => {
      const facts = extractFacts(p.text);
      expect(Array.isArray(facts)).toBe(true);
      for (const f of facts) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(p.text.length);
        expect(f.start).toBeLessThan(f.end);
      }
    },
  );

  it('still finds the facts in the 1 MiB line', { timeout: 120_000 }, () => {
    const line = generatedPayloads().find((p) => p.id === 'one-mb-line')!.text;
    expect(line).toHaveLength(1_048_576);
    expect(line).not.toContain('\n');
    expect(extractFacts(line).map((f) => f.value)).toContain('A-10042');
  });
});

// Every tab renders the whole corpus: more than the default 5 s on a loaded machine.
describe('(c) the workspace shows every payload as inert text', { timeout: 60_000 }, () => {
  // A viewport tall enough for every row: the virtualised Transcript then renders them all.
  beforeAll(() => installTranscriptLayout({ viewportPx: 100_000, rowPx: 80 }));
  afterAll(removeTranscriptLayout);

  const wrap = (node: ReactNode) => <I18nextProvider i18n={createI18n('he')}>{node}</I18nextProvider>;
  const onError = (message: string) => {
    throw new Error(message);
  };

  it('Transcript: every message, none as markup', async () => {
    const { container } = render(wrap(<TranscriptTab repo={repo} caseId={caseId} onError={onError} />));
    await waitFor(() => expect(container.querySelectorAll('.bubble')).toHaveLength(corpus.length), { timeout: 30_000 });
    expect(hostileNodes(container)).toEqual([]);
    const texts = Array.from(container.querySelectorAll('.bubble-text')).map((e) => e.textContent);
    for (const p of smallPayloads()) expect(texts).toContain(cleanText(p.text));
    for (const bubble of Array.from(container.querySelectorAll('.bubble-text')))
      expect(bubble.getAttribute('dir')).toBe('auto');
    expect(canary()).toBeUndefined();
  });

  it('Facts: every card, none as markup; interpolation markers in names are shown as written', async () => {
    const { container } = render(wrap(<FactsTab repo={repo} caseId={caseId} onError={onError} />));
    await waitFor(() => expect(container.querySelectorAll('[data-testid="fact"]').length).toBeGreaterThan(0), {
      timeout: 30_000,
    });
    expect(hostileNodes(container)).toEqual([]);
    // "$t(popup.captureThis)" in a payload never pulls in our own string.
    expect(container.textContent).not.toContain(he.popup.captureThis);
    expect(canary()).toBeUndefined();
  });

  it('Evidence: every card, none as markup, no link from an address', async () => {
    const { container } = render(wrap(<EvidenceTab repo={repo} caseId={caseId} onError={onError} />));
    await waitFor(() => expect(container.querySelectorAll('.evidence-card').length).toBeGreaterThan(0), {
      timeout: 30_000,
    });
    expect(hostileNodes(container)).toEqual([]);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain("<script>globalThis.__pwned='script-tag'</script>");
    expect(canary()).toBeUndefined();
  });

  it('Timeline: every event, none as markup', async () => {
    const { container } = render(wrap(<TimelineTab repo={repo} caseId={caseId} />));
    await waitFor(() => expect(container.querySelectorAll('.timeline-item').length).toBeGreaterThan(corpus.length), {
      timeout: 30_000,
    });
    expect(hostileNodes(container)).toEqual([]);
    expect(canary()).toBeUndefined();
  });

  it('interpolation and nesting markers in page text are shown as written, in every language', () => {
    const name = smallPayloads().find((p) => p.id === 'i18next-nesting')!.text;
    const markers = smallPayloads().find((p) => p.id === 'i18next-interpolation')!.text;
    for (const lang of ['en', 'he', 'ru'] as const) {
      const i18n = createI18n(lang);
      expect(i18n.t('facts.from.messageBy', { name, time: '10:00' })).toContain(name);
      expect(i18n.t('transcript.widgetTime', { text: markers })).toContain(markers);
    }
  });

  it('control: the same check finds a payload rendered as HTML', () => {
    for (const id of ['img-onerror', 'svg-onload', 'iframe-srcdoc', 'a-javascript', 'script-tag']) {
      const p = smallPayloads().find((x) => x.id === id)!;
      // eslint-disable-next-line no-restricted-syntax -- the control plants the sink on purpose
      const { container } = render(<div dangerouslySetInnerHTML={{ __html: p.text }} />);
      expect(hostileNodes(container), id).not.toEqual([]);
      cleanup();
    }
  });
});
