/**
 * Prints the tone check of a UTF-8 text file as JSON: npm run tone -- FILE
 * {verdict, findings: [{kind, start, end, suggestion}]}, offsets in UTF-16 code units.
 * Exit code 2 for a missing or unreadable file or one that is not valid UTF-8.
 */
import { readFileSync } from 'node:fs';
import { checkTone } from './check-tone';

function main(args: readonly string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: npm run tone -- FILE\n');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    process.stderr.write(`tone: cannot read ${file}: ${why}\n`);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(`tone: ${file} is not valid UTF-8\n`);
    return 2;
  }
  const { verdict, findings } = checkTone(text);
  const out = {
    verdict,
    findings: findings.map(({ kind, start, end, suggestion }) => ({ kind, start, end, suggestion })),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
