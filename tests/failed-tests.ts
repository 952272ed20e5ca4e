/**
 * Names of the failed tests in the unit (Vitest) and end-to-end (Playwright) JSON reports, so
 * `npm test` can repeat them under its summary: a CI log is often read from its tail only.
 */
import type { JSONReport } from '@playwright/test/reporter';
import type { JsonTestResults } from 'vitest/reporters';

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: {
    name: string;
    status: string;
    /** Why a whole file failed (it did not load, a hook threw). */
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] | null }[];
  }[];
}

export interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { status: string }[];
  }[];
  suites?: PlaywrightSuite[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  suites?: PlaywrightSuite[];
  /** Errors outside any test: global set-up, a spec file that did not load. */
  errors?: { message?: string }[];
}

/** The reporters' own types must fit these: tsc fails here if either report changes shape. */
type Fits<Actual extends Expected, Expected> = Actual;
export type ReportsFit = [Fits<JsonTestResults, VitestReport>, Fits<JSONReport, PlaywrightReport>];

/** The head of a failure message: enough for fast-check's seed, path and counterexample. */
function headOf(text: string | null | undefined): string {
  return (text ?? '')
    .split('\n')
    .slice(0, 4)
    .map((line) => line.slice(0, 300))
    .join('\n      ');
}

export function unitFailures(report: VitestReport, root: string): string[] {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (report.testResults ?? []).flatMap((file) => {
    const path = file.name.startsWith(prefix) ? file.name.slice(prefix.length) : file.name;
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed') return [`${path}: ${headOf(file.message)}`];
    return failed.map((test) => `${path} › ${test.fullName}: ${headOf(test.failureMessages?.[0])}`);
  });
}

/** Failed specs of a suite, named by the titles of the describes around them. */
function failedSpecs(suite: PlaywrightSuite, titles: string[]): string[] {
  const own = (suite.specs ?? [])
    .filter((spec) => spec.tests.some((test) => test.status === 'unexpected'))
    .map((spec) => `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`);
  return [...own, ...(suite.suites ?? []).flatMap((child) => failedSpecs(child, [...titles, child.title]))];
}

/** Specs that failed in the end (a retry that passed is flaky, not failed), then errors outside tests. */
export function e2eFailures(report: Pick<PlaywrightReport, 'suites' | 'errors'>): string[] {
  // The outermost suites are the spec files, already named by each spec's file.
  const specs = (report.suites ?? []).flatMap((file) => failedSpecs(file, []));
  return [...specs, ...(report.errors ?? []).map((error) => `outside any test: ${headOf(error.message)}`)];
}
