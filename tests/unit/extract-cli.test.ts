import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../lib/extract/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
}

describe('extract CLI', () => {
  it('prints one JSON line per fact, with UTF-16 offsets', () => {
    const text = '😀 Order #A-48213 — שמי דנה\nRefund of ₪149.90 within 5 business days, we will.\n';
    const file = join(dir, 'chat.txt');
    writeFileSync(file, text, 'utf8');
    const result = run(file);
    expect(result.status).toBe(0);
    const facts = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; value: string; start: number; end: number });
    for (const f of facts) expect(Object.keys(f)).toEqual(['kind', 'value', 'confidence', 'start', 'end']);
    expect(facts.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['order-number', 'A-48213'],
      ['rep-name', 'דנה'],
      ['amount', '₪149.90'],
      ['promise', 'within 5 business days, we will'],
    ]);
  });

  it('prints nothing for a file without facts', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '', 'utf8');
    const result = run(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('exits 1 with a clear message on a missing or unreadable file', () => {
    const missing = run(join(dir, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    const directory = run(dir);
    expect(directory.status).toBe(1);
    expect(directory.stderr).toMatch(/cannot read .*: is a directory/);
    const none = run();
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/usage/);
  });
});
