import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file is e2e/support/paths.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BUILDS = {
  chrome: path.join(REPO_ROOT, '.output', 'chrome-mv3'),
  e2e: path.join(REPO_ROOT, '.output', 'chrome-mv3-e2e'),
  firefox: path.join(REPO_ROOT, '.output', 'firefox-mv3'),
} as const;

export const STATIC_PAGES_DIR = path.join(REPO_ROOT, 'e2e', 'pages-static');
export const SCREENS_DIR = path.join(REPO_ROOT, 'test-results', 'screens');

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
