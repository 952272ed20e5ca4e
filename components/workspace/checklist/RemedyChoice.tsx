import { useTranslation } from 'react-i18next';
import { REMEDIES, type Remedy } from '@/lib/schemas/checklist';

/** A remedy picker; `noneLabel` is what choosing nothing means here. */
export function RemedyChoice({
  label,
  noneLabel,
  value,
  onChange,
}: {
  label: string;
  noneLabel: string;
  value: Remedy | null;
  onChange: (value: Remedy | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as Remedy | null)}>
        <option value="">{noneLabel}</option>
        {REMEDIES.map((remedy) => (
          <option key={remedy} value={remedy}>
            {t(`checklist.remedies.${remedy}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
