/**
 * `npm run bench` (`-- --quick` runs each benchmark once): every figure is a ratio against a
 * baseline measured side by side in the same run; absolute values are for information only.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from './support/browser-host';
import type { BenchResult, BenchSuite } from './support/types';
import { repoWrites } from './suites/repo-writes';

const SUITES: BenchSuite[] = [repoWrites];

const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const host = await startBrowserHost();
const results: BenchResult[] = [];
let failed = false;
const started = Date.now();
try {
  for (const suite of SUITES.filter((s) => !only || s.id === only)) {
    process.stdout.write(`▶ ${suite.id}${quick ? ' (quick)' : ''}\n`);
    try {
      results.push(...(await suite.run({ quick, browserPage: host.page })));
    } catch (error) {
      failed = true;
      console.error(`✗ ${suite.id}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
} finally {
  await host.close();
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
await writeFile(out, JSON.stringify(results, null, 2) + '\n');
const rows = results.map((r) => [
  r.id,
  `${r.value} ${r.unit}`,
  `${r.baselineValue}`,
  `${r.ratio}`,
  r.target ?? '—',
  r.meetsTarget === null ? '—' : r.meetsTarget ? 'yes' : 'NO',
  String(r.runs),
]);
const header = ['figure', 'value', 'baseline', 'ratio', 'aim', 'met', 'runs'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
console.log(`\nwrote ${path.relative(process.cwd(), out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
