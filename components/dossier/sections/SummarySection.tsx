import type { ReactNode } from 'react';
import { deadlineKind, factSource, promiseDue } from '@/lib/dossier/report/phrases';
import type { FactLine, SummarySection as Summary } from '@/lib/dossier/report/view-model';
import { Ltr } from '../../common/Ltr';
import { useReportText } from '../use-report-text';
import { Pairs } from './Pairs';

function Fact({ line, extra }: { line: FactLine; extra?: ReactNode }) {
  const text = useReportText();
  const source = factSource(line, text);
  return (
    <li>
      <bdi>{line.value}</bdi>
      {source && <span className="muted small"> ({source})</span>}
      {extra}
      {!line.confirmed && <span className="muted small"> [{text.s.dossier.summary.unconfirmed}]</span>}
    </li>
  );
}

export function SummarySection({ section }: { section: Summary }) {
  const text = useReportText();
  const s = text.s.dossier.summary;
  const none = <span className="muted">{s.none}</span>;
  const list = (items: FactLine[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className="dossier-list">
        {items.map((f) => (
          <Fact key={`${f.kind}:${f.value}`} line={f} />
        ))}
      </ul>
    );
  return (
    <>
      <Pairs
        rows={[
          [s.company, section.company ? <bdi>{section.company}</bdi> : none],
          section.site ? [s.site, <Ltr key="site">{section.site}</Ltr>] : null,
          section.jurisdiction ? [s.jurisdiction, text.s.jurisdiction[section.jurisdiction]] : null,
          [
            s.reps,
            section.reps.length
              ? section.reps.map((r, i) => (
                  <span key={r}>
                    {i > 0 && ', '}
                    <bdi>{r}</bdi>
                  </span>
                ))
              : none,
          ],
          [
            s.references,
            section.references.length ? (
              <ul className="dossier-list">
                {section.references.map((f) => (
                  <li key={`${f.kind}:${f.value}`}>
                    {text.s.facts.kinds[f.kind]}: <bdi>{f.value}</bdi>
                    {!f.confirmed && <span className="muted small"> [{s.unconfirmed}]</span>}
                  </li>
                ))}
              </ul>
            ) : (
              none
            ),
          ],
          [s.amounts, list(section.amounts)],
          section.dates.purchase ? [s.purchaseDate, section.dates.purchase] : null,
          section.dates.delivery ? [s.deliveryDate, section.dates.delivery] : null,
          [
            s.promises,
            section.promises.length ? (
              <ul className="dossier-list">
                {section.promises.map((p) => {
                  const due = promiseDue(p, text);
                  return (
                    <Fact
                      key={`${p.value}:${p.at ?? ''}`}
                      line={p}
                      extra={due ? <span className={p.passed ? 'dossier-warn' : ''}> — {due}</span> : null}
                    />
                  );
                })}
              </ul>
            ) : (
              none
            ),
          ],
          section.missed.length
            ? [
                s.missed,
                <ul key="missed" className="dossier-list">
                  {section.missed.map((m) => (
                    <li key={m.id} className="dossier-warn">
                      {deadlineKind(m, text)}: {m.date}
                    </li>
                  ))}
                </ul>,
              ]
            : null,
        ]}
      />
      {section.promises.some((p) => p.dueAt) && <p className="muted small">{s.dueNote}</p>}
    </>
  );
}
