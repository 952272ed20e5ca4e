import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

export function DraftsSection({ section }: { section: Extract<DossierSection, { id: 'drafts' }> }) {
  const text = useReportText();
  if (section.drafts.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <>
      {section.drafts.map((draft) => (
        <div key={draft.id}>
          <h3>{text.fill(text.s.dossier.drafts.sent, { time: draft.sentAt })}</h3>
          <div className="dossier-draft" dir="auto">
            {draft.text}
          </div>
        </div>
      ))}
    </>
  );
}
