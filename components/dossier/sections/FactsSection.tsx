import { factSource } from '@/lib/dossier/report/phrases';
import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

export function FactsSection({ section }: { section: Extract<DossierSection, { id: 'facts' }> }) {
  const text = useReportText();
  if (section.facts.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <ul className="dossier-list">
      {section.facts.map((f, index) => {
        const source = factSource(f, text);
        return (
          <li key={index}>
            {text.s.facts.kinds[f.kind]}: <bdi>{f.value}</bdi>
            {source && <span className="muted small"> ({source})</span>}
            {!f.confirmed && <span className="muted small"> [{text.s.dossier.summary.unconfirmed}]</span>}
          </li>
        );
      })}
    </ul>
  );
}
