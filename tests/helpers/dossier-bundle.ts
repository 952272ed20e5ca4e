import type { CaseBundle } from '@/lib/dossier/case-bundle';
import type { DossierViewOptions } from '@/lib/dossier/report/view-model';
import type { DossierVariant } from '@/lib/dossier/report/variants';
import { computeEventHash, verifyChain } from '@/lib/integrity/chain';
import { caseDatesOf, deadlineInputsFor } from '@/lib/rights/case-deadline-inputs';
import { rulesFor } from '@/lib/rights/dataset';
import { computeCaseDeadlines } from '@/lib/rights/deadlines';
import type { CaseRecord } from '@/lib/schemas/case';
import type { Locale } from '@/lib/schemas/common';
import type { DraftRecord } from '@/lib/schemas/draft';
import type { CaseEventRecord, CaseEventType, HashedEvent } from '@/lib/schemas/event';
import type { EvidenceRecord } from '@/lib/schemas/evidence';
import type { FactRecord } from '@/lib/schemas/fact';
import type { ChatMessageRecord } from '@/lib/schemas/message';

/** 10 Nov 2026, 08:00 UTC: the chat; the report is made on 22 Nov. */
export const CHAT_AT = Date.UTC(2026, 10, 10, 8, 0, 0);
export const REPORT_AT = Date.UTC(2026, 10, 22, 9, 0, 0);
const SHA = (n: number) => n.toString(16).padStart(64, '0');

export function message(overrides: Partial<ChatMessageRecord> & { id: string; text: string }): ChatMessageRecord {
  return {
    caseId: 'case-1',
    site: 'acme.test',
    frameUrl: 'https://acme.test/help',
    key: `id:${overrides.id}`,
    seq: 0,
    role: 'agent',
    authorName: 'Dana',
    truncated: false,
    firstSeenAt: CHAT_AT,
    widgetTimeText: null,
    fromHistory: false,
    adapter: 'generic',
    hiddenAt: null,
    keyEvidence: false,
    ...overrides,
  };
}

export function evidence(overrides: Partial<EvidenceRecord> & { id: string }): EvidenceRecord {
  return {
    caseId: 'case-1',
    kind: 'screenshot',
    captureId: null,
    blob: new Blob(['x']),
    sha256: SHA(1),
    size: 1,
    mime: 'image/png',
    fileName: null,
    text: '',
    url: 'https://acme.test/help',
    pageTitle: 'Acme help',
    createdAt: CHAT_AT + 60_000,
    hiddenAt: null,
    keyEvidence: false,
    ...overrides,
  };
}

export function fact(overrides: Partial<FactRecord> & Pick<FactRecord, 'id' | 'kind' | 'value'>): FactRecord {
  return {
    caseId: 'case-1',
    confidence: 0.9,
    source: { kind: 'message', id: 'm-2', start: 0, end: 1 },
    status: 'confirmed',
    sourceAt: CHAT_AT + 120_000,
    createdAt: CHAT_AT,
    updatedAt: CHAT_AT,
    ...overrides,
  };
}

function chain(caseId: string, types: readonly [CaseEventType, Record<string, string>][]): CaseEventRecord[] {
  let prevHash: string | null = null;
  return types.map(([type, payload], seq) => {
    const hashed: HashedEvent = { caseId, seq, at: CHAT_AT + seq * 1000, type, payload, blobs: [], prevHash };
    const hash = computeEventHash(hashed);
    prevHash = hash;
    return { ...hashed, id: `ev-${seq}`, hash };
  });
}

export const RECORD: CaseRecord = {
  id: 'case-1',
  title: 'Kettle refund',
  company: 'Acme Ltd',
  site: 'acme.test',
  status: 'open',
  jurisdiction: 'IL',
  purchaseDate: '2026-10-01',
  deliveryDate: '2026-10-05',
  createdAt: CHAT_AT,
  updatedAt: CHAT_AT,
  deletedAt: null,
  mergedInto: null,
};

