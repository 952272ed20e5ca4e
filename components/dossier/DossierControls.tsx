import { Printer } from 'lucide-react';
import { PAPER_SIZES, type PaperSize } from '@/lib/dossier/report/paper';
import { DOSSIER_VARIANTS, type DossierVariant } from '@/lib/dossier/report/variants';
import { useReportText } from './use-report-text';

/** Who the report is for, the paper, and Print: on screen only, never printed. */
export function DossierControls({
  variant,
  paper,
  onVariant,
  onPaper,
}: {
  variant: DossierVariant;
  paper: PaperSize;
  onVariant: (variant: DossierVariant) => void;
  onPaper: (paper: PaperSize) => void;
}) {
  const d = useReportText().s.dossier;
  return (
    <div className="dossier-controls no-print" role="group" aria-label={d.controls}>
      <label>
        {d.variantLabel}{' '}
        <select value={variant} onChange={(e) => onVariant(e.target.value as DossierVariant)}>
          {DOSSIER_VARIANTS.map((v) => (
            <option key={v} value={v}>
              {d.variants[v]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {d.paperLabel}{' '}
        <select value={paper} onChange={(e) => onPaper(e.target.value as PaperSize)}>
          {PAPER_SIZES.map((p) => (
            <option key={p} value={p}>
              {d.paper[p === 'a4' ? 'a4' : 'letter']}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => window.print()}>
        <Printer aria-hidden="true" size={16} /> {d.print}
      </button>
    </div>
  );
}
