export { extractFacts } from './extract';
export type { Deadline, DurationUnit, ExtractedFact, ExtractOptions, FactKind, Weekday } from './types';
export { normaliseOrderNumber } from './identifiers';
export { normaliseTrackingNumber, trackingFormats, type Carrier } from './tracking';
export { normaliseAmount, currencyCode } from './amounts';
export { isoDate } from './dates';
export {
  gs1CheckDigit,
  isNovaPoshtaShape,
  isValidDhl,
  isValidFedEx12,
  isValidFedEx15,
  isValidFedEx96,
  isValidGs1,
  isValidRussianPost,
  isValidS10,
  isValidUps,
  isValidUsps,
} from './checksums';
