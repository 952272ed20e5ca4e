import { describe, expect, it } from 'vitest';
import { CHAT_SCRIPT_PATH, MESSAGING_APP_SCRIPT_PATH, startInAllOpenTabs } from '@/lib/background/registration';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { patternsForSite } from '@/lib/sites/site-of-url';
import { fakePorts } from '../helpers/fake-ports';

const ACME = { site: 'acme.example', patterns: patternsForSite('acme.example'), enabledAt: 1 };
const SHOP = { site: 'shop.example', patterns: patternsForSite('shop.example'), enabledAt: 2 };
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  autoCaptureSites: [ACME, SHOP],
  recordedConversations: [
    { app: 'whatsapp', conversationId: '1555@c.us', title: 'Acme Support', addedAt: 3, caseId: null },
  ],
};

describe('after an install, update or reload', () => {
  it('starts the chat script in every frame of open tabs of granted sites, and the app script in app tabs', async () => {
    const fake = fakePorts({ granted: [...ACME.patterns, '*://web.whatsapp.com/*'] });
    await startInAllOpenTabs(fake.ports, SETTINGS);
    expect(fake.injected).toEqual([
      { patterns: ACME.patterns, file: CHAT_SCRIPT_PATH, allFrames: true },
      { patterns: ['*://web.whatsapp.com/*'], file: MESSAGING_APP_SCRIPT_PATH, allFrames: false },
    ]);
  });

  it('starts nothing where access was removed', async () => {
    const fake = fakePorts({ granted: [] });
    await startInAllOpenTabs(fake.ports, SETTINGS);
    expect(fake.injected).toEqual([]);
  });
});
