import type { DossierSection } from '@/lib/dossier/report/view-model';
import { Ltr } from '../../common/Ltr';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

export function EvidenceListSection({ section }: { section: Extract<DossierSection, { id: 'evidence-list' }> }) {
  const text = useReportText();
  if (section.items.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <table className="dossier-table">
      <tbody>
        {section.items.map((item) => (
          <tr key={item.id}>
            <td>{item.number}</td>
            <td>
              {text.s.evidence.kind[item.kind]}
              {item.keyEvidence && <span className="dossier-key"> ★</span>}
              <br />
              <span className="small">{item.createdAt}</span>
            </td>
            <td>
              {item.caption && (
                <>
                  <bdi>{item.caption}</bdi>
                  <br />
                </>
              )}
              <Ltr className="mono">{item.file}</Ltr>
              <br />
              <span className="small">
                {text.s.dossier.evidence.sha256}: <Ltr className="mono">{item.sha256}</Ltr>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
