import { ClipboardCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { updateCase } from '@/lib/db/repos/cases';
import type { CaseRecord } from '@/lib/schemas/case';
import { EMPTY_CHECKLIST, type CaseChecklist } from '@/lib/schemas/checklist';
import { errorMessage } from '../../common/error-message';
import { ChecklistQuestion, type YesNoQuestion } from './ChecklistQuestion';
import { RemedyChoice } from './RemedyChoice';

type Answers = Omit<CaseChecklist, 'updatedAt'>;
const QUESTIONS: readonly YesNoQuestion[] = ['boughtFromSeller', 'readTerms', 'ruledOutOwnSide'];

function answersOf(record: CaseRecord): Answers {
  const { updatedAt: _updatedAt, ...answers } = record.checklist ?? { ...EMPTY_CHECKLIST, updatedAt: 0 };
  return answers;
}

/**
 * "Before you contact support": open on a case nobody answered it for yet, a one-line summary
 * afterwards. The answers are saved with the case (and its log) and the drafts use the remedies.
 */
export function ChecklistPanel({
  repo,
  record,
  onError,
}: {
  repo: RepoContext;
  record: CaseRecord;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(() => answersOf(record));
  const [open, setOpen] = useState(record.checklist === undefined);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((now) => ({ ...now, [key]: value }));

  const save = async (next: Answers) => {
    try {
      await updateCase(repo, record.id, { checklist: { ...next, updatedAt: repo.now() } });
      onError(null);
      setOpen(false);
    } catch (error) {
      onError(errorMessage(error, t));
    }
  };

  const saved = record.checklist;
  const summary = saved?.wanted
    ? t('checklist.summary', {
        wanted: t(`checklist.remedies.${saved.wanted}`),
        instead: saved.acceptInstead ? t(`checklist.remedies.${saved.acceptInstead}`) : t('checklist.nothingElse'),
      })
    : t('checklist.summaryEmpty');

  return (
    <details
      className="checklist"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
      aria-label={t('checklist.heading')}
    >
      <summary>
        <ClipboardCheck aria-hidden="true" size={16} /> {t('checklist.heading')}
        {!open && <span className="muted small checklist-summary">{summary}</span>}
      </summary>
      <form
        className="checklist-body"
        onSubmit={(event) => {
          event.preventDefault();
          void save(answers);
        }}
      >
        <p className="small muted">{t('checklist.intro')}</p>
        {QUESTIONS.map((question) => (
          <ChecklistQuestion
            key={question}
            question={question}
            value={answers[question]}
            onChange={(value) => set(question, value)}
          />
        ))}
        <RemedyChoice
          label={t('checklist.wanted')}
          noneLabel={t('checklist.notDecided')}
          value={answers.wanted}
          onChange={(value) => set('wanted', value)}
        />
        <RemedyChoice
          label={t('checklist.acceptInstead')}
          noneLabel={t('checklist.nothingElse')}
          value={answers.acceptInstead}
          onChange={(value) => set('acceptInstead', value)}
        />
        <label className="field">
          <span>{t('checklist.wantedDetails')}</span>
          <input
            type="text"
            maxLength={500}
            value={answers.wantedDetails}
            onChange={(event) => set('wantedDetails', event.target.value)}
          />
        </label>
        <div className="row">
          <button type="submit" className="primary">
            {t('checklist.save')}
          </button>
          {saved === undefined && (
            <button type="button" onClick={() => void save({ ...EMPTY_CHECKLIST })}>
              {t('checklist.later')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
