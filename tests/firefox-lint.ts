/**
 * `web-ext lint` on the Firefox build, through the linter it runs (addons-linter): no error, no
 * notice, and no warning except the ones listed here, each a known false alarm with its reason.
 * Usage: tsx tests/firefox-lint.ts [dir] — exits 1 with each unexpected message.
 */
import { spawnSync } from 'node:child_process';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Warnings accepted, by code and the file they are in (bundled third-party code). */
const ACCEPTED: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/.+\.js$/,
    why: "React DOM's innerHTML paths: dangerouslySetInnerHTML (never used: lint forbids it) and a fixed '<script></script>' string",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^(background\.js|chunks\/.+\.js)$/,
    why: "Zod's capability probe `Function('')`, never reached: lib/schemas/common.ts sets jitless, and the CSP forbids eval",
  },
];

const dir = process.argv[2] ?? '.output/firefox-mv3';
const result = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report: LintReport;
try {
  report = JSON.parse(result.stdout) as LintReport;
} catch {
  console.error(`addons-linter gave no report for ${dir}:\n${result.stderr}`);
  process.exit(1);
}
const unexpected = [
  ...report.errors,
  ...report.notices,
  ...report.warnings.filter((w) => !ACCEPTED.some((a) => a.code === w.code && a.file.test(w.file ?? ''))),
];
const accepted = report.warnings.length - (unexpected.length - report.errors.length - report.notices.length);
for (const m of unexpected) console.error(`${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `Firefox lint: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${accepted} known, listed in tests/firefox-lint.ts)`,
);
process.exit(unexpected.length === 0 ? 0 : 1);
