import { describe, expect, it } from 'vitest';
import { buildDraftContext } from '@/lib/drafts/context';
import { damagesRuleOf, REGULATORS, regulatorOf } from '@/lib/drafts/regulators';
import { RIGHTS_RULES, ruleById } from '@/lib/rights/dataset';
import { caseRecordSchema } from '@/lib/schemas/case';
import type { EvidenceRecord } from '@/lib/schemas/evidence';
import { evidenceRecordSchema } from '@/lib/schemas/evidence';
import { factRecordSchema } from '@/lib/schemas/fact';
import { chatMessageRecordSchema } from '@/lib/schemas/message';
import { caseRecord, draftInput, facts, messages, NOW } from '../fixtures/drafts/case';

const callLog = (repName: string): EvidenceRecord => ({
  id: 'ev-call-0001',
  caseId: caseRecord.id,
  kind: 'call-log',
  captureId: null,
  blob: new Blob(['{}']),
  sha256: '0'.repeat(64),
  size: 2,
  mime: 'application/json',
  fileName: null,
  text: '',
  url: null,
  pageTitle: null,
  createdAt: NOW - 3_600_000,
  hiddenAt: null,
  keyEvidence: false,
  call: {
    startedAt: NOW - 3_600_000,
    answeredAt: NOW - 3_000_000,
    endedAt: NOW - 2_400_000,
    holdMs: 600_000,
    durationMs: 1_200_000,
    repName,
    promised: '',
    notes: '',
  },
});

describe('buildDraftContext', () => {
  it('the fixture is valid case data', () => {
    expect(caseRecordSchema.parse(caseRecord)).toEqual(caseRecord);
    for (const m of messages) chatMessageRecordSchema.parse(m);
    for (const f of facts) factRecordSchema.parse(f);
    evidenceRecordSchema.parse(callLog('Noa'));
  });

  it('fills the slots from the case: confirmed facts first, rejected never', () => {
    const context = buildDraftContext(draftInput());
    expect(context).toMatchObject({
      locale: 'en',
      form: 'feminine',
      jurisdiction: 'IL',
      today: '2026-12-02',
      company: 'SoundHub Ltd',
      orderNumber: 'SH-48213',
      ticketNumber: '77812',
      trackingNumber: 'RR123456789IL',
      rep: { name: 'Dana', at: Date.parse('2026-11-20T08:14:00Z') },
      // 5 business days from Friday 20 Nov, Israel's weekend being Friday and Saturday.
      promise: { text: 'We will refund you within 5 business days', due: '2026-11-26' },
      amount: '₪449.90',
      purchaseDate: '2026-11-10',
      deliveryDate: '2026-11-16',
      remedy: 'refund',
      fallback: 'credit',
      details: null,
      damagesRule: 'Consumer Protection Law 5741-1981, s.31A',
      senderName: null,
      bank: null,
    });
    // 14 days from delivery (16 Nov): the distance-goods rule, the first in the dataset.
    expect(context.deadlines['cancel-by']).toBe('2026-11-30');
    expect(context.replyBy['first-contact']).toBe('2026-12-09');
    expect(context.replyBy['formal-complaint']).toBe('2026-12-16');
    expect(context.regulator?.he).toBe('הרשות להגנת הצרכן ולסחר הוגן');
  });

  it('prefers a confirmed fact to a more confident suggestion', () => {
    const suggested = { ...facts[2]!, id: 'fact-drafts-ticket-2', value: '99999', confidence: 1 };
    const confirmed = {
      ...facts[2]!,
      id: 'fact-drafts-ticket-3',
      value: '11111',
      confidence: 0.5,
      status: 'confirmed' as const,
    };
    const input = draftInput();
    const context = buildDraftContext({
      ...input,
      bundle: { ...input.bundle, facts: [...facts, suggested, confirmed] },
    });
    expect(context.ticketNumber).toBe('11111');
  });

  it('cites verified rules only, never the excluded ones, and none without a jurisdiction', () => {
    const context = buildDraftContext(draftInput());
    const ids = context.rules.map((r) => r.id);
    expect(ids).not.toContain('il.escalate.small-claims'); // unverified
    expect(ids).not.toContain('il.refund.in-store'); // a case from a website
    expect(ids).not.toContain('il.card.misuse');
    for (const id of ids) expect(ruleById(id)?.status).toBe('verified');
    const input = draftInput();
    const noPlace = { ...input, bundle: { ...input.bundle, record: { ...caseRecord, jurisdiction: null } } };
    const loose = buildDraftContext(noPlace);
    expect(loose).toMatchObject({ jurisdiction: null, rules: [], deadlines: {}, regulator: null, damagesRule: null });
    const home = buildDraftContext({ ...noPlace, settings: { grammaticalForm: 'neutral', homeCountry: 'RU' } });
    expect(home.jurisdiction).toBe('RU');
    expect(home.regulator?.ru).toBe('Роспотребнадзор');
    const unverified = RIGHTS_RULES.map((r) =>
      r.id === 'il.refund.distance' ? { ...r, status: 'unverified' as const } : r,
    );
    const withUnverified = buildDraftContext({ ...draftInput(), rules: unverified });
    expect(withUnverified.rules.map((r) => r.id)).not.toContain('il.refund.distance');
  });

  it('ignores facts read from a message the user hid', () => {
    const input = draftInput();
    const hidden = messages.map((m) => ({ ...m, hiddenAt: NOW }));
    const context = buildDraftContext({ ...input, bundle: { ...input.bundle, messages: hidden } });
    expect(context).toMatchObject({ orderNumber: null, rep: null, promise: null, amount: null });
  });

  it('takes the rep from a call log when no rep-name fact is left', () => {
    const input = draftInput();
    const context = buildDraftContext({
      ...input,
      bundle: { ...input.bundle, facts: facts.filter((f) => f.kind !== 'rep-name'), evidence: [callLog('Noa')] },
    });
    expect(context.rep).toEqual({ name: 'Noa', at: NOW - 3_600_000 });
  });
});

describe('regulators', () => {
  it('are named as the rights dataset names them, from verified rules', () => {
    for (const [jurisdiction, entry] of Object.entries(REGULATORS)) {
      const rule = ruleById(entry.ruleId);
      expect(rule?.jurisdiction, entry.ruleId).toBe(jurisdiction);
      expect(rule?.topic).toBe('escalation');
      for (const locale of ['en', 'he', 'ru'] as const) {
        // Hebrew keeps its article, the summary its prefix: "הרשות…" is found as "לרשות…".
        const name = locale === 'he' ? entry.name.he.replace(/^ה-?/, '') : entry.name[locale].replace(/^the /, '');
        expect(rule!.summary[locale], `${jurisdiction} ${locale}`).toContain(name);
      }
    }
    expect(regulatorOf('EU')).toBeNull();
    expect(regulatorOf(null)).toBeNull();
    expect(damagesRuleOf('UK')).toBeNull();
  });
});
