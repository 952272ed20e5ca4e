import { stampFormatter } from '../i18n/format';
import type { CaseBundle } from './case-bundle';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A minimal report.html until the printable report lands: title, transcript and facts, every
 * value escaped, no scripts, no outside resources, and a CSP that would block them anyway.
 */
export function renderFallbackReport(bundle: CaseBundle, options: { timeZone: string } = { timeZone: 'UTC' }): string {
  const stamp = stampFormatter(options.timeZone);
  const e = escapeHtml;
  const messages = bundle.messages
    .filter((m) => m.hiddenAt === null)
    .map(
      (m) =>
        `<tr><td>${e(stamp(m.firstSeenAt))}</td><td dir="auto">${e(m.authorName ?? '')} (${e(m.role)})</td><td dir="auto" class="text">${e(m.text)}</td></tr>`,
    )
    .join('\n');
  const facts = bundle.facts
    .filter((f) => f.status !== 'rejected')
    .map((f) => `<li>${e(f.kind)}: <bdi>${e(f.value)}</bdi> (${e(f.status)})</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${e(bundle.record.title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em}td{vertical-align:top;padding:2px 8px}.text{white-space:pre-wrap}</style>
</head>
<body>
<h1 dir="auto">${e(bundle.record.title)}</h1>
<p>Company: <bdi>${e(bundle.record.company)}</bdi>. Case id: ${e(bundle.record.id)}.</p>
<p>Event log: ${bundle.events.length} events, root SHA-256 <code>${e(bundle.chain.rootHash ?? '(none)')}</code>.</p>
<h2>Facts</h2>
<ul>
${facts}
</ul>
<h2>Transcript</h2>
<p>Times are when Paper Trail first saw each message, in ${e(options.timeZone)}.</p>
<table>
${messages}
</table>
</body>
</html>
`;
}
