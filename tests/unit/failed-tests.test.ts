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

  it('names no unit test when none failed, and copes with a report without results', () => {
    expect(unitFailures({ numPassedTests: 3, numFailedTests: 0 }, '/repo')).toEqual([]);
  });

  it('names e2e specs that failed in the end, with nested describe titles, not flaky or passed ones', () => {
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
          },
        ],
      },
      {
        title: 'pill.spec.ts',
        specs: [{ title: 'the pill shows', file: 'pill.spec.ts', line: 5, tests: [{ status: 'unexpected' }] }],
      },
    ];
    expect(e2eFailures(suites)).toEqual([
      'quota.spec.ts:155 › a real full disk › capture warns',
      'pill.spec.ts:5 › the pill shows',
    ]);
  });
});
