/**
 * `npm run bench`: runs the benchmarks of bench/suites/index.ts, writes bench/results.json and
 * prints a table. Every figure is compared with a baseline measured side by side in the same
 * run (medians of several runs); absolute values are for information only.
 *
 *   --quick        one run of each, smaller workloads (CI)
 *   --runs=N       N measured runs instead of each suite's default
 *   --only=a,b     only these suites (results.json then holds only their figures)
 *   --list         list the suites and exit
 *
 * Exits 1 when a benchmark fails to run (or returns a malformed result), 2 on bad arguments;
 * never because an aim is missed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUITES } from './suites/index';
import { BenchEnvironment } from './support/environment';
import { RESULTS_FILE } from './support/paths';
import { formatTable, problemsOf } from './support/report';
import type { BenchResult } from './support/types';

const USAGE = 'usage: npm run bench [-- --quick] [--runs=N] [--only=<suite>[,<suite>…]] [--list]';

function parseArgs(argv: string[]) {
  const options = { quick: false, list: false, runs: null as number | null, only: null as string[] | null };
  for (const arg of argv) {
    const [flag, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--quick' && value === undefined) options.quick = true;
    else if (flag === '--list' && value === undefined) options.list = true;
    else if (flag === '--runs' && value && /^[1-9]\d*$/.test(value)) options.runs = Number(value);
    else if (flag === '--only' && value) options.only = value.split(',').filter(Boolean);
    else throw new Error(`unknown or malformed argument: ${arg}`);
  }
  return options;
}

let options: ReturnType<typeof parseArgs>;
try {
  options = parseArgs(process.argv.slice(2));
  const unknown = options.only?.filter((id) => !SUITES.some((suite) => suite.id === id)) ?? [];
  if (unknown.length) throw new Error(`no suite ${unknown.join(', ')} (see --list)`);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

if (options.list) {
  for (const suite of SUITES) console.log(`${suite.id.padEnd(20)} ${suite.title}`);
  process.exit(0);
}

const selected = SUITES.filter((suite) => !options.only || options.only.includes(suite.id));
const environment = new BenchEnvironment();
const results: BenchResult[] = [];
const failures: string[] = [];
const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

try {
  for (const suite of selected) {
    const runs = options.quick ? 1 : (options.runs ?? suite.runs ?? 5);
    console.log(`▶ ${suite.id} (${runs} run${runs === 1 ? '' : 's'}${options.quick ? ', quick' : ''})`);
    const suiteStarted = performance.now();
    try {
      const figures = await suite.run(
        environment.context({ quick: options.quick, runs, log: (line) => console.log(`  ${line}`) }),
      );
      const problems = figures.flatMap((figure) => problemsOf(figure, suite.id).map((p) => `${figure.id}: ${p}`));
      if (figures.length === 0) problems.push('returned no figures');
      if (problems.length) throw new Error(`malformed results:\n    ${problems.join('\n    ')}`);
      results.push(...figures);
      console.log(`  done in ${seconds(suiteStarted)}`);
    } catch (error) {
      failures.push(suite.id);
      console.error(`✗ ${suite.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
} finally {
  await environment.close();
}

await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(results.length ? `\n${formatTable(results)}\n` : '\n(no results)\n');
for (const r of results) console.log(`${r.id}: ${r.description}.\n  baseline: ${r.baseline}.`);
console.log(
  `\nwrote ${path.relative(process.cwd(), RESULTS_FILE)}; ${selected.length - failures.length}/${selected.length} ` +
    `benchmarks ran in ${seconds(started)}${options.quick ? ' (quick)' : ''}`,
);
if (failures.length) {
  console.error(`failed to run: ${failures.join(', ')}`);
  process.exit(1);
}
