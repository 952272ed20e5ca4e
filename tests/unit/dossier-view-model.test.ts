import { describe, expect, it } from 'vitest';
import { buildDossierView, type DossierSection } from '@/lib/dossier/report/view-model';
import { SECTION_ORDER, type DossierVariant } from '@/lib/dossier/report/variants';
import { ruleById } from '@/lib/rights/dataset';
import { REPORT_AT, RECORD, evidence, sampleBundle, viewOptions } from '../helpers/dossier-bundle';

function section<Id extends DossierSection['id']>(sections: DossierSection[], id: Id) {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} section`);
  return found as Extract<DossierSection, { id: Id }>;
}

const ids = (variant: DossierVariant) =>
  buildDossierView(sampleBundle(), viewOptions(variant)).sections.map((s) => s.id);

describe('dossier view model: variants', () => {
  it('gives the full report every section, and leaves nothing out', () => {
    const view = buildDossierView(sampleBundle(), viewOptions('full'));
    expect(view.sections.map((s) => s.id)).toEqual([
      'summary',
      'law',
      'deadlines',
      'timeline',
      'transcript',
      'facts',
      'screenshots',
      'calls',
      'drafts',
      'evidence-list',
      'integrity',
    ]);
    expect(view.omitted).toEqual([]);
  });

  it('leads a bank chargeback with the summary and the card-dispute rules, without the event log or facts list', () => {
    expect(ids('bank')).toEqual([
      'summary',
      'law',
      'deadlines',
      'transcript',
      'calls',
      'drafts',
      'screenshots',
      'integrity',
    ]);
    const view = buildDossierView(sampleBundle(), viewOptions('bank'));
    expect(view.omitted).toEqual(['timeline', 'facts', 'evidence-list']);
    const law = section(view.sections, 'law');
    expect(law.rules[0]!.topic).toBe('card-disputes');
    expect(law.rules.slice(0, 2).map((r) => r.ruleId)).toEqual(['il.card.not-delivered', 'il.card.misuse']);
    // Topics a bank does not decide on are not cited.
    expect(law.rules.some((r) => r.topic === 'phone-service' || r.topic === 'escalation')).toBe(false);
  });

  it('puts the timeline right after the summary for a consumer body, then the rules', () => {
    expect(ids('consumer-body').slice(0, 3)).toEqual(['summary', 'timeline', 'law']);
    const view = buildDossierView(sampleBundle(), viewOptions('consumer-body'));
    expect(section(view.sections, 'law').rules.some((r) => r.topic === 'card-disputes')).toBe(false);
    // Nor the dates that only card rules set.
    expect(section(view.sections, 'deadlines').deadlines.some((d) => d.ruleId === 'il.card.misuse')).toBe(false);
    const full = buildDossierView(sampleBundle(), viewOptions('full'));
    expect(section(full.sections, 'deadlines').deadlines.some((d) => d.ruleId === 'il.card.misuse')).toBe(true);
  });

  it('gives small claims the demand letter sent and a numbered evidence list, without the event log', () => {
    const view = buildDossierView(sampleBundle(), viewOptions('small-claims'));
    expect(view.sections.map((s) => s.id).slice(0, 3)).toEqual(['summary', 'drafts', 'evidence-list']);
    expect(view.omitted).toEqual(['timeline', 'facts']);
    expect(section(view.sections, 'law').rules[0]!.topic).toBe('escalation');
    const list = section(view.sections, 'evidence-list');
    expect(list.items.map((i) => [i.number, i.id])).toEqual([
      [1, 'e-1'],
      [2, 'e-3'],
      [3, 'e-4'],
    ]);
  });

  it('orders every variant as SECTION_ORDER says', () => {
    for (const variant of ['full', 'bank', 'consumer-body', 'small-claims'] as const)
      expect(ids(variant)).toEqual(SECTION_ORDER[variant]);
  });
});

describe('dossier view model: content', () => {
  const view = buildDossierView(sampleBundle(), viewOptions('full'));

  it('summarises who, what and what was promised, by whom and when', () => {
    const summary = section(view.sections, 'summary');
    expect(summary.company).toBe('Acme Ltd');
    expect(summary.reps).toEqual(['Dana', 'Moshe']);
    expect(summary.references.map((r) => r.value)).toEqual(['A-10042']);
    expect(summary.amounts).toMatchObject([{ value: '$59.99', confirmed: false }]);
    const [refund, callback] = summary.promises;
    expect(refund).toMatchObject({ value: 'refund within 5 business days', by: 'Dana', passed: true });
    expect(refund!.at).toMatch(/10 Nov 2026/);
    expect(refund!.dueAt).toMatch(/Nov 2026/);
    expect(callback).toMatchObject({ by: 'Moshe' });
    expect(summary.dates.delivery).toBe('5 Oct 2026');
  });

  it('names the dates the company let pass: a delivery never recorded, not one delivered in time', () => {
    const late = { ...RECORD, jurisdiction: 'UK' as const, deliveryDate: null };
    const lateView = buildDossierView(sampleBundle({ record: late }), viewOptions('full', 'en', late));
    expect(section(lateView.sections, 'summary').missed.map((d) => d.id)).toEqual(['uk.late.delivery#delivery']);
    const onTime = { ...RECORD, jurisdiction: 'UK' as const };
    const onTimeView = buildDossierView(sampleBundle({ record: onTime }), viewOptions('full', 'en', onTime));
    const deadlines = section(onTimeView.sections, 'deadlines').deadlines;
    expect(deadlines.find((d) => d.kind === 'delivery-overdue')).toMatchObject({
      status: 'passed',
      missedByCompany: false,
    });
    // The customer's own last day to cancel passed too: not the company's miss.
    expect(deadlines.find((d) => d.kind === 'cancel-by')).toMatchObject({ status: 'passed', missedByCompany: false });
    expect(section(onTimeView.sections, 'summary').missed).toEqual([]);
    const resolved = { ...late, status: 'resolved' as const };
    const resolvedView = buildDossierView(sampleBundle({ record: resolved }), viewOptions('full', 'en', resolved));
    expect(section(resolvedView.sections, 'summary').missed).toEqual([]);
  });

  it('leaves out hidden messages and evidence, rejected facts and unsent drafts', () => {
    const json = JSON.stringify(view);
    for (const hidden of ['HIDDEN-MESSAGE', 'HiddenRep', 'HIDDEN-SCREENSHOT', 'REJECTED-VALUE', 'UNSENT-DRAFT'])
      expect(json).not.toContain(hidden);
    expect(section(view.sections, 'transcript').hiddenCount).toBe(1);
    expect(section(view.sections, 'drafts').drafts.map((d) => d.id)).toEqual(['d-1']);
  });

  it('keeps the transcript’s first-seen times and the widget’s own time text', () => {
    const transcript = section(view.sections, 'transcript');
    expect(transcript.messages.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(transcript.messages[0]).toMatchObject({ fromHistory: true, widgetTimeText: '10:01' });
    expect(transcript.messages[0]!.firstSeen).toMatch(/^10 Nov 2026, 10:00 (IST|GMT\+2)$/);
    expect(view.timeZone).toBe('Asia/Jerusalem');
  });

  it('collapses recorded messages into one timeline line with their count', () => {
    const timeline = section(view.sections, 'timeline').events;
    expect(timeline.map((e) => [e.type, e.count])).toEqual([
      ['case.created', 1],
      ['message.recorded', 3],
      ['evidence.added', 1],
      ['call.logged', 1],
      ['draft.sent', 1],
    ]);
    expect(timeline[3]!.detail).toBe('Call with Moshe');
  });

  it('gives the call log’s hold and length from the stored times', () => {
    expect(section(view.sections, 'calls').calls).toEqual([
      expect.objectContaining({ repName: 'Moshe', hold: '12:34', duration: '22:34', answered: true }),
    ]);
  });

  it('states the root hash, the event count and a witness line', () => {
    const integrity = section(view.sections, 'integrity');
    const bundle = sampleBundle();
    expect(integrity).toMatchObject({ intact: true, eventCount: 7, rootHash: bundle.chain.rootHash });
    expect(integrity.witnessLine).toContain(bundle.chain.rootHash);
    expect(integrity.witnessLine).toContain(new Date(REPORT_AT).toISOString());
  });

  it('names screenshot files by the archive’s naming, or the caller’s', () => {
    expect(section(view.sections, 'screenshots').items.map((i) => i.file)).toEqual(['evidence/e-1.png']);
    const custom = buildDossierView(sampleBundle(), {
      ...viewOptions('full'),
      evidenceFile: (item) => `screenshots/${item.id}.png`,
    });
    expect(section(custom.sections, 'screenshots').items[0]!.file).toBe('screenshots/e-1.png');
  });
});

describe('dossier view model: the law', () => {
  it('never carries an unverified rule’s summary: it is cited, marked not confirmed', () => {
    const view = buildDossierView(sampleBundle(), viewOptions('small-claims'));
    const rule = ruleById('il.escalate.small-claims')!;
    expect(rule.status).toBe('unverified');
    const line = section(view.sections, 'law').rules.find((r) => r.ruleId === rule.id)!;
    expect(line).toMatchObject({ verified: false, summary: null, citation: rule.citation });
    expect(JSON.stringify(view)).not.toContain(rule.summary.en);
    const verified = section(view.sections, 'law').rules.find((r) => r.ruleId === 'il.escalate.bodies')!;
    expect(verified.summary).toBe(ruleById('il.escalate.bodies')!.summary.en);
  });

  it('gives the summary in the reader’s language', () => {
    const view = buildDossierView(sampleBundle(), viewOptions('bank', 'he'));
    expect(section(view.sections, 'law').rules[0]!.summary).toBe(ruleById('il.card.not-delivered')!.summary.he);
    expect(view.dir).toBe('rtl');
  });
});

describe('dossier view model: missing data', () => {
  it('handles a case with no jurisdiction, no messages, no evidence and an empty log', () => {
    const record = { ...RECORD, jurisdiction: null, purchaseDate: null, deliveryDate: null, company: '' };
    const bundle = sampleBundle({
      record,
      messages: [],
      evidence: [],
      facts: [],
      drafts: [],
      events: [],
      chain: { ok: true, rootHash: null, length: 0, problems: [] },
    });
    const view = buildDossierView(bundle, viewOptions('full', 'en', record));
    expect(section(view.sections, 'law')).toEqual({ id: 'law', jurisdiction: null, rules: [] });
    expect(section(view.sections, 'summary')).toMatchObject({ reps: [], references: [], promises: [], missed: [] });
    expect(section(view.sections, 'transcript').messages).toEqual([]);
    expect(section(view.sections, 'integrity')).toMatchObject({ rootHash: null, witnessLine: null, eventCount: 0 });
  });

  it('gives a promise without a usable deadline no due date', () => {
    const bundle = sampleBundle({ evidence: [evidence({ id: 'e-1' })] });
    bundle.facts = bundle.facts.map((f) => (f.id === 'f-4' ? { ...f, deadline: undefined } : f));
    const summary = section(buildDossierView(bundle, viewOptions('full')).sections, 'summary');
    expect(summary.promises[0]).toMatchObject({ dueAt: null, passed: false });
    expect(summary.promises[1]).toMatchObject({ by: null }); // its call log is no longer in the case
  });
});
