/**
 * `npm test`: typecheck, lint, unit tests, builds, end-to-end tests — every step runs even if an
 * earlier one failed (except e2e without a build), and the last line counts them all:
 * `tests: N passed, N failed`. Each static check counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { e2eFailures, unitFailures, type PlaywrightReport, type VitestReport } from './failed-tests';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  note?: string;
  /** Names of the failed tests, repeated under the summary so a log's tail says what failed. */
  failures?: string[];
}

const tallies: Tally[] = [];
mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('import cycles', 'npm', ['run', '--silent', 'cycles']);
check('format', 'npx', ['prettier', '--check', '.']);

const unitReport = 'test-results/unit-results.json';
rmSync(unitReport, { force: true });
const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
const unit = readJson<VitestReport>(unitReport);
tallies.push(
  unit
    ? {
        name: 'unit',
        passed: unit.numPassedTests,
        failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1),
        failures: unitFailures(unit, process.cwd()),
      }
    : { name: 'unit', passed: 0, failed: 1, note: 'no report' },
);

const built =
  check('build chrome', 'npx', ['wxt', 'build']) &&
  check('build e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']) &&
  check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) check('firefox lint', 'npx', ['tsx', 'tests/firefox-lint.ts']);

check('bench --quick', 'npx', ['tsx', 'bench/run.ts', '--quick']);

const e2eReport = 'test-results/e2e-results.json';
if (built && existsSync('playwright.config.ts')) {
  rmSync(e2eReport, { force: true });
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson<PlaywrightReport>(e2eReport);
  tallies.push(
    e2e
      ? {
          name: 'e2e',
          passed: e2e.stats.expected + e2e.stats.flaky,
          failed: e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected ? 0 : 1),
          note: e2e.stats.flaky ? `${e2e.stats.flaky} flaky` : undefined,
          failures: e2eFailures(e2e),
        }
      : { name: 'e2e', passed: 0, failed: 1, note: 'no report' },
  );
} else {
  tallies.push({ name: 'e2e', passed: 0, failed: 1, note: 'not run: build failed' });
}

console.log('\nSummary');
for (const t of tallies) {
  console.log(`  ${t.name.padEnd(14)} ${t.passed} passed, ${t.failed} failed${t.note ? ` (${t.note})` : ''}`);
  for (const failure of t.failures ?? []) console.log(`    ✗ ${failure}`);
}
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
