import type { BenchResult } from './types';

/** What is wrong with a result a suite returned (empty when nothing): such a suite counts as failed. */
export function problemsOf(result: BenchResult, suiteId: string): string[] {
  const problems: string[] = [];
  if (!result.id.startsWith(`${suiteId}.`)) problems.push(`id "${result.id}" does not start with "${suiteId}."`);
  for (const key of ['value', 'baselineValue', 'ratio'] as const) {
    if (!Number.isFinite(result[key])) problems.push(`${key} is ${result[key]}`);
  }
  if (!Number.isInteger(result.runs) || result.runs < 1) problems.push(`runs is ${result.runs}`);
  if ((result.target === null) !== (result.meetsTarget === null)) {
    problems.push('target and meetsTarget must both be null or both be set');
  }
  for (const key of ['description', 'unit', 'baseline'] as const) {
    if (!result[key]) problems.push(`${key} is empty`);
  }
  return problems;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** The results as a plain-text table (also pasted into docs/benchmarks.md). */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'aim', 'met', 'runs'];
  const rows = results.map((r) => [
    r.id,
    `${formatNumber(r.value)} ${r.unit}`,
    `${formatNumber(r.baselineValue)} ${r.unit}`,
    formatNumber(r.ratio),
    r.target === null ? '—' : String(r.target),
    r.meetsTarget === null ? '—' : r.meetsTarget ? 'yes' : 'NO',
    String(r.runs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
