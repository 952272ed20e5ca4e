import type { z } from 'zod';
import { chainVerdict, verifyChain, type ChainVerdict } from '../integrity/chain';
import { eventHashesNative } from '../integrity/chain-native';
import { sha256HexOfBytes } from '../integrity/sha256';
import type { CaseEventRecord } from '../schemas/event';
import {
  DOSSIER_FILES,
  caseDossierEnvelopeSchema,
  eventsFileSchema,
  manifestSchema,
  type CaseDossierEnvelope,
  type DossierManifest,
  type EventsFile,
} from './dossier-format';
import type { RedactionSummary } from './redact/redaction-format';
import { digestFiles } from './file-digests';
import { chainProblemWords, itemsFromOtherCases, loggedDigests, loggedMessages } from './verify-log';
import { ImportRefusedError, readZip } from './zip-reader';

export type DossierProblemKind =
  /** Not a ZIP, damaged, or refused as hostile: nothing else could be checked. */
  | 'unreadable'
  | 'missing'
  | 'changed'
  | 'added'
  /** A file of ours that cannot be read as what it should be. */
  | 'malformed'
  /** Two files that should agree (manifest, SHA256SUMS, case.json, events.json) do not. */
  | 'inconsistent'
  /** The event log's hash chain does not recompute. */
  | 'chain'
  /** An evidence file is not the one the event log recorded. */
  | 'evidence-log'
  /** A chat message in case.json is not what the event log recorded. */
  | 'message-log';

export interface DossierProblem {
  kind: DossierProblemKind;
  path?: string;
  detail: string;
}

export interface DossierSummary {
  caseId: string | null;
  caseTitle: string | null;
  exportedAt: string | null;
  files: number;
  events: number;
  evidence: number;
  rootHash: string | null;
  /** Evidence moved or merged in from another case: its digest is in that case's log. */
  evidenceFromOtherCases: number;
  /** Messages moved or merged in from another case: recorded in that case's log. */
  messagesFromOtherCases: number;
  /**
   * Set when manifest.json says this is a redacted copy: what was removed and left out. Its
   * redacted events and changed evidence files were checked against the copy's own digests only.
   */
  redaction: RedactionSummary | null;
}

export interface DossierVerdict {
  ok: boolean;
  problems: DossierProblem[];
  summary: DossierSummary;
}

const SUMS_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

type Files = ReadonlyMap<string, Uint8Array>;

function emptySummary(): DossierSummary {
  return {
    caseId: null,
    caseTitle: null,
    exportedAt: null,
    files: 0,
    events: 0,
    evidence: 0,
    rootHash: null,
    evidenceFromOtherCases: 0,
    messagesFromOtherCases: 0,
    redaction: null,
  };
}

/** The archive's files, or the verdict on an archive that cannot be read at all. */
function unzipOrVerdict(bytes: Uint8Array): Map<string, Uint8Array> | DossierVerdict {
  try {
    return readZip(bytes);
  } catch (error) {
    const detail = error instanceof ImportRefusedError ? error.message : `The file cannot be read: ${String(error)}`;
    return { ok: false, problems: [{ kind: 'unreadable', detail }], summary: emptySummary() };
  }
}

/**
 * Checks a case dossier as its receiver would: every SHA256SUMS line, files missing or added,
 * the manifest against the files, SHA256SUMS and case.json, the event chain recomputed from
 * events.json and its root hash, and each evidence file against the digest the log recorded
 * when it was saved. Reports every problem it finds, not just the first. Synchronous (the CLI
 * and the viewer); `verifyDossierNative` gives the same verdict faster where it can wait.
 */
export function verifyDossier(bytes: Uint8Array): DossierVerdict {
  const files = unzipOrVerdict(bytes);
  if (!(files instanceof Map)) return files;
  const check = new DossierCheck(files);
  const digests = new Map<string, string>();
  const digestOf = (path: string) => {
    let digest = digests.get(path);
    if (digest === undefined) digests.set(path, (digest = sha256HexOfBytes(files.get(path)!)));
    return digest;
  };
  return check.judge(digestOf, (caseId, events) => verifyChain(caseId, events));
}

