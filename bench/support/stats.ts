export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds to `digits` significant digits (figures are reported, not computed with). */
export function significant(value: number, digits = 3): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}

/** An aim on a result's ratio, e.g. `ratioAim({ atLeast: 0.5 })` → target "ratio >= 0.5". */
export function ratioAim(
  ratio: number,
  aim: { atLeast?: number; atMost?: number } | null,
): { target: string | null; meetsTarget: boolean | null } {
  if (!aim || (aim.atLeast === undefined && aim.atMost === undefined)) return { target: null, meetsTarget: null };
  const parts: string[] = [];
  let met = true;
  if (aim.atLeast !== undefined) {
    parts.push(`ratio >= ${aim.atLeast}`);
    met &&= ratio >= aim.atLeast;
  }
  if (aim.atMost !== undefined) {
    parts.push(`ratio <= ${aim.atMost}`);
    met &&= ratio <= aim.atMost;
  }
  return { target: parts.join(' and '), meetsTarget: met };
}

/**
 * An absolute aim on a result's value, for the few aims an issue sets in absolute units
 * (e.g. `valueAim(mbPerSecond, { atLeast: 20, unit: 'MB/s' })` → target "value >= 20 MB/s").
 */
export function valueAim(
  value: number,
  aim: { atLeast?: number; atMost?: number; unit: string },
): { target: string | null; meetsTarget: boolean | null } {
  if (aim.atLeast === undefined && aim.atMost === undefined) return { target: null, meetsTarget: null };
  const parts: string[] = [];
  let met = true;
  if (aim.atLeast !== undefined) {
    parts.push(`value >= ${aim.atLeast} ${aim.unit}`);
    met &&= value >= aim.atLeast;
  }
  if (aim.atMost !== undefined) {
    parts.push(`value <= ${aim.atMost} ${aim.unit}`);
    met &&= value <= aim.atMost;
  }
  return { target: parts.join(' and '), meetsTarget: met };
}
