import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { CaseBundle } from '../lib/dossier/case-bundle';
import { renderReportHtml } from '../lib/dossier/report/render-html';
import { en } from '../lib/i18n/locales/en';
import { he } from '../lib/i18n/locales/he';
import { computeEventHash, verifyChain } from '../lib/integrity/chain';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { REPO_ROOT, SCREENS_DIR } from './support/paths';

const STRINGS = { en, he } as const;
type Lang = keyof typeof STRINGS;

/** The sentence whose order pdftotext must give back as it was written. */
const CHATS: Record<Lang, { agent: string; lines: ['agent' | 'customer', string][]; sentence: string }> = {
  en: {
    agent: 'Dana',
    sentence: 'It will reach your card within 5 business days.',
    lines: [
      ['agent', 'I have approved a refund of $59.99 for order A-10042.'],
      ['agent', 'It will reach your card within 5 business days.'],
      ['customer', 'Thank you. Please confirm by e-mail.'],
    ],
  },
  he: {
    agent: 'דנה',
    sentence: 'נחזור אלייך תוך 3 ימי עסקים.',
    lines: [
      ['agent', "אישרתי זיכוי של ₪149.90 על הזמנה מס' 7781234."],
      ['agent', 'נחזור אלייך תוך 3 ימי עסקים.'],
      ['customer', 'תודה, אשמח לאישור בכתב.'],
    ],
  },
};

const PAPERS = {
  a4: { width: 595, height: 842 },
  letter: { width: 612, height: 792 },
} as const;

