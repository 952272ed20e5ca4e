/**
 * Mutations of an exported archive shared by the importer targets (backup and case dossier):
 * byte-level damage, hostile entry names and sizes, entries dropped, repeated or added, and
 * edits of a JSON tree. Each target adds the edits only its own format has.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { storedZip, type RawEntry } from '../helpers/stored-zip';

/** Names a hostile archive could use; `envelope` and `folder` are the format's own file and folder. */
export function hostileNames(envelope: string, folder: string): string[] {
  return [
    '../x',
    `../../${envelope}`,
    '/etc/passwd',
    'C:/x',
    'c:x',
    'a\\b',
    `${folder}/../${envelope}`,
    `./${envelope}`,
    `${folder}/./x.png`,
    '',
    'x\u0000y',
    'x\u001fy',
    'a'.repeat(400),
    `${folder}/`,
    'évidence/ü.png',
    `${envelope} `,
    envelope.toUpperCase(),
    'SHA256SUMS',
    envelope,
    '\u202Egnp.exe',
  ];
}

export type JsonEdit =
  | { op: 'remove' | 'replace' | 'duplicate'; at: number; value: unknown }
  | { op: 'extra'; at: number; key: string; value: unknown };

export const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 0, 1e308, '', 'x'.repeat(5000), '\uD800', [], {}, true, '2026-13-40T99:99:99Z'),
);

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('remove' as const, 'replace' as const, 'duplicate' as const),
    at: fc.nat({ max: 300 }),
    value: leaf,
  }),
  fc.record({
    op: fc.constant('extra' as const),
    at: fc.nat({ max: 300 }),
    key: fc.string({ maxLength: 10 }),
    value: leaf,
  }),
);

/** How many nodes `editJson` can reach in `root` (its `at` counts them depth first). */
export function countJsonNodes(root: unknown): number {
  if (Array.isArray(root)) return 1 + root.reduce((n: number, v) => n + countJsonNodes(v), 0);
  if (root && typeof root === 'object')
    return 1 + Object.values(root).reduce((n: number, v) => n + countJsonNodes(v), 0);
  return 1;
}

/** Applies one edit to the node numbered `at` in a depth-first walk; returns the new root. */
export function editJson(root: unknown, edit: JsonEdit): unknown {
  let n = 0;
  const walk = (value: unknown): unknown => {
    const here = n++;
    if (here === edit.at) {
      if (edit.op === 'replace') return edit.value;
      if (edit.op === 'remove') return undefined;
      if (edit.op === 'extra' && value && typeof value === 'object' && !Array.isArray(value))
        return { ...value, [edit.key]: edit.value };
      if (edit.op === 'duplicate' && Array.isArray(value) && value.length > 0) return [...value, value[0]];
    }
    if (Array.isArray(value)) return value.map(walk).filter((v) => v !== undefined);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const next = walk(v);
        if (next !== undefined) out[k] = next;
      }
      return out;
    }
    return value;
  };
  return walk(root);
}

/** The files with SHA256SUMS written anew for them (last), as someone covering an edit would. */
export function withSums(files: [string, Uint8Array][]): [string, Uint8Array][] {
  const rest = files.filter(([name]) => name !== 'SHA256SUMS');
  const sums = formatSha256Sums(rest.map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) })));
  return [...rest, ['SHA256SUMS', strToU8(sums)]];
}

export type ArchiveMutation =
  | { kind: 'flip'; flips: [number, number][] }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; remove: number; insert: Uint8Array }
  | { kind: 'rename'; entry: number; name: string }
  | { kind: 'duplicate'; entry: number; sameContent: boolean }
  | { kind: 'declared'; entry: number; size: number }
  | { kind: 'drop'; entry: number }
  | { kind: 'add'; name: string; data: Uint8Array };

const entryIndex = fc.nat({ max: 20 });

/**
 * One generator per kind of archive damage, for the target's `fc.oneof` (so each kind keeps its
 * share beside the target's own edits). `names` are the hostile names to rename to and add.
 */
export function archiveMutations(names: readonly string[], addable: string): fc.Arbitrary<ArchiveMutation>[] {
  return [
    fc.record({
      kind: fc.constant('flip' as const),
      flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 7 })), { minLength: 1, maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('splice' as const),
      at: fc.nat(),
      remove: fc.nat({ max: 64 }),
      insert: fc.uint8Array({ maxLength: 64 }),
    }),
    fc.record({
      kind: fc.constant('rename' as const),
      entry: entryIndex,
      name: fc.oneof(fc.constantFrom(...names), fc.string({ unit: 'binary', maxLength: 20 })),
    }),
    fc.record({ kind: fc.constant('duplicate' as const), entry: entryIndex, sameContent: fc.boolean() }),
    fc.record({
      kind: fc.constant('declared' as const),
      entry: entryIndex,
      size: fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 2 ** 31, 1024 ** 3 + 1), fc.nat()),
    }),
    fc.record({ kind: fc.constant('drop' as const), entry: entryIndex }),
    fc.record({
      kind: fc.constant('add' as const),
      name: fc.constantFrom(...names, addable),
      data: fc.uint8Array({ maxLength: 16 }),
    }),
  ];
}

/** The archive `exported` (whose files are `entries`) with one kind of damage done to it. */
export function applyArchiveMutation(
  m: ArchiveMutation,
  exported: Uint8Array,
  entries: readonly [string, Uint8Array][],
): Uint8Array {
  const list = (): RawEntry[] => entries.map(([name, data]) => ({ name, data }));
  const pick = (i: number) => i % entries.length;
  switch (m.kind) {
    case 'flip': {
      const out = exported.slice();
      for (const [at, bit] of m.flips) out[at % out.length]! ^= 1 << bit;
      return out;
    }
    case 'truncate':
      return exported.slice(0, m.at % exported.length);
    case 'splice': {
      const at = m.at % exported.length;
      return new Uint8Array([...exported.slice(0, at), ...m.insert, ...exported.slice(at + m.remove)]);
    }
    case 'rename': {
      const out = list();
      out[pick(m.entry)]!.name = m.name;
      return storedZip(out);
    }
    case 'duplicate': {
      const out = list();
      const original = out[pick(m.entry)]!;
      out.push({ name: original.name, data: m.sameContent ? original.data : strToU8('{"other":true}') });
      return storedZip(out);
    }
    case 'declared': {
      const out = list();
      out[pick(m.entry)]!.declaredSize = m.size;
      return storedZip(out);
    }
    case 'drop':
      return storedZip(list().filter((_, i) => i !== pick(m.entry)));
    case 'add':
      return storedZip([...list(), { name: m.name, data: m.data }]);
  }
}
