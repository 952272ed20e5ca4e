import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '@/lib/schemas/case';

type DateField = 'purchaseDate' | 'deliveryDate';
const FIELDS: readonly DateField[] = ['purchaseDate', 'deliveryDate'];

/** The case's own dates that deadlines count from; empty until the user gives them. */
export function CaseDatesForm({
  record,
  onChange,
}: {
  record: Pick<CaseRecord, DateField>;
  onChange: (field: DateField, date: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="case-dates">
      {FIELDS.map((field) => (
        <label key={field} className="field-inline">
          <span className="muted">{t(`rights.dates.${field}`)}</span>
          <input
            type="date"
            value={record[field] ?? ''}
            onChange={(event) => onChange(field, event.target.value || null)}
          />
        </label>
      ))}
    </div>
  );
}
