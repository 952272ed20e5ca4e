import type { RepoWritesApi, Sample } from '../browser/repo-writes';
import { growthResult } from '../support/growth';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchSuite } from '../support/types';

/** Batches of 50, as a busy widget's history arrives; the quick run writes fewer of them. */
const BATCH_SIZE = 50;
const BATCHES = { full: 30, quick: 10 };
/**
 * Growth: 250, 1,000 and 4,000 messages (1×, 4×, 16×; --quick the first two), one sample each:
 * 8,000 took 44 s on the loaded 2-core machine, too long for a 10-minute full run.
 */
const GROWTH_BATCHES = { full: [5, 20, 80], quick: [5, 20] };

const perSecond = (sample: Sample) => (sample.events / sample.ms) * 1000;

/**
 * `repo-writes.events-per-second`: messages recorded through `recordMessages` (each one a
 * validated record plus a SHA-256-chained `message.recorded` event) against raw IndexedDB puts
 * of the same records. Ratio = repository events/s ÷ raw events/s, the median of the per-run
 * ratios (each run measures both sides back to back, alternating which goes first).
 */
export const repoWrites: BenchSuite = {
  id: 'repo-writes',
  title: 'Events recorded per second through the repositories vs raw IndexedDB puts of the same records',
  async run({ quick, runs, log, openPage }) {
    const batches = quick ? BATCHES.quick : BATCHES.full;
    const page = await openPage<RepoWritesApi>('repo-writes');
    const pairs: { repo: number; raw: number; ratio: number }[] = [];
    const points: { size: number; samples: number[] }[] = [];
    try {
      const warmUp = await page.call('prepare', batches, BATCH_SIZE);
      log(`warm-up: ${warmUp.events} messages in ${batches} batches of ${BATCH_SIZE}, hash chain verified`);
      for (let i = 0; i < runs; i++) {
        const repoFirst = i % 2 === 0;
        const first = await page.call(repoFirst ? 'repository' : 'raw');
        const second = await page.call(repoFirst ? 'raw' : 'repository');
        const [repo, raw] = repoFirst ? [first, second] : [second, first];
        const pair = { repo: perSecond(repo), raw: perSecond(raw), ratio: perSecond(repo) / perSecond(raw) };
        pairs.push(pair);
        log(
          `run ${i + 1}/${runs} (${repoFirst ? 'repository' : 'raw'} first): repository ${Math.round(pair.repo)} events/s` +
            ` (${Math.round(repo.ms)} ms), raw ${Math.round(pair.raw)} events/s (${Math.round(raw.ms)} ms), ratio ${pair.ratio.toFixed(3)}`,
        );
      }
      for (const count of quick ? GROWTH_BATCHES.quick : GROWTH_BATCHES.full) {
        const sample = await page.call('repositoryAt', count, BATCH_SIZE);
        points.push({ size: sample.events, samples: [sample.ms] });
        log(
          `growth: ${sample.events} messages in ${Math.round(sample.ms)} ms (${Math.round(perSecond(sample))} events/s)`,
        );
      }
    } finally {
      await page.close();
    }
    const ratio = significant(median(pairs.map((pair) => pair.ratio)));
    return [
      {
        id: 'repo-writes.events-per-second',
        description:
          `Chat messages recorded through recordMessages in batches of ${BATCH_SIZE} into one case, per second; ` +
          'each is a Zod-validated record, a re-render check and a SHA-256-chained message.recorded event. ' +
          'Ratio = repository ÷ raw throughput, median of per-run ratios (1 = no overhead; overhead factor = 1/ratio)',
        value: Math.round(median(pairs.map((pair) => pair.repo))),
        unit: 'events/s',
        baseline:
          'raw IndexedDB puts of the same message and event records (same schema, same batches, no validation or hashing)',
        baselineValue: Math.round(median(pairs.map((pair) => pair.raw))),
        ratio,
        // No aim yet: the performance issue will set one (e.g. `ratioAim(ratio, { atLeast: 0.25 })`).
        ...ratioAim(ratio, null),
        runs: pairs.length,
      },
      growthResult({
        suite: 'repo-writes',
        what: `recordMessages in batches of ${BATCH_SIZE} into one case, from an empty database`,
        unit: 'messages',
        points,
      }),
    ];
  },
};
