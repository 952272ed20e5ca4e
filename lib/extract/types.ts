import type { z } from 'zod';
import type { Deadline, durationUnitSchema, FactKind, weekdaySchema } from '../schemas/fact';

export type { FactKind };

export type DurationUnit = z.infer<typeof durationUnitSchema>;

export type Weekday = z.infer<typeof weekdaySchema>;

export type { Deadline };

export interface ExtractedFact {
  kind: FactKind;
  /**
   * Normalised value: order/ticket numbers upper-cased without "#"/"№"; tracking numbers without
   * spaces; amounts as "1200.50 UAH"; dates as ISO "2026-11-18" or "--11-18" without a year;
   * names as written; promises as the source phrase with whitespace collapsed.
   */
  value: string;
  confidence: number;
  /** Span in the input, in UTF-16 code units (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  /** Promises only: the structured deadline. */
  deadline?: Deadline;
}

export interface ExtractOptions {
  /**
   * BCP 47 tag of the user or the page ("en-US", "he", "ru-RU"). Only region US (and a few others
   * that write month first) changes anything: it reads 03/04/2026 as March 4.
   */
  locale?: string;
  /** Overrides the locale for ambiguous numeric dates. Default: day first. */
  dateOrder?: 'dmy' | 'mdy';
  /**
   * ISO date (YYYY-MM-DD) the text was written; gives a year to dates written without one
   * ("Nov 18" → the nearest Nov 18). Without it such dates are "--11-18".
   */
  referenceDate?: string;
}
