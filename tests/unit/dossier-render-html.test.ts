// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/dossier/report/escape-html';
import { REPORT_CSP, isArchivePath, renderReportHtml } from '@/lib/dossier/report/render-html';
import { ruleById } from '@/lib/rights/dataset';
import { allPayloads } from '../fixtures/hostile-corpus/corpus';
import { RECORD, evidence, fact, message, sampleBundle, viewOptions } from '../helpers/dossier-bundle';
import { assertInert } from '../helpers/report-inert';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What an HTML parser may do to text anyway: line ends normalised, NUL dropped (Chromium; happy-dom keeps it). */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '');

describe('escapeHtml', () => {
  it('writes the five markup characters as entities and nothing else', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror='y'>`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;y&#39;&gt;');
    expect(escapeHtml('a & b &amp;')).toBe('a &amp; b &amp;amp;');
    expect(escapeHtml('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(escapeHtml('\u202eevil\u202c שלום')).toBe('\u202eevil\u202c שלום');
  });

  it('escapes a 1 MB string in one pass', () => {
    const big = '<b>&"\''.repeat(200_000);
    const out = escapeHtml(big);
    expect(out.length).toBe(200_000 * '&lt;b&gt;&amp;&quot;&#39;'.length);
    expect(out).not.toMatch(/[<>"']/);
  });
});

describe('isArchivePath', () => {
  it('accepts our relative archive paths only', () => {
    expect(isArchivePath('screenshots/e-1.png')).toBe(true);
    expect(isArchivePath('evidence/id-000001.png')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      '/etc/passwd',
      '../x.png',
      'a/../../x',
      'https://x.test/a.png',
      '',
      'a b.png',
      '//x.test/a',
    ])
      expect(isArchivePath(bad), bad).toBe(false);
  });
});

describe('renderReportHtml', () => {
  it('is one document with lang, dir, a CSP and no script, in English and Hebrew', () => {
    const en = parse(renderReportHtml(sampleBundle(), viewOptions('full', 'en')));
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    expect(en.documentElement.getAttribute('dir')).toBe('ltr');
    assertInert(en);
    const he = parse(renderReportHtml(sampleBundle(), viewOptions('full', 'he')));
    expect(he.documentElement.getAttribute('lang')).toBe('he');
    expect(he.documentElement.getAttribute('dir')).toBe('rtl');
    expect(he.querySelector('h2')?.textContent).toBe('תקציר');
    assertInert(he);
  });

  it('puts the CSP before any content and allows no script, connection or outside image', () => {
    const html = renderReportHtml(sampleBundle(), viewOptions('full'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(REPORT_CSP).not.toMatch(/script-src|connect-src|https?:/);
    expect(html).not.toMatch(/https?:\/\/(?!acme\.test)/); // only the case's own recorded address, as text
    expect(html).not.toContain('<a ');
  });

  it('shows the transcript, the order number, the rep, the root hash and a screenshot by its archive path', () => {
    const bundle = sampleBundle();
    const doc = parse(renderReportHtml(bundle, viewOptions('full')));
    const transcript = doc.querySelector('[data-section="transcript"]')!.textContent!;
    expect(transcript).toContain('I approved a refund of $59.99 for order A-10042 within 5 business days.');
    expect(transcript).toContain('Dana');
    expect(transcript).not.toContain('HIDDEN-MESSAGE');
    expect(doc.querySelector('[data-section="summary"]')!.textContent).toContain('A-10042');
    expect(doc.querySelector('[data-section="integrity"]')!.textContent).toContain(bundle.chain.rootHash!);
    expect(doc.querySelector('[data-section="integrity"]')!.textContent).toContain('sha256sum -c SHA256SUMS');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('evidence/e-1.png');
  });

  it('cites an unverified rule without stating it', () => {
    const html = renderReportHtml(sampleBundle(), viewOptions('small-claims'));
    const rule = ruleById('il.escalate.small-claims')!;
    const item = parse(html).querySelector(`[data-rule-id="${rule.id}"]`)!;
    expect(item.textContent).toContain('Not confirmed — check the official source');
    expect(item.textContent).toContain(rule.citation);
    expect(html).not.toContain(escapeHtml(rule.summary.en));
  });

  it('leaves out what the variant leaves out, and says so', () => {
    const doc = parse(renderReportHtml(sampleBundle(), viewOptions('bank')));
    expect([...doc.querySelectorAll('section')].map((s) => s.dataset.section)).toEqual([
      'summary',
      'law',
      'deadlines',
      'transcript',
      'calls',
      'drafts',
      'screenshots',
      'integrity',
    ]);
    expect(doc.querySelector('header')!.textContent).toContain(
      'Left out of this version: What happened, in order, Facts found in the records and List of evidence.',
    );
  });

  it('renders the whole hostile corpus inert, each payload’s text intact', () => {
    const payloads = allPayloads();
    const bundle = sampleBundle({
      record: { ...RECORD, title: payloads[0]!.text.slice(0, 200), company: '"><img src=x onerror=alert(1)>' },
      messages: payloads.map((p, i) =>
        message({
          id: `h-${i}`,
          seq: i,
          text: p.text,
          authorName: p.text.slice(0, 100),
          widgetTimeText: p.text.slice(0, 50),
        }),
      ),
      evidence: payloads
        .slice(0, 20)
        .map((p, i) =>
          evidence({ id: `s-${i}`, pageTitle: p.text.slice(0, 300), url: `javascript:${p.text.slice(0, 40)}` }),
        ),
      facts: payloads
        .slice(0, 20)
        .map((p, i) => fact({ id: `f-${i}`, kind: 'order-number', value: p.text.slice(0, 300) || 'x' })),
    });
    const html = renderReportHtml(bundle, viewOptions('full'));
    const doc = parse(html);
    assertInert(doc);
    const texts = [...doc.querySelectorAll('[data-section="transcript"] .msg-text')].map((el) => el.textContent);
    payloads.forEach((p, i) => expect(asParsed(texts[i] ?? ''), p.id).toBe(asParsed(p.text)));
  });

  it('isolates every recorded value, so a name’s bidi controls cannot reorder the labels around it', () => {
    const rlo = '\u202eanaD';
    const bundle = sampleBundle({ messages: [message({ id: 'm-1', text: 'hi', authorName: rlo })] });
    const doc = parse(renderReportHtml(bundle, viewOptions('full', 'he')));
    const name = [...doc.querySelectorAll('[data-section="transcript"] bdi')].find((b) => b.textContent === rlo);
    expect(name).toBeDefined();
    expect(name!.parentElement!.tagName).toBe('STRONG');
  });
});
