import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/ (this file is bench/support/paths.ts). */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
/** Bundles of bench/browser/*.ts (git-ignored). */
export const BUILD_DIR = path.join(BENCH_DIR, '.build');
export const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
/** The end-to-end build (`npm run build:e2e`), which holds host access for test pages. */
/**
 * The shipped build (`npm run build`): the data benchmarks run their pages in a copy of it. Not the
 * e2e build, whose pages run React's development build (`jsxDEV`, owner stacks), several times slower.
 */
export const SHIPPED_EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const E2E_EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3-e2e');

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
