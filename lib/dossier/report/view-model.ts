/**
 * A case as its receiver reads it: pure data, times already written in the reader's language and
 * time zone, sections ordered for the variant. Both the dossier page (React) and report.html
 * render this; neither decides what to show. Hidden items and rejected facts are left out; a
 * rule that is not verified is cited, never stated (its summary is not carried at all).
 */
import { formatCallClock } from '../../calls/call-state';
import { promiseDueAt } from '../../facts/promise-due';
import { formatCalendarDate, formatDateTime } from '../../i18n/format';
import { directionOf } from '../../i18n/locale';
import { formatWitnessLine } from '../../integrity/witness';
import type { CaseDeadline, DeadlineKind } from '../../rights/deadlines';
import { ruleIdOfDeadline } from '../../rights/case-deadline-inputs';
import { isShownAsFact, type RightsRule, type RightsTopic } from '../../rights/rule';
import type { CaseRecord } from '../../schemas/case';
import type { Jurisdiction, Locale } from '../../schemas/common';
import type { CaseEventType } from '../../schemas/event';
import type { EvidenceKind, EvidenceRecord } from '../../schemas/evidence';
import type { FactKind, FactRecord } from '../../schemas/fact';
import type { AuthorRole } from '../../schemas/message';
import type { CaseBundle } from '../case-bundle';
import { evidencePath } from '../file-names';
import { LAW_TOPICS, SECTION_ORDER, omittedSections, type DossierVariant, type SectionId } from './variants';

export interface DossierViewOptions {
  variant: DossierVariant;
  locale: Locale;
  timeZone: string;
  /** The instant the report is made (epoch ms): the witness line and "passed" are read from it. */
  now: number;
  /** The rules of the case's jurisdiction (`rulesFor`); empty when it has none. */
  rules: readonly RightsRule[];
  /** The jurisdiction the rules are of; default the case's own. `caseLawInputs` gives all three. */
  jurisdiction?: Jurisdiction | null;
  /** The case's deadlines (`computeCaseDeadlines`), as the Rights tab computes them. */
  deadlines: readonly CaseDeadline[];
  /** Where an evidence file sits in the archive; default `evidencePath`. */
  evidenceFile?: (item: EvidenceRecord) => string;
}

export interface FactLine {
  kind: FactKind;
  value: string;
  /** False: found automatically and not confirmed by the user. */
  confirmed: boolean;
  /** Who said it, when known (the chat message's author or the call's rep). */
  by: string | null;
  /** When its source was written or seen. */
  at: string | null;
}

export interface PromiseLine extends FactLine {
  /** When the promise fell or falls due, as its words say; null when they give no date. */
  dueAt: string | null;
  /** The due date is before the report's `now`. */
  passed: boolean;
}

export interface DeadlineLine {
  id: string;
  kind: DeadlineKind;
  ruleId: string;
  date: string | null;
  status: CaseDeadline['status'];
  daysLeft: number | null;
  /** A date the company has let pass (refund or delivery due). */
  missedByCompany: boolean;
}

export interface LawLine {
  ruleId: string;
  topic: RightsTopic;
  citation: string;
  /** Our plain summary, only for a verified rule; null: cite it and say it is not confirmed. */
  summary: string | null;
  verified: boolean;
  lastChecked: string;
  source: string | null;
}

export interface TimelineLine {
  at: string;
  type: CaseEventType;
  /** For a run of recorded messages: how many, shown as one line. */
  count: number;
  detail: string | null;
}

export interface TranscriptLine {
  id: string;
  role: AuthorRole;
  authorName: string | null;
  text: string;
  firstSeen: string;
  widgetTimeText: string | null;
  fromHistory: boolean;
  truncated: boolean;
  keyEvidence: boolean;
}

export interface EvidenceLine {
  id: string;
  /** 1-based, in the order of the case: the number a court's list refers to. */
  number: number;
  kind: EvidenceKind;
  caption: string;
  url: string | null;
  createdAt: string;
  sha256: string;
  /** The file's path inside the archive. */
  file: string;
  mime: string;
  keyEvidence: boolean;
}

export interface CallLine {
  id: string;
  startedAt: string;
  hold: string;
  duration: string;
  answered: boolean;
  repName: string;
  promised: string;
  notes: string;
}

export interface DraftLine {
  id: string;
  scenario: string;
  sentAt: string;
  text: string;
}

export interface SummarySection {
  id: 'summary';
  company: string;
  site: string | null;
  jurisdiction: Jurisdiction | null;
  reps: string[];
  references: FactLine[];
  amounts: FactLine[];
  dates: { purchase: string | null; delivery: string | null };
  promises: PromiseLine[];
  missed: DeadlineLine[];
}

