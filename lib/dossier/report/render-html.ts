/**
 * report.html: one self-contained, inert document. Every value from the case is escaped and
 * isolated in <bdi> (a page's bidi controls reorder only themselves); there is no script, no
 * event handler, no link and no external address; a CSP meta tag refuses everything but inline
 * style and images from data: or the report's own folder (`'self'`, which Chromium matches for
 * file:// — e2e/dossier-print.spec.ts opens an unzipped copy to check). Screenshots are linked
 * by their relative path in the archive, so the HTML stays small.
 */
import type { CaseBundle } from '../case-bundle';
import { escapeHtml } from './escape-html';
import type { PaperSize } from './paper';
import {
  deadlineKind,
  deadlineStatus,
  factSource,
  integrityVerdict,
  messageNotes,
  omittedNote,
  promiseDue,
  sectionTitle,
  timelineWhat,
} from './phrases';
import { reportCss } from './report-css';
import { reportText, type ReportText } from './report-text';
import { buildDossierView, type DossierSection, type DossierView, type DossierViewOptions } from './view-model';

export const REPORT_CSP =
  "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface RenderReportOptions extends DossierViewOptions {
  paper?: PaperSize;
  /** A line at the top in our own words (a redacted copy says so); escaped like any other. */
  notice?: string;
}

/** A value from the case: escaped and isolated. */
const v = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
/** Hashes, ids, paths: left-to-right islands. */
const ltr = (text: string) => `<bdi dir="ltr" class="mono">${escapeHtml(text)}</bdi>`;
/** Our own words (already plain text): escaped, not isolated. */
const w = escapeHtml;

/** Only our own archive paths become an image source: relative, no scheme, no way up. */
export function isArchivePath(path: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(path) && !path.includes('..');
}

