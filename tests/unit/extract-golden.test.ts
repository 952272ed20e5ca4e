import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractOptions } from '@/lib/extract';

/**
 * Golden output of `extractFacts`: the exact JSON it returns for every line of the labelled and
 * held-out corpora (tests/fixtures/extract/{en,he,ru,holdout}.jsonl), for the same lines joined into
 * multi-line texts, and for a few option variants. It guards speed work on lib/extract against any
 * change of output, byte for byte. After a deliberate, explained change of output, regenerate with
 * `UPDATE_EXTRACT_GOLDEN=1 npx vitest run tests/unit/extract-golden.test.ts` and review the diff.
 */
interface Case {
  text: string;
  options?: ExtractOptions;
}

interface GoldenRow extends Case {
  facts: string;
}

const FIXTURES = new URL('../fixtures/extract/', import.meta.url);
const GOLDEN = new URL('golden.jsonl', FIXTURES);
const HOSTILE = new URL('../hostile/', FIXTURES);
const CORPORA = ['en', 'he', 'ru', 'holdout'] as const;

function corpusTexts(name: string): string[] {
  return readFileSync(new URL(`${name}.jsonl`, FIXTURES), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** tests/fixtures/hostile, when it exists: every file, whole and line by line. */
function hostileTexts(): string[] {
  if (!existsSync(HOSTILE)) return [];
  return readdirSync(HOSTILE)
    .sort()
    .flatMap((name) => {
      const text = readFileSync(new URL(name, HOSTILE), 'utf8');
      return [text, ...text.split('\n').filter((line) => line.trim() !== '')];
    });
}

function cases(): Case[] {
  const lines = CORPORA.flatMap(corpusTexts);
  const out: Case[] = lines.map((text) => ({ text }));
  // Several messages in one text: sentences, lines and facts that meet across message boundaries.
  for (let i = 0; i < lines.length; i += 5) out.push({ text: lines.slice(i, i + 5).join('\n') });
  for (let i = 2; i < lines.length; i += 7) out.push({ text: lines.slice(i, i + 3).join(' ') });
  // Options that change dates and deadlines.
  const options: ExtractOptions[] = [{ locale: 'en-US' }, { dateOrder: 'mdy', referenceDate: '2026-01-10' }];
  for (const option of options) {
    for (const text of lines) if (/\d/.test(text)) out.push({ text, options: option });
  }
  for (const text of hostileTexts()) out.push({ text });
  return out;
}

const run = ({ text, options }: Case): string => JSON.stringify(extractFacts(text, options));

describe('extractFacts golden output', () => {
  const all = cases();

  if (process.env.UPDATE_EXTRACT_GOLDEN) {
    it('is regenerated', () => {
      const rows = all.map((c): GoldenRow => ({ ...c, facts: run(c) }));
      writeFileSync(GOLDEN, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    });
    return;
  }

  const golden = readFileSync(GOLDEN, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenRow);

  it('covers every corpus line and variant', () => {
    expect(golden.map(({ text, options }) => ({ text, options }))).toEqual(all);
  });

  it('matches byte for byte', () => {
    const diffs: string[] = [];
    for (const row of golden) {
      const actual = run(row);
      if (actual !== row.facts) {
        diffs.push(
          `${JSON.stringify(row.text)} ${JSON.stringify(row.options ?? {})}\n  was ${row.facts}\n  now ${actual}`,
        );
      }
    }
    expect(diffs.join('\n\n')).toBe('');
  });
});
