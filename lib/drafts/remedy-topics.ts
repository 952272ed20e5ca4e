import type { RightsTopic } from '../rights/rule';
import type { Remedy } from '../schemas/checklist';

/** The rights topics whose rules back each remedy; credit and goodwill remedies have none. */
export const REMEDY_TOPICS: Readonly<Record<Remedy, readonly RightsTopic[]>> = {
  refund: ['refund-after-cancel'],
  replacement: ['defective-goods'],
  repair: ['defective-goods'],
  credit: [],
  'partial-refund': [],
  'free-service': [],
  cancel: ['cancel-distance'],
  'bill-correction': ['subscriptions'],
  delivery: ['late-delivery'],
};
