/**
 * Which sections each receiver gets, in which order, and which rule topics lead the law
 * section. docs/dossier-report.md explains each choice.
 */
import type { RightsTopic } from '../../rights/rule';

export const DOSSIER_VARIANTS = ['full', 'bank', 'consumer-body', 'small-claims'] as const;
export type DossierVariant = (typeof DOSSIER_VARIANTS)[number];

export const SECTION_IDS = [
  'summary',
  'law',
  'deadlines',
  'timeline',
  'transcript',
  'facts',
  'screenshots',
  'calls',
  'drafts',
  'evidence-list',
  'integrity',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections in the order the receiver reads them; a section not listed is left out. */
export const SECTION_ORDER: Readonly<Record<DossierVariant, readonly SectionId[]>> = {
  full: [
    'summary',
    'law',
    'deadlines',
    'timeline',
    'transcript',
    'facts',
    'screenshots',
    'calls',
    'drafts',
    'evidence-list',
    'integrity',
  ],
  // A chargeback is decided on amounts, dates, what was promised and refused, and the card rule;
  // proof of trying the merchant first (drafts sent) matters; the event log's detail does not.
  bank: ['summary', 'law', 'deadlines', 'transcript', 'calls', 'drafts', 'screenshots', 'integrity'],
  // A regulator reads the story in order and the rules broken; everything else supports it.
  'consumer-body': [
    'summary',
    'timeline',
    'law',
    'deadlines',
    'transcript',
    'calls',
    'drafts',
    'screenshots',
    'facts',
    'integrity',
  ],
  // A court wants the claim, the demand letter sent, and a numbered list of the evidence.
  'small-claims': [
    'summary',
    'drafts',
    'evidence-list',
    'law',
    'deadlines',
    'transcript',
    'calls',
    'screenshots',
    'integrity',
  ],
};

/** Rule topics cited, first topic first; topics not listed are not cited for this receiver. */
export const LAW_TOPICS: Readonly<Record<DossierVariant, readonly RightsTopic[]>> = {
  full: [
    'cancel-distance',
    'refund-after-cancel',
    'late-delivery',
    'defective-goods',
    'subscriptions',
    'card-disputes',
    'phone-service',
    'rep-identification',
    'escalation',
  ],
  bank: ['card-disputes', 'refund-after-cancel', 'late-delivery', 'cancel-distance'],
  'consumer-body': [
    'cancel-distance',
    'refund-after-cancel',
    'late-delivery',
    'defective-goods',
    'subscriptions',
    'phone-service',
    'rep-identification',
    'escalation',
  ],
  'small-claims': ['escalation', 'cancel-distance', 'refund-after-cancel', 'late-delivery', 'defective-goods'],
};

export function omittedSections(variant: DossierVariant): SectionId[] {
  return SECTION_IDS.filter((id) => !SECTION_ORDER[variant].includes(id));
}
