import type { BenchSuite } from '../support/types';
import { captureMhtml } from './capture-mhtml';
import { captureScreenshot } from './capture-screenshot';
import { extractThroughput } from './extract-throughput';
import { recordingOverhead } from './recording-overhead';
import { repoWrites } from './repo-writes';

/**
 * Every benchmark, in the order they run. To add one: write `bench/suites/<id>.ts` exporting a
 * `BenchSuite` (browser-side code, if any, in `bench/browser/<entry>.ts`), list it here, and
 * describe its figures in docs/benchmarks.md. `capture-mhtml` reads the measurement
 * `capture-screenshot` takes (one measurement when both run).
 */
export const SUITES: readonly BenchSuite[] = [
  repoWrites,
  captureScreenshot,
  captureMhtml,
  extractThroughput,
  recordingOverhead,
];
