import { omittedNote, sectionTitle } from '@/lib/dossier/report/phrases';
import type { DossierView } from '@/lib/dossier/report/view-model';
import { ReportSection } from './sections/ReportSection';
import { useReportText } from './use-report-text';

/** The printable report of a built view: the same sections, in the same order, as report.html. */
export function DossierReport({ view, blobOf }: { view: DossierView; blobOf: (id: string) => Blob | null }) {
  const text = useReportText();
  const d = text.s.dossier;
  const omitted = omittedNote(view, text);
  return (
    <article className="dossier-report" data-variant={view.variant}>
      <header>
        <h1>
          {d.pageTitle}: <bdi>{view.title}</bdi>
        </h1>
        <p className="muted">
          {d.variants[view.variant]} · {text.fill(d.prepared, { time: view.preparedAt })}
        </p>
        <p className="muted small">{text.fill(d.timeZone, { zone: view.timeZone })}</p>
        {omitted && <p className="muted small">{omitted}</p>}
      </header>
      {view.sections.map((section) => (
        <section key={section.id} data-section={section.id} aria-labelledby={`dossier-${section.id}`}>
          <h2 id={`dossier-${section.id}`}>{sectionTitle(section.id, text)}</h2>
          <ReportSection section={section} timeZone={view.timeZone} blobOf={blobOf} />
        </section>
      ))}
    </article>
  );
}
