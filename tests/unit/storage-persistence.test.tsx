// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageWarning } from '@/components/workspace/StorageWarning';
import { createI18n } from '@/lib/i18n/i18next';
import { ensurePersistentStorage, type PersistencePort } from '@/lib/platform/storage-persistence';

afterEach(cleanup);

function port(persisted: boolean, grant: boolean | Error, unlimited = false) {
  const calls: string[] = [];
  const storage: PersistencePort = {
    persisted: async () => (calls.push('persisted'), persisted),
    persist: async () => {
      calls.push('persist');
      if (grant instanceof Error) throw grant;
      return grant;
    },
    unlimited: async () => unlimited,
  };
  return { storage, calls };
}

describe('persistent storage', () => {
  it('asks only when not already persistent, and reports what the browser said', async () => {
    const already = port(true, false);
    expect(await ensurePersistentStorage(already.storage)).toBe('persisted');
    expect(already.calls).toEqual(['persisted']);
    const granted = port(false, true);
    expect(await ensurePersistentStorage(granted.storage)).toBe('persisted');
    expect(granted.calls).toEqual(['persisted', 'persist']);
    expect(await ensurePersistentStorage(port(false, false).storage)).toBe('refused');
    expect(await ensurePersistentStorage(port(false, false, true).storage)).toBe('exempt');
    expect(await ensurePersistentStorage(port(false, new Error('denied')).storage)).toBe('refused');
    expect(await ensurePersistentStorage(undefined)).toBe('unsupported');
    expect(await ensurePersistentStorage({})).toBe('unsupported');
  });

  it('tells the user when the browser refuses, and stays quiet when it agrees', async () => {
    const i18n = createI18n('en');
    const refused = render(
      <I18nextProvider i18n={i18n}>
        <StorageWarning storage={port(false, false).storage} />
      </I18nextProvider>,
    );
    expect(await screen.findByText(/could delete your evidence/)).toBeTruthy();
    refused.unmount();
    const granted = port(false, true);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <StorageWarning storage={granted.storage} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(granted.calls).toEqual(['persisted', 'persist']));
    expect(container.textContent).toBe('');
    const exempt = port(false, false, true);
    const quiet = render(
      <I18nextProvider i18n={i18n}>
        <StorageWarning storage={exempt.storage} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(exempt.calls).toEqual(['persisted', 'persist']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(quiet.container.textContent).toBe('');
  });
});
