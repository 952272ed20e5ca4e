import { describe, expect, it } from 'vitest';
import {
  caseEventRecordSchema,
  caseRecordSchema,
  chatMessageRecordSchema,
  evidenceRecordSchema,
  factRecordSchema,
  settingsSchema,
  DEFAULT_SETTINGS,
} from '@/lib/schemas';

const validCase = {
  id: 'case-0001',
  title: 'Acme Shop',
  company: 'Acme',
  site: 'acme.example',
  status: 'open',
  jurisdiction: 'IL',
  purchaseDate: '2026-11-01',
  deliveryDate: null,
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
  mergedInto: null,
};

const validMessage = {
  id: 'msg-00001',
  caseId: 'case-0001',
  site: 'acme.example',
  frameUrl: 'https://acme.example/help',
  key: 'id:42',
  seq: 0,
  role: 'agent',
  authorName: 'Dana',
  text: 'Your refund will arrive within 5 business days.',
  truncated: false,
  firstSeenAt: 1_700_000_000_000,
  widgetTimeText: '2 min ago',
  fromHistory: false,
  adapter: 'generic',
  hiddenAt: null,
  keyEvidence: false,
};

describe('record schemas accept valid records', () => {
  it.each([
    ['case', caseRecordSchema, validCase],
    ['message', chatMessageRecordSchema, validMessage],
    ['settings', settingsSchema, DEFAULT_SETTINGS],
  ] as const)('%s', (_name, schema, record) => {
    expect(schema.safeParse(record).success).toBe(true);
  });
});

describe('record schemas reject invalid records', () => {
  it.each([
    ['unknown status', { ...validCase, status: 'closed' }],
    ['empty title', { ...validCase, title: '' }],
    ['bad date', { ...validCase, purchaseDate: '2026-13-45' }],
    ['uppercase site', { ...validCase, site: 'ACME.example' }],
    ['unknown jurisdiction', { ...validCase, jurisdiction: 'FR' }],
    ['missing field', { ...validCase, mergedInto: undefined }],
    ['negative time', { ...validCase, createdAt: -5 }],
  ])('case: %s', (_label, record) => {
    expect(caseRecordSchema.safeParse(record).success).toBe(false);
  });

  it.each([
    ['unknown role', { ...validMessage, role: 'bot' }],
    ['text over the cap', { ...validMessage, text: 'x'.repeat(200_001) }],
    ['empty key', { ...validMessage, key: '' }],
    ['fractional time', { ...validMessage, firstSeenAt: 1.5 }],
    ['id with spaces', { ...validMessage, id: 'has spaces in it' }],
  ])('message: %s', (_label, record) => {
    expect(chatMessageRecordSchema.safeParse(record).success).toBe(false);
  });

  it('evidence without a Blob or with a malformed digest', () => {
    const evidence = {
      id: 'evid-0001',
      caseId: 'case-0001',
      kind: 'screenshot',
      captureId: null,
      blob: new Blob(['png']),
      sha256: 'a'.repeat(64),
      size: 3,
      mime: 'image/png',
      fileName: null,
      text: '',
      url: null,
      pageTitle: null,
      createdAt: 1,
      hiddenAt: null,
      keyEvidence: false,
    };
    expect(evidenceRecordSchema.safeParse(evidence).success).toBe(true);
    expect(evidenceRecordSchema.safeParse({ ...evidence, blob: 'png' }).success).toBe(false);
    expect(evidenceRecordSchema.safeParse({ ...evidence, sha256: 'A'.repeat(64) }).success).toBe(false);
  });

  it('fact whose span ends before it starts', () => {
    const fact = {
      id: 'fact-0001',
      caseId: 'case-0001',
      kind: 'order-number',
      value: 'A-123',
      confidence: 0.9,
      source: { kind: 'message', id: 'msg-00001', start: 10, end: 5 },
      status: 'suggested',
      createdAt: 1,
      updatedAt: 1,
    };
    expect(factRecordSchema.safeParse(fact).success).toBe(false);
    expect(factRecordSchema.safeParse({ ...fact, source: { ...fact.source, end: 15 } }).success).toBe(true);
    expect(factRecordSchema.safeParse({ ...fact, confidence: 1.2 }).success).toBe(false);
  });

  it('event with a non-JSON payload value or a broken hash', () => {
    const event = {
      id: 'evt-00001',
      caseId: 'case-0001',
      seq: 0,
      at: 1,
      type: 'case.created',
      payload: { a: 1 },
      blobs: [],
      prevHash: null,
      hash: 'b'.repeat(64),
    };
    expect(caseEventRecordSchema.safeParse(event).success).toBe(true);
    expect(caseEventRecordSchema.safeParse({ ...event, payload: { a: Number.NaN } }).success).toBe(false);
    expect(caseEventRecordSchema.safeParse({ ...event, type: 'case.exploded' }).success).toBe(false);
    expect(caseEventRecordSchema.safeParse({ ...event, hash: 'short' }).success).toBe(false);
  });

  it('settings with an auto-capture site but no patterns', () => {
    const settings = { ...DEFAULT_SETTINGS, autoCaptureSites: [{ site: 'acme.example', patterns: [], enabledAt: 1 }] };
    expect(settingsSchema.safeParse(settings).success).toBe(false);
  });
});
