// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CaseBundle } from '@/lib/dossier/case-bundle';
import { renderFallbackReport } from '@/lib/dossier/report-fallback';
import { renderReportHtml } from '@/lib/dossier/report/render-html';
import { DOSSIER_VARIANTS } from '@/lib/dossier/report/variants';
import { transcriptAsCsv } from '@/lib/dossier/transcript-csv';
import type { FactKind } from '@/lib/schemas/fact';
import { allPayloads, CANARY, smallPayloads } from '../fixtures/hostile-corpus/corpus';
import { CHAT_AT, RECORD, evidence, fact, message, sampleBundle, viewOptions } from '../helpers/dossier-bundle';
import { assertInert, skeleton } from '../helpers/report-inert';

const corpus = allPayloads();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const canary = () => (globalThis as Record<string, unknown>)[CANARY];
const KINDS: readonly FactKind[] = [
  'order-number',
  'ticket-number',
  'tracking-number',
  'rep-name',
  'amount',
  'promise',
];
const FALLBACK_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * A case whose every text field holds a payload: messages (text, author, chat time), facts of
 * every kind, screenshots (title, address, page text), call logs (rep, promise, notes), sent
 * drafts. `valueOf` gives the text; the neutral twin of the same case uses plain words.
 */
function corpusBundle(valueOf: (index: number, field: string) => string): CaseBundle {
  const base = sampleBundle();
  return {
    ...base,
    messages: corpus.map((_, i) =>
      message({
        id: `h-${i}`,
        seq: i,
        role: i % 2 === 0 ? 'agent' : 'customer',
        text: valueOf(i, 'text'),
        authorName: valueOf(i, 'author'),
        widgetTimeText: valueOf(i, 'time'),
      }),
    ),
    facts: corpus.map((_, i) => fact({ id: `f-${i}`, kind: KINDS[i % KINDS.length]!, value: valueOf(i, 'fact') })),
    evidence: corpus.flatMap((_, i) => [
      evidence({
        id: `s-${i}`,
        pageTitle: valueOf(i, 'title'),
        url: valueOf(i, 'url'),
        text: valueOf(i, 'page'),
        createdAt: CHAT_AT + i,
      }),
      evidence({
        id: `c-${i}`,
        kind: 'call-log',
        mime: 'application/json',
        url: null,
        pageTitle: null,
        text: valueOf(i, 'summary'),
        createdAt: CHAT_AT + i,
        call: {
          startedAt: CHAT_AT + i * 60_000,
          answeredAt: CHAT_AT + i * 60_000 + 1_000,
          endedAt: CHAT_AT + i * 60_000 + 2_000,
          holdMs: 1_000,
          durationMs: 2_000,
          repName: valueOf(i, 'rep'),
          promised: valueOf(i, 'promised'),
          notes: valueOf(i, 'notes'),
        },
      }),
    ]),
    drafts: corpus.map((_, i) => ({
      id: `d-${i}`,
      caseId: 'case-1',
      scenario: 'refund',
      locale: 'en',
      length: 'long',
      text: valueOf(i, 'draft'),
      createdAt: CHAT_AT,
      updatedAt: CHAT_AT,
      sentAt: CHAT_AT + i,
    })),
  };
}

/**
 * The same text in every field of one item, so the report groups and merges them alike in both
 * cases; cut at 20,000 characters (far above any field's limit) to keep 10 fields × 69 payloads
 * quick. dossier-render-html.test.ts renders the whole 1 MiB line in a message.
 */
const hostileValue = (index: number) => corpus[index]!.text.slice(0, 20_000);
const neutralValue = (index: number) => `value ${index}`;

