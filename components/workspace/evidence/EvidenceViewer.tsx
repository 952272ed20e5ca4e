import { ChevronLeft, ChevronRight, Download } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { savedFileName } from '@/lib/dossier/file-names';
import type { EvidenceGroup } from '@/lib/evidence/group-captures';
import { stepForKey } from '@/lib/evidence/viewer-keys';
import { formatDateTime } from '@/lib/i18n/format';
import { Dialog } from '../../common/Dialog';
import { useLocaleInfo } from '../../common/locale-context';
import { Ltr } from '../../common/Ltr';
import { saveBlob } from '../../common/save-blob';
import { CopyButton } from './CopyButton';
import { EvidenceFiles } from './EvidenceFiles';
import { EvidenceKindIcon } from './EvidenceKindIcon';
import { itemLabel, kindLabel } from './kind-label';
import { useObjectUrl } from './use-object-url';

/** A key that scrolls what has focus (a text field, an image wider than the window) is not ours. */
function keyBelongsToTarget(event: KeyboardEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select')) return true;
  return target.classList.contains('viewer-scroll') && target.scrollWidth > target.clientWidth;
}

function Picture({ group }: { group: EvidenceGroup }) {
  const { t } = useTranslation();
  const { primary } = group;
  const url = useObjectUrl(primary.mime.startsWith('image/') ? primary.blob : null);
  const [fit, setFit] = useState(true);
  if (!url) {
    return (
      <div className="viewer-placeholder">
        <EvidenceKindIcon kind={primary.kind} size={56} />
        <span>{kindLabel(primary.kind, t)}</span>
      </div>
    );
  }
  return (
    <>
      <div className="row">
        <button type="button" className="small" aria-pressed={fit} onClick={() => setFit(!fit)}>
          {t('evidence.fitWidth')}
        </button>
      </div>
      <div className="viewer-scroll" tabIndex={0} role="region" aria-label={t('evidence.kind.screenshot')}>
        <img
          src={url}
          alt={t('evidence.kind.screenshot')}
          className={fit ? 'viewer-image viewer-image-fit' : 'viewer-image'}
        />
      </div>
    </>
  );
}

/** The full view of one card, with Previous and Next over all the cards of the case. */
export function EvidenceViewer({
  groups,
  index,
  onIndex,
  onClose,
  onError,
}: {
  groups: EvidenceGroup[];
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone, dir } = useLocaleInfo();
  const group = index === null ? undefined : groups[Math.min(index, groups.length - 1)];
  const current = group ? groups.indexOf(group) : -1;
  const go = (step: number) => {
    const next = current + step;
    if (next >= 0 && next < groups.length) onIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const step = stepForKey(event.key, dir);
    if (step === 0 || keyBelongsToTarget(event)) return;
    event.preventDefault();
    go(step);
  };
  const primary = group?.primary;
  const archive = group?.archive ?? null;
  const text = primary?.text.trim() ?? '';
  return (
    <Dialog
      open={group !== undefined}
      title={primary ? itemLabel(primary, t) : ''}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="dialog-viewer"
      actions={
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      {group && primary && (
        <div className="viewer" data-testid="evidence-viewer">
          <nav className="row viewer-nav" aria-label={t('evidence.navigation')}>
            <button type="button" onClick={() => go(-1)} disabled={current <= 0}>
              <ChevronLeft aria-hidden="true" size={16} className="flip-rtl" />
              {t('evidence.previous')}
            </button>
            <span className="muted small" aria-live="polite" data-testid="viewer-position">
              {t('evidence.position', { index: String(current + 1), total: String(groups.length) })}
            </span>
            <button type="button" onClick={() => go(1)} disabled={current >= groups.length - 1}>
              {t('evidence.next')}
              <ChevronRight aria-hidden="true" size={16} className="flip-rtl" />
            </button>
          </nav>
          <Picture key={group.key} group={group} />
          <dl className="viewer-details">
            <dt>{t('evidence.capturedAt')}</dt>
            <dd data-testid="viewer-time">{formatDateTime(group.createdAt, locale, timeZone)}</dd>
            {primary.url && (
              <>
                <dt>{t('evidence.pageUrl')}</dt>
                <dd className="row">
                  <Ltr className="mono viewer-url" data-testid="viewer-url">
                    {primary.url}
                  </Ltr>
                  <CopyButton text={primary.url} label={t('evidence.copyUrl')} onError={onError} />
                </dd>
              </>
            )}
            {primary.pageTitle && (
              <>
                <dt>{t('evidence.pageTitle')}</dt>
                <dd>
                  <bdi>{primary.pageTitle}</bdi>
                </dd>
              </>
            )}
          </dl>
          {archive && (
            <div className="viewer-archive">
              <button
                type="button"
                className="primary"
                onClick={() => saveBlob(archive.blob, savedFileName(archive, timeZone))}
              >
                <Download aria-hidden="true" size={16} />
                {t('evidence.saveArchive')}
              </button>
              <p className="small muted">{t('evidence.archiveHint')}</p>
            </div>
          )}
          <h3 className="viewer-heading">{t('evidence.files')}</h3>
          <EvidenceFiles items={group.items} onError={onError} />
          {text && (
            <details className="viewer-text-box">
              <summary>{primary.kind === 'screenshot' ? t('evidence.pageText') : t('evidence.text')}</summary>
              <pre className="viewer-text" dir="auto" data-testid="viewer-text">
                {text}
              </pre>
            </details>
          )}
        </div>
      )}
    </Dialog>
  );
}
