import { sha256HexOfBytes } from '../../integrity/sha256';
import type { Locale } from '../../schemas/common';
import type { EvidenceRecord } from '../../schemas/evidence';
import { EvidenceCorruptedError } from '../backup-export';
import type { CaseBundle } from '../case-bundle';
import type { Box, ImageRedactor } from './image-port';
import type { DetectedKind } from './kinds';
import { redactionMarkers } from './markers';
import type { RedactionSummary } from './redaction-format';
import type { RedactionCounts, TextRedactionRules } from './redact-text';
import { redactValues } from './redact-values';

export interface ScreenshotChoice {
  exclude?: boolean;
  /** Regions to black out, in the image's own pixels. */
  boxes?: readonly Box[];
}

/** What the user chose in "Redact before export". */
export interface RedactionOptions {
  /** Detector kinds switched on. */
  kinds: readonly DetectedKind[];
  /** Found values (as written) the user unticked. */
  keep?: readonly string[];
  /** Other text to remove wherever it appears. */
  selected?: readonly string[];
  /** Replace the case title / company name with a marker, and remove them wherever they appear. */
  caseTitle?: boolean;
  company?: boolean;
  /** Per screenshot (or image attachment) id. */
  screenshots?: Readonly<Record<string, ScreenshotChoice>>;
  /** Language of the markers: the export's. */
  locale: Locale;
}

export class ImageRedactorMissingError extends Error {
  constructor() {
    super('Regions to black out were given, but no image redactor.');
  }
}

const TEXT_KINDS = new Set(['note', 'pasted-text', 'call-log']);
const isTextMime = (mime: string) => /^(text\/|application\/json\b)/i.test(mime);
const isImageMime = (mime: string) => /^image\/(png|jpeg|webp|gif)\b/i.test(mime);

/** The rules a text span is judged by, from the user's choices and the bundle's own title and company. */
export function textRulesFor(bundle: CaseBundle, options: RedactionOptions): TextRedactionRules {
  const markers = redactionMarkers(options.locale);
  const selected = [...(options.selected ?? [])];
  if (options.caseTitle && bundle.record.title.trim()) selected.push(bundle.record.title);
  if (options.company && bundle.record.company.trim()) selected.push(bundle.record.company);
  return { kinds: options.kinds, keep: options.keep ?? [], selected, markers: markers.kinds };
}

/**
 * A redacted copy of the bundle; the bundle itself and the database are not touched. Text
 * everywhere (records, the log's payloads, text evidence files) loses the spans the rules find;
 * screenshots are kept, blacked out where asked, or left out; page archives and attachments that
 * are neither text nor pictures are left out, since they cannot be redacted reliably.
 */
export async function redactCaseBundle(
  bundle: CaseBundle,
  options: RedactionOptions,
  images?: ImageRedactor,
): Promise<{ bundle: CaseBundle; summary: RedactionSummary }> {
  const rules = textRulesFor(bundle, options);
  const markers = redactionMarkers(options.locale);
  const counts: RedactionCounts = {};
  const summary: RedactionSummary = {
    kinds: [...options.kinds, ...(rules.selected.length > 0 ? (['selected'] as const) : [])],
    counts,
    spans: 0,
    caseTitle: options.caseTitle === true,
    company: options.company === true,
    events: [],
    changedEvidence: [],
    excludedEvidence: [],
  };

  const record = redactValues(bundle.record, rules, counts);
  if (options.caseTitle) record.title = markers.caseTitle;
  if (options.company && bundle.record.company.trim()) record.company = markers.company;

  const evidence: EvidenceRecord[] = [];
  for (const item of bundle.evidence) {
    const choice = options.screenshots?.[item.id];
    const isImage = item.kind === 'screenshot' || (item.kind === 'attachment' && isImageMime(item.mime));
    const isText = TEXT_KINDS.has(item.kind) || (item.kind === 'attachment' && isTextMime(item.mime));
    const exclude = (reason: RedactionSummary['excludedEvidence'][number]['reason']) =>
      summary.excludedEvidence.push({ itemId: item.id, kind: item.kind, reason });
    if (item.kind === 'page-archive') exclude('page-archive');
    else if (isImage && choice?.exclude) exclude('chosen');
    else if (!isImage && !isText) exclude('not-redactable');
    else {
      const { blob, ...meta } = item;
      const redactedMeta = redactValues(meta, rules, counts);
      const replaced = isImage
        ? await blackOut(item, choice?.boxes ?? [], images)
        : await redactTextFile(item, rules, counts);
      if (replaced) summary.changedEvidence.push(item.id);
      evidence.push({ ...redactedMeta, ...(replaced ?? { blob }) });
    }
  }

  const events = bundle.events.map((event) => {
    const payload = redactValues(event.payload, rules, null);
    if (JSON.stringify(payload) === JSON.stringify(event.payload)) return event;
    summary.events.push(event.seq);
    return { ...event, payload };
  });

  const messages = redactValues(bundle.messages, rules, counts);
  const facts = redactValues(bundle.facts, rules, counts);
  const drafts = redactValues(bundle.drafts, rules, counts);
  const reminders = redactValues(bundle.reminders, rules, counts);
  summary.spans = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    bundle: { record, messages, evidence, facts, drafts, reminders, events, chain: bundle.chain },
    summary,
  };
}

async function originalBytes(item: EvidenceRecord): Promise<Uint8Array> {
  const bytes = new Uint8Array(await item.blob.arrayBuffer());
  // The original is checked here, since the archive will only see the redacted bytes.
  if (sha256HexOfBytes(bytes) !== item.sha256) throw new EvidenceCorruptedError(item.id);
  return bytes;
}

type Replaced = Pick<EvidenceRecord, 'blob' | 'sha256' | 'size' | 'mime'>;

function replacement(bytes: Uint8Array, mime: string): Replaced {
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }),
    sha256: sha256HexOfBytes(bytes),
    size: bytes.length,
    mime,
  };
}

async function redactTextFile(
  item: EvidenceRecord,
  rules: TextRedactionRules,
  counts: RedactionCounts,
): Promise<Replaced | null> {
  const original = new TextDecoder().decode(await originalBytes(item));
  const json = /^application\/json\b/i.test(item.mime) ? parseJson(original) : undefined;
  let redacted: string;
  if (json !== undefined) {
    const value = redactValues(json, rules, counts);
    // Written again only when something was removed, so an untouched file keeps its logged bytes.
    if (JSON.stringify(value) === JSON.stringify(json)) return null;
    redacted = JSON.stringify(value, null, 1);
  } else {
    redacted = redactValues(original, rules, counts);
    if (redacted === original) return null;
  }
  return replacement(new TextEncoder().encode(redacted), item.mime);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function blackOut(
  item: EvidenceRecord,
  boxes: readonly Box[],
  images: ImageRedactor | undefined,
): Promise<Replaced | null> {
  if (boxes.length === 0) return null;
  if (!images) throw new ImageRedactorMissingError();
  await originalBytes(item);
  const out = await images.blackOut(item.blob, boxes);
  return replacement(new Uint8Array(await out.arrayBuffer()), out.type || 'image/png');
}
