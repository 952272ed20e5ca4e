import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { eraseAllCaseData } from '@/lib/db/repos/erase';
import { formatBytes } from '@/lib/i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { BackupControls } from './BackupControls';
import { errorMessage } from '../common/error-message';
import { useLocaleInfo } from '../common/locale-context';

export function DataSection({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const [usage, setUsage] = useState<number | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const refreshUsage = () => {
    void navigator.storage
      ?.estimate()
      .then((estimate) => setUsage(estimate.usage ?? null))
      .catch(() => setUsage(null));
  };
  useEffect(refreshUsage, []);

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options.data')}</h2>
      <p data-testid="storage-used">
        {usage === undefined
          ? '…'
          : usage === null
            ? t('options.storageUnknown')
            : t('options.storageUsed', { size: formatBytes(usage, locale) })}
      </p>
      <p className="muted">{t('options.backupNote')}</p>
      <BackupControls repo={repo} onChanged={refreshUsage} />
      <div className="row">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('options.deleteAll')}
        </button>
      </div>
      {status && (
        <p role="status" className="small">
          {status}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('options.deleteAllTitle')}
        body={t('options.deleteAllBody')}
        confirmLabel={t('options.deleteAllConfirm')}
        danger
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          eraseAllCaseData(repo).then(
            () => {
              setStatus(t('options.deleted'));
              refreshUsage();
            },
            (error: unknown) => setStatus(errorMessage(error, t)),
          );
        }}
      />
    </section>
  );
}
