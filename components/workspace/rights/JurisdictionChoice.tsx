import { useTranslation } from 'react-i18next';
import { jurisdictionSchema, type Jurisdiction } from '@/lib/schemas/common';

/**
 * Which jurisdiction's rules are shown and where that came from; a select saves another one to the
 * case. With none known, it asks.
 */
export function JurisdictionChoice({
  jurisdiction,
  from,
  onChoose,
}: {
  jurisdiction: Jurisdiction | null;
  from: 'case' | 'home' | null;
  onChoose: (jurisdiction: Jurisdiction) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="jurisdiction-choice">
      {jurisdiction === null && <p>{t('rights.choose.prompt')}</p>}
      <label className="field-inline">
        <span className="muted">{t('rights.choose.label')}</span>
        <select
          value={jurisdiction ?? ''}
          onChange={(event) => {
            const parsed = jurisdictionSchema.safeParse(event.target.value);
            if (parsed.success) onChoose(parsed.data);
          }}
        >
          {jurisdiction === null && <option value="">{t('rights.choose.placeholder')}</option>}
          {jurisdictionSchema.options.map((j) => (
            <option key={j} value={j}>
              {t(`jurisdiction.${j}`)}
            </option>
          ))}
        </select>
      </label>
      {from === 'home' && <span className="muted small">{t('rights.choose.fromHome')}</span>}
    </div>
  );
}
