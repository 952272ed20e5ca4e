import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { savedFileName } from '@/lib/dossier/file-names';
import { formatBytes } from '@/lib/i18n/format';
import type { EvidenceRecord } from '@/lib/schemas/evidence';
import { useLocaleInfo } from '../../common/locale-context';
import { Ltr } from '../../common/Ltr';
import { saveBlob } from '../../common/save-blob';
import { CopyButton } from './CopyButton';
import { kindLabel } from './kind-label';

/** Each file of a card: what it is, its size and its SHA-256, which anyone can recompute. */
export function EvidenceFiles({ items, onError }: { items: EvidenceRecord[]; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  return (
    <ul className="viewer-files">
      {items.map((item) => (
        <li key={item.id} className="viewer-file" data-testid="viewer-file" data-kind={item.kind}>
          <div className="row">
            <strong className="grow">{kindLabel(item.kind, t)}</strong>
            <span className="muted small">{formatBytes(item.size, locale)}</span>
            <button
              type="button"
              className="quiet small"
              onClick={() => saveBlob(item.blob, savedFileName(item, timeZone))}
            >
              <Download aria-hidden="true" size={14} />
              {t('evidence.saveItem', { kind: kindLabel(item.kind, t) })}
            </button>
          </div>
          <div className="row">
            <span className="muted small">{t('evidence.sha256')}</span>
            <Ltr className="mono viewer-hash" data-testid="viewer-hash">
              {item.sha256}
            </Ltr>
            <CopyButton text={item.sha256} label={t('evidence.copyHash')} onError={onError} />
          </div>
        </li>
      ))}
    </ul>
  );
}
