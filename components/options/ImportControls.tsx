import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import {
  DossierImportError,
  applyImport,
  planImport,
  type ConflictChoice,
  type ImportCounts,
  type ImportPlan,
  type PlannedCase,
} from '@/lib/dossier/import';
import { formatDateTime } from '@/lib/i18n/format';
import { errorMessage } from '../common/error-message';
import { useLocaleInfo } from '../common/locale-context';

type Phase =
  | { step: 'idle' }
  | { step: 'checking'; file: string }
  | { step: 'plan'; plan: ImportPlan }
  | { step: 'importing'; done: number; total: number };

interface Outcome {
  ok: boolean;
  text: string;
  /** The English detail naming the problem (which file, which field). */
  detail?: string | null;
}

const COUNT_KEYS: (keyof ImportCounts)[] = ['cases', 'messages', 'evidence', 'facts', 'drafts', 'reminders', 'events'];

/** Keeps a title from another language from reordering the sentence around it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * "Import…": a case dossier or a backup. The file is checked whole before anything is shown;
 * the user sees what it holds and decides, per case already here, to skip, replace or keep both.
 */
export function ImportControls({ repo, onChanged }: { repo: RepoContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const fail = (error: unknown) => {
    if (error instanceof DossierImportError) {
      const problem = t(`dossierImport.error.${error.code}`);
      setOutcome({ ok: false, text: t('dossierImport.failed', { problem }), detail: error.message });
    } else {
      setOutcome({ ok: false, text: t('dossierImport.failed', { problem: errorMessage(error, t) }), detail: null });
    }
    setPhase({ step: 'idle' });
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(null);
    setPhase({ step: 'checking', file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let "Checking…" paint before the synchronous checks of a large file.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const plan = await planImport(bytes, repo);
      setChoices(Object.fromEntries(plan.cases.filter((c) => c.conflict).map((c) => [c.id, 'skip' as const])));
      setPhase({ step: 'plan', plan });
    } catch (error) {
      fail(error);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const run = async (plan: ImportPlan) => {
    setPhase({ step: 'importing', done: 0, total: plan.cases.length + 1 });
    try {
      const result = await applyImport(repo, plan, choices, ({ done, total }) =>
        setPhase({ step: 'importing', done, total }),
      );
      setOutcome({
        ok: true,
        text: t('dossierImport.done', {
          imported: String(result.imported.length),
          copies: String(result.copies.length),
          skipped: String(result.skipped.length),
        }),
      });
      setPhase({ step: 'idle' });
      onChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="import">
      <div className="row">
        <label className="button-like">
          {t('dossierImport.open')}
          <input
            ref={fileInput}
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            aria-label={t('dossierImport.chooseFile')}
            disabled={phase.step === 'checking' || phase.step === 'importing'}
            onChange={(event) => void pick(event.target.files?.[0])}
            data-testid="import-file"
          />
        </label>
        <span className="small muted">{t('dossierImport.intro')}</span>
      </div>
      {phase.step === 'checking' && (
        <p role="status" className="small">
          {t('dossierImport.checking', { file: isolate(phase.file) })}
        </p>
      )}
      {phase.step === 'importing' && (
        <div className="row" role="status">
          <progress max={phase.total} value={phase.done} aria-label={t('dossierImport.open')} />
          <span className="small">
            {t('dossierImport.importing', { done: String(phase.done), total: String(phase.total) })}
          </span>
        </div>
      )}
      {phase.step === 'plan' && (
        <PlanView
          plan={phase.plan}
          choices={choices}
          onChoose={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
          onCancel={() => setPhase({ step: 'idle' })}
          onConfirm={() => void run(phase.plan)}
          date={formatDateTime(Date.parse(phase.plan.exportedAt), locale, timeZone)}
        />
      )}
      {outcome && (
        <div role={outcome.ok ? 'status' : 'alert'} className="small" data-testid="import-outcome">
          <p>{outcome.text}</p>
          {outcome.detail && (
            <p className="muted" dir="auto">
              {t('dossierImport.detail', { detail: outcome.detail })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

interface PlanViewProps {
  plan: ImportPlan;
  choices: Record<string, ConflictChoice>;
  onChoose: (caseId: string, choice: ConflictChoice) => void;
  onCancel: () => void;
  onConfirm: () => void;
  date: string;
}

function PlanView({ plan, choices, onChoose, onCancel, onConfirm, date }: PlanViewProps) {
  const { t } = useTranslation();
  const conflicts = plan.cases.filter((c) => c.conflict);
  return (
    <div className="card inset" role="region" aria-label={t('dossierImport.open')} data-testid="import-plan">
      <p>
        <strong>{t(`dossierImport.kind.${plan.kind}`, { date })}</strong>
      </p>
      <p>{t('dossierImport.checked')}</p>
      <dl className="import-counts">
        {COUNT_KEYS.map((key) => (
          <div key={key}>
            <dt>{t(`dossierImport.count.${key}`)}</dt>
            <dd data-testid={`import-count-${key}`}>{plan.counts[key]}</dd>
          </div>
        ))}
      </dl>
      {conflicts.length > 0 && (
        <>
          <h3>{t('dossierImport.conflicts')}</h3>
          <ul>
            {conflicts.map((c) => (
              <ConflictRow key={c.id} planned={c} choice={choices[c.id] ?? 'skip'} onChoose={onChoose} />
            ))}
          </ul>
        </>
      )}
      {plan.settings !== 'none' && <p className="small">{t(`dossierImport.settings.${plan.settings}`)}</p>}
      <div className="row">
        <button type="button" onClick={onCancel}>
          {t('dossierImport.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('dossierImport.confirm')}
        </button>
      </div>
    </div>
  );
}

function ConflictRow({
  planned,
  choice,
  onChoose,
}: {
  planned: PlannedCase;
  choice: ConflictChoice;
  onChoose: (caseId: string, choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation();
  const conflict = planned.conflict!;
  return (
    <li>
      <fieldset>
        <legend>
          <bdi>{planned.title}</bdi>
        </legend>
        <p className="small">
          {conflict.existingTitle !== null
            ? t('dossierImport.sameCase', { title: isolate(conflict.existingTitle) })
            : t('dossierImport.sameItems')}
          {conflict.itemsElsewhere > 0 && ` ${t('dossierImport.itemsElsewhere')}`}
        </p>
        {conflict.choices.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`import-${planned.id}`}
              value={value}
              checked={choice === value}
              onChange={() => onChoose(planned.id, value)}
            />
            {t(`dossierImport.choice.${value}`)}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
