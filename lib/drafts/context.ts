/**
 * Everything a draft can say about a case, as plain data: built once from the case, rendered in
 * any language, length and grammatical form (render.ts). Pure: the clock and the time zone are
 * passed in. Values here are raw case text; the renderer makes them plain, bounded text.
 */
import type { CaseBundle } from '../dossier/case-bundle';
import { promiseDueAt, weekendOf } from '../facts/promise-due';
import { deadlineInputsFor } from '../rights/case-deadline-inputs';
import { caseLawInputs } from '../rights/case-law-inputs';
import { civilDateAt, type CaseDeadline, type CivilDate, type DeadlineKind } from '../rights/deadlines';
import { addDays } from '../rights/deadlines/civil-date';
import { isShownAsFact, type RightsRule, type RightsTopic } from '../rights/rule';
import type { Remedy } from '../schemas/checklist';
import type { Jurisdiction, Locale } from '../schemas/common';
import type { FactKind, FactRecord } from '../schemas/fact';
import type { Settings } from '../schemas/settings';
import { damagesRuleOf, regulatorOf } from './regulators';
import { IN_STORE_RULES, NEVER_CITED, REPLY_DAYS, type LadderStep } from './scenarios';

export type GrammaticalForm = Settings['grammaticalForm'];

/** A verified rule, cited in one line. Unverified rules never get here. */
export interface DraftRule {
  id: string;
  topic: RightsTopic;
  citation: string;
}

export interface DraftContext {
  /** The user's language and grammatical form from settings: the Draft tab's defaults. */
  locale: Locale;
  form: GrammaticalForm;
  jurisdiction: Jurisdiction | null;
  /** IANA zone the user's times and dates are read in. */
  timeZone: string;
  /** The day the draft is written, in `timeZone`. */
  today: CivilDate;
  /** The reply-by date a draft of each ladder step sets: today + REPLY_DAYS[step]. */
  replyBy: Readonly<Record<LadderStep, CivilDate>>;
  company: string | null;
  orderNumber: string | null;
  ticketNumber: string | null;
  trackingNumber: string | null;
  /** The rep who wrote (or spoke) last, and when (epoch ms) when known. */
  rep: { name: string; at: number | null } | null;
  /** The latest promise: its words, when it was made and the day it fell (or falls) due. */
  promise: { text: string; madeAt: number | null; due: CivilDate | null } | null;
  amount: string | null;
  purchaseDate: CivilDate | null;
  deliveryDate: CivilDate | null;
  /**
   * Verified rules of the jurisdiction that a draft may cite, in dataset order (not NEVER_CITED;
   * no in-store rules for a case from a website); each scenario picks its topics.
   */
  rules: readonly DraftRule[];
  /** Computed legal deadlines by kind (the first rule in dataset order that gives a date). */
  deadlines: Readonly<Partial<Record<DeadlineKind, CivilDate>>>;
  remedy: Remedy | null;
  fallback: Remedy | null;
  details: string | null;
  /** Citation of the rule that lets a court award damages without proof (Israel), else null. */
  damagesRule: string | null;
  /** The consumer body to complain to, named as the dataset names it. */
  regulator: Readonly<Record<Locale, string>> | null;
  /** Not in case data: the Draft tab may ask for them; otherwise they are blanks. */
  senderName: string | null;
  bank: string | null;
}

export interface DraftContextInput {
  bundle: Pick<CaseBundle, 'record' | 'messages' | 'evidence' | 'facts'>;
  settings: Pick<Settings, 'grammaticalForm' | 'homeCountry'>;
  locale: Locale;
  now: number;
  timeZone: string;
  /** The rights dataset; tests pass their own. */
  rules?: readonly RightsRule[];
}

const STATUS_RANK = { confirmed: 0, suggested: 1 } as const;

/**
 * The fact of a kind to use (from `usableFacts`): confirmed before suggested, then the more
 * confident, then the most recent source — the rep who wrote last, the latest promise.
 */
function bestFact(facts: readonly FactRecord[], kind: FactKind): FactRecord | null {
  const usable = facts.filter((f) => f.kind === kind);
  usable.sort(
    (a, b) =>
      STATUS_RANK[a.status as keyof typeof STATUS_RANK] - STATUS_RANK[b.status as keyof typeof STATUS_RANK] ||
      b.confidence - a.confidence ||
      (b.sourceAt ?? b.createdAt) - (a.sourceAt ?? a.createdAt),
  );
  return usable[0] ?? null;
}

/** Facts a draft may use: not rejected, and not read from a message or item the user hid. */
function usableFacts(bundle: DraftContextInput['bundle']): FactRecord[] {
  const hidden = new Set([
    ...bundle.messages.filter((m) => m.hiddenAt !== null).map((m) => m.id),
    ...bundle.evidence.filter((e) => e.hiddenAt !== null).map((e) => e.id),
  ]);
  return bundle.facts.filter((f) => f.status !== 'rejected' && !(f.source.id !== null && hidden.has(f.source.id)));
}

