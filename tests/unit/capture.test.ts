import { describe, expect, it, vi } from 'vitest';
import { captureRefusal } from '@/lib/capture/capturable';
import { blobFromDataUrl } from '@/lib/capture/data-url';
import type { FrameProbe } from '@/lib/capture/page-probe';
import { CaptureRefusedError, runCapture, textOfFrames, type CapturePorts } from '@/lib/capture/run-capture';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { hideCapture } from '@/lib/db/repos/items';
import { updateSettings } from '@/lib/db/repos/settings';
import { freshRepo } from '../helpers/repo';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function ports(url: string, overrides: Partial<CapturePorts> = {}): CapturePorts {
  return {
    tab: async (id) => ({ id, windowId: 1, url, title: 'Help — Northwind' }),
    screenshot: async () => PNG,
    pageArchive: async () =>
      new Blob(['MIME-Version: 1.0\r\n\r\nYour refund will arrive within 5 business days'], {
        type: 'multipart/related',
      }),
    probe: async () => [
      {
        url,
        title: 'Help',
        siteName: 'Northwind Home',
        selection: '',
        selectionTruncated: false,
        text: 'Dana: refund within 5 business days. Order A-10042: we will refund you within 5 business days.',
        truncated: false,
        childFrames: [],
      },
    ],
    ...overrides,
  };
}