export type DossierSection =
  | SummarySection
  | { id: 'law'; jurisdiction: Jurisdiction | null; rules: LawLine[] }
  | { id: 'deadlines'; deadlines: DeadlineLine[] }
  | { id: 'timeline'; events: TimelineLine[] }
  | { id: 'transcript'; messages: TranscriptLine[]; hiddenCount: number }
  | { id: 'facts'; facts: FactLine[] }
  | { id: 'screenshots'; items: EvidenceLine[] }
  | { id: 'calls'; calls: CallLine[] }
  | { id: 'drafts'; drafts: DraftLine[] }
  | { id: 'evidence-list'; items: EvidenceLine[] }
  | {
      id: 'integrity';
      intact: boolean;
      rootHash: string | null;
      eventCount: number;
      problemCount: number;
      witnessLine: string | null;
    };

export interface DossierView {
  variant: DossierVariant;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  timeZone: string;
  caseId: string;
  title: string;
  preparedAt: string;
  sections: DossierSection[];
  omitted: SectionId[];
}

const REFERENCE_KINDS: readonly FactKind[] = ['order-number', 'ticket-number', 'tracking-number'];
const COMPANY_DEADLINES: readonly DeadlineKind[] = ['refund-due', 'delivery-overdue'];
const DETAIL_LIMIT = 200;

