import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import type { Settings } from '@/lib/schemas/settings';
import { siteFromAddress } from '@/lib/sites/site-access';
import { Ltr } from '../common/Ltr';
import { disableSite, enableSite } from '../common/site-actions';

/** Which enabled sites the browser still grants: access can be removed from the browser's menu. */
function useGrantedSites(settings: Settings): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    const check = async () => {
      const entries = await Promise.all(
        settings.autoCaptureSites.map(
          async (s) => [s.site, await browser.permissions.contains({ origins: s.patterns })] as const,
        ),
      );
      setGranted(Object.fromEntries(entries));
    };
    void check();
    browser.permissions.onRemoved.addListener(check);
    browser.permissions.onAdded.addListener(check);
    return () => {
      browser.permissions.onRemoved.removeListener(check);
      browser.permissions.onAdded.removeListener(check);
    };
  }, [settings]);
  return granted;
}

export function SitesSection({ settings }: { repo: RepoContext; settings: Settings }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const granted = useGrantedSites(settings);

  const turnOn = async (site: string, patterns: string[]) => {
    const outcome = await enableSite(site, patterns);
    if (outcome.ok) {
      setStatus(t('options.siteOn', { site }));
      setAddress('');
    } else setStatus(outcome.reason === 'refused' ? t('options.accessRefused', { site }) : (outcome.message ?? ''));
  };

  return (
    <section className="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites')}</h2>
      <p className="muted">{t('options.sitesHelp')}</p>
      {settings.autoCaptureSites.length === 0 && <p className="muted">{t('options.sitesEmpty')}</p>}
      <ul className="site-list" aria-label={t('options.sites')}>
        {settings.autoCaptureSites.map((entry) => (
          <li key={entry.site} className="site-row" data-testid="site-row">
            <Ltr className="mono">{entry.site}</Ltr>
            {granted[entry.site] === false && (
              <span className="warning small" role="status">
                {t('options.accessRevoked')}
              </span>
            )}
            <span className="row">
              {granted[entry.site] === false && (
                <button type="button" onClick={() => void turnOn(entry.site, entry.patterns)}>
                  {t('options.turnOn')}
                </button>
              )}
              <button
                type="button"
                onClick={() =>
                  void disableSite(entry.site).then((outcome) =>
                    setStatus(outcome.ok ? t('options.siteOff', { site: entry.site }) : (outcome.message ?? '')),
                  )
                }
              >
                {t('options.turnOff')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = siteFromAddress(address);
          if (!parsed) return setStatus(t('options.invalidAddress'));
          void turnOn(parsed.site, parsed.patterns);
        }}
      >
        <label className="field grow">
          <span>{t('options.siteAddress')}</span>
          <input
            type="text"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder={t('options.sitePlaceholder')}
            dir="ltr"
            inputMode="url"
            autoComplete="off"
          />
        </label>
        <button type="submit" className="primary">
          {t('options.turnOn')}
        </button>
      </form>
      {status && (
        <p role="status" className="small">
          {status}
        </p>
      )}
    </section>
  );
}
