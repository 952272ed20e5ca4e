import { useLiveQuery } from 'dexie-react-hooks';
import { FileText } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { listCaseEvidence } from '@/lib/db/repos/evidence';
import { markKeyEvidence } from '@/lib/db/repos/items';
import { formatBytes, formatDateTime } from '@/lib/i18n/format';
import type { EvidenceRecord } from '@/lib/schemas/evidence';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo } from '../../common/locale-context';
import { Ltr } from '../../common/Ltr';
import { MoveItemDialog } from '../MoveItemDialog';
import { ItemActions } from './ItemActions';

function Thumbnail({ item }: { item: EvidenceRecord }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!item.mime.startsWith('image/')) return;
    const objectUrl = URL.createObjectURL(item.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [item]);
  if (url) return <img src={url} alt="" className="thumb" />;
  return <FileText aria-hidden="true" size={40} className="thumb-icon" />;
}

export function EvidenceTab({
  repo,
  caseId,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const items = useLiveQuery(() => listCaseEvidence(repo, caseId), [repo, caseId]);
  const [moving, setMoving] = useState<string | null>(null);
  const run = (work: Promise<unknown>) => work.catch((error: unknown) => onError(errorMessage(error, t)));
  if (!items) return <p className="muted">{t('common.loading')}</p>;
  const visible = items.filter((item) => item.hiddenAt === null);
  if (visible.length === 0) return <p className="empty">{t('evidence.empty')}</p>;
  return (
    <>
      <ul className="evidence-grid">
        {visible.map((item) => (
          <li key={item.id} className={`evidence-card${item.keyEvidence ? ' bubble-key' : ''}`}>
            <Thumbnail item={item} />
            <div className="small">
              <div>{item.pageTitle ?? item.fileName ?? item.kind}</div>
              <div className="muted">{formatDateTime(item.createdAt, locale, timeZone)}</div>
              <div className="muted">{formatBytes(item.size, locale)}</div>
              {item.url && <Ltr className="mono ellipsis">{item.url}</Ltr>}
            </div>
            <ItemActions
              section="evidence"
              keyEvidence={item.keyEvidence}
              onToggleKey={() => void run(markKeyEvidence(repo, 'evidence', item.id, !item.keyEvidence))}
              onMove={() => setMoving(item.id)}
            />
          </li>
        ))}
      </ul>
      <MoveItemDialog
        repo={repo}
        table="evidence"
        itemId={moving}
        caseId={caseId}
        onClose={() => setMoving(null)}
        run={(work) => void run(work)}
      />
    </>
  );
}
