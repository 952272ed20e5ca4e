/**
 * The few phrases both renderers build from a view line and the report's words, so the page and
 * report.html read the same. Plain text: each renderer escapes or renders it as text.
 */
import type { ReportText } from './report-text';
import type { DeadlineLine, DossierView, FactLine, PromiseLine, TimelineLine, TranscriptLine } from './view-model';
import type { SectionId } from './variants';

export function sectionTitle(id: SectionId, text: ReportText): string {
  return text.s.dossier.sections[id];
}

export function omittedNote(view: DossierView, text: ReportText): string | null {
  if (view.omitted.length === 0) return null;
  return text.fill(text.s.dossier.omitted, { list: text.list(view.omitted.map((id) => sectionTitle(id, text))) });
}

/** "by Dana, 22 Nov 2026, 10:03 IST" — who and when, as far as known. */
export function factSource(line: FactLine, text: ReportText): string {
  const d = text.s.dossier.summary;
  return [line.by ? text.fill(d.by, { name: line.by }) : null, line.at ? text.fill(d.at, { time: line.at }) : null]
    .filter((part): part is string => part !== null)
    .join(', ');
}

export function promiseDue(line: PromiseLine, text: ReportText): string | null {
  if (line.dueAt === null) return null;
  const d = text.s.dossier.summary;
  return text.fill(line.passed ? d.duePassed : d.due, { time: line.dueAt });
}

export function deadlineStatus(line: DeadlineLine, text: ReportText): string {
  return text.s.dossier.deadlines[line.status];
}

export function deadlineKind(line: DeadlineLine, text: ReportText): string {
  return text.s.rights.deadlines.kinds[line.kind];
}

export function timelineWhat(line: TimelineLine, text: ReportText): string {
  if (line.type === 'message.recorded') return text.plural(text.s.dossier.timeline, 'messages', line.count);
  return text.s.timeline.event[line.type];
}

/** The small print of a message: first seen, the chat's own time, history, cut, key. */
export function messageNotes(line: TranscriptLine, text: ReportText): string[] {
  const t = text.s.dossier.transcript;
  return [
    text.fill(t.firstSeen, { time: line.firstSeen }),
    ...(line.widgetTimeText !== null ? [text.fill(t.widgetTime, { text: line.widgetTimeText })] : []),
    ...(line.fromHistory ? [t.fromHistory] : []),
    ...(line.truncated ? [t.truncated] : []),
    ...(line.keyEvidence ? [t.key] : []),
  ];
}

export function integrityVerdict(intact: boolean, eventCount: number, problemCount: number, text: ReportText): string {
  const i = text.s.dossier.integrity;
  return intact ? text.plural(i, 'intact', eventCount) : text.plural(i, 'broken', problemCount);
}
