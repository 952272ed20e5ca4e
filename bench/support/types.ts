import type { BrowserApi } from '../browser/harness';
import type { BenchPage } from './environment';
import type { ExtensionSession, LaunchOptions } from './browser';

/** One figure of bench/results.json. */
export interface BenchResult {
  /** `<suite id>.<figure>`, stable across runs: tools compare results by it. */
  id: string;
  description: string;
  /** The measured figure (median of the runs), for information: absolute times vary by machine. */
  value: number;
  unit: string;
  /** What the figure is compared with, measured side by side in the same run. */
  baseline: string;
  /** The baseline's median, in the same unit as `value`. */
  baselineValue: number;
  /** value / baselineValue unless the suite defines it otherwise (documented in docs/benchmarks.md). */
  ratio: number;
  /** The aim, as text ("ratio >= 0.5") or a number; null when there is none yet. */
  target: string | number | null;
  /** Whether the aim is met; null when there is no aim. */
  meetsTarget: boolean | null;
  /** How many measured runs the medians are taken over (warm-up excluded). */
  runs: number;
}

/** What the runner hands each suite. */
export interface BenchContext {
  /** `--quick`: one run, smaller workloads (CI). */
  quick: boolean;
  /** Measured runs to take: 1 with `--quick`, else `--runs=N` or the suite's `runs` (default 5). */
  runs: number;
  /** Prints a progress line under the suite's heading. */
  log: (line: string) => void;
  /**
   * Opens a page of the local bench server running `bench/browser/<entry>.ts` (bundled with
   * esbuild) in headless Chromium, once the entry has called `expose()`.
   */
  openPage: <Api extends BrowserApi>(entry: string) => Promise<BenchPage<Api>>;
  /** Launches Chromium with the built extension (`.output/chrome-mv3-e2e` by default); closed by the runner. */
  launchExtension: (options?: LaunchOptions) => Promise<ExtensionSession>;
  /**
   * One measurement shared by several suites of the same `npm run bench`: the first suite to ask
   * for `key` runs `measure`, the others get its result (or its error). Suites that report
   * figures of one measurement (`capture-screenshot`, `capture-mhtml`) use it.
   */
  shared: <T>(key: string, measure: () => Promise<T>) => Promise<T>;
}

export interface BenchSuite {
  /** Prefix of the suite's result ids; `--only=<id>` selects it. */
  id: string;
  /** One line for `--list`. */
  title: string;
  /** Measured runs in a full run (default 5). */
  runs?: number;
  run: (ctx: BenchContext) => Promise<BenchResult[]>;
}
