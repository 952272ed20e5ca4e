// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SitesSection } from '@/components/options/SitesSection';
import { CHAT_SCRIPT_ID, syncContentScripts } from '@/lib/background/registration';
import type { RepoContext } from '@/lib/db/context';
import { createI18n } from '@/lib/i18n/i18next';
import { en } from '@/lib/i18n/locales/en';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { patternsForSite } from '@/lib/sites/site-of-url';
import { fakePorts } from '../helpers/fake-ports';

const ACME = { site: 'acme.example', patterns: patternsForSite('acme.example'), enabledAt: 1 };
const SHOP = { site: 'shop.example', patterns: patternsForSite('shop.example'), enabledAt: 2 };
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, autoCaptureSites: [ACME, SHOP] };

describe('access removed from the browser menu: the content script registration', () => {
  it('keeps only the sites still granted, and goes away when none is', async () => {
    const fake = fakePorts({ granted: [...ACME.patterns, ...SHOP.patterns] });
    expect(await syncContentScripts(fake.ports, SETTINGS)).toEqual([...ACME.patterns, ...SHOP.patterns]);

    for (const pattern of SHOP.patterns) fake.granted.delete(pattern);
    expect(await syncContentScripts(fake.ports, SETTINGS)).toEqual(ACME.patterns);
    expect(fake.registered.get(CHAT_SCRIPT_ID)?.matches).toEqual(ACME.patterns);

    fake.granted.clear();
    expect(await syncContentScripts(fake.ports, SETTINGS)).toEqual([]);
    expect(fake.registered.has(CHAT_SCRIPT_ID)).toBe(false);
  });
});

/** The part of `browser.permissions` the options page uses, in memory, with its two events. */
function installFakePermissions(initial: string[]) {
  const granted = new Set(initial);
  type Listener = () => void;
  const listeners = { added: new Set<Listener>(), removed: new Set<Listener>() };
  const event = (set: Set<Listener>) => ({
    addListener: (l: Listener) => void set.add(l),
    removeListener: (l: Listener) => void set.delete(l),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    onAdded: event(listeners.added),
    onRemoved: event(listeners.removed),
  });
  return {
    /** What the browser's "This can read and change site data" menu does: remove, then tell listeners. */
    revoke(origins: string[]) {
      origins.forEach((o) => granted.delete(o));
      listeners.removed.forEach((l) => l());
    },
    grant(origins: string[]) {
      origins.forEach((o) => granted.add(o));
      listeners.added.forEach((l) => l());
    },
    listenerCount: () => listeners.added.size + listeners.removed.size,
  };
}

describe('access removed from the browser menu: the options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  const rowOf = (site: string) => screen.getAllByTestId('site-row').find((row) => row.textContent?.includes(site))!;
  const revokedNote = (site: string) => within(rowOf(site)).queryByText(en.options.accessRevoked);

  it('marks the site whose access was removed, at once, and clears the mark when access comes back', async () => {
    const permissions = installFakePermissions([...ACME.patterns, ...SHOP.patterns]);
    const view = render(
      <I18nextProvider i18n={createI18n('en')}>
        <SitesSection repo={{} as RepoContext} settings={SETTINGS} />
      </I18nextProvider>,
    );
    await act(async () => undefined);
    expect(revokedNote(ACME.site)).toBeNull();
    expect(revokedNote(SHOP.site)).toBeNull();

    await act(async () => permissions.revoke(SHOP.patterns));
    expect(revokedNote(SHOP.site)).not.toBeNull();
    expect(within(rowOf(SHOP.site)).getByRole('button', { name: en.options.turnOn })).toBeTruthy();
    expect(revokedNote(ACME.site)).toBeNull();

    await act(async () => permissions.grant(SHOP.patterns));
    expect(revokedNote(SHOP.site)).toBeNull();

    view.unmount();
    expect(permissions.listenerCount()).toBe(0);
  });
});
