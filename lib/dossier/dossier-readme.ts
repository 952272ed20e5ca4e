import type { RedactionSummary } from './redact/redaction-format';
import { redactionReadme } from './redact/redaction-readme';

/** README.txt of a case dossier: what each file is, how to check it, and what that proves. */
export function dossierReadme(info: {
  caseId: string;
  exportedAt: string;
  timeZone: string;
  rootHash: string | null;
  eventCount: number;
  redaction?: RedactionSummary | undefined;
}): string {
  return `Paper Trail case dossier${info.redaction ? ' (REDACTED COPY)' : ''}
========================${info.redaction ? '================' : ''}
${info.redaction ? `\n${redactionReadme(info.redaction)}` : ''}
Case id:       ${info.caseId}
Exported at:   ${info.exportedAt} (UTC, by the exporting computer's clock)
Times shown:   ${info.timeZone}
Event log:     ${info.eventCount} events, root SHA-256 ${info.rootHash ?? '(none)'}

What each file is
-----------------
report.html      The case as a readable report. Open it in any web browser; it runs no scripts.
case.json        The case's data (versioned JSON): the case, chat messages, facts, evidence
                 details (each with the path of its file here), drafts and reminders. Hidden items
                 and rejected facts are included and marked as such.
events.json      The case's append-only event log. Each event carries the SHA-256 hash of its
                 content and of the event before it, so the whole chain can be recomputed.
transcript.txt   The chat, one message per line, with the time Paper Trail first saw each message.
transcript.csv   The same chat as a table for spreadsheets (UTF-8, RFC 4180). A cell that would
                 start with = + - @ or a tab is written with a leading apostrophe, so a spreadsheet
                 shows it as text instead of running it.
screenshots/     Screenshots of the pages, as captured.
pages/           Whole-page archives (MHTML). Open them with Chromium or Chrome.
attachments/     Files the user added, call logs (JSON), and pasted e-mails or texts.
manifest.json    Every file above with its size, SHA-256 digest, kind and the evidence item it
                 holds, and the event log's root hash and event count.
SHA256SUMS       The SHA-256 digest of every other file, manifest.json included.
README.txt       This file.

Times: "first seen" is when Paper Trail on the user's computer first saw a message, not
necessarily when the company sent it; the chat's own time text is kept beside it, verbatim.

How to check the files
----------------------
Unzip the archive, then in the unzipped folder run:

    sha256sum -c SHA256SUMS

Every line must end in "OK". (macOS: shasum -a 256 -c SHA256SUMS. Windows PowerShell:
Get-FileHash -Algorithm SHA256 FILE, and compare with the line for that file.) A file that
is in the folder but not in SHA256SUMS was added after the export.

With Paper Trail (workspace, "Verify a dossier") or from its source code
(npm run verify-dossier -- FILE.zip), the whole check is done for you: every digest, the
manifest, every event's hash and link, the root hash, and that each evidence file's digest is
the one the event log recorded when the file was saved.

What this proves, and what it does not
--------------------------------------
If every check passes, the files match each other and the root hash above: no file, event or
piece of evidence was changed, removed or added after the log reached that root hash without
it showing.

It does NOT prove when anything happened, or that the log was not rebuilt from scratch before
the export: the data was kept on the user's own computer, and its times come from that
computer's clock. It shows that the evidence existed by a given time only if the user sent a
"witness line" holding a root hash of this log to someone else (an e-mail to themselves or to the
company keeps a dated copy) and this log passes through that root hash. Ask the user for any
witness lines: a line saying "N events · root SHA-256 X" matches this log when the event in
events.json whose "seq" is N - 1 has the "hash" X.

case.json mirrors the latest state of each item; the event log (events.json) is the record.
`;
}
