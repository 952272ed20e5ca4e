import type { ExtDataApi } from '../browser/ext-data';
import { launchBenchExtension } from '../support/bench-extension';
import { growthResult } from '../support/growth';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchSuite } from '../support/types';

/** Messages in each case: 100 cases of 20 messages is 2,000 messages to search through. */
const PER_CASE = 20;
/**
 * Growth: 25 / 100 / 400 cases (1×, 4×, 16×; the headline is 4×); --quick the first two. A base
 * of 100 meant seeding 1,600 cases (105 s on the loaded machine), too long for the full run.
 */
const CASES = { full: [25, 100, 400], quick: [25, 100] };
const HEADLINE_CASES = 100;
/** A word none of the seeded lines contains: the search must read every message to find it. */
const NEEDLE = 'quokkaparcel';

/**
 * `case-search.*`: what the case list's search box runs (`searchCases`, lib/db/repos/search.ts)
 * over 100 cases of 20 messages, for a word only the last message of one case holds (so every
 * case and message is read), against a plain in-memory filter over the same records; and how it
 * grows with 25 / 100 / 400 cases. Runs in an extension page of the built extension.
 */
export const caseSearch: BenchSuite = {
  id: 'case-search',
  title: 'Case search over 100 cases vs a plain in-memory filter; growth from 25 to 400 cases',
  async run({ quick, runs, log, launchExtension }) {
    const session = await launchBenchExtension(launchExtension, ['ext-data']);
    try {
      const data = await session.openBenchPage<ExtDataApi>('ext-data');
      const sizes = quick ? CASES.quick : CASES.full;
      const points: { size: number; samples: number[] }[] = [];
      let headline: { repo: number; plain: number; ratio: number }[] = [];
      for (const cases of sizes) {
        const seedStart = performance.now();
        const { name, messages } = await data.call('seedSearch', cases, PER_CASE, NEEDLE);
        log(`${cases} cases, ${messages} messages seeded in ${Math.round(performance.now() - seedStart)} ms`);
        // Warm-up (untimed): both sides once; each must find exactly the one case.
        const warm = [await data.call('searchRepository', name, NEEDLE), await data.call('searchPlain', name, NEEDLE)];
        if (warm.some((w) => w.found !== 1))
          throw new Error(`search found ${warm.map((w) => w.found).join('/')} cases, expected 1`);
        const pairs: { repo: number; plain: number; ratio: number }[] = [];
        const count = cases === HEADLINE_CASES ? runs : Math.min(runs, 3);
        for (let i = 0; i < count; i++) {
          const repoFirst = i % 2 === 0;
          const first = await data.call(repoFirst ? 'searchRepository' : 'searchPlain', name, NEEDLE);
          const second = await data.call(repoFirst ? 'searchPlain' : 'searchRepository', name, NEEDLE);
          const [repo, plain] = repoFirst ? [first.ms, second.ms] : [second.ms, first.ms];
          pairs.push({ repo, plain, ratio: repo / plain });
        }
        log(
          `${cases} cases: searchCases ${pairs.map((p) => p.repo.toFixed(1)).join(' / ')} ms, plain filter ` +
            `${pairs.map((p) => p.plain.toFixed(2)).join(' / ')} ms`,
        );
        points.push({ size: cases, samples: pairs.map((p) => p.repo) });
        if (cases === HEADLINE_CASES) headline = pairs;
        await data.call('drop', name);
      }
      const ratio = significant(median(headline.map((p) => p.ratio)));
      return [
        {
          id: 'case-search.search-100-cases',
          description:
            `searchCases (the case list's search) over ${HEADLINE_CASES} cases of ${PER_CASE} messages for a word only one ` +
            "case's last message holds: reads the cases, facts and messages from IndexedDB and normalises each text. " +
            'Ratio = searchCases ÷ plain filter, median of per-run ratios',
          value: significant(median(headline.map((p) => p.repo))),
          unit: 'ms',
          baseline:
            'a plain lower-case includes() filter over the same case, fact and message records already in memory',
          baselineValue: significant(median(headline.map((p) => p.plain))),
          ratio,
          ...ratioAim(ratio, null),
          runs: headline.length,
        },
        growthResult({ suite: 'case-search', what: `searchCases, ${PER_CASE} messages a case`, unit: 'cases', points }),
      ];
    } finally {
      await session.close();
    }
  },
};
