/**
 * Draft text from a template and a case's DraftContext. Pure: the same input gives the same text.
 * Output is plain text, never HTML; case text in it is cleaned and bounded (plain-value.ts).
 */
import { formatDateTime } from '../i18n/format';
import type { Locale } from '../schemas/common';
import type { DraftContext, GrammaticalForm } from './context';
import { formatLetterDate } from './format-date';
import { MAX_LONG_VALUE_LENGTH, plainValue } from './plain-value';
import { CITES_REMEDY_RULES, SCENARIO_RULE_IDS, SCENARIO_STEP, SCENARIO_TOPICS, type ScenarioId } from './scenarios';
import { REMEDY_TOPICS } from './remedy-topics';
import type { SlotName } from './slots';
import { parseTemplate, type TemplateNode } from './template-syntax';
import { TEMPLATES, type DraftLength, type TemplateSet } from './templates';

export interface RenderDraftInput {
  scenario: ScenarioId;
  locale: Locale;
  length: DraftLength;
  form: GrammaticalForm;
  context: DraftContext;
}

/** A visible blank the user must fill: its slot and where its label is, in UTF-16 code units. */
export interface DraftBlank {
  slot: SlotName;
  start: number;
  end: number;
}

export interface RenderedDraft {
  text: string;
  blanks: DraftBlank[];
}

/** At most this many rules are cited: the strongest few, not the whole dataset. */
const MAX_CITED_RULES = 3;
const FORM_INDEX: Readonly<Record<GrammaticalForm, 0 | 1 | 2>> = { masculine: 0, feminine: 1, neutral: 2 };

/** The cited rules' one-line citations for a scenario, in dataset order, without repeats. */
export function citationsFor(scenario: ScenarioId, context: DraftContext): string[] {
  const topics = new Set([
    ...SCENARIO_TOPICS[scenario],
    ...(CITES_REMEDY_RULES.has(scenario) && context.remedy ? REMEDY_TOPICS[context.remedy] : []),
  ]);
  const first = SCENARIO_RULE_IDS[scenario] ?? [];
  const citations = [
    ...context.rules.filter((rule) => first.includes(rule.id)),
    ...context.rules.filter((rule) => topics.has(rule.topic)),
  ].map((rule) => rule.citation);
  return [...new Set(citations)].slice(0, MAX_CITED_RULES);
}

/** Every slot's text for this draft; a slot with no value is absent. */
export function slotValues(
  scenario: ScenarioId,
  locale: Locale,
  context: DraftContext,
  set: TemplateSet = TEMPLATES[locale],
): Partial<Record<SlotName, string>> {
  const date = (value: string | null | undefined) => (value ? formatLetterDate(value, locale) : undefined);
  const time = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? undefined : formatDateTime(ms, locale, context.timeZone);
  const text = (value: string | null | undefined, limit?: number) => {
    const plain = value ? plainValue(value, limit) : '';
    return plain === '' ? undefined : plain;
  };
  const citations = citationsFor(scenario, context)
    .map((c) => plainValue(c, MAX_LONG_VALUE_LENGTH))
    .filter(Boolean);
  const fallback = context.fallback !== context.remedy ? context.fallback : null;
  const values: Partial<Record<SlotName, string | undefined>> = {
    company: text(context.company),
    orderNumber: text(context.orderNumber),
    ticketNumber: text(context.ticketNumber),
    trackingNumber: text(context.trackingNumber),
    repName: text(context.rep?.name),
    repWroteAt: time(context.rep?.at),
    promise: text(context.promise?.text, MAX_LONG_VALUE_LENGTH),
    promiseMadeAt: time(context.promise?.madeAt),
    promiseDue: date(context.promise?.due),
    amount: text(context.amount),
    purchaseDate: date(context.purchaseDate),
    deliveryDate: date(context.deliveryDate),
    rules: citations.length > 0 ? citations.map((c) => `${set.listItem}${c}`).join('\n') : undefined,
    rule: citations[0],
    damagesRule: text(context.damagesRule, MAX_LONG_VALUE_LENGTH),
    cancelBy: date(context.deadlines['cancel-by']),
    refundDue: date(context.deadlines['refund-due']),
    deliveryDue: date(context.deadlines['delivery-overdue']),
    cardDisputeBy: date(context.deadlines['card-dispute-by']),
    remedy: context.remedy ? set.remedies[context.remedy] : undefined,
    fallback: fallback ? set.remedies[fallback] : undefined,
    details: text(context.details, MAX_LONG_VALUE_LENGTH),
    replyBy: date(context.replyBy[SCENARIO_STEP[scenario]]),
    regulator: text(context.regulator?.[locale]),
    today: date(context.today),
    senderName: text(context.senderName),
    bank: text(context.bank),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

type Piece = { text: string } | { value: SlotName; text: string } | { blank: SlotName; text: string };

function hasMissing(nodes: readonly TemplateNode[], values: Partial<Record<string, string>>, form: 0 | 1 | 2): boolean {
  return nodes.some((node) => {
    if (node.type === 'slot') return values[node.name] === undefined;
    if (node.type === 'choice') return hasMissing(node.branches[form], values, form);
    // A nested optional part is dropped on its own; it never drops its parent.
    return false;
  });
}

function pieces(
  nodes: readonly TemplateNode[],
  values: Partial<Record<string, string>>,
  form: 0 | 1 | 2,
  set: TemplateSet,
): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    if (node.type === 'text') return [{ text: node.text }];
    if (node.type === 'choice') return pieces(node.branches[form], values, form, set);
    if (node.type === 'optional')
      return hasMissing(node.body, values, form) ? [] : pieces(node.body, values, form, set);
    const slot = node.name as SlotName;
    const value = values[slot];
    if (value !== undefined) return [{ value: slot, text: value }];
    return [{ blank: slot, text: set.blanks[slot] ?? `[${slot}]` }];
  });
}

const parsed = new Map<string, TemplateNode[]>();

function parsedTemplate(source: string): TemplateNode[] {
  let nodes = parsed.get(source);
  if (!nodes) {
    nodes = parseTemplate(source);
    parsed.set(source, nodes);
  }
  return nodes;
}

export function renderDraft({ scenario, locale, length, form, context }: RenderDraftInput): RenderedDraft {
  const set = TEMPLATES[locale];
  const nodes = parsedTemplate(set.scenarios[scenario][length]);
  const values = slotValues(scenario, locale, context, set);
  let text = '';
  const blanks: DraftBlank[] = [];
  let afterValue = false;
  for (const piece of pieces(nodes, values, FORM_INDEX[form], set)) {
    if ('blank' in piece) blanks.push({ slot: piece.blank, start: text.length, end: text.length + piece.text.length });
    // A value that ends a sentence itself («2026 г.») takes the template's full stop.
    const own = afterValue && text.endsWith('.') && piece.text.startsWith('.') ? piece.text.slice(1) : piece.text;
    text += own;
    afterValue = 'value' in piece || 'blank' in piece;
  }
  return { text, blanks };
}
