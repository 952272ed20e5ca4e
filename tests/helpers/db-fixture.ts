import type { PaperTrailDb } from '@/lib/db/database';

/** A database dump as committed in tests/fixtures/db/: Blobs as { $blob: base64, type }. */
export interface DbFixture {
  schemaVersion: number;
  description: string;
  tables: Record<string, Record<string, unknown>[]>;
}

interface EncodedBlob {
  $blob: string;
  type: string;
}

function isEncodedBlob(value: unknown): value is EncodedBlob {
  return typeof value === 'object' && value !== null && '$blob' in value;
}

export function decodeValue(value: unknown): unknown {
  if (isEncodedBlob(value)) return new Blob([Buffer.from(value.$blob, 'base64')], { type: value.type });
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

export async function encodeValue(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { $blob: Buffer.from(await value.arrayBuffer()).toString('base64'), type: value.type };
  }
  if (Array.isArray(value)) return Promise.all(value.map(encodeValue));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await encodeValue(v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every table of a database, encoded so rows can be compared as JSON. */
export async function dumpDatabase(db: PaperTrailDb): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await encodeValue(await table.toArray())) as Record<string, unknown>[];
  }
  return out;
}
