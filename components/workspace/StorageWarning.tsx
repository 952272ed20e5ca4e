import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import {
  ensurePersistentStorage,
  type PersistencePort,
  type PersistenceState,
} from '@/lib/platform/storage-persistence';
import { SettingsBanner } from '../common/SettingsBanner';

/** Asks for persistent storage once per page; says so when the browser refuses. */
function browserPort(): PersistencePort | undefined {
  const storage = globalThis.navigator?.storage;
  if (!storage) return undefined;
  return {
    persisted: () => storage.persisted(),
    persist: () => storage.persist(),
    unlimited: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
  };
}

export function StorageWarning({ storage = browserPort() }: { storage?: PersistencePort }) {
  const { t } = useTranslation();
  const [state, setState] = useState<PersistenceState | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let live = true;
    void ensurePersistentStorage(storage).then((result) => live && setState(result));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once per page
  }, []);
  if (state !== 'refused' || dismissed) return null;
  return (
    <SettingsBanner
      tone="info"
      label={t('storage.notPersistent')}
      openLabel={t('backup.open')}
      dismissLabel={t('common.later')}
      onDismiss={() => setDismissed(true)}
    >
      {t('storage.notPersistent')}
    </SettingsBanner>
  );
}
