import { FileArchive } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceGroup } from '@/lib/evidence/group-captures';
import { formatBytes, formatDateTime } from '@/lib/i18n/format';
import { useLocaleInfo } from '../../common/locale-context';
import { Ltr } from '../../common/Ltr';
import { ItemActions } from '../tabs/ItemActions';
import { EvidenceKindIcon } from './EvidenceKindIcon';
import { itemLabel } from './kind-label';
import { useObjectUrl } from './use-object-url';

function Thumbnail({ blob, mime, kind }: { blob: Blob; mime: string; kind: string }) {
  const url = useObjectUrl(mime.startsWith('image/') ? blob : null);
  if (url) return <img src={url} alt="" className="thumb" />;
  return (
    <span className="thumb thumb-placeholder">
      <EvidenceKindIcon kind={kind} className="thumb-icon" />
    </span>
  );
}

/** One card: a capture (its screenshot, a chip when it has a page archive) or one other item. */
export function EvidenceCard({
  group,
  onOpen,
  onToggleKey,
  onMove,
  ref,
}: {
  group: EvidenceGroup;
  onOpen: () => void;
  onToggleKey: () => void;
  onMove: () => void;
  /** The card's open button, to take focus back when the viewer closes. */
  ref?: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const { primary } = group;
  const size = group.items.reduce((sum, item) => sum + item.size, 0);
  return (
    <li
      className={`evidence-card${primary.keyEvidence ? ' bubble-key' : ''}`}
      data-testid="evidence-card"
      data-kind={primary.kind}
    >
      <button ref={ref} type="button" className="evidence-open" onClick={onOpen}>
        <Thumbnail blob={primary.blob} mime={primary.mime} kind={primary.kind} />
        <span className="evidence-card-text small">
          <bdi className="evidence-card-title">{itemLabel(primary, t)}</bdi>
          <span className="muted">{formatDateTime(group.createdAt, locale, timeZone)}</span>
          <span className="muted">{formatBytes(size, locale)}</span>
          {primary.url && <Ltr className="mono ellipsis muted">{primary.url}</Ltr>}
        </span>
      </button>
      <div className="evidence-card-foot">
        {group.archive && (
          <span className="evidence-chip small">
            <FileArchive aria-hidden="true" size={12} /> {t('evidence.kind.page-archive')}
          </span>
        )}
        <ItemActions section="evidence" keyEvidence={primary.keyEvidence} onToggleKey={onToggleKey} onMove={onMove} />
      </div>
    </li>
  );
}