/** `verifyDossier` with the platform's native SHA-256 for the files and the log: the same verdict, sooner. */
export async function verifyDossierNative(bytes: Uint8Array): Promise<DossierVerdict> {
  const files = unzipOrVerdict(bytes);
  if (!(files instanceof Map)) return files;
  return (await checkDossierFiles(files, await digestFiles(files))).verdict;
}

/** What the importer takes from a check, so that nothing is unzipped, hashed or parsed twice. */
export interface CheckedDossier {
  verdict: DossierVerdict;
  /** events.json as parsed (null when it could not be; the verdict then says why). */
  eventsFile: EventsFile | null;
}

/**
 * The checks of `verifyDossierNative` on an archive already unzipped (`readZip`), given the
 * SHA-256 of every file in it (`digestFiles`). The chain is recomputed with the native digest.
 */
export async function checkDossierFiles(files: Files, digests: ReadonlyMap<string, string>): Promise<CheckedDossier> {
  const check = new DossierCheck(files);
  const hashes = await eventHashesNative(check.eventsFile?.events ?? []);
  const verdict = check.judge(
    (path) => digests.get(path) ?? missingDigest(path),
    (caseId, chained) => chainVerdict(caseId, chained, hashes),
  );
  return { verdict, eventsFile: check.eventsFile };
}

function missingDigest(path: string): never {
  throw new Error(`no digest was computed for ${path}`);
}

/**
 * One verification: the three JSON files parsed first (the native path hashes the log between
 * parsing and judging), then every check, with the digests and chain verdict it is given.
 */
class DossierCheck {
  readonly problems: DossierProblem[] = [];
  private readonly reported = new Set<string>();
  readonly manifest: DossierManifest | null;
  readonly envelope: CaseDossierEnvelope | null;
  readonly eventsFile: EventsFile | null;

  constructor(private readonly files: Files) {
    this.manifest = readJson(files, DOSSIER_FILES.manifest, manifestSchema, this.report);
    this.envelope = readJson(files, DOSSIER_FILES.case, caseDossierEnvelopeSchema, this.report);
    this.eventsFile = readJson(files, DOSSIER_FILES.events, eventsFileSchema, this.report);
  }

  readonly report: Report = (kind, path, detail) => {
    // A missing or changed file is named once, however many lists it is in.
    const key = path !== undefined && ['missing', 'changed', 'added'].includes(kind) ? `${kind}:${path}` : null;
    if (key !== null) {
      if (this.reported.has(key)) return;
      this.reported.add(key);
    }
    this.problems.push(path === undefined ? { kind, detail } : { kind, path, detail });
  };

  judge(
    digestOf: (path: string) => string,
    chainOf: (caseId: string, events: readonly CaseEventRecord[]) => ChainVerdict,
  ): DossierVerdict {
    const { files, manifest, envelope, eventsFile, report, problems } = this;
    const summary = emptySummary();
    summary.files = files.size;
    // Problems found while parsing come after SHA256SUMS's, as they always have.
    const parsing = problems.splice(0);
    checkSums(files, report, digestOf);
    problems.push(...parsing);
    for (const path of Object.values(DOSSIER_FILES)) {
      if (!files.has(path)) report('missing', path, `${path} is missing from the archive.`);
    }
    if (manifest) checkManifest(files, manifest, report, digestOf);
    if (envelope) checkCase(files, envelope, manifest, report);
    const caseId = manifest?.caseId ?? envelope?.data.case.id ?? eventsFile?.caseId ?? null;
    if (eventsFile && caseId !== null) {
      // The chain is recomputed once; its root hash is the summary's.
      summary.rootHash = checkLog(eventsFile, caseId, chainOf(caseId, eventsFile.events), manifest, envelope, report);
      // A redacted copy changed these on purpose, and says so in manifest.json (covered by SHA256SUMS).
      summary.evidenceFromOtherCases = checkEvidenceAgainstLog(files, eventsFile, manifest, envelope, report, digestOf);
      if (envelope) summary.messagesFromOtherCases = checkMessagesAgainstLog(eventsFile, envelope, report);
    }
    summary.redaction = manifest?.redaction ?? null;
    summary.caseId = caseId;
    summary.caseTitle = envelope?.data.case.title ?? null;
    summary.exportedAt = manifest?.exportedAt ?? envelope?.exportedAt ?? null;
    summary.events = eventsFile?.events.length ?? 0;
    summary.evidence = envelope?.data.evidence.length ?? manifest?.files.filter((f) => f.itemId !== null).length ?? 0;
    return { ok: problems.length === 0, problems, summary };
  }
}

