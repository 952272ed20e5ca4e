import { z } from 'zod';
import { MAX_MESSAGE_TEXT, MAX_SHORT_TEXT, MAX_URL } from './limits';

// Extension pages forbid eval (our CSP): Zod must never try its `new Function` fast path.
z.config({ jitless: true });

export { MAX_MESSAGE_TEXT };

/** Random identifiers (crypto.randomUUID), never derived from user data. */
export const idSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Milliseconds since the epoch, as Date.now() gives. */
export const epochMsSchema = z.number().int().nonnegative();

/** A calendar date without a time zone: YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A registrable domain ("shop.example.co.uk") or a bare host for local addresses. */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/);

export const urlSchema = z.string().max(MAX_URL);

export const jurisdictionSchema = z.enum(['IL', 'EU', 'UK', 'US', 'RU', 'UA']);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const localeSchema = z.enum(['en', 'he', 'ru']);
export type Locale = z.infer<typeof localeSchema>;

/** Text a user or a page gave us: bounded, so one hostile value cannot fill the disk. */
export const shortTextSchema = z.string().max(MAX_SHORT_TEXT);
export const longTextSchema = z.string().max(MAX_MESSAGE_TEXT);

/** A JSON value, as stored in event payloads. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite, 'must be a finite number'),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
