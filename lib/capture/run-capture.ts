import type { RepoContext } from '../db/context';
import { findOrCreateCaseForSite } from '../db/repos/cases';
import { findOrCreateCaseForConversation } from '../db/repos/conversation-cases';
import { getSettings } from '../db/repos/settings';
import { messagingAppOfUrl } from '../messaging-apps/apps';
import type { OpenConversation } from '../messaging-apps/conversation';
import { prepareEvidence, writeEvidence, type NewEvidence } from '../db/repos/evidence';
import { MAX_MESSAGE_TEXT, MAX_SHORT_TEXT, MAX_URL } from '../schemas/limits';
import { siteOfUrl } from '../sites/site-of-url';
import { capText, cleanAndCap, cleanText, fitText } from '../text/clean';
import { captureRefusal, type CaptureRefusal } from './capturable';
import { blobFromDataUrl } from './data-url';
import { framesOutOfReach } from './frames-out-of-reach';
import type { FrameProbe } from './page-probe';
import type { ConversationPorts } from './whole-conversation';

export interface CaptureTab {
  id: number;
  windowId: number;
  url?: string;
  title?: string;
}

/** The browser calls a capture needs; implemented over browser.* in lib/background/browser-ports.ts. */
export interface CapturePorts {
  tab: (tabId: number) => Promise<CaptureTab>;
  /** Removes Paper Trail's own toast from the page, so it is not in the screenshot. */
  hideOwnUi?: (tabId: number) => Promise<void>;
  /** PNG of the visible part of the window's active tab, as a data: URL. */
  screenshot: (windowId: number) => Promise<string>;
  /** MHTML of the whole page; null where the browser has no page archive (Firefox). */
  pageArchive: (tabId: number) => Promise<Blob | null>;
  /** The frames the extension may read; cross-origin frames out of reach are simply absent. */
  probe: (tabId: number) => Promise<FrameProbe[]>;
  /** Scrolling and stitching the chat's list; absent where the browser cannot (tests, fakes). */
  conversation?: ConversationPorts;
  /** The conversation open in a messaging app's tab (WhatsApp Web, Telegram Web), if any. */
  openConversation?: (tabId: number) => Promise<OpenConversation | null>;
  /** End-to-end builds only: holds the capture at a point so a test can stop the worker there. */
  testPause?: (point: CapturePausePoint) => Promise<void>;
}

export type CapturePausePoint = 'before-commit' | 'after-commit';

export class CaptureRefusedError extends Error {
  readonly code = 'capture-refused';
  constructor(readonly reason: CaptureRefusal) {
    super(
      {
        'browser-page': 'The browser does not let extensions capture its own pages.',
        'web-store': 'The browser does not let extensions capture the extension store.',
        pdf: 'PDF files cannot be captured as a page. Download the PDF and attach it to the case instead.',
        'local-file': 'Files on your computer can be captured only if you allow it on the browser’s extension page.',
        'not-a-page': 'This tab has no web page to capture.',
      }[reason],
    );
  }
}

export interface CaptureOutcome {
  caseId: string;
  caseTitle: string;
  createdCase: boolean;
  captureId: string;
  items: { id: string; kind: string; size: number }[];
  framesRead: number;
  /**
   * Things the user should know: no page archive in this browser, page text or selection cut to
   * size, frames out of reach.
   */
  notes: string[];
  /** Origins of embedded frames (a vendor's chat widget) the capture could not read. */
  unreachableFrames: string[];
  /** The facts suggested from this capture, for the popup to show. */
  facts: { kind: string; value: string }[];
  /** True when this request had already been saved (a retry after the worker stopped). */
  alreadySaved: boolean;
}

async function outcomeOfSavedCapture(ctx: RepoContext, captureId: string): Promise<CaptureOutcome | null> {
  const items = await ctx.db.evidence.where('captureId').equals(captureId).toArray();
  const first = items[0];
  if (!first) return null;
  const record = await ctx.db.cases.get(first.caseId);
  const event = await ctx.db.events
    .where('[caseId+at]')
    .between([first.caseId, first.createdAt], [first.caseId, Infinity])
    .filter((e) => e.type === 'capture.saved' && e.payload.captureId === captureId)
    .first();
  const details = (event?.payload ?? {}) as { framesRead?: number; notes?: string[]; unreachableFrames?: string[] };
  return {
    caseId: first.caseId,
    caseTitle: record?.title ?? '',
    createdCase: false,
    captureId,
    items: items.map((item) => ({ id: item.id, kind: item.kind, size: item.size })),
    framesRead: details.framesRead ?? 0,
    notes: details.notes ?? [],
    unreachableFrames: details.unreachableFrames ?? [],
    facts: await factsOf(
      ctx,
      first.caseId,
      items.map((item) => item.id),
    ),
    alreadySaved: true,
  };
}

async function factsOf(ctx: RepoContext, caseId: string, itemIds: string[]) {
  const ids = new Set(itemIds);
  const facts = await ctx.db.facts
    .where('caseId')
    .equals(caseId)
    .filter((fact) => fact.source.id !== null && ids.has(fact.source.id))
    .toArray();
  return facts.map((fact) => ({ kind: fact.kind, value: fact.value }));
}

