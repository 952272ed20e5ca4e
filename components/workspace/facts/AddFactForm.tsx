import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { addManualFact } from '@/lib/db/repos/facts';
import { factKindSchema, type FactKind } from '@/lib/schemas/fact';

export function AddFactForm({
  repo,
  caseId,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FactKind>('order-number');
  const [value, setValue] = useState('');
  return (
    <details className="add-fact">
      <summary>{t('facts.add.heading')}</summary>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!value.trim()) return;
          addManualFact(repo, caseId, kind, value).then(() => setValue(''), onError);
        }}
      >
        <label className="field">
          <span>{t('facts.add.kind')}</span>
          <select value={kind} onChange={(e) => setKind(factKindSchema.parse(e.target.value))}>
            {factKindSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`facts.kinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('facts.add.value')}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} required />
        </label>
        <button type="submit" className="primary">
          {t('facts.add.submit')}
        </button>
      </form>
    </details>
  );
}