function pairs(rows: readonly [string, string][]): string {
  return `<dl class="pairs">${rows.map(([k, value]) => `<dt>${w(k)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function renderSection(section: DossierSection, view: DossierView, text: ReportText): string {
  const d = text.s.dossier;
  const none = `<p class="muted">${w(d.evidence.none)}</p>`;
  switch (section.id) {
    case 'summary': {
      const s = d.summary;
      const orNone = (items: string[]) =>
        items.length ? items.join('<br>') : `<span class="muted">${w(s.none)}</span>`;
      const fact = (line: { value: string; confirmed: boolean }, extra: string) =>
        `${v(line.value)}${extra ? ` <span class="muted small">(${w(extra)})</span>` : ''}${
          line.confirmed ? '' : ` <span class="muted small">[${w(s.unconfirmed)}]</span>`
        }`;
      const rows: [string, string][] = [
        [s.company, section.company ? v(section.company) : `<span class="muted">${w(s.none)}</span>`],
        ...(section.site ? [[s.site, ltr(section.site)] as [string, string]] : []),
        ...(section.jurisdiction
          ? [[s.jurisdiction, w(text.s.jurisdiction[section.jurisdiction])] as [string, string]]
          : []),
        [s.reps, section.reps.length ? section.reps.map(v).join(', ') : orNone([])],
        [
          s.references,
          orNone(section.references.map((f) => `${w(text.s.facts.kinds[f.kind])}: ${fact(f, factSource(f, text))}`)),
        ],
        [s.amounts, orNone(section.amounts.map((f) => fact(f, factSource(f, text))))],
        ...(section.dates.purchase ? [[s.purchaseDate, w(section.dates.purchase)] as [string, string]] : []),
        ...(section.dates.delivery ? [[s.deliveryDate, w(section.dates.delivery)] as [string, string]] : []),
        [
          s.promises,
          orNone(
            section.promises.map((p) => {
              const due = promiseDue(p, text);
              return `${fact(p, factSource(p, text))}${due ? ` — <span class="${p.passed ? 'warn' : ''}">${w(due)}</span>` : ''}`;
            }),
          ),
        ],
      ];
      if (section.missed.length)
        rows.push([
          s.missed,
          section.missed
            .map((m) => `<span class="warn">${w(deadlineKind(m, text))}: ${w(m.date ?? '')}</span>`)
            .join('<br>'),
        ]);
      const dueNote = section.promises.some((p) => p.dueAt) ? `<p class="muted small">${w(s.dueNote)}</p>` : '';
      return pairs(rows) + dueNote;
    }
    case 'law': {
      const l = d.law;
      const head = `<p class="note small">${w(l.disclaimer)}</p>`;
      if (section.jurisdiction === null) return `${head}<p class="muted">${w(l.noJurisdiction)}</p>`;
      if (section.rules.length === 0) return `${head}<p class="muted">${w(l.none)}</p>`;
      const items = section.rules.map((rule) => {
        const checked = text.fill(l.checked, { date: rule.lastChecked });
        const body =
          rule.summary !== null
            ? `${w(rule.summary)} <span class="small">— ${w(rule.citation)}</span>`
            : `<span class="warn">${w(text.fill(l.unconfirmed, { citation: rule.citation }))}</span>`;
        return `<li data-rule-id="${escapeHtml(rule.ruleId)}"><strong>${w(text.s.rights.topics[rule.topic])}.</strong> ${body} <span class="muted small">(${w(checked)})</span></li>`;
      });
      return `${head}<ul class="plain">${items.join('')}</ul>`;
    }
    case 'deadlines':
      if (section.deadlines.length === 0) return `<p class="muted">${w(d.deadlines.none)}</p>`;
      return `<ul class="plain">${section.deadlines
        .map(
          (line) =>
            `<li class="${line.missedByCompany ? 'warn' : ''}">${w(deadlineKind(line, text))}: ${w(line.date ?? '—')} (${w(deadlineStatus(line, text))})</li>`,
        )
        .join('')}</ul>`;
    case 'timeline':
      if (section.events.length === 0) return none;
      return `<table><tbody>${section.events
        .map(
          (e) =>
            `<tr><td class="small">${w(e.at)}</td><td>${w(timelineWhat(e, text))}${e.detail ? `<br><span class="small">${v(e.detail)}</span>` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'transcript': {
      const t = d.transcript;
      const head = `<p class="muted small">${w(t.timesNote)} ${w(text.fill(d.timeZone, { zone: view.timeZone }))}</p>`;
      const hidden = section.hiddenCount
        ? `<p class="muted small">${w(text.plural(t, 'hidden', section.hiddenCount))}</p>`
        : '';
      if (section.messages.length === 0) return `${head}<p class="muted">${w(t.empty)}</p>${hidden}`;
      const items = section.messages.map((m) => {
        const role = d.role[m.role];
        const who = m.authorName ? `<strong>${v(m.authorName)}</strong> (${w(role)})` : `<strong>${w(role)}</strong>`;
        const notes = messageNotes(m, text).map(w).join(' · ');
        return `<li class="msg msg-${m.role}"><div class="msg-head">${who} · ${notes}</div><div class="msg-text" dir="auto">${escapeHtml(m.text)}</div></li>`;
      });
      return `${head}<ol class="transcript">${items.join('')}</ol>${hidden}`;
    }
    case 'facts':
      if (section.facts.length === 0) return none;
      return `<ul class="plain">${section.facts
        .map((f) => {
          const source = factSource(f, text);
          return `<li>${w(text.s.facts.kinds[f.kind])}: ${v(f.value)}${source ? ` <span class="muted small">(${w(source)})</span>` : ''}${
            f.confirmed ? '' : ` <span class="muted small">[${w(d.summary.unconfirmed)}]</span>`
          }</li>`;
        })
        .join('')}</ul>`;
    case 'screenshots':
      if (section.items.length === 0) return none;
      return section.items
        .map((item) => {
          const img = isArchivePath(item.file)
            ? `<img src="${escapeHtml(item.file)}" alt="${escapeHtml(item.caption || item.file)}">`
            : '';
          return `<figure>${img}<figcaption>${item.caption ? `${v(item.caption)}<br>` : ''}${w(
            text.fill(d.evidence.captured, { time: item.createdAt }),
          )}${item.url ? `<br>${ltr(item.url)}` : ''}<br>${w(d.evidence.file)}: ${ltr(item.file)}<br>${w(d.evidence.sha256)}: ${ltr(item.sha256)}</figcaption></figure>`;
        })
        .join('');
    case 'calls': {
      const c = d.calls;
      if (section.calls.length === 0) return none;
      return section.calls
        .map((call) =>
          pairs([
            [c.started, w(call.startedAt)],
            [c.rep, call.repName ? v(call.repName) : '—'],
            [c.hold, `${ltr(call.hold)}${call.answered ? '' : ` (${w(c.notAnswered)})`}`],
            [c.duration, ltr(call.duration)],
            ...(call.promised ? [[c.promised, v(call.promised)] as [string, string]] : []),
            ...(call.notes
              ? [[c.notes, `<div class="msg-text" dir="auto">${escapeHtml(call.notes)}</div>`] as [string, string]]
              : []),
          ]),
        )
        .join('<hr>');
    }
    case 'drafts':
      if (section.drafts.length === 0) return none;
      return section.drafts
        .map(
          (draft) =>
            `<h3>${w(text.fill(d.drafts.sent, { time: draft.sentAt }))}</h3><div class="draft" dir="auto">${escapeHtml(draft.text)}</div>`,
        )
        .join('');
    case 'evidence-list':
      if (section.items.length === 0) return none;
      return `<table><tbody>${section.items
        .map(
          (item) =>
            `<tr><td>${item.number}</td><td>${w(text.s.evidence.kind[item.kind])}${item.keyEvidence ? ` <span class="key">★</span>` : ''}<br><span class="small">${w(item.createdAt)}</span></td><td>${item.caption ? `${v(item.caption)}<br>` : ''}${ltr(item.file)}<br><span class="small">${w(d.evidence.sha256)}: ${ltr(item.sha256)}</span></td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'integrity': {
      const i = d.integrity;
      return [
        `<p class="${section.intact ? '' : 'warn'}">${w(integrityVerdict(section.intact, section.eventCount, section.problemCount, text))}</p>`,
        pairs([
          [i.rootHash, section.rootHash ? ltr(section.rootHash) : '—'],
          [i.events, w(String(section.eventCount))],
          ...(section.witnessLine ? [[i.witness, ltr(section.witnessLine)] as [string, string]] : []),
        ]),
        `<p class="small">${w(i.witnessHelp)}</p>`,
        `<h3>${w(i.howTo)}</h3>`,
        `<ol class="plain"><li>${w(i.step1)}</li><li>${w(i.step2)}</li><li>${w(i.step3)}</li></ol>`,
        `<p class="note small">${w(i.proves)}</p>`,
      ].join('');
    }
  }
}

/** The document for a built view (exposed for tests; use renderReportHtml). */
export function renderViewHtml(view: DossierView, paper: PaperSize = 'a4', notice?: string): string {
  const text = reportText(view.locale);
  const d = text.s.dossier;
  const omitted = omittedNote(view, text);
  const sections = view.sections
    .map(
      (section) =>
        `<section data-section="${section.id}"><h2>${w(sectionTitle(section.id, text))}</h2>${renderSection(section, view, text)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${view.locale}" dir="${view.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w(text.fill(d.heading, { title: view.title }))}</title>
<style>${reportCss(paper)}</style>
</head>
<body data-variant="${view.variant}">
<header>
<h1>${w(d.pageTitle)}: ${v(view.title)}</h1>
<p class="muted">${w(d.variants[view.variant])} · ${w(text.fill(d.prepared, { time: view.preparedAt }))}</p>
<p class="muted small">${w(text.fill(d.timeZone, { zone: view.timeZone }))}</p>
${omitted ? `<p class="muted small">${w(omitted)}</p>` : ''}
${notice ? `<p class="notice" data-notice="redacted"><strong>${w(notice)}</strong></p>` : ''}
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}

/** report.html for a case: `buildDossierView` with the same options, rendered as inert HTML. */
export function renderReportHtml(bundle: CaseBundle, options: RenderReportOptions): string {
  return renderViewHtml(buildDossierView(bundle, options), options.paper ?? 'a4', options.notice);
}
