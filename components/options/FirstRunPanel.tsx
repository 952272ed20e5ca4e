import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { updateSettings } from '@/lib/db/repos/settings';

export function FirstRunPanel({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  return (
    <section className="card welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('firstRun.title')}</h2>
      <p>{t('firstRun.body')}</p>
      <p>{t('firstRun.howTo')}</p>
      <p className="strong">{t('firstRun.uninstall')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void updateSettings(repo, (s) => ({ ...s, firstRunCompletedAt: Date.now() }))}
      >
        {t('firstRun.done')}
      </button>
    </section>
  );
}
