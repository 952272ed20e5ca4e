import { ArrowRightLeft, Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The two actions every message and evidence item has: key evidence, and move to another case. */
export function ItemActions({
  section,
  keyEvidence,
  onToggleKey,
  onMove,
}: {
  section: 'transcript' | 'evidence';
  keyEvidence: boolean;
  onToggleKey: () => void;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  const keyLabel = keyEvidence ? t(`${section}.unmarkKey`) : t(`${section}.markKey`);
  return (
    <div className="bubble-actions">
      <button
        type="button"
        className="icon-button"
        aria-pressed={keyEvidence}
        aria-label={keyLabel}
        title={keyLabel}
        onClick={onToggleKey}
      >
        <Star aria-hidden="true" size={16} fill={keyEvidence ? 'currentColor' : 'none'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t(`${section}.moveTo`)}
        title={t(`${section}.moveTo`)}
        onClick={onMove}
      >
        <ArrowRightLeft aria-hidden="true" size={16} />
      </button>
    </div>
  );
}
