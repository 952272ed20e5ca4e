import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../lib/i18n/locales/en';
import { reminderRecordSchema, type ReminderRecord } from '../lib/schemas/reminder';
import { DATABASE_NAME } from './fixtures/db';
import type { WithChrome } from './support/chrome-api';
import { launchOnProfile, type ProfileBrowser } from './support/profile-browser';
import { startTestProxy, type TestProxy } from './support/proxy';

/** An entry of `chrome.storage.session` → `reminderChecks`: one per reminder check the worker ran. */
interface ReminderCheck {
  trigger: 'alarm' | 'startup' | 'installed';
  due: number;
  fired: number;
}

/**
 * What checked the reminders as the browser started again. A user's browser fires
 * `runtime.onStartup`; Chromium started with `--load-extension` loads the unpacked build afresh
 * at each start and fires `runtime.onInstalled` (reason "install") instead. Either one creates
 * the alarm again and checks at once.
 */
const AT_START = expect.stringMatching(/^(startup|installed)$/);

/** How long the browser stays closed: the "due soon" reminder falls due meanwhile. */
const CLOSED_FOR_MS = 3_000;
const DUE_SOON_MS = 1_500;
const DUE_LATER_MS = 30 * 86_400_000;

/** An extension page that runs no app code (the packaged manifest.json), for chrome.* and IndexedDB. */
async function reader(browser: ProfileBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return page;
}

async function reminderChecks(page: Page): Promise<ReminderCheck[]> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return ((await chrome.storage.session.get('reminderChecks')).reminderChecks ?? []) as ReminderCheck[];
  });
}

async function toolbar(page: Page): Promise<{ badge: string; title: string }> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return { badge: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) };
  });
}

/** The system notifications the extension is showing, by id. */
async function notifications(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return Object.keys(await chrome.notifications.getAll());
  });
}

async function alarms(page: Page): Promise<{ name: string; periodInMinutes?: number }[]> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return (await chrome.alarms.getAll()).map(({ name, periodInMinutes }) => ({ name, periodInMinutes }));
  });
}

/** Reads or writes the `reminders` table of the extension's database (which the worker has created). */
async function remindersTable(page: Page, put?: ReminderRecord): Promise<ReminderRecord[]> {
  return page.evaluate(
    async ({ name, put }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => request.transaction?.abort(); // never create it here
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const tx = db.transaction('reminders', 'readwrite');
        if (put) tx.objectStore('reminders').put(put);
        const all = tx.objectStore('reminders').getAll();
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        return all.result as ReminderRecord[];
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, put },
  );
}

async function hasRemindersTable(page: Page): Promise<boolean> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return false;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const present = db.objectStoreNames.contains('reminders');
    db.close();
    return present;
  }, DATABASE_NAME);
}

interface AfterRestart {
  reminder: ReminderRecord;
  restartedAt: number;
  page: Page;
}

/**
 * Starts the browser on a fresh profile, stores a reminder due `dueInMs` from now, closes the
 * browser for CLOSED_FOR_MS and starts it again on the same profile; `check` runs against the
 * restarted browser. The profile and the proxy are removed afterwards.
 */
async function acrossRestart(dueInMs: number, check: (after: AfterRestart) => Promise<void>): Promise<void> {
  const proxy: TestProxy = await startTestProxy();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-e2e-restart-'));
  let browser: ProfileBrowser | null = null;
  try {
    browser = await launchOnProfile(profile, proxy);
    // The user opens the workspace: the app creates the database. (Not the worker's install
    // check: without it, this test still gets as far as the restart and fails there.)
    const workspace = await browser.context.newPage();
    await workspace.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    let page = await reader(browser);
    await expect.poll(() => hasRemindersTable(page)).toBe(true);
    const reminder = reminderRecordSchema.parse({
      id: `restart-${dueInMs}-${Date.now()}`,
      caseId: null,
      kind: 'promise',
      title: 'Marcus promised the refund',
      dueAt: Date.now() + dueInMs,
      sourceId: null,
      firedAt: null,
      dismissedAt: null,
      createdAt: Date.now(),
    });
    expect(await remindersTable(page, reminder)).toEqual([reminder]);
    expect((await toolbar(page)).badge).toBe('');

    await browser.context.close();
    browser = null;
    await new Promise((resolve) => setTimeout(resolve, CLOSED_FOR_MS));

    const restartedAt = Date.now();
    browser = await launchOnProfile(profile, proxy);
    page = await reader(browser);
    // storage.session does not survive the restart: every check listed ran in this session.
    await check({ reminder, restartedAt, page });
  } finally {
    await browser?.context.close();
    await proxy.close();
    await rm(profile, { recursive: true, force: true });
  }
}

test.describe('reminders across a browser restart', () => {
  test.setTimeout(60_000);

  test('a reminder that fell due while the browser was closed fires when it starts again', async () => {
    await acrossRestart(DUE_SOON_MS, async ({ reminder, restartedAt, page }) => {
      expect(reminder.dueAt).toBeLessThan(restartedAt);
      // Checked at startup, not a period (15 minutes) later.
      await expect
        .poll(() => reminderChecks(page))
        .toContainEqual(expect.objectContaining({ trigger: AT_START, due: 1, fired: 1 }));
      expect(await toolbar(page)).toEqual({
        badge: '1',
        title: en.facts.reminders.badgeTitle.replace('{{title}}', reminder.title),
      });
      const [stored] = await remindersTable(page);
      expect(stored!.firedAt).toBeGreaterThanOrEqual(restartedAt);
      expect(await notifications(page)).toEqual([`reminder:${reminder.id}:`]);
      // The periodic check is scheduled again too.
      expect(await alarms(page)).toContainEqual({ name: 'reminders', periodInMinutes: 15 });
    });
  });

  test('control: a reminder due later does not fire after the restart', async () => {
    await acrossRestart(DUE_LATER_MS, async ({ page }) => {
      await expect
        .poll(() => reminderChecks(page))
        .toContainEqual(expect.objectContaining({ trigger: AT_START, due: 0, fired: 0 }));
      expect(await toolbar(page)).toEqual({ badge: '', title: 'Paper Trail' });
      const [stored] = await remindersTable(page);
      expect(stored!.firedAt).toBeNull();
      expect(await notifications(page)).toEqual([]);
      expect(await alarms(page)).toContainEqual({ name: 'reminders', periodInMinutes: 15 });
    });
  });
});
