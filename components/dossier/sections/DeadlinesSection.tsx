import { deadlineKind, deadlineStatus } from '@/lib/dossier/report/phrases';
import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

export function DeadlinesSection({ section }: { section: Extract<DossierSection, { id: 'deadlines' }> }) {
  const text = useReportText();
  if (section.deadlines.length === 0) return <Nothing text={text.s.dossier.deadlines.none} />;
  return (
    <ul className="dossier-list">
      {section.deadlines.map((line) => (
        <li key={line.id} className={line.missedByCompany ? 'dossier-warn' : undefined}>
          {deadlineKind(line, text)}: {line.date ?? '—'} ({deadlineStatus(line, text)})
        </li>
      ))}
    </ul>
  );
}
