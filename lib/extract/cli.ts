/**
 * Prints the facts of a UTF-8 text file as JSON lines: npm run extract -- FILE
 * Offsets are UTF-16 code units, as JavaScript string indices.
 */
import { readFileSync } from 'node:fs';
import { extractFacts } from './extract';

function main(args: readonly string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: npm run extract -- FILE\n');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    process.stderr.write(`extract: cannot read ${file}: ${why}\n`);
    return 1;
  }
  const lines = extractFacts(text).map(({ kind, value, confidence, start, end }) =>
    JSON.stringify({ kind, value, confidence, start, end }),
  );
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
