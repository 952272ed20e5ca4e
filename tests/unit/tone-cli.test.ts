import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../lib/drafts/tone/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tone-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
}

interface Output {
  verdict: string;
  findings: { kind: string; start: number; end: number; suggestion: string }[];
}

/** Each case starts Node with tsx; on a busy two-core machine that alone can take seconds. */
describe('tone CLI', { timeout: 30_000 }, () => {
  it('prints the verdict and the findings as JSON, offsets in UTF-16 code units', () => {
    const text = '😀 Ну спасибо!!! You idiot. אבקש החזר.';
    const file = join(dir, 'message.txt');
    writeFileSync(file, text, 'utf8');
    const result = run(file);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    expect(Object.keys(out)).toEqual(['verdict', 'findings']);
    expect(out.verdict).toBe('too-harsh');
    for (const f of out.findings) expect(Object.keys(f)).toEqual(['kind', 'start', 'end', 'suggestion']);
    expect(out.findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['sarcasm', 'Ну спасибо'],
      ['stacked-punctuation', '!!!'],
      ['insult', 'idiot'],
    ]);
  });

  it('prints a polite-and-firm verdict with no findings for a good draft', () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'Please refund order 4821 by 14 December 2026.\n', 'utf8');
    const result = run(file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ verdict: 'polite-and-firm', findings: [] });
  });

  it('exits 2 with a clear message on a missing file or a directory', () => {
    const missing = run(join(dir, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    const directory = run(dir);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toMatch(/cannot read .*: is a directory/);
  });

  it('exits 2 on invalid UTF-8, printing nothing on stdout', () => {
    const binary = join(dir, 'latin1.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x6c, 0x65, 0x61, 0x73, 0x65, 0xe9, 0xff, 0x0a]));
    const invalid = run(binary);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/latin1\.txt is not valid UTF-8/);
    expect(invalid.stdout).toBe('');
  });

  it('exits 2 with the usage line without a file', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run tone -- FILE/);
  });
});
