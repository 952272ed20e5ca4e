import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { en } from '../lib/i18n/locales/en';
import { expect, launchArgs, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';
import { BUILDS, chromiumPath } from './support/paths';
import { readPill } from './support/pill';

/** Writes `bytes` as one IndexedDB value from `page`; says how the transaction ended. */
function writeValue(page: Page, bytes: number): Promise<string> {
  return page
    .evaluate(async (size) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('values');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      return new Promise<string>((resolve) => {
        const tx = db.transaction('values', 'readwrite');
        tx.objectStore('values').put(new Blob([new Uint8Array(size)]), `v${Math.random()}`);
        tx.oncomplete = () => resolve('committed');
        tx.onabort = () => resolve(`aborted: ${tx.error?.name}`);
      }).finally(() => db.close());
    }, bytes)
    .catch((error: unknown) => `threw: ${String(error)}`);
}

test.describe('DevTools quota override', () => {
  test('is reported for the extension origin but not enforced there (unlimitedStorage); a web origin is held to it', async ({
    context,
    extensionId,
    testProxy,
  }) => {
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/manifest.json`);
    const cdp = await context.newCDPSession(extensionPage);
    const QUOTA = 200_000;

    const extensionOrigin = `chrome-extension://${extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: extensionOrigin, quotaSize: QUOTA });
    const reported = await cdp.send('Storage.getUsageAndQuota', { origin: extensionOrigin });
    expect(reported).toMatchObject({ quota: QUOTA, overrideActive: true });
    expect(await extensionPage.evaluate(() => navigator.storage.estimate())).toMatchObject({ quota: QUOTA });
    // Five times the quota still commits: Chromium does not hold an unlimitedStorage origin to it.
    expect(await writeValue(extensionPage, 5 * QUOTA)).toBe('committed');

    // Control: the same override on a web origin refuses the same write.
    const webPage = await context.newPage();
    await webPage.goto(`${testProxy.mainOrigin}/chat.html`);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: testProxy.mainOrigin, quotaSize: QUOTA });
    expect(await writeValue(webPage, 5 * QUOTA)).toBe('aborted: QuotaExceededError');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: testProxy.mainOrigin });
    expect(await writeValue(webPage, 5 * QUOTA)).toBe('committed');
  });
});

/** A real full disk: the browser profile lives on a small tmpfs that the test fills and frees. */
interface Disk {
  /** Fills the disk until `leave` bytes are free. */
  fill(leave: number): Promise<void>;
  free(): Promise<void>;
}

/** Tries a tiny mount: root alone is not enough inside some containers. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(os.tmpdir(), 'paper-trail-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const fullDiskTest = test.extend<{ disk: Disk; mountPoint: string }>({
  // eslint-disable-next-line no-empty-pattern
  mountPoint: async ({}, provide) => {
    const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-full-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mountPoint]);
    try {
      await provide(mountPoint);
    } finally {
      execFileSync('umount', [mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  },
  context: async ({ testProxy, mountPoint }, provide) => {
    const context = await chromium.launchPersistentContext(path.join(mountPoint, 'profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: launchArgs(BUILDS.e2e, testProxy.port),
    });
    try {
      await provide(context);
    } finally {
      await context.close();
    }
  },
  disk: async ({ mountPoint }, provide) => {
    // A file per fill: writing the same one again would first free what it held.
    const fillers: string[] = [];
    const available = () => {
      const stats = statfsSync(mountPoint);
      return stats.bavail * stats.bsize;
    };
    const free = async () => {
      await Promise.all(fillers.splice(0).map((file) => unlink(file).catch(() => undefined)));
    };
    await provide({
      // The browser writes meanwhile: a fill that ran out of room is tried again, a little smaller.
      fill: async (leave) => {
        const filler = path.join(mountPoint, `filler-${fillers.length}`);
        fillers.push(filler);
        for (let attempt = 0; ; attempt++) {
          try {
            await unlink(filler).catch(() => undefined);
            return await writeFile(filler, Buffer.alloc(Math.max(0, available() - leave)));
          } catch (error) {
            if (attempt >= 3 || (error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      },
      free,
    });
    await free();
  },
});

/**
 * A message that does not fit: Chromium writes a value this big to a file of its own. Its words
 * vary, since Chromium compresses large values and a repeated phrase would shrink.
 */
function longMessage(opening: string): string {
  let seed = 7;
  const word = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed.toString(36);
  };
  return `${opening} ${Array.from({ length: 25_000 }, word).join(' ')}`.slice(0, 190_000);
}

