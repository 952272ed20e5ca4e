import { median, ratioAim, significant } from './stats';
import type { BenchResult } from './types';

export interface GrowthPoint {
  /** Work size in the suite's unit (messages, cases, MB…). */
  size: number;
  /** Time for that size, ms (median of the runs taken at that size). */
  ms: number;
}

/** The slope of the least-squares line through (log size, log time): 1 = linear, 2 = quadratic. */
export function logLogSlope(points: readonly GrowthPoint[]): number {
  if (points.length < 2) throw new Error('a slope needs two sizes');
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** Above this slope, growth counts as worse than linear (a margin for this machine's noise). */
export const LINEAR_SLOPE_AIM = 1.15;

/**
 * `<suite>.growth`: how time grows with the work, as the log-log slope over 1×, 4× and 16× the
 * base size (1× and 4× with --quick). `value` and `ratio` are the slope, `baselineValue` is 1
 * (linear growth); the aim is slope ≤ 1.15. The times at each size are in the description.
 */
export function growthResult(options: {
  suite: string;
  what: string;
  unit: string;
  points: { size: number; samples: number[] }[];
}): BenchResult {
  const points = options.points.map((p) => ({ size: p.size, ms: median(p.samples) }));
  const slope = significant(logLogSlope(points));
  const base = points[0]!;
  const table = points
    .map((p) => `${p.size} ${options.unit} (${significant(p.size / base.size)}×): ${significant(p.ms)} ms`)
    .join('; ');
  return {
    id: `${options.suite}.growth`,
    description: `${options.what}: time against size, slope of the log-log least-squares fit (1 = linear, 2 = quadratic); ${table}`,
    value: slope,
    unit: 'slope',
    baseline: 'linear growth (slope 1)',
    baselineValue: 1,
    ratio: slope,
    ...ratioAim(slope, { atMost: LINEAR_SLOPE_AIM }),
    runs: Math.min(...options.points.map((p) => p.samples.length)),
  };
}
