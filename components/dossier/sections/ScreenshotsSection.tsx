import type { DossierSection, EvidenceLine } from '@/lib/dossier/report/view-model';
import { Ltr } from '../../common/Ltr';
import { useObjectUrl } from '../../workspace/evidence/use-object-url';
import { useReportText } from '../use-report-text';
import { Nothing } from './Pairs';

function Screenshot({ item, blob }: { item: EvidenceLine; blob: Blob | null }) {
  const text = useReportText();
  const e = text.s.dossier.evidence;
  const url = useObjectUrl(blob);
  return (
    <figure className="dossier-figure">
      {url && <img src={url} alt={item.caption || item.file} />}
      <figcaption className="small">
        {item.caption && (
          <>
            <bdi>{item.caption}</bdi>
            <br />
          </>
        )}
        {text.fill(e.captured, { time: item.createdAt })}
        {item.url && (
          <>
            <br />
            <Ltr className="mono">{item.url}</Ltr>
          </>
        )}
        <br />
        {e.file}: <Ltr className="mono">{item.file}</Ltr>
        <br />
        {e.sha256}: <Ltr className="mono">{item.sha256}</Ltr>
      </figcaption>
    </figure>
  );
}

export function ScreenshotsSection({
  section,
  blobOf,
}: {
  section: Extract<DossierSection, { id: 'screenshots' }>;
  blobOf: (id: string) => Blob | null;
}) {
  const text = useReportText();
  if (section.items.length === 0) return <Nothing text={text.s.dossier.evidence.none} />;
  return (
    <>
      {section.items.map((item) => (
        <Screenshot key={item.id} item={item} blob={blobOf(item.id)} />
      ))}
    </>
  );
}