type Report = (kind: DossierProblemKind, path: string | undefined, detail: string) => void;

function checkSums(files: Files, report: Report, digestOf: (path: string) => string) {
  const bytes = files.get(DOSSIER_FILES.sums);
  if (!bytes) return;
  const listed = new Set<string>();
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const match = SUMS_LINE.exec(line);
      if (!match) {
        report('malformed', DOSSIER_FILES.sums, `Line ${index + 1} of SHA256SUMS is not "<SHA-256>  <file name>".`);
        return;
      }
      const [, sha256, path] = match as unknown as [string, string, string];
      if (listed.has(path)) report('malformed', DOSSIER_FILES.sums, `SHA256SUMS lists ${path} more than once.`);
      listed.add(path);
      if (!files.has(path)) report('missing', path, `${path} is listed in SHA256SUMS but is not in the archive.`);
      else if (digestOf(path) !== sha256) {
        report('changed', path, `${path} was changed: its SHA-256 differs from the one in SHA256SUMS.`);
      }
    });
  for (const path of files.keys()) {
    if (path !== DOSSIER_FILES.sums && !listed.has(path)) {
      report('added', path, `${path} is not listed in SHA256SUMS: it was added after the export.`);
    }
  }
}

function readJson<T extends z.ZodType>(files: Files, path: string, schema: T, report: Report): z.infer<T> | null {
  const bytes = files.get(path);
  if (!bytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    report('malformed', path, `${path} is not valid JSON.`);
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    report(
      'malformed',
      path,
      `${path} is not in the expected format at ${issue.path.join('.') || '(top)'}: ${issue.message}.`,
    );
    return null;
  }
  return parsed.data;
}

function checkManifest(files: Files, manifest: DossierManifest, report: Report, digestOf: (path: string) => string) {
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const entry of manifest.files) {
    if (!files.has(entry.path)) {
      report('missing', entry.path, `${entry.path} is listed in manifest.json but is not in the archive.`);
    } else if (files.get(entry.path)!.length !== entry.size || digestOf(entry.path) !== entry.sha256) {
      report('changed', entry.path, `${entry.path} was changed: its size or SHA-256 differs from manifest.json.`);
    }
  }
  for (const path of files.keys()) {
    if (path !== DOSSIER_FILES.manifest && path !== DOSSIER_FILES.sums && !listed.has(path)) {
      report('added', path, `${path} is not listed in manifest.json: it was added after the export.`);
    }
  }
}

function checkCase(files: Files, envelope: CaseDossierEnvelope, manifest: DossierManifest | null, report: Report) {
  const { data } = envelope;
  for (const item of data.evidence) {
    if (!files.has(item.file)) {
      report('missing', item.file, `${item.file} (evidence ${item.id} in case.json) is not in the archive.`);
    }
  }
  if (!manifest) return;
  if (data.case.id !== manifest.caseId) {
    report(
      'inconsistent',
      DOSSIER_FILES.case,
      `case.json is about case ${data.case.id}, manifest.json about ${manifest.caseId}.`,
    );
  }
  if (data.log.rootHash !== manifest.log.rootHash || data.log.eventCount !== manifest.log.eventCount) {
    report(
      'inconsistent',
      DOSSIER_FILES.case,
      'case.json and manifest.json name different event logs (root hash or count).',
    );
  }
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const inCase = new Set(data.evidence.map((e) => e.id));
  for (const item of data.evidence) {
    const entry = byPath.get(item.file);
    if (!entry || entry.itemId !== item.id || entry.kind !== item.kind || entry.sha256 !== item.sha256) {
      report(
        'inconsistent',
        item.file,
        `case.json and manifest.json disagree about ${item.file} (evidence ${item.id}).`,
      );
    }
  }
  for (const entry of manifest.files) {
    if (entry.itemId !== null && !inCase.has(entry.itemId)) {
      report('inconsistent', entry.path, `${entry.path} is in manifest.json but its evidence is not in case.json.`);
    }
  }
}

