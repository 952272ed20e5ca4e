import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { updateSettings } from '@/lib/db/repos/settings';
import { jurisdictionSchema, type Jurisdiction } from '@/lib/schemas/common';
import type { Settings } from '@/lib/schemas/settings';

const LANGUAGE_NAMES = { en: 'English', he: 'עברית', ru: 'Русский' } as const;

export function PreferencesSection({ repo, settings }: { repo: RepoContext; settings: Settings }) {
  const { t } = useTranslation();
  const ids = { language: useId(), country: useId(), form: useId() };
  const save = (change: Partial<Settings>) => void updateSettings(repo, (current) => ({ ...current, ...change }));
  return (
    <section className="card" aria-labelledby={`${ids.language}-h`}>
      <h2 id={`${ids.language}-h`} className="visually-hidden">
        {t('options.language')}
      </h2>
      <label className="field" htmlFor={ids.language}>
        <span>{t('options.language')}</span>
        <select
          id={ids.language}
          value={settings.language}
          onChange={(event) => save({ language: event.target.value as Settings['language'] })}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={ids.country}>
        <span>{t('options.homeCountry')}</span>
        <select
          id={ids.country}
          value={settings.homeCountry ?? ''}
          onChange={(event) => save({ homeCountry: (event.target.value || null) as Jurisdiction | null })}
        >
          <option value="">{t('common.notSet')}</option>
          {jurisdictionSchema.options.map((code) => (
            <option key={code} value={code}>
              {t(`jurisdiction.${code}`)}
            </option>
          ))}
        </select>
        <small className="muted">{t('options.homeCountryHelp')}</small>
      </label>
      <fieldset className="field">
        <legend>{t('options.form')}</legend>
        <small className="muted">{t('options.formHelp')}</small>
        {(['feminine', 'masculine', 'neutral'] as const).map((form) => (
          <label key={form} className="radio">
            <input
              type="radio"
              name={ids.form}
              value={form}
              checked={settings.grammaticalForm === form}
              onChange={() => save({ grammaticalForm: form })}
            />
            {t(`options.${form}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
