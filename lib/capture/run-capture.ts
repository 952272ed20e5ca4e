import type { RepoContext } from '../db/context';
import { findOrCreateCaseForSite } from '../db/repos/cases';
import { addEvidence, type NewEvidence } from '../db/repos/evidence';
import { siteOfUrl } from '../sites/site-of-url';
import { captureRefusal, type CaptureRefusal } from './capturable';
import { blobFromDataUrl } from './data-url';
import type { FrameProbe } from './page-probe';

export interface CaptureTab {
  id: number;
  windowId: number;
  url?: string;
  title?: string;
}

/** The browser calls a capture needs; implemented over browser.* in lib/background/browser-ports.ts. */
export interface CapturePorts {
  tab: (tabId: number) => Promise<CaptureTab>;
  /** PNG of the visible part of the window's active tab, as a data: URL. */
  screenshot: (windowId: number) => Promise<string>;
  /** MHTML of the whole page; null where the browser has no page archive (Firefox). */
  pageArchive: (tabId: number) => Promise<Blob | null>;
  /** The frames the extension may read; cross-origin frames out of reach are simply absent. */
  probe: (tabId: number) => Promise<FrameProbe[]>;
}

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
  /** Things the user should know: no page archive in this browser, text cut to size. */
  notes: string[];
}

/**
 * One click: screenshot, page archive and the text of every readable frame, saved into the
 * site's case in one transaction (all or nothing) with one `capture.saved` event.
 */
export async function runCapture(ctx: RepoContext, ports: CapturePorts, tabId: number): Promise<CaptureOutcome> {
  const tab = await ports.tab(tabId);
  const refusal = captureRefusal(tab.url);
  if (refusal) throw new CaptureRefusedError(refusal);
  const site = siteOfUrl(tab.url);
  if (!site) throw new CaptureRefusedError('not-a-page');

  const screenshot = blobFromDataUrl(await ports.screenshot(tab.windowId));
  const archive = await ports.pageArchive(tabId);
  const frames = await ports.probe(tabId);
  const top = frames.find((f) => f.url === tab.url) ?? frames[0];
  const notes: string[] = [];
  if (!archive) notes.push('no-page-archive');
  if (frames.some((f) => f.truncated)) notes.push('text-truncated');

  const pageText = frames
    .filter((f) => f.text.trim())
    .map((f) => (frames.length > 1 ? `[${f.url}]\n${f.text}` : f.text))
    .join('\n\n')
    .slice(0, 200_000);
  const selection = frames.map((f) => f.selection).find((s) => s.trim()) ?? '';
  const company = (top?.siteName || tab.title || site).trim().slice(0, 200) || site;
  const { record, created } = await findOrCreateCaseForSite(ctx, site, company);
  const captureId = ctx.newId();
  const items: NewEvidence[] = [
    {
      kind: 'screenshot',
      blob: screenshot,
      mime: 'image/png',
      text: pageText,
      url: tab.url,
      pageTitle: tab.title ?? null,
    },
  ];
  if (archive) {
    items.push({
      kind: 'page-archive',
      blob: archive,
      mime: 'multipart/related',
      url: tab.url,
      pageTitle: tab.title ?? null,
    });
  }
  const saved = await addEvidence(ctx, record.id, items, {
    captureId,
    eventType: 'capture.saved',
    details: { url: tab.url, title: tab.title ?? null, selection, framesRead: frames.length, notes },
  });
  return {
    caseId: record.id,
    caseTitle: record.title,
    createdCase: created,
    captureId,
    items: saved.map((item) => ({ id: item.id, kind: item.kind, size: item.size })),
    framesRead: frames.length,
    notes,
  };
}
