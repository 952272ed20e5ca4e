import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DbSnapshot } from './fixtures/db';
import { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { chainProblems } from './support/event-chain';
import { launchOnProfile, type ProfileBrowser } from './support/profile-browser';
import { startTestProxy } from './support/proxy';

/** What must come back whole after the restart: every record, as it was. */
function durable(db: DbSnapshot) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    cases: byId(db.cases),
    messages: byId(db.messages),
    events: byId(db.events),
    facts: byId(db.facts),
    evidence: byId(db.evidence),
  };
}

function chainsOf(db: DbSnapshot): string[] {
  return db.cases.flatMap((c) =>
    chainProblems(db.events.filter((e) => e.caseId === c.id).sort((a, b) => a.seq - b.seq)),
  );
}

test.describe('a browser restart with a persistent profile', () => {
  test.setTimeout(90_000);

  test('a recorded chat and a capture come back whole, and the chat reopened resumes in its case with nothing doubled', async () => {
    const proxy = await startTestProxy();
    const profile = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-e2e-restart-'));
    let browser: ProfileBrowser | null = null;
    try {
      browser = await launchOnProfile(profile, proxy);
      let extension = new ExtensionHarness(browser.context, browser.extensionId, browser.serviceWorker);
      const url = `${proxy.mainOrigin}/chat.html`;
      const chat = await ChatPage.open(await browser.context.newPage(), url);
      await chat.say('agent', 'Order A-10042: your refund of $59.99 will be sent within 5 days.', { name: 'Dana' });
      const said = [
        ...chat.history().map((m) => m.text),
        'Order A-10042: your refund of $59.99 will be sent within 5 days.',
      ];
      await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(said);
      const tabId = await extension.tabIdOf(chat.page);
      expect(await extension.sendBehind(chat.page, 'capture.run', { tabId })).toMatchObject({ res: { ok: true } });
      await expect
        .poll(async () => (await extension.db()).events.filter((e) => e.type === 'capture.saved').length)
        .toBe(1);
      const before = await extension.db();
      expect(chainsOf(before)).toEqual([]);

      await browser.context.close();
      browser = null;
      browser = await launchOnProfile(profile, proxy);
      extension = new ExtensionHarness(browser.context, browser.extensionId, browser.serviceWorker);

      const after = await extension.db();
      expect(durable(after)).toEqual(durable(before));
      expect(chainsOf(after)).toEqual([]);

      // The same chat opened again (its history is the same) and one message more.
      const again = await ChatPage.open(await browser.context.newPage(), url);
      await again.say('agent', 'Said after the restart.', { name: 'Dana' });
      await expect.poll(async () => (await extension.db()).messages.length).toBe(said.length + 1);
      const resumed = await extension.db();
      expect(resumed.cases.map((c) => c.id)).toEqual(before.cases.map((c) => c.id));
      expect(resumed.messages.map((m) => m.text).sort()).toEqual([...said, 'Said after the restart.'].sort());
      expect(new Set(resumed.messages.map((m) => m.key)).size).toBe(resumed.messages.length);
      expect(resumed.evidence.map((e) => e.id).sort()).toEqual(before.evidence.map((e) => e.id).sort());
      expect(before.evidence.length).toBeGreaterThan(0);
      expect(chainsOf(resumed)).toEqual([]);
    } finally {
      await browser?.context.close();
      await proxy.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
