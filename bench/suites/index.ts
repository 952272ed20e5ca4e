import type { BenchSuite } from '../support/types';
import { caseSearch } from './case-search';
import { captureMhtml } from './capture-mhtml';
import { captureScreenshot } from './capture-screenshot';
import { dossier } from './dossier';
import { extractThroughput } from './extract-throughput';
import { recordingOverhead } from './recording-overhead';
import { popupPaint } from './popup-paint';
import { repoWrites } from './repo-writes';
import { transcript } from './transcript';

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
  transcript,
  popupPaint,
  caseSearch,
  dossier,
];
