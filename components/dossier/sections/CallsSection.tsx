import type { DossierSection } from '@/lib/dossier/report/view-model';
import { Ltr } from '../../common/Ltr';
import { useReportText } from '../use-report-text';
import { Nothing, Pairs } from './Pairs';

export function CallsSection({ section }: { section: Extract<DossierSection, { id: 'calls' }> }) {
  const text = useReportText();
  const c = text.s.dossier.calls;
  if (section.calls.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <>
      {section.calls.map((call) => (
        <div key={call.id} className="dossier-call">
          <Pairs
            rows={[
              [c.started, call.startedAt],
              [c.rep, call.repName ? <bdi>{call.repName}</bdi> : '—'],
              [
                c.hold,
                <>
                  <Ltr className="mono">{call.hold}</Ltr>
                  {!call.answered && ` (${c.notAnswered})`}
                </>,
              ],
              [c.duration, <Ltr className="mono">{call.duration}</Ltr>],
              call.promised ? [c.promised, <bdi>{call.promised}</bdi>] : null,
              call.notes
                ? [
                    c.notes,
                    <div className="dossier-msg-text" dir="auto">
                      {call.notes}
                    </div>,
                  ]
                : null,
            ]}
          />
        </div>
      ))}
    </>
  );
}
