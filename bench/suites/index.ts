import type { BenchSuite } from '../support/types';
import { repoWrites } from './repo-writes';

/**
 * Every benchmark, in the order they run. To add one: write `bench/suites/<id>.ts` exporting a
 * `BenchSuite` (browser-side code, if any, in `bench/browser/<entry>.ts`), list it here, and
 * describe its figures in docs/benchmarks.md.
 */
export const SUITES: readonly BenchSuite[] = [repoWrites];