/**
 * The page text and selection a capture keeps, cleaned (lib/text/clean.ts) and capped at the
 * stored text's limit; truncated when a frame's own text was cut or the frames together were
 * longer than the limit.
 */
export function textOfFrames(frames: readonly FrameProbe[]) {
  const joined = frames
    .map((f) => ({ ...f, text: cleanText(f.text) }))
    .filter((f) => f.text.trim())
    .map((f) => (frames.length > 1 ? `[${cleanText(f.url)}]\n${f.text}` : f.text))
    .join('\n\n');
  const page = capText(joined, MAX_MESSAGE_TEXT);
  const selected = frames.find((f) => f.selection.trim());
  const selection = cleanAndCap(selected?.selection ?? '', MAX_MESSAGE_TEXT);
  return {
    pageText: page.text,
    textTruncated: page.truncated || frames.some((f) => f.truncated),
    selection: selection.text,
    selectionTruncated: selection.truncated || (selected?.selectionTruncated ?? false),
  };
}

/**
 * One click: screenshot, page archive and the text of every readable frame, saved into the
 * site's case in one transaction (all or nothing) with one `capture.saved` event.
 */
export async function runCapture(
  ctx: RepoContext,
  ports: CapturePorts,
  tabId: number,
  requestId?: string,
): Promise<CaptureOutcome> {
  if (requestId) {
    const saved = await outcomeOfSavedCapture(ctx, requestId);
    if (saved) return saved;
  }
  const tab = await ports.tab(tabId);
  const refusal = captureRefusal(tab.url);
  if (refusal) throw new CaptureRefusedError(refusal);
  const site = siteOfUrl(tab.url);
  if (!site) throw new CaptureRefusedError('not-a-page');

  await ports.hideOwnUi?.(tabId).catch(() => undefined);
  const screenshot = blobFromDataUrl(await ports.screenshot(tab.windowId));
  const archive = await ports.pageArchive(tabId);
  const frames = await ports.probe(tabId);
  const top = frames.find((f) => f.url === tab.url) ?? frames[0];
  const { pageText, selection, textTruncated, selectionTruncated } = textOfFrames(frames);
  const notes: string[] = [];
  if (!archive) notes.push('no-page-archive');
  if (textTruncated) notes.push('text-truncated');
  if (selectionTruncated) notes.push('selection-truncated');
  const unreachableFrames = framesOutOfReach(frames);
  if (unreachableFrames.length > 0) notes.push('frames-out-of-reach');

  const company = fitText((top?.siteName || tab.title || site).trim(), 200) || site;
  // A page's title and address can be far longer than the stored fields: the archive keeps them whole.
  const url = tab.url === undefined ? null : fitText(tab.url, MAX_URL);
  const pageTitle = tab.title === undefined ? null : fitText(tab.title, MAX_SHORT_TEXT);
  const captureId = requestId ?? ctx.newId();
  const items: NewEvidence[] = [
    {
      kind: 'screenshot',
      blob: screenshot,
      mime: 'image/png',
      text: pageText,
      url,
      pageTitle,
    },
  ];
  if (archive) {
    items.push({
      kind: 'page-archive',
      blob: archive,
      mime: 'multipart/related',
      url,
      pageTitle,
    });
  }
  const prepared = await prepareEvidence(items);
  const app = messagingAppOfUrl(tab.url);
  const open = app ? await ports.openConversation?.(tabId).catch(() => null) : null;
  const chat =
    app && open && open.app === app.id
      ? { app: app.id, conversationId: open.id, appName: app.name, appSite: app.site }
      : null;
  await ports.testPause?.('before-commit');
  // The case too: a capture that does not commit leaves no empty case behind.
  const { record, created, saved } = await ctx.db.transaction(
    'rw',
    [ctx.db.cases, ctx.db.evidence, ctx.db.facts, ctx.db.events, ctx.db.settings],
    async () => {
      // In a messaging app, a conversation the user records has its own case: the capture goes there.
      const chosen = chat && (await findOrCreateCaseForConversation(ctx, chat));
      // Any other chat of the app never lands in a recorded conversation's case.
      const conversationCases = app
        ? new Set((await getSettings(ctx)).recordedConversations.flatMap((c) => (c.caseId ? [c.caseId] : [])))
        : undefined;
      const found = chosen
        ? { record: chosen, created: false }
        : await findOrCreateCaseForSite(ctx, site, company, conversationCases);
      const records = await writeEvidence(ctx, found.record.id, prepared, {
        captureId,
        eventType: 'capture.saved',
        details: {
          url,
          title: pageTitle,
          selection,
          framesRead: frames.length,
          notes,
          unreachableFrames,
        },
      });
      return { ...found, saved: records };
    },
  );
  await ports.testPause?.('after-commit');
  return {
    caseId: record.id,
    caseTitle: record.title,
    createdCase: created,
    captureId,
    items: saved.map((item) => ({ id: item.id, kind: item.kind, size: item.size })),
    framesRead: frames.length,
    notes,
    unreachableFrames,
    facts: await factsOf(
      ctx,
      record.id,
      saved.map((item) => item.id),
    ),
    alreadySaved: false,
  };
}
