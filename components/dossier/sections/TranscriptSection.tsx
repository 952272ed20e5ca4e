import { messageNotes } from '@/lib/dossier/report/phrases';
import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';

export function TranscriptSection({
  section,
  timeZone,
}: {
  section: Extract<DossierSection, { id: 'transcript' }>;
  timeZone: string;
}) {
  const text = useReportText();
  const d = text.s.dossier;
  return (
    <>
      <p className="muted small">
        {d.transcript.timesNote} {text.fill(d.timeZone, { zone: timeZone })}
      </p>
      {section.messages.length === 0 ? (
        <p className="muted">{d.transcript.empty}</p>
      ) : (
        <ol className="dossier-transcript" data-testid="dossier-transcript">
          {section.messages.map((m) => (
            <li key={m.id} className={`dossier-msg dossier-msg-${m.role}`}>
              <div className="dossier-msg-head">
                {m.authorName ? (
                  <>
                    <strong>
                      <bdi>{m.authorName}</bdi>
                    </strong>{' '}
                    ({d.role[m.role]})
                  </>
                ) : (
                  <strong>{d.role[m.role]}</strong>
                )}{' '}
                · {messageNotes(m, text).join(' · ')}
              </div>
              <div className="dossier-msg-text" dir="auto">
                {m.text}
              </div>
            </li>
          ))}
        </ol>
      )}
      {section.hiddenCount > 0 && (
        <p className="muted small">{text.plural(d.transcript, 'hidden', section.hiddenCount)}</p>
      )}
    </>
  );
}
