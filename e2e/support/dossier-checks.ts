import { createHash } from 'node:crypto';
import { DOSSIER_FILES, caseDossierEnvelopeSchema, eventsFileSchema } from '../../lib/dossier/dossier-format';
import { readZip } from '../../lib/dossier/zip-reader';
import type { StoredEvent } from '../fixtures/db';
import type { AllStores, StoredRow } from './all-stores';
import { chainProblems } from './event-chain';

/** What a downloaded case dossier holds, read in Node from its bytes. */
export interface DossierContent {
  caseId: string;
  title: string;
  /** SHA-256 of manifest.json: what the case's `export.made` event records. */
  manifestSha256: string;
  rootHash: string | null;
  eventCount: number;
  messages: { id: string; text: string }[];
  evidence: { id: string; sha256: string }[];
  facts: string[];
  drafts: string[];
  reminders: string[];
  events: StoredEvent[];
}

export function readDossierContent(bytes: Uint8Array): DossierContent {
  const files = readZip(bytes);
  const text = (path: string) => new TextDecoder().decode(files.get(path));
  const { data } = caseDossierEnvelopeSchema.parse(JSON.parse(text(DOSSIER_FILES.case)));
  const log = eventsFileSchema.parse(JSON.parse(text(DOSSIER_FILES.events)));
  return {
    caseId: data.case.id,
    title: data.case.title,
    manifestSha256: createHash('sha256').update(files.get(DOSSIER_FILES.manifest)!).digest('hex'),
    rootHash: log.rootHash,
    eventCount: log.eventCount,
    messages: data.messages.map(({ id, text }) => ({ id, text })),
    evidence: data.evidence.map(({ id, sha256 }) => ({ id, sha256 })),
    facts: data.facts.map((f) => f.id),
    drafts: data.drafts.map((d) => d.id),
    reminders: data.reminders.map((r) => r.id),
    events: log.events as StoredEvent[],
  };
}

/**
 * Exactly one `export.made` per downloaded dossier, each naming that file's manifest and log,
 * none for a file that was not downloaded, and the case's chain still sound. `events` is the
 * case's log; `since` the seq from which its export.made events are the ones under test.
 */
export function exportLogProblems(
  events: readonly StoredEvent[],
  downloads: readonly Pick<DossierContent, 'manifestSha256' | 'rootHash' | 'eventCount'>[],
  since: number,
): string[] {
  const problems = chainProblems(events);
  const made = events.filter((e) => e.type === 'export.made' && e.seq >= since);
  downloads.forEach((download, index) => {
    const logged = made.filter((e) => e.payload.manifestSha256 === download.manifestSha256);
    if (logged.length !== 1) problems.push(`export ${index} is logged ${logged.length} times`);
    for (const e of logged) {
      if (e.payload.rootHash !== download.rootHash || e.payload.eventCount !== download.eventCount)
        problems.push(`export ${index}: export.made names another log than the file holds`);
    }
  });
  const downloaded = new Set(downloads.map((d) => d.manifestSha256));
  for (const e of made)
    if (!downloaded.has(String(e.payload.manifestSha256)))
      problems.push(`export.made at seq ${e.seq} has no downloaded file`);
  return problems;
}

const CASE_STORES = ['cases', 'messages', 'evidence', 'facts', 'drafts', 'reminders', 'events'];

/** The case a row belongs to (null for rows of no case: settings, meta, loose reminders). */
function ownerOf(store: string, row: StoredRow): string | null {
  if (store === 'cases') return String(row.id);
  return CASE_STORES.includes(store) && typeof row.caseId === 'string' ? row.caseId : null;
}