/** Returns the root hash of the log as recomputed. */
function checkLog(
  eventsFile: EventsFile,
  caseId: string,
  verdict: ChainVerdict,
  manifest: DossierManifest | null,
  envelope: CaseDossierEnvelope | null,
  report: Report,
): string | null {
  const path = DOSSIER_FILES.events;
  if (eventsFile.caseId !== caseId)
    report('inconsistent', path, `events.json is the log of another case (${eventsFile.caseId}).`);
  // A redacted event cannot match its recorded hash; its link to the event before it still counts.
  const redacted = new Set(manifest?.redaction?.events ?? []);
  for (const problem of verdict.problems) {
    if (problem.kind === 'hash-mismatch' && redacted.has(problem.seq)) continue;
    report('chain', path, chainProblemWords(problem));
  }
  const claims: [string, { rootHash: string | null; eventCount: number }][] = [[path, eventsFile]];
  if (manifest) claims.push([DOSSIER_FILES.manifest, manifest.log]);
  if (envelope) claims.push([DOSSIER_FILES.case, envelope.data.log]);
  for (const [source, claim] of claims) {
    if (claim.rootHash !== verdict.rootHash || claim.eventCount !== verdict.length) {
      report(
        'chain',
        path,
        `The log recomputed from events.json (${verdict.length} events, root ${verdict.rootHash ?? 'none'}) is not the one ${source} states (${claim.eventCount} events, root ${claim.rootHash ?? 'none'}).`,
      );
    }
  }
  return verdict.rootHash;
}

/** Returns how many evidence files came from another case's log (not an error; said in the summary). */
function checkEvidenceAgainstLog(
  files: Files,
  eventsFile: EventsFile,
  manifest: DossierManifest | null,
  envelope: CaseDossierEnvelope | null,
  report: Report,
  digestOf: (path: string) => string,
): number {
  const logged = loggedDigests(eventsFile.events);
  const fromOtherCases = itemsFromOtherCases(eventsFile.events, 'evidence');
  const redacted = new Set(manifest?.redaction?.changedEvidence ?? []);
  const items = new Map<string, string>();
  for (const entry of manifest?.files ?? []) if (entry.itemId !== null) items.set(entry.path, entry.itemId);
  for (const item of envelope?.data.evidence ?? []) items.set(item.file, item.id);
  let others = 0;
  for (const [path, itemId] of items) {
    if (!files.has(path) || redacted.has(itemId)) continue;
    const record = logged.get(itemId);
    if (record) {
      if (record.sha256 !== digestOf(path)) {
        report(
          'evidence-log',
          path,
          `${path} is not the file the event log recorded when it was saved (event ${record.seq}): its SHA-256 differs.`,
        );
      }
    } else if (fromOtherCases.has(itemId)) {
      others++;
    } else {
      report('evidence-log', path, `${path} (evidence ${itemId}) is not recorded in the event log.`);
    }
  }
  return others;
}

/**
 * case.json is what an import reads: each message's words, author, role and first-seen time must
 * be the log's. Returns how many messages came from another case's log.
 */
function checkMessagesAgainstLog(eventsFile: EventsFile, envelope: CaseDossierEnvelope, report: Report): number {
  const logged = loggedMessages(eventsFile.events);
  const fromOtherCases = itemsFromOtherCases(eventsFile.events, 'messages');
  let others = 0;
  for (const message of envelope.data.messages) {
    const record = logged.get(message.id);
    if (!record) {
      if (fromOtherCases.has(message.id)) others++;
      else
        report(
          'message-log',
          DOSSIER_FILES.case,
          `Message ${message.id} in case.json is not recorded in the event log.`,
        );
    } else if (
      record.text !== message.text ||
      record.role !== message.role ||
      record.authorName !== message.authorName ||
      record.firstSeenAt !== message.firstSeenAt
    ) {
      report(
        'message-log',
        DOSSIER_FILES.case,
        `Message ${message.id} in case.json differs from what the event log recorded (event ${record.seq}).`,
      );
    }
  }
  return others;
}
