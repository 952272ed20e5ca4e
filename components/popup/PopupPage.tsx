import { workspacePath } from '@/lib/reminders/notification-id';
import { useLiveQuery } from 'dexie-react-hooks';
import { CircleDot, FolderOpen, Settings } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import { findRecentOpenCaseForSite } from '@/lib/db/repos/cases';
import { formatRelative } from '@/lib/i18n/format';
import { patternsForSite, siteOfUrl } from '@/lib/sites/site-of-url';
import { enabledPatterns, isTopLevelUrlEnabled } from '@/lib/sites/enabled-sites';
import { messagingAppOfUrl } from '@/lib/messaging-apps/apps';
import { Ltr } from '../common/Ltr';
import { CapturePanel } from './CapturePanel';
import { ConversationPanel } from './ConversationPanel';
import { PageShell } from '../common/PageShell';
import { useLocaleInfo } from '../common/locale-context';
import { enableSite } from '../common/site-actions';
import { useSettings } from '../common/use-settings';
import { StatusBadge } from '../workspace/StatusBadge';

interface TargetTab {
  id: number | null;
  url: string | null;
  /** True in the toolbar popup itself; false when popup.html is opened as a tab (previews, tests). */
  isPopup: boolean;
}

/** The tab the popup is about: the active tab, or the one named by ?tab= / ?url= in a preview. */
function useTargetTab(): TargetTab | undefined {
  const [target, setTarget] = useState<TargetTab | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const params = new URLSearchParams(location.search);
      const isPopup = (await browser.tabs.getCurrent()) === undefined;
      const named = Number(params.get('tab'));
      if (Number.isInteger(named) && named > 0) {
        const tab = await browser.tabs.get(named).catch(() => undefined);
        return setTarget({ id: named, url: params.get('url') ?? tab?.url ?? null, isPopup });
      }
      if (params.get('url')) return setTarget({ id: null, url: params.get('url'), isPopup });
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTarget({ id: isPopup ? (tab?.id ?? null) : null, url: isPopup ? (tab?.url ?? null) : null, isPopup });
    })();
  }, []);
  return target;
}

function PopupBody({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const target = useTargetTab();
  const url = target?.url;
  const site = siteOfUrl(url);
  // WhatsApp Web, Telegram Web: per conversation, never "auto-capture on this site".
  const app = messagingAppOfUrl(url);
  const { settings } = useSettings(repo);
  const current = useLiveQuery(
    async () => (site ? ((await findRecentOpenCaseForSite(repo, site)) ?? null) : null),
    [repo, site],
  );
  const [status, setStatus] = useState<string | null>(null);
  const manifestMatches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const recording =
    !!url && !!settings && isTopLevelUrlEnabled(url, enabledPatterns(settings.autoCaptureSites, manifestMatches));

  const openWorkspace = async (caseId?: string) => {
    const path = workspacePath(caseId ?? null);
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
      {target?.id != null && <CapturePanel repo={repo} tabId={target.id} autoStart={target.isPopup} />}
      {target !== undefined && !site && target.id == null && <p className="muted">{t('popup.noSite')}</p>}
      {app && target && <ConversationPanel app={app} tabId={target.id} settings={settings} />}
      {site && !app && (
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
