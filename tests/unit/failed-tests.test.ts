import { describe, expect, it } from 'vitest';
import { e2eFailures, unitFailures, type PlaywrightSuite, type VitestReport } from '../failed-tests';

describe('the failed tests named under the summary of npm test', () => {
  it('names each failed unit test with its file and the head of its message', () => {
    const report: VitestReport = {
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: '/repo/tests/fuzz/guard.fuzz.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'guard passes', status: 'passed', failureMessages: [] },
            {
              fullName: 'guard never throws',
              status: 'failed',
              failureMessages: [
                'Property failed after 7 tests\n{ seed: 42, path: "6:0" }\nCounterexample: ["x"]\nShrunk 2 time(s)\nGot error: boom\n    at stack',
              ],
            },
          ],
        },
      ],
    };
    expect(unitFailures(report, '/repo')).toEqual([
      'tests/fuzz/guard.fuzz.test.ts › guard never throws: Property failed after 7 tests\n' +
        '      { seed: 42, path: "6:0" }\n' +
        '      Counterexample: ["x"]\n' +
        '      Shrunk 2 time(s)',
    ]);
  });

  it('names a unit file that failed as a whole (it did not load), and nothing when all passed', () => {
    const report: VitestReport = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { name: '/repo/tests/unit/a.test.ts', status: 'passed', message: '', assertionResults: [] },
        {
          name: '/repo/tests/unit/b.test.ts',
          status: 'failed',
          message: 'Failed to load url ./missing (resolved id: ./missing) in /repo/tests/unit/b.test.ts',
          assertionResults: [],
        },
      ],
    };
    expect(unitFailures(report, '/repo')).toEqual([
      'tests/unit/b.test.ts: Failed to load url ./missing (resolved id: ./missing) in /repo/tests/unit/b.test.ts',
    ]);
    expect(unitFailures({ numPassedTests: 3, numFailedTests: 0 }, '/repo')).toEqual([]);
  });

  it('names e2e specs that failed in the end, with the describes around them, then errors outside tests', () => {
    const suites: PlaywrightSuite[] = [
      {
        title: 'quota.spec.ts',
        specs: [{ title: 'top level', file: 'quota.spec.ts', line: 3, tests: [{ status: 'expected' }] }],
        suites: [
          {
            title: 'a real full disk',
            specs: [
              { title: 'capture warns', file: 'quota.spec.ts', line: 155, tests: [{ status: 'unexpected' }] },
              { title: 'iframe clears', file: 'quota.spec.ts', line: 246, tests: [{ status: 'flaky' }] },
            ],
            suites: [
              {
                title: 'in a frame.ts',
                specs: [{ title: 'deep', file: 'quota.spec.ts', line: 300, tests: [{ status: 'unexpected' }] }],
              },
            ],
          },
        ],
      },
      {
        title: 'pill.spec.ts',
        specs: [{ title: 'the pill shows', file: 'pill.spec.ts', line: 5, tests: [{ status: 'unexpected' }] }],
      },
    ];
    expect(e2eFailures({ suites, errors: [{ message: 'Error: globalSetup failed\n    at x' }] })).toEqual([
      'quota.spec.ts:155 › a real full disk › capture warns',
      'quota.spec.ts:300 › a real full disk › in a frame.ts › deep',
      'pill.spec.ts:5 › the pill shows',
      'outside any test: Error: globalSetup failed\n          at x',
    ]);
  });
});
