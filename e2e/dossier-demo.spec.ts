import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONVERSATIONS } from '../demo/content/conversations';
import { startDemoServer, type DemoServer } from '../demo/server';
import { en } from '../lib/i18n/locales/en';
import { verifyDossier } from '../lib/dossier/verify';
import { expect, test } from './fixtures/extension';
import { SidePanelPage } from './pages/side-panel';
import { forwardDemo } from './support/demo-proxy';

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo.close();
});

const ARCHIVE = path.join('test-results', 'dossier-demo.zip');

test('the demo case is exported as a dossier that standard tools verify and whose report shows the case', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  test.setTimeout(90_000);
  forwardDemo(testProxy, demo);
  await page.goto(`${demo.url}iframe.html?lang=en&pace=0`);
  const conversation = CONVERSATIONS.en;
  const lines = [...conversation.history, ...conversation.live];
  await expect.poll(async () => (await extension.db()).messages.length, { timeout: 20_000 }).toBe(lines.length);
  // A screenshot and a page archive join the transcript.
  const tabId = await extension.tabIdOf(page);
  expect(await extension.sendBehind(page, 'capture.run', { tabId })).toMatchObject({ res: { ok: true } });

  const panel = await SidePanelPage.open(context, extension.id);
  await panel.openCase('127.0.0.1');
  await panel.page.getByRole('tab', { name: en.tabs.export }).click();
  const download = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: en.dossierExport.export }).click();
  await mkdir('test-results', { recursive: true });
  await (await download).saveAs(ARCHIVE);
  await expect(panel.page.getByText(/Dossier saved as/)).toBeVisible();

  // Verified by Paper Trail's own verifier…
  const verdict = verifyDossier(new Uint8Array(await readFile(ARCHIVE)));
  expect(verdict.problems).toEqual([]);
  expect(verdict.ok).toBe(true);

  // …and by standard tools, without Paper Trail.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-dossier-'));
  try {
    const unzip = spawnSync('unzip', ['-q', path.resolve(ARCHIVE), '-d', dir], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(sums.stdout).toMatch(/screenshots\/.+: OK/);
    expect(sums.stdout).toMatch(/pages\/.+: OK/);

    // report.html, opened from the unzipped folder: the transcript, the order number and the rep.
    const report = await context.newPage();
    const errors: string[] = [];
    report.on('pageerror', (error) => errors.push(error.message));
    await report.goto(pathToFileURL(path.join(dir, 'report.html')).href);
    const body = report.locator('body');
    await expect(body).toContainText('A-10042');
    for (const name of Object.keys(conversation.agents)) await expect(body).toContainText(name);
    for (const line of lines.filter((l) => l.author !== 'system').slice(-3))
      await expect(body).toContainText(line.text);
    expect(await report.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
