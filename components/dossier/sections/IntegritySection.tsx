import { integrityVerdict } from '@/lib/dossier/report/phrases';
import type { DossierSection } from '@/lib/dossier/report/view-model';
import { Ltr } from '../../common/Ltr';
import { useReportText } from '../use-report-text';
import { Pairs } from './Pairs';

export function IntegritySection({ section }: { section: Extract<DossierSection, { id: 'integrity' }> }) {
  const text = useReportText();
  const i = text.s.dossier.integrity;
  return (
    <>
      <p className={section.intact ? undefined : 'dossier-warn'}>
        {integrityVerdict(section.intact, section.eventCount, section.problemCount, text)}
      </p>
      <Pairs
        rows={[
          [
            i.rootHash,
            section.rootHash ? (
              <Ltr className="mono" data-testid="dossier-root-hash">
                {section.rootHash}
              </Ltr>
            ) : (
              '—'
            ),
          ],
          [i.events, String(section.eventCount)],
          section.witnessLine ? [i.witness, <Ltr className="mono">{section.witnessLine}</Ltr>] : null,
        ]}
      />
      <p className="small">{i.witnessHelp}</p>
      <h3>{i.howTo}</h3>
      <ol className="dossier-list">
        <li>{i.step1}</li>
        <li>{i.step2}</li>
        <li>{i.step3}</li>
      </ol>
      <p className="dossier-note small">{i.proves}</p>
    </>
  );
}
