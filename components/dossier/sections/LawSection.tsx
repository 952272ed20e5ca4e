import type { DossierSection } from '@/lib/dossier/report/view-model';
import { useReportText } from '../use-report-text';

export function LawSection({ section }: { section: Extract<DossierSection, { id: 'law' }> }) {
  const text = useReportText();
  const l = text.s.dossier.law;
  return (
    <>
      <p className="dossier-note small">{l.disclaimer}</p>
      {section.jurisdiction === null ? (
        <p className="muted">{l.noJurisdiction}</p>
      ) : section.rules.length === 0 ? (
        <p className="muted">{l.none}</p>
      ) : (
        <ul className="dossier-list">
          {section.rules.map((rule) => (
            <li key={rule.ruleId} data-rule-id={rule.ruleId}>
              <strong>{text.s.rights.topics[rule.topic]}.</strong>{' '}
              {rule.summary !== null ? (
                <>
                  {rule.summary} <span className="small">— {rule.citation}</span>
                </>
              ) : (
                <span className="dossier-warn">{text.fill(l.unconfirmed, { citation: rule.citation })}</span>
              )}{' '}
              <span className="muted small">({text.fill(l.checked, { date: rule.lastChecked })})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
