import type { DossierSection } from '@/lib/dossier/report/view-model';
import { CallsSection } from './CallsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { DraftsSection } from './DraftsSection';
import { EvidenceListSection } from './EvidenceListSection';
import { FactsSection } from './FactsSection';
import { IntegritySection } from './IntegritySection';
import { LawSection } from './LawSection';
import { ScreenshotsSection } from './ScreenshotsSection';
import { SummarySection } from './SummarySection';
import { TimelineSection } from './TimelineSection';
import { TranscriptSection } from './TranscriptSection';

/** One section's body, by its id. */
export function ReportSection({
  section,
  timeZone,
  blobOf,
}: {
  section: DossierSection;
  timeZone: string;
  blobOf: (id: string) => Blob | null;
}) {
  switch (section.id) {
    case 'summary':
      return <SummarySection section={section} />;
    case 'law':
      return <LawSection section={section} />;
    case 'deadlines':
      return <DeadlinesSection section={section} />;
    case 'timeline':
      return <TimelineSection section={section} />;
    case 'transcript':
      return <TranscriptSection section={section} timeZone={timeZone} />;
    case 'facts':
      return <FactsSection section={section} />;
    case 'screenshots':
      return <ScreenshotsSection section={section} blobOf={blobOf} />;
    case 'calls':
      return <CallsSection section={section} />;
    case 'drafts':
      return <DraftsSection section={section} />;
    case 'evidence-list':
      return <EvidenceListSection section={section} />;
    case 'integrity':
      return <IntegritySection section={section} />;
  }
}