function pdfPages(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo gave no size or page count:\n${info}`);
  return { pages: Number(pages[1]), width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) };
}

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

async function shot(page: Page, name: string) {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

for (const lang of ['en', 'he'] as const) {
  test(`the dossier page prints in A4 and Letter with page numbers, in ${lang}`, async ({
    context,
    page,
    testProxy,
    extension,
  }) => {
    test.setTimeout(90_000);
    const t = STRINGS[lang];
    const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
    for (const [role, text] of CHATS[lang].lines)
      await chat.say(role, text, role === 'agent' ? { name: CHATS[lang].agent } : {});
    // Enough messages for several printed pages.
    for (let i = 1; i <= 40; i++) await chat.say('customer', `${i}. ${CHATS[lang].lines[2]![1]}`);
    const expected = 2 + CHATS[lang].lines.length + 40;
    await expect.poll(async () => (await extension.db()).messages.length, { timeout: 20_000 }).toBe(expected);
    const caseId = (await extension.db()).cases[0]!.id;

    const problems: string[] = [];
    const options = await context.newPage();
    await options.goto(extension.url('options.html'));
    await options.getByRole('combobox', { name: en.options.language }).selectOption(lang);
    await expect(options.locator('html')).toHaveAttribute('lang', lang);

    const dossier = await context.newPage();
    dossier.on('console', (m) => {
      if (/missing translation|Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    dossier.on('pageerror', (error) => problems.push(error.message));
    await dossier.setViewportSize({ width: 900, height: 1000 });
    await dossier.goto(extension.url(`dossier.html?case=${caseId}`));
    await expect(dossier.locator('html')).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
    const transcript = dossier.getByTestId('dossier-transcript');
    for (const [, text] of CHATS[lang].lines) await expect(transcript).toContainText(text);
    await expect(transcript).toContainText(CHATS[lang].agent);
    await expect(dossier.getByRole('button', { name: t.dossier.print })).toBeVisible();
    await shot(dossier, `dossier-${lang}-screen`);

    for (const paper of ['a4', 'letter'] as const) {
      await dossier.getByRole('combobox', { name: t.dossier.paperLabel }).selectOption(paper);
      await expect(dossier.locator('main')).toHaveClass(new RegExp(`dossier-paper-${paper}`));
      const file = path.join(REPO_ROOT, 'test-results', `dossier-${lang}-${paper}.pdf`);
      await dossier.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const { pages, width, height } = pdfPages(file);
      expect({ width, height }, `${paper} page size`).toEqual(PAPERS[paper]);
      expect(pages).toBeGreaterThan(1);
      for (let n = 1; n <= pages; n++) expect(pdfText(file, n), `page ${n} of ${pages}`).toContain(`${n} / ${pages}`);
      const all = pdfText(file);
      // The sentence comes out in the order it was written (logical order), not mirrored. pdftotext
      // wraps runs in bidi embeddings and moves a space across them, so both are compared without.
      const bare = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      expect(bare(all)).toContain(bare(CHATS[lang].sentence));
      expect(bare(all)).not.toContain([...bare(CHATS[lang].sentence)].reverse().join(''));
      // The controls are not printed.
      expect(all).not.toContain(t.dossier.print);
    }
    await dossier.emulateMedia({ media: 'print' });
    await shot(dossier, `dossier-${lang}-print`);
    expect(problems).toEqual([]);
  });
}

test('report.html opened from an unzipped folder shows its screenshot, and nothing in it runs', async ({ context }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dossier-report-'));
  try {
    // A real PNG for the screenshot, made by the browser itself.
    const maker = await context.newPage();
    await maker.setContent('<div style="width:120px;height:80px;background:#c33"></div>');
    const png = await maker.locator('div').screenshot();
    await maker.close();
    await mkdir(path.join(folder, 'screenshots'));
    await writeFile(path.join(folder, 'screenshots', 'shot-1.png'), png);

    const at = Date.UTC(2026, 10, 10, 8, 0, 0);
    const hostile = `<img src=x onerror="globalThis.__pwned='report'"><script>globalThis.__pwned='script'</script>`;
    const created = {
      caseId: 'case-1',
      seq: 0,
      at,
      type: 'case.created' as const,
      payload: {},
      blobs: [],
      prevHash: null,
    };
    const events = [{ ...created, id: 'ev-0', hash: computeEventHash(created) }];
    const bundle: CaseBundle = {
      record: {
        id: 'case-1',
        title: 'Kettle refund',
        company: 'Acme',
        site: 'acme.test',
        status: 'open',
        jurisdiction: 'IL',
        purchaseDate: null,
        deliveryDate: null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        mergedInto: null,
      },
      messages: [
        ['Dana', 'I approved a refund for order A-10042.'],
        ['Dana', hostile],
      ].map(([authorName, text], seq) => ({
        id: `m-${seq}`,
        caseId: 'case-1',
        site: 'acme.test',
        frameUrl: 'https://acme.test/',
        key: `id:${seq}`,
        seq,
        role: 'agent' as const,
        authorName: authorName!,
        text: text!,
        truncated: false,
        firstSeenAt: at + seq * 1000,
        widgetTimeText: null,
        fromHistory: false,
        adapter: 'generic',
        hiddenAt: null,
        keyEvidence: false,
      })),
      evidence: [
        {
          id: 'shot-1',
          caseId: 'case-1',
          kind: 'screenshot',
          captureId: null,
          blob: new Blob([new Uint8Array(png)]),
          sha256: '0'.repeat(64),
          size: png.length,
          mime: 'image/png',
          fileName: null,
          text: '',
          url: 'https://acme.test/',
          pageTitle: 'Acme help',
          createdAt: at,
          hiddenAt: null,
          keyEvidence: false,
        },
      ],
      facts: [],
      drafts: [],
      reminders: [],
      events,
      chain: verifyChain('case-1', events),
    };
    const html = renderReportHtml(bundle, {
      variant: 'full',
      locale: 'he',
      timeZone: 'Asia/Jerusalem',
      now: at + 86_400_000,
      rules: [],
      deadlines: [],
      evidenceFile: (item) => `screenshots/${item.id}.png`,
    });
    await writeFile(path.join(folder, 'report.html'), html);

    const report = await context.newPage();
    const blocked: string[] = [];
    report.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
    });
    await report.goto(pathToFileURL(path.join(folder, 'report.html')).href);
    await expect(report.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(report.locator('[data-section="transcript"]')).toContainText('A-10042');
    await expect(report.locator('[data-section="transcript"]')).toContainText(hostile);
    const img = report.locator('figure img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await report.evaluate(() => (globalThis as Record<string, unknown>).__pwned)).toBeUndefined();
    expect(await report.locator('script').count()).toBe(0);
    await shot(report, 'dossier-report-html-he');
    // Printed, report.html has its page size and page numbers too.
    const pdf = path.join(folder, 'report.pdf');
    await report.pdf({ path: pdf, preferCSSPageSize: true });
    const printed = pdfPages(pdf);
    expect({ width: printed.width, height: printed.height }).toEqual(PAPERS.a4);
    expect(pdfText(pdf, printed.pages)).toContain(`${printed.pages} / ${printed.pages}`);

    // Control: the same CSP without 'self' blocks the linked screenshot, so the check above means something.
    await writeFile(path.join(folder, 'control.html'), html.replace("img-src data: 'self'", 'img-src data:'));
    await report.goto(pathToFileURL(path.join(folder, 'control.html')).href);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(await report.locator('figure img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
