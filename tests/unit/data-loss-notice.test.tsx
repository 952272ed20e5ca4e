// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DataLossNotice } from '@/components/common/DataLossNotice';
import type { RememberedIdentity } from '@/lib/db/identity';
import { createI18n } from '@/lib/i18n/i18next';
import type { browserIdentityStore } from '@/lib/platform/identity-store';

afterEach(cleanup);

function fakeStore(value: unknown) {
  const watchers = new Set<(value: unknown) => void>();
  const store: ReturnType<typeof browserIdentityStore> & { value: unknown } = {
    value,
    read: async () => store.value,
    write: async (next: RememberedIdentity) => {
      store.value = next;
      watchers.forEach((watch) => watch(next));
    },
    watch: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
  return store;
}

const lost = { id: 'new', createdAt: 2, lost: { detectedAt: Date.UTC(2026, 10, 20, 9, 30), previousCreatedAt: 1 } };

describe('the notice that the browser deleted the database', () => {
  it.each(['en', 'he', 'ru'] as const)(
    'says so in %s, points to importing a backup, and goes once dismissed',
    async (locale) => {
      const i18n = createI18n(locale, (key) => {
        throw new Error(`missing ${key}`);
      });
      const store = fakeStore(lost);
      render(
        <I18nextProvider i18n={i18n}>
          <DataLossNotice store={store} />
        </I18nextProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(i18n.t('storage.databaseLost.title'));
      expect(alert.textContent).toContain('2026');
      expect(screen.getByRole('button', { name: i18n.t('storage.databaseLost.restore') })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: i18n.t('common.dismiss') }));
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect((store.value as RememberedIdentity).lossDismissedAt).toBeGreaterThan(lost.lost.detectedAt);
    },
  );

  it('is quiet when nothing was lost, and appears when another page finds a loss', async () => {
    const store = fakeStore({ id: 'a', createdAt: 1 });
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <DataLossNotice store={store} />
      </I18nextProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
    await store.write(lost);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