function factTime(fact: FactRecord, bundle: DraftContextInput['bundle']): number | null {
  if (fact.sourceAt !== undefined) return fact.sourceAt;
  if (fact.source.kind === 'message') return bundle.messages.find((m) => m.id === fact.source.id)?.firstSeenAt ?? null;
  if (fact.source.kind === 'evidence') return bundle.evidence.find((e) => e.id === fact.source.id)?.createdAt ?? null;
  return null;
}

function repOf(bundle: DraftContextInput['bundle'], facts: readonly FactRecord[]): DraftContext['rep'] {
  const fact = bestFact(facts, 'rep-name');
  if (fact) return { name: fact.value, at: factTime(fact, bundle) };
  // A call log whose rep-name fact was never made (or was removed): its own field.
  const call = [...bundle.evidence]
    .filter((e) => e.kind === 'call-log' && e.hiddenAt === null && e.call && e.call.repName.trim() !== '')
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  return call?.call ? { name: call.call.repName, at: call.call.startedAt } : null;
}

function promiseOf(
  bundle: DraftContextInput['bundle'],
  facts: readonly FactRecord[],
  jurisdiction: Jurisdiction | null,
  timeZone: string,
): DraftContext['promise'] {
  const fact = bestFact(facts, 'promise');
  if (!fact) return null;
  const madeAt = factTime(fact, bundle);
  const dueAt =
    fact.deadline && madeAt !== null
      ? promiseDueAt(fact.deadline, sameWallTimeHere(madeAt, timeZone), weekendOf(jurisdiction))
      : null;
  return { text: fact.value, madeAt, due: dueAt === null ? null : localCivilDate(dueAt) };
}

/** Milliseconds a zone's wall clock is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * promiseDueAt counts in the machine's zone. The instant that shows, here, the wall time the
 * promise was made at in the case's zone: so the due day is the same on any machine.
 */
function sameWallTimeHere(instant: number, timeZone: string): number {
  return instant + zoneOffset(instant, timeZone) + new Date(instant).getTimezoneOffset() * 60_000;
}

function localCivilDate(instant: number): CivilDate {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Per kind, the date of the first deadline in dataset order (not the soonest) that has one. */
function deadlinesOf(computed: readonly CaseDeadline[], rules: readonly RightsRule[]): DraftContext['deadlines'] {
  const order = new Map(deadlineInputsFor(rules).map((input, index) => [input.id, index]));
  const byKind: Partial<Record<DeadlineKind, CivilDate>> = {};
  const dated = computed.filter((d) => d.date !== null).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  for (const deadline of dated) byKind[deadline.kind] ??= deadline.date ?? undefined;
  return byKind;
}

export function buildDraftContext(input: DraftContextInput): DraftContext {
  const { bundle, settings, locale, now, timeZone } = input;
  const { record } = bundle;
  const law = caseLawInputs(record, settings.homeCountry, { timeZone, now }, input.rules);
  const { jurisdiction, rules } = law;
  const today = civilDateAt(now, timeZone);
  const facts = usableFacts(bundle);
  const value = (kind: FactKind) => bestFact(facts, kind)?.value ?? null;
  const checklist = record.checklist;
  return {
    locale,
    form: settings.grammaticalForm,
    jurisdiction,
    timeZone,
    today,
    replyBy: {
      'first-contact': addDays(today, REPLY_DAYS['first-contact']),
      supervisor: addDays(today, REPLY_DAYS.supervisor),
      'formal-complaint': addDays(today, REPLY_DAYS['formal-complaint']),
      regulator: addDays(today, REPLY_DAYS.regulator),
      bank: addDays(today, REPLY_DAYS.bank),
      court: addDays(today, REPLY_DAYS.court),
    },
    company: record.company.trim() || null,
    orderNumber: value('order-number'),
    ticketNumber: value('ticket-number'),
    trackingNumber: value('tracking-number'),
    rep: repOf(bundle, facts),
    promise: promiseOf(bundle, facts, jurisdiction, timeZone),
    amount: value('amount'),
    purchaseDate: record.purchaseDate,
    deliveryDate: record.deliveryDate,
    rules: rules
      .filter((rule) => isShownAsFact(rule) && !NEVER_CITED.has(rule.id))
      .filter((rule) => record.site === null || !IN_STORE_RULES.has(rule.id))
      .map((rule) => ({ id: rule.id, topic: rule.topic, citation: rule.citation })),
    deadlines: deadlinesOf(law.deadlines, rules),
    remedy: checklist?.wanted ?? null,
    fallback: checklist?.acceptInstead ?? null,
    details: checklist?.wantedDetails.trim() || null,
    damagesRule: damagesRuleOf(jurisdiction),
    regulator: regulatorOf(jurisdiction),
    senderName: null,
    bank: null,
  };
}