describe('report.html with the corpus in every field', { timeout: 60_000 }, () => {
  const hostile = corpusBundle(hostileValue);
  const neutral = corpusBundle(neutralValue);

  it.each(DOSSIER_VARIANTS.flatMap((variant) => (['en', 'he'] as const).map((locale) => [variant, locale] as const)))(
    '%s (%s): no element or attribute from data; the same shape as the same case in plain words',
    { timeout: 60_000 },
    (variant, locale) => {
      const doc = parse(renderReportHtml(hostile, viewOptions(variant, locale)));
      assertInert(doc);
      expect(skeleton(doc)).toEqual(skeleton(parse(renderReportHtml(neutral, viewOptions(variant, locale)))));
      expect(canary()).toBeUndefined();
    },
  );

  it('shows the payloads as text: call notes, drafts and page titles read as written', () => {
    const doc = parse(renderReportHtml(hostile, viewOptions('full')));
    const text = doc.body.textContent ?? '';
    for (const p of smallPayloads()
      .filter((x) => /[<>]/.test(x.text))
      .slice(0, 20))
      expect(text, p.id).toContain(p.text.replace(/\r\n?/g, '\n').replace(/\0/g, '').slice(0, 60));
    const calls = [...doc.querySelectorAll('[data-section="calls"] .msg-text')].map((e) => e.textContent);
    expect(calls).toContain(smallPayloads().find((p) => p.id === 'mxss-math')!.text);
    const drafts = [...doc.querySelectorAll('[data-section="drafts"] .draft')].map((e) => e.textContent);
    expect(drafts).toContain(smallPayloads().find((p) => p.id === 'attribute-breakout')!.text);
  });

  it.each(corpus.map((p) => [p.id, p.text] as const))(
    'a case titled and named %s renders inert, in the same shape',
    (_id, text) => {
      const make = (value: string) =>
        sampleBundle({ record: { ...RECORD, title: value.slice(0, 500), company: value.slice(0, 500) } });
      const doc = parse(renderReportHtml(make(text), viewOptions('full')));
      assertInert(doc);
      expect(skeleton(doc)).toEqual(skeleton(parse(renderReportHtml(make('Kettle'), viewOptions('full')))));
      const fallback = parse(renderFallbackReport(make(text)));
      assertInert(fallback, FALLBACK_CSP);
      expect(skeleton(fallback)).toEqual(skeleton(parse(renderFallbackReport(make('Kettle')))));
    },
  );

  it('the fallback report: no element or attribute from data either', () => {
    const doc = parse(renderFallbackReport(hostile));
    assertInert(doc, FALLBACK_CSP);
    expect(skeleton(doc)).toEqual(skeleton(parse(renderFallbackReport(neutral))));
  });

  it('control: a report written with the data unescaped fails both checks', () => {
    const p = smallPayloads().find((x) => x.id === 'svg-onload')!;
    const html = renderReportHtml(hostile, viewOptions('full'));
    const planted = html.replace('<main>', `<main>${p.text}`);
    const doc = parse(planted);
    expect(() => assertInert(doc)).toThrow(/unexpected element <svg>/);
    expect(skeleton(doc)).not.toEqual(skeleton(parse(html)));
    // An attribute breakout in a quoted attribute: no new element, a new attribute.
    const breakout = parse(html.replace('<body data-variant="full">', '<body data-variant="" onload="x()">'));
    expect(() => assertInert(breakout)).toThrow(/attribute onload on <body>/);
  });
});

/** RFC 4180 as a spreadsheet reads it: fields, quotes doubled, CRLF rows. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && !(c === '\r' && csv[i + 1] === '\n'))) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

/** What Excel, LibreOffice and Google Sheets start a formula with (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

describe('transcript.csv with the corpus', { timeout: 60_000 }, () => {
  it('no cell starts a formula; each cell gives back its text', () => {
    const hostile = corpusBundle(hostileValue);
    const csv = transcriptAsCsv(hostile.messages, 'Asia/Jerusalem');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(corpus.length + 1);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row).toHaveLength(11);
      for (const cell of row) expect(cell, corpus[i]!.id).not.toMatch(FORMULA);
      const shown = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);
      expect(shown(row[7]!), corpus[i]!.id).toBe(hostileValue(i));
      expect(shown(row[6]!), corpus[i]!.id).toBe(hostileValue(i));
      expect(shown(row[4]!), corpus[i]!.id).toBe(hostileValue(i));
    }
    const formulas = smallPayloads().filter((p) => p.category === 'csv' && FORMULA.test(p.text));
    expect(formulas.length).toBeGreaterThanOrEqual(5);
    for (const p of formulas) expect(csv).toContain(`'${p.text.slice(0, 10).replace(/"/g, '""')}`);
  });
});
