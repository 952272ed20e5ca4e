import { describe, expect, it } from 'vitest';
import { handleCaptureShortcut } from '@/lib/background/handlers/shortcut';
import { updateSettings } from '@/lib/db/repos/settings';
import { fakePorts } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function setup(url: string) {
  const env = await freshRepo();
  const { ports } = fakePorts();
  const feedback: string[] = [];
  ports.capture = {
    tab: async (id) => ({ id, windowId: 1, url, title: 'Help' }),
    screenshot: async () => PNG,
    pageArchive: async () => null,
    probe: async () => [],
  };
  ports.notify = {
    badge: async (tabId, state) => void feedback.push(`badge ${tabId} ${state}`),
    toast: async (tabId, text) => void feedback.push(`toast ${tabId} ${text}`),
    reminders: async () => undefined,
    reminderFired: async () => undefined,
  };
  const deps = { ports, repo: async () => env.repo, activeTabId: async () => 5 };
  return { ...env, deps, feedback };
}

describe('capture shortcut', () => {
  it('captures the active tab and confirms with the badge and a toast', async () => {
    const { deps, feedback, db } = await setup('https://shop.example/help');
    await handleCaptureShortcut(deps);
    expect(await db.evidence.count()).toBe(1);
    expect(feedback).toEqual(['badge 5 ok', 'toast 5 Paper Trail: saved to “Help”']);
  });

  it('says why when the page cannot be captured, and saves nothing', async () => {
    const { deps, feedback, db } = await setup('chrome://settings');
    await handleCaptureShortcut(deps);
    expect(await db.evidence.count()).toBe(0);
    expect(feedback[0]).toBe('badge 5 error');
    expect(feedback[1]).toMatch(/does not let extensions capture its own pages/);
  });

  it('speaks the user’s language: the chosen one, else the browser’s', async () => {
    const chosen = await setup('https://shop.example/help');
    await updateSettings(chosen.repo, (s) => ({ ...s, language: 'he' }));
    await handleCaptureShortcut(chosen.deps);
    expect(chosen.feedback[1]).toBe('toast 5 Paper Trail: נשמר בתיק „Help”');

    const browser = await setup('chrome://settings');
    await handleCaptureShortcut({ ...browser.deps, browserLanguages: () => ['ru-RU', 'en'] });
    expect(browser.feedback[1]).toBe('toast 5 Браузер не даёт расширениям сохранять свои служебные страницы.');
  });
});
