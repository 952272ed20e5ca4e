import { describe, expect, it } from 'vitest';
import { buildDraftContext } from '@/lib/drafts/context';
import {
  LADDER_REASONS,
  ladderStateOf,
  suggestLadderStep,
  type LadderState,
  type LadderSuggestion,
} from '@/lib/drafts/ladder';
import { LADDER_STEPS, SCENARIO_IDS, type ScenarioId } from '@/lib/drafts/scenarios';
import { en } from '@/lib/i18n/locales/en';
import { he } from '@/lib/i18n/locales/he';
import { ru } from '@/lib/i18n/locales/ru';
import { draftInput, NOW } from '../fixtures/drafts/case';

const DAY = 86_400_000;
const state = (over: Partial<LadderState>): LadderState => ({
  status: 'open',
  sent: [],
  refused: false,
  wanted: null,
  promiseOverdue: false,
  cancelWindowClosed: false,
  now: NOW,
  ...over,
});
const sentAgo = (scenario: string, days: number) => ({ scenario, sentAt: NOW - days * DAY });

const FIRST_CONTACT: ScenarioId[] = [
  'refund',
  'replacement',
  'repair',
  'cancel-purchase',
  'cancel-subscription',
  'bill-correction',
  'late-delivery',
  'broken-promise',
];

const table: [string, LadderState, Partial<LadderSuggestion>][] = [
  [
    'resolved: nothing',
    state({ status: 'resolved', sent: [sentAgo('refund', 30)] }),
    { step: null, scenarios: [], reason: 'resolved' },
  ],
  [
    'nothing sent, nothing wanted',
    state({}),
    { step: 'first-contact', scenarios: FIRST_CONTACT, reason: 'no-contact-yet' },
  ],
  [
    'nothing sent, replacement wanted',
    state({ wanted: 'replacement' }),
    { step: 'first-contact', scenarios: ['replacement', ...FIRST_CONTACT.filter((s) => s !== 'replacement')] },
  ],
  [
    'nothing sent, cancel wanted, but the cancellation period is over',
    state({ wanted: 'cancel', cancelWindowClosed: true }),
    { step: 'first-contact', scenarios: FIRST_CONTACT.filter((s) => s !== 'cancel-purchase') },
  ],
  [
    'nothing sent, cancel wanted, within the cancellation period',
    state({ wanted: 'cancel' }),
    { step: 'first-contact', scenarios: ['cancel-purchase', ...FIRST_CONTACT.filter((s) => s !== 'cancel-purchase')] },
  ],
  [
    'nothing sent, a promise overdue',
    state({ wanted: 'refund', promiseOverdue: true }),
    {
      step: 'first-contact',
      reason: 'promise-overdue',
      scenarios: ['broken-promise', 'refund', ...FIRST_CONTACT.slice(1, 7)],
    },
  ],
  [
    'first contact 3 days ago: wait for its 7 days',
    state({ sent: [sentAgo('refund', 3)] }),
    { step: 'first-contact', scenarios: [], reason: 'waiting', waitUntil: NOW + 4 * DAY },
  ],
  [
    'first contact 7 days ago, no answer: formal complaint',
    state({ sent: [sentAgo('refund', 7)] }),
    { step: 'formal-complaint', scenarios: ['formal-complaint'], reason: 'no-answer-by-deadline' },
  ],
  [
    'first contact refused: supervisor, or formal complaint',
    state({ sent: [sentAgo('refund', 1)], refused: true }),
    { step: 'supervisor', scenarios: ['supervisor', 'formal-complaint'], reason: 'refused' },
  ],
  [
    'supervisor refused: formal complaint',
    state({ sent: [sentAgo('refund', 9), sentAgo('supervisor', 1)], refused: true }),
    { step: 'formal-complaint', scenarios: ['formal-complaint'], reason: 'refused' },
  ],
  [
    'formal complaint 10 days ago: wait for its 14 days',
    state({ sent: [sentAgo('refund', 30), sentAgo('formal-complaint', 10)] }),
    { step: 'formal-complaint', reason: 'waiting', waitUntil: NOW + 4 * DAY },
  ],
  [
    'formal complaint unanswered for 14 days: regulator, bank or demand',
    state({ sent: [sentAgo('formal-complaint', 14)] }),
    {
      step: 'regulator',
      scenarios: ['regulator-complaint', 'chargeback', 'demand-letter'],
      reason: 'no-answer-by-deadline',
    },
  ],
  [
    'formal complaint refused: regulator, bank or demand',
    state({ sent: [sentAgo('formal-complaint', 2)], refused: true }),
    { step: 'regulator', scenarios: ['regulator-complaint', 'chargeback', 'demand-letter'], reason: 'refused' },
  ],
  [
    'regulator done, chargeback already sent: demand letter',
    state({ sent: [sentAgo('chargeback', 20), sentAgo('regulator-complaint', 15)] }),
    { step: 'court', scenarios: ['demand-letter'], reason: 'no-answer-by-deadline' },
  ],
  [
    'the highest step counts, not the latest draft',
    state({ sent: [sentAgo('formal-complaint', 20), sentAgo('refund', 1)] }),
    { step: 'regulator', reason: 'no-answer-by-deadline' },
  ],
  [
    'demand letter unanswered: top of the ladder',
    state({ sent: [sentAgo('demand-letter', 20)] }),
    { step: 'court', scenarios: [], reason: 'top-of-ladder' },
  ],
  [
    'unknown scenario ids are ignored',
    state({ sent: [{ scenario: 'old-template', sentAt: NOW - 30 * DAY }] }),
    { step: 'first-contact', reason: 'no-contact-yet' },
  ],
];

describe('suggestLadderStep', () => {
  it.each(table)('%s', (_name, input, expected) => {
    expect(suggestLadderStep(input)).toMatchObject(expected);
  });
});

describe('ladderStateOf', () => {
  it('reads sent drafts, the remedy wanted and an overdue promise from the case', () => {
    const context = buildDraftContext(draftInput());
    const result = ladderStateOf({
      status: 'open',
      drafts: [
        { scenario: 'refund', sentAt: NOW - DAY },
        { scenario: 'supervisor', sentAt: null },
      ],
      context,
      refused: false,
      now: NOW,
    });
    // The fixture's promise fell due on 26 Nov 2026; "today" is 2 Dec.
    expect(result).toEqual({
      status: 'open',
      sent: [{ scenario: 'refund', sentAt: NOW - DAY }],
      refused: false,
      wanted: 'refund',
      promiseOverdue: true,
      // The fixture's last day to cancel was 30 Nov 2026.
      cancelWindowClosed: true,
      now: NOW,
    });
  });
});

describe('drafts UI labels', () => {
  it.each([
    ['en', en],
    ['he', he],
    ['ru', ru],
  ] as const)('%s names every scenario, step and reason', (_locale, strings) => {
    expect(Object.keys(strings.drafts.scenario).sort()).toEqual([...SCENARIO_IDS].sort());
    expect(Object.keys(strings.drafts.step).sort()).toEqual([...LADDER_STEPS].sort());
    expect(Object.keys(strings.drafts.reason).sort()).toEqual([...LADDER_REASONS].sort());
  });
});