describe('capture', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://shop.example/invoice.pdf', 'pdf'],
    ['file:///home/me/a.html', 'local-file'],
    ['https://shop.example/help', null],
  ])('%s → %s', (url, refusal) => {
    expect(captureRefusal(url)).toBe(refusal);
  });

  it('saves screenshot, page archive and page text in the site’s case with one event', async () => {
    const { repo, db } = await freshRepo();
    const outcome = await runCapture(repo, ports('https://help.northwind.example/chat'), 7);
    expect(outcome).toMatchObject({ caseTitle: 'Northwind Home', createdCase: true, framesRead: 1, notes: [] });
    const items = await db.evidence.toArray();
    expect(items.map((i) => i.kind)).toEqual(['screenshot', 'page-archive']);
    expect(items[0]!.text).toContain('refund within 5 business days');
    const events = await listCaseEvents(repo, outcome.caseId);
    expect(events.map((e) => e.type)).toEqual(['case.created', 'capture.saved', 'fact.added']);
    expect(outcome.facts).toContainEqual({ kind: 'order-number', value: 'A-10042' });
    expect(outcome.facts.map((f) => f.kind)).toContain('promise');
    expect(events[1]!.blobs.map((b) => b.sha256)).toEqual(items.map((i) => i.sha256));
    const again = await runCapture(repo, ports('https://northwind.example/orders'), 7);
    expect(again.caseId).toBe(outcome.caseId);
  });

  it('in WhatsApp Web, files into the open conversation’s own case when it is recorded, else the app’s site case', async () => {
    const { repo } = await freshRepo();
    await updateSettings(repo, (current) => ({
      ...current,
      recordedConversations: [
        { app: 'whatsapp', conversationId: '1555@c.us', title: 'Acme Support', addedAt: 1, caseId: null },
      ],
    }));
    const open = (id: string, title: string) => async () => ({ app: 'whatsapp' as const, id, title });
    const wa = 'https://web.whatsapp.com/';
    const support = await runCapture(repo, ports(wa, { openConversation: open('1555@c.us', 'Acme Support') }), 1);
    expect(support.caseTitle).toBe('Acme Support · WhatsApp');
    const again = await runCapture(repo, ports(wa, { openConversation: open('1555@c.us', 'Acme Support') }), 1);
    expect(again.caseId).toBe(support.caseId);
    // A chat the user did not choose is not given a case of its own (nor put into the chosen one).
    const personal = await runCapture(repo, ports(wa, { openConversation: open('9725@c.us', 'Mom') }), 1);
    expect(personal.caseId).not.toBe(support.caseId);
    expect(personal.caseTitle).not.toContain('Mom');
  });

  it('a retry with the same request id returns the saved capture instead of saving it twice', async () => {
    const { repo, db } = await freshRepo();
    const first = await runCapture(repo, ports('https://shop.example/'), 1, 'request-0001');
    expect(first).toMatchObject({ captureId: 'request-0001', alreadySaved: false });
    const retry = await runCapture(repo, ports('https://shop.example/'), 1, 'request-0001');
    expect(retry).toMatchObject({ captureId: 'request-0001', caseId: first.caseId, alreadySaved: true });
    expect(retry.items).toEqual(first.items);
    expect(retry.facts).toEqual(first.facts);
    expect(await db.evidence.count()).toBe(2);
    const other = await runCapture(repo, ports('https://shop.example/'), 1, 'request-0002');
    expect(other.alreadySaved).toBe(false);
    expect(await db.evidence.count()).toBe(4);
  });

  it('names the frames it could not read (a vendor’s chat frame without site access)', async () => {
    const { repo } = await freshRepo();
    const url = 'https://shop.example/help';
    const outcome = await runCapture(
      repo,
      ports(url, {
        probe: async () => [
          {
            url,
            title: 'Help',
            siteName: null,
            selection: '',
            selectionTruncated: false,
            text: 'Chat with us',
            truncated: false,
            childFrames: ['https://widget.vendor.example/frame?id=1', 'https://shop.example/ads', 'about:blank'],
          },
          {
            url: 'https://shop.example/ads',
            title: '',
            siteName: null,
            selection: '',
            selectionTruncated: false,
            text: '',
            truncated: false,
            childFrames: [],
          },
        ],
      }),
      1,
    );
    expect(outcome.notes).toContain('frames-out-of-reach');
    expect(outcome.unreachableFrames).toEqual(['https://widget.vendor.example']);
  });

  it('says when the browser has no page archive (Firefox)', async () => {
    const { repo } = await freshRepo();
    const outcome = await runCapture(repo, ports('https://shop.example/', { pageArchive: async () => null }), 1);
    expect(outcome.notes).toContain('no-page-archive');
    expect(outcome.items.map((i) => i.kind)).toEqual(['screenshot']);
  });

  it('refuses browser pages and saves nothing half-way when a step fails', async () => {
    const { repo, db } = await freshRepo();
    await expect(runCapture(repo, ports('chrome://newtab'), 1)).rejects.toBeInstanceOf(CaptureRefusedError);
    const failing = ports('https://shop.example/', {
      pageArchive: async () => {
        throw new Error('NotFoundError');
      },
    });
    await expect(runCapture(repo, failing, 1)).rejects.toThrow('NotFoundError');
    expect(await db.evidence.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('a write that fails leaves nothing: no item, no event, no empty case', async () => {
    const { repo, db } = await freshRepo();
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(db.evidence, 'bulkAdd').mockRejectedValueOnce(quota);
    await expect(runCapture(repo, ports('https://shop.example/'), 1)).rejects.toThrow('QuotaExceededError');
    expect(await db.cases.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    await runCapture(repo, ports('https://shop.example/'), 1);
    expect(await db.evidence.count()).toBe(2);
  });

  it('undo hides every item of the capture and keeps a tombstone', async () => {
    const { repo, db } = await freshRepo();
    const outcome = await runCapture(repo, ports('https://shop.example/'), 1);
    expect(await hideCapture(repo, outcome.captureId)).toBe(2);
    expect((await db.evidence.toArray()).every((i) => i.hiddenAt !== null)).toBe(true);
    const last = (await listCaseEvents(repo, outcome.caseId)).at(-1)!;
    expect(last).toMatchObject({ type: 'item.hidden', payload: { captureId: outcome.captureId, reason: 'undo' } });
    expect((await verifyCaseLog(repo, outcome.caseId)).ok).toBe(true);
    expect(await hideCapture(repo, outcome.captureId)).toBe(0);
  });

  it('caps page text and selection at the stored limit, with a note for each, and cleans them', async () => {
    const frame = (url: string, text: string, selection = ''): FrameProbe => ({
      url,
      title: '',
      siteName: null,
      selection,
      selectionTruncated: false,
      text,
      truncated: false,
      childFrames: [],
    });
    // Two frames under the limit each, over it together: the join is cut, and that is noted.
    const two = textOfFrames([
      frame('https://a.example/', 'a'.repeat(150_000)),
      frame('https://b.example/', 'b'.repeat(150_000)),
    ]);
    expect(two.pageText).toHaveLength(200_000);
    expect(two.textTruncated).toBe(true);
    // The probe already cut a frame's selection: that is noted too.
    const probed = textOfFrames([
      { ...frame('https://a.example/', 'x', 's'.repeat(200_000)), selectionTruncated: true },
    ]);
    expect(probed).toMatchObject({ textTruncated: false, selectionTruncated: true });
    // NUL and unpaired surrogates do not reach the database; a cut never leaves half a pair.
    const dirty = textOfFrames([frame('https://a.example/', `x\u0000y\uD800 ${'😀'.repeat(100_001)}`, 'p\u0000q')]);
    expect(dirty.pageText.startsWith('xy\uFFFD 😀')).toBe(true);
    expect(dirty.pageText.at(-1)).not.toMatch(/[\uD800-\uDBFF]/);
    expect(dirty.selection).toBe('pq');

    const { repo, db } = await freshRepo();
    const url = 'https://shop.example/help';
    const huge = 'Order A-10042 '.repeat(20_000);
    const outcome = await runCapture(
      repo,
      ports(url, {
        probe: async () =>
          [frame(url, huge.slice(0, 200_000), huge.slice(0, 200_000))].map((f) => ({
            ...f,
            truncated: true,
            selectionTruncated: true,
          })),
      }),
      1,
    );
    expect(outcome.notes).toEqual(expect.arrayContaining(['text-truncated', 'selection-truncated']));
    expect((await db.evidence.toArray())[0]!.text).toHaveLength(200_000);
  });

  it('a page whose title and address are longer than the stored fields is captured, both cut to fit', async () => {
    const { repo, db } = await freshRepo();
    const url = `https://shop.example/help?${'q=javascript:1&'.repeat(7_000)}`;
    const title = `Help ${'<script>globalThis.__pwned=1</script>'.repeat(40)}`;
    const outcome = await runCapture(repo, ports(url, { tab: async (id) => ({ id, windowId: 1, url, title }) }), 1);
    expect(outcome.items).toHaveLength(2);
    const [shot] = await db.evidence.toArray();
    expect(shot).toMatchObject({ url: url.slice(0, 8192), pageTitle: title.slice(0, 500) });
  });

  it('decodes data URLs without fetch', async () => {
    const blob = blobFromDataUrl(PNG);
    expect(blob.type).toBe('image/png');
    expect(new Uint8Array(await blob.arrayBuffer()).subarray(1, 4)).toEqual(new Uint8Array([80, 78, 71]));
  });
});
