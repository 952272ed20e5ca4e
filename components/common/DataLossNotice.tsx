import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissLoss, lossToShow } from '@/lib/db/identity';
import { formatDateTime } from '@/lib/i18n/format';
import { browserIdentityStore } from '@/lib/platform/identity-store';
import { useLocaleInfo } from './locale-context';
import { SettingsBanner } from './SettingsBanner';

/**
 * Says so when the browser deleted the database (found by the id check on open) and points to
 * restoring a backup. Shown on every page until dismissed; a later loss shows again.
 */
export function DataLossNotice({
  store = browserIdentityStore(),
}: {
  store?: ReturnType<typeof browserIdentityStore>;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const [remembered, setRemembered] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    const stop = store.watch((value) => setRemembered(value));
    void store.read().then(
      (value) => live && setRemembered(value),
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one store per page
  }, []);
  const lost = lossToShow(remembered);
  if (!lost) return null;
  const since = formatDateTime(lost.detectedAt, locale, timeZone);
  return (
    <SettingsBanner
      tone="error"
      label={t('storage.databaseLost.title')}
      openLabel={t('storage.databaseLost.restore')}
      dismissLabel={t('common.dismiss')}
      onDismiss={() => void dismissLoss(store)}
    >
      <strong>{t('storage.databaseLost.title')}</strong> {t('storage.databaseLost.body', { since })}
    </SettingsBanner>
  );
}
