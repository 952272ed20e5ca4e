import { seededRandom } from './seeded-random';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** The labelled chat lines of the extraction tests, one language per file. */
export const CORPUS_LANGS = ['en', 'he', 'ru'] as const;
const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'extract');

export interface Corpus {
  /** One chat message per entry, as the app hands them to `extractFacts`. */
  lines: string[];
  /** UTF-8 bytes of all lines together (what MB/s is counted in; 1 MB = 10^6 bytes). */
  bytes: number;
  /** Distinct lines the corpus repeats, per language. */
  distinct: Record<(typeof CORPUS_LANGS)[number], number>;
}

/** The `text` of every line of tests/fixtures/extract/<lang>.jsonl (`{"text": …, "facts": […]}`). */
export function fixtureTexts(lang: (typeof CORPUS_LANGS)[number]): string[] {
  const file = path.join(FIXTURES_DIR, `${lang}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string') throw new Error(`${path.relative(REPO_ROOT, file)}:${i + 1} has no "text"`);
      return text;
    });
}

/**
 * A mixed English/Hebrew/Russian corpus of at least `targetBytes` UTF-8 bytes: the fixture
 * lines of all three languages, shuffled deterministically (a fixed seed), over and over.
 */
export function buildCorpus(targetBytes: number, seed = 0x9e3779b9): Corpus {
  const byLang = Object.fromEntries(CORPUS_LANGS.map((lang) => [lang, fixtureTexts(lang)])) as Record<
    (typeof CORPUS_LANGS)[number],
    string[]
  >;
  const pool = CORPUS_LANGS.flatMap((lang) => byLang[lang]);
  const next = seededRandom(seed);
  const lines: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const round = [...pool];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    for (const line of round) {
      lines.push(line);
      bytes += Buffer.byteLength(line, 'utf8');
      if (bytes >= targetBytes) break;
    }
  }
  return {
    lines,
    bytes,
    distinct: { en: byLang.en.length, he: byLang.he.length, ru: byLang.ru.length },
  };
}
