import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { buildDraftContext, type GrammaticalForm } from '@/lib/drafts/context';
import { ladderStateOf, suggestLadderStep } from '@/lib/drafts/ladder';
import { renderDraft } from '@/lib/drafts/render';
import type { ScenarioId } from '@/lib/drafts/scenarios';
import type { DraftLength } from '@/lib/drafts/templates';
import { checkTone } from '@/lib/drafts/tone';
import { loadCaseBundle } from '@/lib/dossier/case-bundle';
import { formatDateTime } from '@/lib/i18n/format';
import type { CaseRecord } from '@/lib/schemas/case';
import type { Locale } from '@/lib/schemas/common';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useLocaleInfo } from '../../common/locale-context';
import { useSettings } from '../../common/use-settings';
import { DraftActions } from './DraftActions';
import { draftTextOf, type DraftEditorState } from './draft-editor';
import { ScenarioPicker } from './ScenarioPicker';
import { SentDrafts } from './SentDrafts';
import { ToneReport } from './ToneReport';

const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];
const FORMS: readonly GrammaticalForm[] = ['masculine', 'feminine', 'neutral'];
const LENGTHS: readonly DraftLength[] = ['short', 'long'];

/**
 * A message for the next step of the ladder, written from the case's facts in the user's language
 * and grammatical form, editable, with the tone check live on whatever the text says now.
 */
export function DraftTab({
  repo,
  record,
  editor,
  onEditorChange,
}: {
  repo: RepoContext;
  record: CaseRecord;
  editor: DraftEditorState;
  onEditorChange: (next: DraftEditorState) => void;
}) {
  const { t } = useTranslation();
  const { locale: uiLocale, timeZone } = useLocaleInfo();
  const { settings } = useSettings(repo);
  const bundle = useLiveQuery(() => loadCaseBundle(repo, record.id), [repo, record]);
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [length, setLength] = useState<DraftLength>('short');
  const [formChoice, setFormChoice] = useState<GrammaticalForm | null>(null);
  const [chosen, setChosen] = useState<ScenarioId | null>(null);
  const [refused, setRefused] = useState(false);
  const [pending, setPending] = useState<(() => void) | null>(null);

  const context = useMemo(
    () => (bundle && settings ? buildDraftContext({ bundle, settings, locale, now: repo.now(), timeZone }) : null),
    [bundle, settings, locale, repo, timeZone],
  );
  const form = formChoice ?? settings?.grammaticalForm ?? 'neutral';
  const ladder =
    context && bundle
      ? suggestLadderStep(
          ladderStateOf({ status: record.status, drafts: bundle.drafts, context, refused, now: repo.now() }),
        )
      : null;
  const scenario: ScenarioId = chosen ?? ladder?.scenarios[0] ?? 'refund';
  const rendered = context ? renderDraft({ scenario, locale, length, form, context }) : null;
  const text = rendered ? draftTextOf(editor, rendered.text) : '';
  const deferred = useDeferredValue(text);
  const tone = useMemo(() => checkTone(deferred, { locale }), [deferred, locale]);

  if (!bundle || !settings || !context || !rendered || !ladder) return <p className="muted">{t('common.loading')}</p>;

  const blankLabels = [...new Set(rendered.blanks.map((b) => rendered.text.slice(b.start, b.end)))];
  const blanksLeft = blankLabels.filter((label) => text.includes(label)).length;
  // A template change replaces the user's edits only after they agree.
  const changeTemplate = (apply: () => void) => {
    if (editor.edits === null) apply();
    else setPending(() => apply);
  };

  return (
    <div className="draft-tab">
      <section className="ladder" aria-label={t('draftTab.ladderHeading')}>
        <p>
          {ladder.step && <strong>{t(`drafts.step.${ladder.step}`)}: </strong>}
          {t(`drafts.reason.${ladder.reason}`)}
          {ladder.waitUntil !== null &&
            ` ${t('draftTab.waitUntil', { date: formatDateTime(ladder.waitUntil, uiLocale, timeZone) })}`}
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={refused} onChange={(event) => setRefused(event.target.checked)} />{' '}
          {t('draftTab.refused')}
        </label>
      </section>
      <div className="draft-options">
        <ScenarioPicker value={scenario} onChange={(next) => changeTemplate(() => setChosen(next))} />
        <label className="field">
          <span>{t('draftTab.length')}</span>
          <select
            value={length}
            onChange={(event) => {
              const value = event.target.value as DraftLength;
              changeTemplate(() => setLength(value));
            }}
          >
            {LENGTHS.map((id) => (
              <option key={id} value={id}>
                {t(`drafts.length.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('draftTab.language')}</span>
          <select
            value={locale}
            onChange={(event) => {
              const value = event.target.value as Locale;
              changeTemplate(() => setLocale(value));
            }}
          >
            {LOCALES.map((id) => (
              <option key={id} value={id}>
                {t(`draftTab.languages.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('draftTab.form')}</span>
          <select
            value={form}
            onChange={(event) => {
              const value = event.target.value as GrammaticalForm;
              changeTemplate(() => setFormChoice(value));
            }}
          >
            {FORMS.map((id) => (
              <option key={id} value={id}>
                {t(`draftTab.forms.${id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field draft-text">
        <span>{t('draftTab.text')}</span>
        <textarea
          dir={locale === 'he' ? 'rtl' : 'ltr'}
          lang={locale}
          rows={length === 'long' ? 16 : 6}
          value={text}
          onChange={(event) => onEditorChange({ edits: event.target.value, added: editor.added })}
        />
      </label>
      {editor.edits !== null && (
        <button type="button" className="quiet" onClick={() => onEditorChange({ edits: null, added: [] })}>
          {t('draftTab.reset')}
        </button>
      )}
      <ToneReport text={deferred} result={tone} />
      <DraftActions
        repo={repo}
        site={record.site}
        blanksLeft={blanksLeft}
        draft={{ caseId: record.id, scenario, locale, length, text }}
      />
      <SentDrafts drafts={bundle.drafts} />
      <ConfirmDialog
        open={pending !== null}
        title={t('draftTab.replaceTitle')}
        body={t('draftTab.replaceEdits')}
        confirmLabel={t('draftTab.replaceConfirm')}
        onClose={() => setPending(null)}
        onConfirm={() => {
          pending?.();
          setPending(null);
          onEditorChange({ edits: null, added: [] });
        }}
      />
    </div>
  );
}
