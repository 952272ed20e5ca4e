import { Direction } from 'radix-ui';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf, resolveLocale } from '@/lib/i18n/locale';
import { localTimeZone } from '@/lib/i18n/format';
import { DataLossNotice } from './DataLossNotice';
import { LocaleContext } from './locale-context';
import { useRepo } from './use-repo';
import { useSettings } from './use-settings';

/**
 * Every extension page: opens the database, picks the language (the user's choice, else the
 * browser's), sets lang/dir on <html> so Hebrew mirrors, and shows a database error in words,
 * or that the browser deleted the database.
 */
export function PageShell({ children }: { children: (repo: RepoContext) => ReactNode }) {
  const { repo, error } = useRepo();
  const { settings, error: settingsError } = useSettings(repo);
  const locale = resolveLocale(settings?.language ?? 'auto', navigator.languages);
  const dir = directionOf(locale);
  const i18n = useMemo(
    () => createI18n(locale, (key) => console.error(`[paper-trail] missing translation: ${key}`)),
    [locale],
  );
  const info = useMemo(() => ({ locale, dir, timeZone: localTimeZone() }), [locale, dir]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext.Provider value={info}>
        <Direction.Provider dir={dir}>
          {(error ?? settingsError) && (
            <p role="alert" className="banner banner-error">
              {error ?? settingsError}
            </p>
          )}
          <DataLossNotice />
          {repo && children(repo)}
          {!repo && !error && <p className="muted pad">…</p>}
        </Direction.Provider>
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}