fullDiskTest.describe('a real full disk', () => {
  fullDiskTest.skip(!canMount(), 'needs root to mount a small tmpfs for the browser profile');

  fullDiskTest(
    'capture says the page was not saved and what to do, recording keeps its messages and the pill warns, the open workspace says it too, and all complete once space returns',
    async ({ context, page, testProxy, extension, extensionId, disk }) => {
      fullDiskTest.setTimeout(120_000);
      const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
      await expect.poll(async () => (await extension.db()).messages.length).toBeGreaterThan(0);
      const { messages: history, cases } = await extension.db();
      const historyCount = history.length;
      const caseId = cases[0]!.id;
      const tabId = await extension.tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(extension.url(`popup.html?tab=${tabId}`));
      // The workspace stays open across it all: it is never reloaded.
      const workspace = await SidePanelPage.open(context, extensionId);
      await workspace.openCase('127.0.0.1');
      await workspace.page.getByRole('tab', { name: en.tabs.facts }).click();
      await workspace.page.getByText(en.facts.add.heading).click();
      const factValue = workspace.page.getByLabel(en.facts.add.value);
      const addFact = workspace.page.getByRole('button', { name: en.facts.add.submit, exact: true });
      // From here until the disk is freed nothing reads the database from the test: opening
      // IndexedDB anew fails on a full disk ("Internal error opening backing store").

      await disk.fill(16 * 1024);
      await chat.say('agent', longMessage('Order A-77881: your refund is approved.'));
      await expect
        .poll(async () => (await extension.diagnostics()).rejections.map((r) => r.code))
        .toContain('storage-full');
      // The pill no longer claims to record: it says nothing is saved and what to do.
      await expect.poll(() => readPill(extension, page)).toBe(`storage-full: ${en.pill.storageFull}${en.pill.pause}`);
      await page.screenshot({ path: 'test-results/screens/pill-storage-full-en.png' });

      await page.bringToFront();
      await popup.getByRole('button', { name: 'Capture this page' }).click();
      const panel = popup.getByTestId('capture-panel');
      await expect(panel).toContainText(en.errors.storageFull);
      await popup.screenshot({ path: 'test-results/screens/popup-storage-full-en.png' });

      // The workspace's own write finds no room either (its connection was closed with the
      // worker's, and opening it again fails while the disk is full).
      await disk.fill(0).catch(() => undefined); // ENOSPC: full already
      await workspace.page.bringToFront();
      await factValue.fill('Z-90210');
      await addFact.click();
      await expect(workspace.page.locator('body')).toContainText(en.errors.storageFull);
      await expect(factValue).toHaveValue('Z-90210');

      await disk.free();
      // Chromium may have deleted the database meanwhile: opening it while the disk was full can
      // fail in a way it takes for corruption ("Got corruption … Failed to open LevelDB"), and it
      // then deletes the store (seen in about 1 run in 6). Which of the two happened is read
      // from the database; each is then checked in full.
      const kept = (await extension.db()).cases.some((c) => c.id === caseId);
      fullDiskTest.info().annotations.push({ type: 'database', description: kept ? 'kept' : 'deleted by Chromium' });
      await addFact.click();
      if (kept) {
        // The same click, in the same page, now saves, and the live list shows the fact.
        await expect(factValue).toHaveValue('');
        await expect(workspace.page.getByTestId('fact').filter({ hasText: 'Z-90210' })).toBeVisible();
      } else {
        // The open workspace says what happened and points to a backup; nothing is written for
        // the case that is gone.
        await expect(workspace.page.getByRole('alert', { name: en.storage.databaseLost.title })).toBeVisible();
        await expect(workspace.page.getByText(en.case.notFound)).toBeVisible();
        expect((await extension.db()).facts.filter((f) => f.caseId === caseId)).toHaveLength(0);
      }
      // The page's outbox retries on its own (backoff up to 8 s): the message arrives once.
      await expect
        .poll(async () => (await extension.db()).messages.filter((m) => m.text.startsWith('Order A-77881')).length, {
          timeout: 30_000,
        })
        .toBe(1);
      await expect.poll(() => readPill(extension, page)).toBe(`recording: ${en.pill.recording}${en.pill.pause}`);
      const db = await extension.db();
      const recorded = kept ? historyCount + 1 : 1;
      expect(db.messages).toHaveLength(recorded);
      expect(db.events.filter((e) => e.type === 'message.recorded')).toHaveLength(recorded);
      // The failed capture left nothing: no item, no capture event.
      expect(db.events.filter((e) => e.type === 'capture.saved')).toHaveLength(0);

      await popup.reload();
      await page.bringToFront();
      await popup.getByRole('button', { name: 'Capture this page' }).click();
      await expect(popup.getByTestId('capture-panel')).toContainText('Saved to');
      const after = await extension.db();
      const saved = after.events.filter((e) => e.type === 'capture.saved');
      expect(saved).toHaveLength(1);
      expect(saved[0]!.blobs).toHaveLength(2);
      expect(after.evidence).toHaveLength(2);
    },
  );

  fullDiskTest(
    'a chat in a cross-origin iframe: the tab’s top pill warns while that frame is refused, and clears once it is stored',
    async ({ page, testProxy, extension, disk }) => {
      fullDiskTest.setTimeout(120_000);
      const chat = await ChatPage.openEmbedding(page, testProxy, 'cross-origin iframe');
      await expect.poll(async () => (await extension.db()).messages.length).toBeGreaterThan(0);
      // The top frame holds no chat: only the iframe's outbox can be refused.
      await expect.poll(() => readPill(extension, page)).toBe(`recording: ${en.pill.recording}${en.pill.pause}`);

      await disk.fill(16 * 1024);
      await chat.say('agent', longMessage('Order B-40217: a replacement is on its way.'));
      await expect
        .poll(async () => (await extension.diagnostics()).rejections.map((r) => r.code))
        .toContain('storage-full');
      await expect.poll(() => readPill(extension, page)).toBe(`storage-full: ${en.pill.storageFull}${en.pill.pause}`);

      await disk.free();
      await expect
        .poll(async () => (await extension.db()).messages.filter((m) => m.text.startsWith('Order B-40217')).length, {
          timeout: 30_000,
        })
        .toBe(1);
      await expect.poll(() => readPill(extension, page)).toBe(`recording: ${en.pill.recording}${en.pill.pause}`);
    },
  );
});