const DRAFTS: DraftRecord[] = [
  {
    id: 'd-1',
    caseId: 'case-1',
    scenario: 'refund-demand',
    locale: 'en',
    length: 'long',
    text: 'Please refund order A-10042 within 14 days.',
    createdAt: CHAT_AT,
    updatedAt: CHAT_AT,
    sentAt: CHAT_AT + 86_400_000,
  },
  {
    id: 'd-2',
    caseId: 'case-1',
    scenario: 'follow-up',
    locale: 'en',
    length: 'short',
    text: 'UNSENT-DRAFT',
    createdAt: CHAT_AT,
    updatedAt: CHAT_AT,
    sentAt: null,
  },
];

/** A small Israeli case with a bit of everything, hidden items and a rejected fact included. */
export function sampleBundle(overrides: Partial<CaseBundle> = {}): CaseBundle {
  const events = chain('case-1', [
    ['case.created', {}],
    ['message.recorded', {}],
    ['message.recorded', {}],
    ['message.recorded', {}],
    ['evidence.added', {}],
    ['call.logged', { text: 'Call with Moshe' }],
    ['draft.sent', {}],
  ]);
  return {
    record: RECORD,
    messages: [
      message({ id: 'm-1', text: 'Hello, how can I help?', fromHistory: true, widgetTimeText: '10:01' }),
      message({
        id: 'm-2',
        seq: 1,
        text: 'I approved a refund of $59.99 for order A-10042 within 5 business days.',
        keyEvidence: true,
        firstSeenAt: CHAT_AT + 120_000,
      }),
      message({
        id: 'm-3',
        seq: 2,
        role: 'customer',
        authorName: null,
        text: 'Thank you.',
        firstSeenAt: CHAT_AT + 180_000,
      }),
      message({ id: 'm-4', seq: 3, text: 'HIDDEN-MESSAGE', hiddenAt: CHAT_AT + 200_000, authorName: 'HiddenRep' }),
    ],
    evidence: [
      evidence({ id: 'e-1', keyEvidence: true }),
      evidence({ id: 'e-2', pageTitle: 'HIDDEN-SCREENSHOT', hiddenAt: CHAT_AT }),
      evidence({
        id: 'e-3',
        kind: 'page-archive',
        mime: 'multipart/related',
        pageTitle: 'Acme help page',
        sha256: SHA(3),
      }),
      evidence({
        id: 'e-4',
        kind: 'call-log',
        mime: 'application/json',
        url: null,
        pageTitle: null,
        fileName: null,
        call: {
          startedAt: CHAT_AT + 3_600_000,
          answeredAt: CHAT_AT + 3_600_000 + 754_000,
          endedAt: CHAT_AT + 3_600_000 + 1_354_000,
          holdMs: 754_000,
          durationMs: 1_354_000,
          repName: 'Moshe',
          promised: 'A callback tomorrow',
          notes: 'Asked for a supervisor.',
        },
      }),
    ],
    facts: [
      fact({ id: 'f-1', kind: 'order-number', value: 'A-10042' }),
      fact({ id: 'f-2', kind: 'amount', value: '$59.99', status: 'suggested' }),
      fact({ id: 'f-3', kind: 'rep-name', value: 'Dana' }),
      fact({
        id: 'f-4',
        kind: 'promise',
        value: 'refund within 5 business days',
        deadline: { type: 'duration', amount: 5, unit: 'business-day' },
      }),
      fact({ id: 'f-5', kind: 'order-number', value: 'REJECTED-VALUE', status: 'rejected' }),
      fact({
        id: 'f-6',
        kind: 'promise',
        value: 'A callback tomorrow',
        source: { kind: 'evidence', id: 'e-4', start: 0, end: 1 },
      }),
    ],
    drafts: DRAFTS,
    reminders: [],
    events,
    chain: verifyChain('case-1', events),
    ...overrides,
  };
}

export function viewOptions(
  variant: DossierVariant,
  locale: Locale = 'en',
  record: CaseRecord = RECORD,
): DossierViewOptions {
  const rules = record.jurisdiction ? rulesFor(record.jurisdiction) : [];
  const timeZone = 'Asia/Jerusalem';
  const deadlines = record.jurisdiction
    ? computeCaseDeadlines(caseDatesOf(record), deadlineInputsFor(rules), {
        jurisdiction: record.jurisdiction,
        timeZone,
        now: REPORT_AT,
      })
    : [];
  return { variant, locale, timeZone, now: REPORT_AT, rules, deadlines };
}
