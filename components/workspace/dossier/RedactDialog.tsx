import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseBundle } from '@/lib/dossier/case-bundle';
import { findRedactions } from '@/lib/dossier/redact/find-redactions';
import type { Box } from '@/lib/dossier/redact/image-port';
import { REDACTION_KINDS, type DetectedKind } from '@/lib/dossier/redact/kinds';
import type { RedactionOptions } from '@/lib/dossier/redact/redact-bundle';
import { Dialog } from '../../common/Dialog';
import { DialogActions } from '../../common/DialogActions';
import { ScreenshotRegions } from './ScreenshotRegions';

const DETECTED = REDACTION_KINDS.filter((kind): kind is DetectedKind => kind !== 'selected');

export type RedactionChoice = Omit<RedactionOptions, 'locale'>;

/**
 * "Redact before export": the kinds the detectors found (each on or off), every value found with
 * its context to untick, other text to remove, the case title and company, and each screenshot
 * to leave out or black out regions of. Nothing here changes the case: the choice goes to the export.
 */
export function RedactDialog({
  bundle,
  onCancel,
  onConfirm,
}: {
  bundle: CaseBundle;
  onCancel: () => void;
  onConfirm: (choice: RedactionChoice) => void;
}) {
  const { t } = useTranslation();
  const findings = useMemo(() => findRedactions(bundle), [bundle]);
  const [kinds, setKinds] = useState<ReadonlySet<DetectedKind>>(new Set(DETECTED));
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState('');
  const [caseTitle, setCaseTitle] = useState(false);
  const [company, setCompany] = useState(false);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [boxes, setBoxes] = useState<Readonly<Record<string, readonly Box[]>>>({});
  const images = bundle.evidence.filter(
    (item) => item.kind === 'screenshot' || (item.kind === 'attachment' && item.mime.startsWith('image/')),
  );
  const pages = bundle.evidence.filter((item) => item.kind === 'page-archive').length;
  const toggle = <T,>(set: ReadonlySet<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  const confirm = () => {
    const screenshots: Record<string, { exclude: true } | { boxes: readonly Box[] }> = {};
    for (const item of images) {
      if (excluded.has(item.id)) screenshots[item.id] = { exclude: true };
      else if (boxes[item.id]?.length) screenshots[item.id] = { boxes: boxes[item.id]! };
    }
    onConfirm({
      kinds: DETECTED.filter((kind) => kinds.has(kind)),
      keep: [...keep],
      selected: selected
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      caseTitle,
      company,
      screenshots,
    });
  };

  return (
    <Dialog
      open
      title={t('redaction.title')}
      onClose={onCancel}
      className="dialog-redact"
      actions={<DialogActions onCancel={onCancel} onConfirm={confirm} confirmLabel={t('redaction.exportRedacted')} />}
    >
      <p>{t('redaction.intro')}</p>
      <fieldset>
        {DETECTED.map((kind) => {
          const found = findings.filter((f) => f.kind === kind);
          return (
            <div key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={kinds.has(kind)}
                  onChange={() => setKinds(toggle(kinds, kind))}
                  data-testid={`redact-kind-${kind}`}
                />{' '}
                {t('redaction.kindCount', { kind: t(`redaction.kinds.${kind}`), n: String(found.length) })}
              </label>
              {kinds.has(kind) && found.length > 0 && (
                <ul className="redact-findings" aria-label={t('redaction.spansHeading')}>
                  {found.map((finding) => (
                    <li key={finding.value} className="redact-finding">
                      <label>
                        <input
                          type="checkbox"
                          checked={!keep.has(finding.value)}
                          onChange={() => setKeep(toggle(keep, finding.value))}
                        />{' '}
                        <bdi>
                          …{finding.before}
                          <mark>{finding.value}</mark>
                          {finding.after}…
                        </bdi>
                        {finding.occurrences > 1 && <span className="muted"> ×{finding.occurrences}</span>}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </fieldset>
      <label className="field">
        <span>{t('redaction.selectedLabel')}</span>
        <textarea value={selected} rows={3} onChange={(event) => setSelected(event.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={caseTitle} onChange={() => setCaseTitle(!caseTitle)} />{' '}
        {t('redaction.caseTitle')}
      </label>{' '}
      <label>
        <input type="checkbox" checked={company} onChange={() => setCompany(!company)} /> {t('redaction.company')}
      </label>
      {images.length > 0 && (
        <section>
          <h3>{t('redaction.screenshotsHeading')}</h3>
          <p className="small muted">{t('redaction.drawHint')}</p>
          {images.map((item, index) => (
            <div key={item.id} className="redact-screenshot">
              <label>
                <input
                  type="checkbox"
                  checked={excluded.has(item.id)}
                  onChange={() => setExcluded(toggle(excluded, item.id))}
                  data-testid={`redact-exclude-${item.id}`}
                />{' '}
                {t('redaction.excludeScreenshot')} ({index + 1})
              </label>
              {!excluded.has(item.id) && (
                <>
                  <ScreenshotRegions
                    blob={item.blob}
                    label={item.pageTitle ?? String(index + 1)}
                    boxes={boxes[item.id] ?? []}
                    onAdd={(box) => setBoxes({ ...boxes, [item.id]: [...(boxes[item.id] ?? []), box] })}
                  />
                  {(boxes[item.id]?.length ?? 0) > 0 && (
                    <p className="small">
                      {t('redaction.regions', { n: String(boxes[item.id]!.length) })}{' '}
                      <button type="button" onClick={() => setBoxes({ ...boxes, [item.id]: [] })}>
                        {t('redaction.clearRegions')}
                      </button>
                    </p>
                  )}
                </>
              )}
            </div>
          ))}
        </section>
      )}
      {pages > 0 && <p className="small">{t('redaction.pagesLeftOut', { n: String(pages) })}</p>}
      <p className="small muted">{t('redaction.digestsNote')}</p>
    </Dialog>
  );
}
