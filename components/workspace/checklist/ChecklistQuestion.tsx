import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistAnswer } from '@/lib/schemas/checklist';

export type YesNoQuestion = 'boughtFromSeller' | 'readTerms' | 'ruledOutOwnSide';
const ANSWERS: readonly ChecklistAnswer[] = ['yes', 'no', 'unsure'];

/** One yes / no / not sure question; the advice shows when the answer is not "yes". */
export function ChecklistQuestion({
  question,
  value,
  onChange,
}: {
  question: YesNoQuestion;
  value: ChecklistAnswer | null;
  onChange: (value: ChecklistAnswer) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="checklist-question">
      <legend>{t(`checklist.questions.${question}.label`)}</legend>
      <div className="row" role="presentation">
        {ANSWERS.map((answer) => (
          <label key={answer} className="checklist-answer">
            <input
              type="radio"
              name={name}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />{' '}
            {t(`checklist.answers.${answer}`)}
          </label>
        ))}
      </div>
      {value !== null && value !== 'yes' && (
        <p className="small checklist-advice" role="note">
          {t(`checklist.questions.${question}.advice`)}
        </p>
      )}
    </fieldset>
  );
}
