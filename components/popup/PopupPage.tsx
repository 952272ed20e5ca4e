import { useLiveQuery } from 'dexie-react-hooks';
import { CircleDot, FolderOpen, Settings } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import { findRecentOpenCaseForSite } from '@/lib/db/repos/cases';
import { formatRelative } from '@/lib/i18n/format';
import { patternsForSite, siteOfUrl } from '@/lib/sites/site-of-url';
import { isTopLevelUrlEnabled } from '@/lib/sites/enabled-sites';
import { Ltr } from '../common/Ltr';
import { PageShell } from '../common/PageShell';
import { useLocaleInfo } from '../common/locale-context';
import { enableSite } from '../common/site-actions';
import { useSettings } from '../common/use-settings';
import { StatusBadge } from '../workspace/StatusBadge';

function useActiveTabUrl(): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const forTab = new URLSearchParams(location.search).get('url');
    if (forTab) return setUrl(forTab);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);
  return url;
}

function PopupBody({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const url = useActiveTabUrl();
  const site = siteOfUrl(url);
  const { settings } = useSettings(repo);
  const current = useLiveQuery(
    async () => (site ? ((await findRecentOpenCaseForSite(repo, site)) ?? null) : null),
    [repo, site],
  );
  const [status, setStatus] = useState<string | null>(null);
  const recording =
    !!url &&
    !!settings &&
    isTopLevelUrlEnabled(
      url,
      settings.autoCaptureSites.flatMap((s) => s.patterns),
    );

  const openWorkspace = async (caseId?: string) => {
    const path = `/sidepanel.html${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;
    const window = await browser.windows.getCurrent();
    if (browser.sidePanel?.open && window.id !== undefined && !caseId)
      await browser.sidePanel.open({ windowId: window.id });
    else await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
    close();
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <strong>{t('app.name')}</strong>
      </header>
      {url !== undefined && !site && <p className="muted">{t('popup.noSite')}</p>}
      {site && (
        <section className="popup-site" aria-label={t('popup.thisSite')}>
          <div className="row">
            <CircleDot aria-hidden="true" size={14} className={recording ? 'dot-on' : 'dot-off'} />
            <Ltr className="strong">{site}</Ltr>
          </div>
          <p className="small">{recording ? t('popup.recording') : t('popup.notRecording')}</p>
          {!recording && (
            <button
              type="button"
              onClick={() => {
                void enableSite(site, patternsForSite(site)).then((outcome) =>
                  setStatus(outcome.ok ? null : (outcome.message ?? t('popup.accessRefused', { site }))),
                );
              }}
            >
              {t('popup.turnOn')}
            </button>
          )}
          <h2 className="small muted">{t('popup.caseForSite')}</h2>
          {current ? (
            <button type="button" className="case-card" onClick={() => void openWorkspace(current.id)}>
              <span className="case-card-title">
                <bdi>{current.title}</bdi>
                <StatusBadge status={current.status} />
              </span>
              <span className="muted small">
                {t('cases.updated', { when: formatRelative(current.updatedAt, Date.now(), locale) })}
              </span>
            </button>
          ) : (
            current === null && <p className="muted small">{t('popup.noCase')}</p>
          )}
        </section>
      )}
      {status && (
        <p role="status" className="small">
          {status}
        </p>
      )}
      <div className="popup-actions">
        <button type="button" className="primary" onClick={() => void openWorkspace()}>
          <FolderOpen aria-hidden="true" size={16} /> {t('popup.openWorkspace')}
        </button>
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          <Settings aria-hidden="true" size={16} /> {t('popup.settings')}
        </button>
      </div>
    </main>
  );
}

export function PopupPage() {
  return <PageShell>{(repo) => <PopupBody repo={repo} />}</PageShell>;
}
