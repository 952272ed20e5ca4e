import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { PageShell } from '../common/PageShell';
import { useSettings } from '../common/use-settings';
import { DataSection } from './DataSection';
import { FirstRunPanel } from './FirstRunPanel';
import { PreferencesSection } from './PreferencesSection';
import { ConversationsSection } from './ConversationsSection';
import { SitesSection } from './SitesSection';

function OptionsBody({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { settings } = useSettings(repo);
  if (!settings) return <p className="muted pad">{t('common.loading')}</p>;
  return (
    <main className="options">
      <h1>{t('options.heading')}</h1>
      {settings.firstRunCompletedAt === null && <FirstRunPanel repo={repo} />}
      <PreferencesSection repo={repo} settings={settings} />
      <SitesSection repo={repo} settings={settings} />
      <ConversationsSection settings={settings} />
      <DataSection repo={repo} />
      <section className="card" aria-labelledby="incognito-heading">
        <h2 id="incognito-heading">{t('options.incognito')}</h2>
        <p>{t('options.incognitoBody')}</p>
      </section>
    </main>
  );
}

export function OptionsPage() {
  return <PageShell>{(repo) => <OptionsBody repo={repo} />}</PageShell>;
}
