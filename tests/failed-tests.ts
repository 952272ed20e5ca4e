/**
 * Names of the failed tests in the unit (Vitest) and end-to-end (Playwright) JSON reports, so
 * `npm test` can repeat them under its summary: a CI log is often read from its tail only.
 */

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: {
    name: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
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
}

/** The head of a failure message: enough for fast-check's seed, path and counterexample. */
function headOf(text: string | undefined): string {
  return (text ?? '')
    .split('\n')
    .slice(0, 4)
    .map((line) => line.slice(0, 300))
    .join('\n      ');
}

export function unitFailures(report: VitestReport, root: string): string[] {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => {
        const path = file.name.startsWith(prefix) ? file.name.slice(prefix.length) : file.name;
        return `${path} › ${test.fullName}: ${headOf(test.failureMessages?.[0])}`;
      }),
  );
}

/** Specs that failed in the end (a retry that passed counts as flaky, not failed). */
export function e2eFailures(suites: PlaywrightSuite[] | undefined, titles: string[] = []): string[] {
  return (suites ?? []).flatMap((suite) => {
    // The outermost suites are the spec files, already named by each spec's file.
    const here = suite.title.endsWith('.ts') ? titles : [...titles, suite.title];
    const own = (suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === 'unexpected'))
      .map((spec) => `${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}`);
    return [...own, ...e2eFailures(suite.suites, here)];
  });
}
