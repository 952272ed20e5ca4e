import { browser } from 'wxt/browser';
import type { IdentityStore, RememberedIdentity } from '../db/identity';

const KEY = 'databaseIdentity';

/** The remembered database id in `storage.local`, which the browser keeps apart from IndexedDB. */
export function browserIdentityStore(): IdentityStore & { watch(onChange: (value: unknown) => void): () => void } {
  return {
    read: async () => (await browser.storage.local.get(KEY))[KEY],
    write: (value: RememberedIdentity) => browser.storage.local.set({ [KEY]: value }),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && KEY in changes) onChange(changes[KEY]!.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