function shorten(text: string, limit = DETAIL_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Distinct non-empty values, first occurrence kept, compared without case and outer spaces. */
function distinct(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value?.trim();
    if (!trimmed) continue;
    const key = trimmed.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function eventDetail(payload: Record<string, unknown>): string | null {
  const message = payload.message as { text?: unknown } | undefined;
  if (typeof message?.text === 'string') return shorten(message.text);
  if (typeof payload.text === 'string') return shorten(payload.text);
  const changes = payload.changes;
  if (changes && typeof changes === 'object') {
    return shorten(
      Object.entries(changes as Record<string, unknown>)
        .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(', '),
    );
  }
  return null;
}

/**
 * A refund or delivery date that passed while the case is not resolved; a delivery only when
 * the case records none, or one after the last day.
 */
function missedByCompany(deadline: CaseDeadline, record: CaseRecord): boolean {
  if (deadline.status !== 'passed' || !COMPANY_DEADLINES.includes(deadline.kind) || record.status === 'resolved')
    return false;
  if (deadline.kind !== 'delivery-overdue') return true;
  return record.deliveryDate === null || (deadline.date !== null && record.deliveryDate > deadline.date);
}

export function buildDossierView(bundle: CaseBundle, options: DossierViewOptions): DossierView {
  const { locale, timeZone, now, variant } = options;
  const when = (ms: number) => formatDateTime(ms, locale, timeZone);
  const fileOf = options.evidenceFile ?? ((item: EvidenceRecord) => evidencePath(item.id, item.mime));
  const { record } = bundle;
  const jurisdiction = options.jurisdiction === undefined ? record.jurisdiction : options.jurisdiction;

  const messagesById = new Map(bundle.messages.map((m) => [m.id, m]));
  const evidenceById = new Map(bundle.evidence.map((e) => [e.id, e]));
  const shownEvidence = bundle.evidence.filter((e) => e.hiddenAt === null);
  const calls = shownEvidence.filter((e) => e.kind === 'call-log' && e.call);

  const factLine = (fact: FactRecord): FactLine => {
    const source = fact.source.id
      ? fact.source.kind === 'message'
        ? messagesById.get(fact.source.id)
        : evidenceById.get(fact.source.id)
      : undefined;
    const by =
      source && 'authorName' in source
        ? source.role === 'customer'
          ? null
          : source.authorName
        : (source?.call?.repName ?? null);
    return {
      kind: fact.kind,
      value: fact.value,
      confirmed: fact.status === 'confirmed',
      by: by?.trim() ? by : null,
      at: fact.sourceAt !== undefined ? when(fact.sourceAt) : null,
    };
  };
  const facts = bundle.facts.filter((f) => f.status !== 'rejected');
  const factsOf = (kinds: readonly FactKind[]) => {
    const lines = facts.filter((f) => kinds.includes(f.kind)).map(factLine);
    const seen = new Set<string>();
    return lines.filter((line) => {
      const key = `${line.kind}\u0000${line.value.toLocaleLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  // Deadlines come from rules; only those of the topics this receiver is shown are given.
  const topics = LAW_TOPICS[variant];
  const topicOf = new Map(options.rules.map((rule) => [rule.id, rule.topic]));
  const cited = (ruleId: string) => {
    const topic = topicOf.get(ruleId);
    return topic !== undefined && topics.includes(topic);
  };
  const deadlineLines: DeadlineLine[] = options.deadlines
    .filter((d) => cited(ruleIdOfDeadline(d.id)))
    .map((d) => ({
      id: d.id,
      kind: d.kind,
      ruleId: ruleIdOfDeadline(d.id),
      date: d.date ? formatCalendarDate(d.date, locale) : null,
      status: d.status,
      daysLeft: d.daysLeft,
      missedByCompany: missedByCompany(d, record),
    }));

  const promises: PromiseLine[] = facts
    .filter((f) => f.kind === 'promise')
    .map((fact) => {
      const due = fact.deadline && fact.sourceAt !== undefined ? promiseDueAt(fact.deadline, fact.sourceAt) : null;
      return {
        ...factLine(fact),
        dueAt: due === null ? null : when(due),
        passed: due !== null && due < now,
      };
    });

  const summary: SummarySection = {
    id: 'summary',
    company: record.company,
    site: record.site,
    jurisdiction,
    reps: distinct([
      ...facts.filter((f) => f.kind === 'rep-name').map((f) => f.value),
      ...calls.map((c) => c.call?.repName),
      ...bundle.messages.filter((m) => m.role === 'agent' && m.hiddenAt === null).map((m) => m.authorName),
    ]),
    references: factsOf(REFERENCE_KINDS),
    amounts: factsOf(['amount']),
    dates: {
      purchase: record.purchaseDate ? formatCalendarDate(record.purchaseDate, locale) : null,
      delivery: record.deliveryDate ? formatCalendarDate(record.deliveryDate, locale) : null,
    },
    promises,
    missed: deadlineLines.filter((d) => d.missedByCompany),
  };

  const lawRules = options.rules
    .filter((rule) => topics.includes(rule.topic))
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => topics.indexOf(a.rule.topic) - topics.indexOf(b.rule.topic) || a.index - b.index)
    .map(({ rule }): LawLine => {
      const verified = isShownAsFact(rule);
      return {
        ruleId: rule.id,
        topic: rule.topic,
        citation: rule.citation,
        summary: verified ? rule.summary[locale] : null,
        verified,
        lastChecked: formatCalendarDate(rule.lastChecked, locale),
        source: rule.source ?? null,
      };
    });

  const timeline: TimelineLine[] = [];
  for (const event of bundle.events) {
    const last = timeline[timeline.length - 1];
    if (event.type === 'message.recorded' && last?.type === 'message.recorded') {
      last.count++;
      continue;
    }
    timeline.push({
      at: when(event.at),
      type: event.type,
      count: 1,
      detail: event.type === 'message.recorded' ? null : eventDetail(event.payload),
    });
  }

  const shownMessages = bundle.messages.filter((m) => m.hiddenAt === null);
  const transcript: TranscriptLine[] = shownMessages.map((m) => ({
    id: m.id,
    role: m.role,
    authorName: m.authorName,
    text: m.text,
    firstSeen: when(m.firstSeenAt),
    widgetTimeText: m.widgetTimeText,
    fromHistory: m.fromHistory,
    truncated: m.truncated,
    keyEvidence: m.keyEvidence,
  }));

  const evidenceLines: EvidenceLine[] = shownEvidence.map((item, index) => ({
    id: item.id,
    number: index + 1,
    kind: item.kind,
    caption: item.pageTitle ?? item.fileName ?? item.pasted?.subject ?? item.url ?? '',
    url: item.url,
    createdAt: when(item.createdAt),
    sha256: item.sha256,
    file: fileOf(item),
    mime: item.mime,
    keyEvidence: item.keyEvidence,
  }));

  const callLines: CallLine[] = calls.map((item) => {
    const call = item.call!;
    return {
      id: item.id,
      startedAt: when(call.startedAt),
      hold: formatCallClock(call.holdMs),
      duration: formatCallClock(call.durationMs),
      answered: call.answeredAt !== null,
      repName: call.repName,
      promised: call.promised,
      notes: call.notes,
    };
  });

  const drafts: DraftLine[] = bundle.drafts
    .filter((d) => d.sentAt !== null)
    .sort((a, b) => a.sentAt! - b.sentAt!)
    .map((d) => ({ id: d.id, scenario: d.scenario, sentAt: when(d.sentAt!), text: d.text }));

  const { chain } = bundle;
  const sections: Record<SectionId, DossierSection> = {
    summary,
    law: { id: 'law', jurisdiction, rules: lawRules },
    deadlines: { id: 'deadlines', deadlines: deadlineLines },
    timeline: { id: 'timeline', events: timeline },
    transcript: { id: 'transcript', messages: transcript, hiddenCount: bundle.messages.length - shownMessages.length },
    facts: { id: 'facts', facts: facts.map(factLine) },
    screenshots: { id: 'screenshots', items: evidenceLines.filter((e) => e.kind === 'screenshot') },
    calls: { id: 'calls', calls: callLines },
    drafts: { id: 'drafts', drafts },
    'evidence-list': { id: 'evidence-list', items: evidenceLines },
    integrity: {
      id: 'integrity',
      intact: chain.ok,
      rootHash: chain.rootHash,
      eventCount: chain.length,
      problemCount: chain.problems.length,
      witnessLine: chain.rootHash
        ? formatWitnessLine({
            caseId: record.id,
            caseTitle: record.title,
            rootHash: chain.rootHash,
            eventCount: chain.length,
            at: now,
          })
        : null,
    },
  };

  return {
    variant,
    locale,
    dir: directionOf(locale),
    timeZone,
    caseId: record.id,
    title: record.title,
    preparedAt: when(now),
    sections: SECTION_ORDER[variant].map((id) => sections[id]),
    omitted: omittedSections(variant),
  };
}
