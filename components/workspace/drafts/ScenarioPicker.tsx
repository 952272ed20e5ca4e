import { useTranslation } from 'react-i18next';
import { LADDER_STEPS, SCENARIO_STEP, SCENARIO_IDS, type ScenarioId } from '@/lib/drafts/scenarios';

/** Every scenario, grouped by its rung of the escalation ladder. */
export function ScenarioPicker({ value, onChange }: { value: ScenarioId; onChange: (scenario: ScenarioId) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('draftTab.scenario')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as ScenarioId)}>
        {LADDER_STEPS.map((step) => (
          <optgroup key={step} label={t(`drafts.step.${step}`)}>
            {SCENARIO_IDS.filter((id) => SCENARIO_STEP[id] === step).map((id) => (
              <option key={id} value={id}>
                {t(`drafts.scenario.${id}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