/** Rows of `a` not in `b`, counted as multisets of their JSON. */
function rowsNotIn(a: readonly StoredRow[], b: readonly StoredRow[]): StoredRow[] {
  const left = new Map<string, number>();
  for (const row of b) left.set(JSON.stringify(row), (left.get(JSON.stringify(row)) ?? 0) + 1);
  return a.filter((row) => {
    const key = JSON.stringify(row);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

const sorted = (values: readonly string[]) => [...values].sort();
const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

export interface ImportVerdict {
  /** Nothing changed, or one case was written (new, replacing ours, or as a copy). */
  outcome: 'nothing' | 'whole';
  /** The case written, when one was. */
  caseId: string | null;
  problems: string[];
}

/**
 * Judges the database after an import of `file` against the database before it: unchanged, or
 * changed in exactly one case that now holds the whole file (its own ids and log, or a copy with
 * new ids whose own log starts with `case.created` naming the original) — never part of it.
 */
export function judgeImport(before: AllStores, after: AllStores, file: DossierContent): ImportVerdict {
  const problems: string[] = [];
  const touched = new Set<string>();
  let changed = false;
  const stores = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const store of stores) {
    const was = before[store] ?? [];
    const now = after[store] ?? [];
    for (const [what, rows] of [
      ['added', rowsNotIn(now, was)],
      ['removed', rowsNotIn(was, now)],
    ] as const) {
      for (const row of rows) {
        changed = true;
        const owner = ownerOf(store, row);
        if (owner === null) problems.push(`${store}: a row of no case was ${what}`);
        else touched.add(owner);
      }
    }
  }
  if (!changed) return { outcome: 'nothing', caseId: null, problems };
  if (touched.size !== 1) {
    problems.push(`${touched.size} cases changed, not one`);
    return { outcome: 'whole', caseId: null, problems };
  }
  const [caseId] = [...touched] as [string];
  const of = (store: string) => (after[store] ?? []).filter((row) => ownerOf(store, row) === caseId);
  const ids = (store: string) => of(store).map((row) => String(row.id));
  const messages = of('messages');
  const evidence = of('evidence');
  const events = of('events') as unknown as StoredEvent[];
  events.sort((a, b) => a.seq - b.seq);

  if (of('cases').length !== 1) problems.push(`the case record is there ${of('cases').length} times`);
  if (
    !same(
      messages.map((m) => String(m.text)),
      file.messages.map((m) => m.text),
    )
  )
    problems.push(`messages: ${messages.length} here, ${file.messages.length} in the file`);
  if (
    !same(
      evidence.map((e) => String(e.sha256)),
      file.evidence.map((e) => e.sha256),
    )
  )
    problems.push(`evidence: ${evidence.length} here, ${file.evidence.length} in the file`);
  for (const row of evidence) {
    if ((row.blob as { sha256?: unknown } | undefined)?.sha256 !== row.sha256)
      problems.push(`evidence ${String(row.id)}: its bytes are not the ones recorded`);
  }
  for (const store of ['facts', 'drafts', 'reminders'] as const) {
    if (of(store).length !== file[store].length)
      problems.push(`${store}: ${of(store).length} here, ${file[store].length} in the file`);
  }
  problems.push(...chainProblems(events).map((p) => `log: ${p}`));

  if (caseId === file.caseId) {
    // Imported with its own ids (new here, or replacing ours): the very records and log of the file.
    if (
      !same(
        ids('messages'),
        file.messages.map((m) => m.id),
      )
    )
      problems.push('messages: not the ids of the file');
    if (
      !same(
        ids('evidence'),
        file.evidence.map((e) => e.id),
      )
    )
      problems.push('evidence: not the ids of the file');
    for (const store of ['facts', 'drafts', 'reminders'] as const)
      if (!same(ids(store), file[store])) problems.push(`${store}: not the ids of the file`);
    if (JSON.stringify(events.map((e) => e.hash)) !== JSON.stringify(file.events.map((e) => e.hash)))
      problems.push(`log: ${events.length} events here, not the ${file.events.length} of the file`);
  } else {
    // Kept as a copy: a new case (nothing of it was here), with a log of its own.
    const removed = [...stores].some((s) => rowsNotIn(before[s] ?? [], after[s] ?? []).length > 0);
    if (removed) problems.push('a copy removed rows');
    const created = events[0];
    const from = (created?.payload.importedFrom as { caseId?: unknown } | undefined)?.caseId;
    if (created?.type !== 'case.created' || from !== file.caseId)
      problems.push('log: the copy does not start with case.created naming the original');
    const expected = 1 + file.messages.length + file.evidence.length;
    if (events.length !== expected) problems.push(`log: ${events.length} events, not ${expected}`);
  }
  return { outcome: 'whole', caseId, problems };
}
