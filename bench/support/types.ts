import type { Page } from 'playwright-core';

/** One figure of bench/results.json. */
export interface BenchResult {
  id: string;
  description: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured side by side in the same run. */
  baseline: string;
  baselineValue: number;
  /** value / baselineValue. */
  ratio: number;
  /** The aim, in words ("ratio <= 1.5"); null when there is none yet. */
  target: string | null;
  meetsTarget: boolean | null;
  runs: number;
}

export interface BenchContext {
  quick: boolean;
  /** Opens a page of the bench server running bench/browser/<entry>.ts, bundled. */
  browserPage: (entry: string) => Promise<Page>;
}

export interface BenchSuite {
  id: string;
  run: (ctx: BenchContext) => Promise<BenchResult[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
