import { extractFacts } from '../../lib/extract';
import { buildCorpus } from '../support/extract-corpus';
import { collectNodeGarbage } from '../support/node-gc';
import { growthResult } from '../support/growth';
import { median, significant, valueAim } from '../support/stats';
import type { BenchSuite } from '../support/types';

/** Corpus sizes in UTF-8 bytes: a few MB in a full run, a small one for --quick. */
const CORPUS_BYTES = { full: 3_000_000, quick: 250_000 };
/**
 * Growth: 0.25, 1 and 4 MB corpora (1×, 4×, 16×), each timed after the warm-up above, in process
 * CPU time: wall-clock passes of the same corpus varied 5-fold on the loaded machine.
 */
const GROWTH_BYTES = { full: [250_000, 1_000_000, 4_000_000], quick: [250_000, 1_000_000] };
/** The aim for fact extraction, in absolute terms. */
const AIM_MB_PER_SECOND = 20;

interface Pass {
  ms: number;
  /** Facts (or regex matches) found: the same every run, and keeps the work from being optimised away. */
  found: number;
}

/** What the app does: one `extractFacts` call per message text. */
function extractPass(lines: readonly string[]): Pass {
  let found = 0;
  const start = performance.now();
  for (const line of lines) found += extractFacts(line).length;
  return { ms: performance.now() - start, found };
}

/** The baseline: one regex pass (`/\d{5,}/g`, an exec loop counting matches) over each line. */
function regexPass(lines: readonly string[]): Pass {
  const digits = /\d{5,}/g;
  let found = 0;
  const start = performance.now();
  for (const line of lines) {
    digits.lastIndex = 0;
    while (digits.exec(line)) found++;
  }
  return { ms: performance.now() - start, found };
}

/**
 * `extract-throughput.mb-per-second`: `extractFacts` over a mixed en/he/ru corpus, one call per
 * line (as the app calls it once per message), in MB/s of UTF-8 input, against one regex pass
 * over the same lines. The aim is absolute (≥ 20 MB/s); the ratio is for information.
 */
export const extractThroughput: BenchSuite = {
  id: 'extract-throughput',
  title: 'extractFacts MB/s over a mixed en/he/ru corpus, one call per message, vs one regex pass',
  async run({ quick, runs, log }) {
    const corpus = buildCorpus(quick ? CORPUS_BYTES.quick : CORPUS_BYTES.full);
    const mb = corpus.bytes / 1e6;
    const mbPerSecond = (pass: Pass) => mb / (pass.ms / 1000);
    // Warm-up (untimed) on the first tenth: enough for the JIT, and a full run stays short.
    const warmLines = corpus.lines.slice(0, Math.ceil(corpus.lines.length / 10));
    const warmExtract = extractPass(warmLines);
    const warmRegex = regexPass(warmLines);
    log(
      `corpus: ${corpus.lines.length} lines, ${mb.toFixed(2)} MB UTF-8 (from ${corpus.distinct.en} en, ` +
        `${corpus.distinct.he} he, ${corpus.distinct.ru} ru fixture lines, shuffled with a fixed seed)`,
    );
    log(
      `warm-up (first ${warmLines.length} lines): ${warmExtract.found} facts in ${Math.round(warmExtract.ms)} ms, ` +
        `${warmRegex.found} regex matches in ${Math.round(warmRegex.ms)} ms`,
    );
    const pairs: { extract: number; regex: number; ratio: number }[] = [];
    let found: { extract: number; regex: number } | null = null;
    for (let i = 0; i < runs; i++) {
      const extractFirst = i % 2 === 0;
      const timed = (side: 'extract' | 'regex') => {
        collectNodeGarbage();
        return side === 'extract' ? extractPass(corpus.lines) : regexPass(corpus.lines);
      };
      const first = timed(extractFirst ? 'extract' : 'regex');
      const second = timed(extractFirst ? 'regex' : 'extract');
      const [extract, regex] = extractFirst ? [first, second] : [second, first];
      // Deterministic work: every run finds exactly what the first one found.
      found ??= { extract: extract.found, regex: regex.found };
      if (extract.found !== found.extract || regex.found !== found.regex) {
        throw new Error(
          `run ${i + 1} found ${extract.found} facts / ${regex.found} matches, run 1 found ${found.extract} / ${found.regex}`,
        );
      }
      const pair = { extract: mbPerSecond(extract), regex: mbPerSecond(regex), ratio: 0 };
      pair.ratio = pair.extract / pair.regex;
      pairs.push(pair);
      log(
        `run ${i + 1}/${runs} (${extractFirst ? 'extract' : 'regex'} first): extractFacts ${pair.extract.toFixed(2)} MB/s` +
          ` (${Math.round(extract.ms)} ms), regex ${pair.regex.toFixed(1)} MB/s (${Math.round(regex.ms)} ms),` +
          ` ratio ${pair.ratio.toPrecision(3)} (${extract.found} facts, ${regex.found} matches)`,
      );
    }
    const points: { size: number; samples: number[] }[] = [];
    for (const bytes of quick ? GROWTH_BYTES.quick : GROWTH_BYTES.full) {
      const lines = buildCorpus(bytes).lines;
      const samples: number[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        collectNodeGarbage();
        const cpu = process.cpuUsage();
        extractPass(lines);
        const used = process.cpuUsage(cpu);
        samples.push((used.user + used.system) / 1000);
      }
      points.push({ size: bytes / 1e6, samples });
      log(`growth: ${(bytes / 1e6).toFixed(2)} MB in ${samples.map((ms) => Math.round(ms)).join(' / ')} ms of CPU`);
    }
    const value = significant(median(pairs.map((pair) => pair.extract)));
    return [
      {
        id: 'extract-throughput.mb-per-second',
        description:
          `extractFacts throughput in MB/s (10^6 UTF-8 bytes) over a ${mb.toFixed(2)} MB mixed en/he/ru corpus ` +
          `(${corpus.lines.length} chat lines from tests/fixtures/extract, shuffled with a fixed seed), called once per ` +
          'line as the app calls it once per message. The aim is absolute (>= 20 MB/s, set by the issue); ' +
          'ratio = extractFacts MB/s ÷ regex MB/s, median of per-run ratios, for information',
        value,
        unit: 'MB/s',
        baseline: 'one regex pass (/\\d{5,}/g exec loop counting matches) over the same lines, one line at a time',
        baselineValue: significant(median(pairs.map((pair) => pair.regex))),
        ratio: significant(median(pairs.map((pair) => pair.ratio))),
        ...valueAim(value, { atLeast: AIM_MB_PER_SECOND, unit: 'MB/s' }),
        runs: pairs.length,
      },
      growthResult({
        suite: 'extract-throughput',
        what: 'extractFacts, one call per line, process CPU time',
        unit: 'MB',
        points,
      }),
    ];
  },
};
