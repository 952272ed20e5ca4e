import type { RedactionKind } from './kinds';
import type { RedactionSummary } from './redaction-format';

const KIND_WORDS: Record<RedactionKind, string> = {
  card: 'card numbers',
  'national-id': 'ID numbers',
  phone: 'phone numbers',
  email: 'e-mail addresses',
  address: 'street addresses',
  selected: 'text chosen by the user',
};

const REASON_WORDS = {
  'page-archive': 'page archive (MHTML: cannot be redacted reliably)',
  'not-redactable': 'attached file that is neither text nor a picture (cannot be redacted reliably)',
  chosen: 'screenshot left out by the user',
} as const;

/** README.txt's statement of what a redacted copy removed, and what its digests then mean. */
export function redactionReadme(summary: RedactionSummary): string {
  const kinds = summary.kinds.map((kind) => `  - ${KIND_WORDS[kind]}: ${summary.counts[kind] ?? 0} removed`).join('\n');
  const excluded = summary.excludedEvidence.length
    ? summary.excludedEvidence.map((e) => `  - ${e.itemId}: ${REASON_WORDS[e.reason]}`).join('\n')
    : '  (none)';
  const header = [
    summary.caseTitle ? '  - the case title' : null,
    summary.company ? "  - the company's name" : null,
  ].filter((line) => line !== null);
  return `THIS IS A REDACTED COPY
-----------------------
Before export, the user removed from this copy (each passage is replaced by a marker such as
"[card number removed]"; ${summary.spans} passages in all):
${kinds}${header.length ? `\n${header.join('\n')}` : ''}

Left out of this copy:
${excluded}

Evidence files changed by the redaction (text removed, regions blacked out): ${summary.changedEvidence.length}.
The case as recorded in Paper Trail was not changed.

What the digests mean in a redacted copy: SHA256SUMS and manifest.json give the SHA-256 of the
redacted files as they are in this archive, so "sha256sum -c SHA256SUMS" checks that nothing was
changed after the redacted copy was made. Redacted text no longer matches the original's digests.
events.json is the original's event chain with the same removals: its root hash (above) is the
original's, every event still links to the one before, and every event not listed in
manifest.json "redaction.events" (${summary.events.length} redacted) still matches its own hash. The
redacted events, and the evidence files listed in "redaction.changedEvidence", can no longer be
checked against the log: only against this copy's own digests. The user can show the original.
`;
}
