/**
 * Checks a case dossier: npm run verify-dossier -- FILE.zip
 * Exit 0: intact (a summary is printed). 1: problems, one per line. 2: the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { verifyDossier } from './verify';

/** A dossier's text could hold terminal escape sequences or bidi controls: shown, never obeyed. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what we neutralise
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

function main(args: readonly string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: npm run verify-dossier -- FILE.zip\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    process.stderr.write(`verify-dossier: cannot read ${file}: ${why}\n`);
    return 2;
  }
  const { ok, problems, summary } = verifyDossier(bytes);
  if (problems.some((p) => p.kind === 'unreadable')) {
    for (const p of problems) process.stderr.write(`verify-dossier: ${file}: ${printable(p.detail)}\n`);
    return 2;
  }
  if (!ok) {
    process.stdout.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
    for (const p of problems) process.stdout.write(`${p.kind}: ${printable(p.detail)}\n`);
    return 1;
  }
  const { redaction } = summary;
  const lines = [
    `${file}: intact${redaction ? ' (redacted copy)' : ''}`,
    `case:        ${summary.caseTitle ?? '?'} (${summary.caseId ?? '?'})`,
    `exported at: ${summary.exportedAt ?? '?'}`,
    `files:       ${summary.files}, every SHA-256 matches SHA256SUMS and manifest.json`,
    `evidence:    ${summary.evidence} files; ${summary.evidence - summary.evidenceFromOtherCases} match the digest this log recorded when they were saved`,
    `event log:   ${summary.events} events, hash chain recomputed, root SHA-256 ${summary.rootHash ?? '(none)'}`,
  ];
  if (summary.evidenceFromOtherCases > 0) {
    lines.push(
      `note:        ${summary.evidenceFromOtherCases} evidence files were moved here from another case; their digests were logged in that case's log, which this dossier does not include`,
    );
  }
  if (redaction) {
    lines.push(
      `redacted:    a redacted copy: ${redaction.spans} passages removed (${redaction.kinds.join(', ')}), ${redaction.excludedEvidence.length} evidence files left out`,
      `             ${redaction.events.length} redacted events and ${redaction.changedEvidence.length} redacted evidence files were checked against this copy's own digests only, not against the log; chat messages in case.json were compared with the log's equally redacted copies`,
    );
  }
  lines.push(
    'This shows the files match each other and this root hash. It shows the evidence existed by a given time only if a witness line with a root hash of this log was sent to someone else.',
  );
  process.stdout.write(`${lines.map(printable).join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
