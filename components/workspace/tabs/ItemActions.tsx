import { useTranslation } from 'react-i18next';

/*
 * lucide's Star and ArrowRightLeft (ISC), as fixed elements: mounting them creates only their
 * DOM, where a lucide component renders itself (class merging, attribute objects) every time.
 */
const SVG_PROPS = {
  xmlns: 'http://www.w3.org/2000/svg',
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;
const STAR_PATH =
  'M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z';
const STAR = (
  <svg {...SVG_PROPS} className="lucide lucide-star" fill="none">
    <path d={STAR_PATH} />
  </svg>
);
const STAR_FILLED = (
  <svg {...SVG_PROPS} className="lucide lucide-star" fill="currentColor">
    <path d={STAR_PATH} />
  </svg>
);
const MOVE = (
  <svg {...SVG_PROPS} className="lucide lucide-arrow-right-left" fill="none">
    <path d="m16 3 4 4-4 4" />
    <path d="M20 7H4" />
    <path d="m8 21-4-4 4-4" />
    <path d="M4 17h16" />
  </svg>
);

export interface ItemActionLabels {
  markKey: string;
  unmarkKey: string;
  moveTo: string;
}

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
  const labels = {
    markKey: t(`${section}.markKey`),
    unmarkKey: t(`${section}.unmarkKey`),
    moveTo: t(`${section}.moveTo`),
  };
  return <ItemActionButtons labels={labels} keyEvidence={keyEvidence} onToggleKey={onToggleKey} onMove={onMove} />;
}

/**
 * The buttons themselves, labels given: a transcript mounts a dozen of these per scroll step, and
 * each `useTranslation` costs a copy of the i18next instance, so the list translates once.
 */
export function ItemActionButtons({
  labels,
  keyEvidence,
  onToggleKey,
  onMove,
}: {
  labels: ItemActionLabels;
  keyEvidence: boolean;
  onToggleKey: () => void;
  onMove: () => void;
}) {
  const keyLabel = keyEvidence ? labels.unmarkKey : labels.markKey;
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
        {keyEvidence ? STAR_FILLED : STAR}
      </button>
      <button type="button" className="icon-button" aria-label={labels.moveTo} title={labels.moveTo} onClick={onMove}>
        {MOVE}
      </button>
    </div>
  );
}
