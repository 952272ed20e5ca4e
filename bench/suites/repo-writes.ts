import { median, type BenchSuite } from '../support/types';

interface Sample {
  events: number;
  repoMs: number;
  rawMs: number;
}

/**
 * Events written per second through the repositories (validation, hash chain, unique-key check,
 * one transaction per 50-message batch) against raw IndexedDB puts of the same records.
 */
export const repoWrites: BenchSuite = {
  id: 'repo-writes',
  async run({ quick, browserPage }) {
    const page = await browserPage('repo-writes');
    const runs = quick ? 1 : 5;
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(
        await page.evaluate(
          ([batches, size]) =>
            (globalThis as unknown as { benchRepoWrites: (b: number, s: number) => Promise<Sample> }).benchRepoWrites(
              batches,
              size,
            ),
          [quick ? 10 : 40, 50] as const,
        ),
      );
    }
    await page.close();
    const repoRate = median(samples.map((s) => (s.events / s.repoMs) * 1000));
    const rawRate = median(samples.map((s) => (s.events / s.rawMs) * 1000));
    const overhead = median(samples.map((s) => s.repoMs / s.rawMs));
    return [
      {
        id: 'repo-writes.events-per-second',
        description:
          'Chat messages recorded through the repositories (each a validated record + a hash-chained event), per second',
        value: Math.round(repoRate),
        unit: 'events/s',
        baseline: 'raw IndexedDB puts of the same message and event records, same batches',
        baselineValue: Math.round(rawRate),
        ratio: Number((repoRate / rawRate).toFixed(3)),
        target: null,
        meetsTarget: null,
        runs,
      },
      {
        id: 'repo-writes.time-overhead',
        description: 'Time to record a batch through the repositories, as a multiple of raw puts of the same records',
        value: Number(overhead.toFixed(2)),
        unit: '×',
        baseline: 'raw IndexedDB puts (1×)',
        baselineValue: 1,
        ratio: Number(overhead.toFixed(2)),
        target: null,
        meetsTarget: null,
        runs,
      },
    ];
  },
};
