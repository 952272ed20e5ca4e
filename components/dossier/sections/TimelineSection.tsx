import { timelineWhat } from '@/lib/dossier/report/phrases';
import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

export function TimelineSection({ section }: { section: Extract<DossierSection, { id: 'timeline' }> }) {
  const text = useReportText();
  if (section.events.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <table className="dossier-table">
      <tbody>
        {section.events.map((event, index) => (
          <tr key={index}>
            <td className="small">{event.at}</td>
            <td>
              {timelineWhat(event, text)}
              {event.detail && (
                <>
                  <br />
                  <bdi className="small">{event.detail}</bdi>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
