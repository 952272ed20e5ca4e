import { listCaseEvents } from '../db/repos/events';
import { listCaseEvidence } from '../db/repos/evidence';
import { listCaseFacts } from '../db/repos/facts';
import { listCaseMessages } from '../db/repos/messages';
import { requireCase } from '../db/repos/cases';
import type { RepoContext } from '../db/context';
import { verifyChain, type ChainVerdict } from '../integrity/chain';
import type { CaseRecord } from '../schemas/case';
import type { DraftRecord } from '../schemas/draft';
import type { CaseEventRecord } from '../schemas/event';
import type { EvidenceRecord } from '../schemas/evidence';
import type { FactRecord } from '../schemas/fact';
import type { ChatMessageRecord } from '../schemas/message';
import type { ReminderRecord } from '../schemas/reminder';

/**
 * Everything one case holds, as the dossier (report and archive) reads it. Hidden items and
 * rejected facts are kept here: each consumer decides what it shows, the archive keeps all.
 */
export interface CaseBundle {
  record: CaseRecord;
  /** In transcript order. */
  messages: ChatMessageRecord[];
  /** Oldest first; call logs are evidence of kind `call-log`. */
  evidence: EvidenceRecord[];
  facts: FactRecord[];
  drafts: DraftRecord[];
  reminders: ReminderRecord[];
  /** The case's append-only log, by seq. */
  events: CaseEventRecord[];
  chain: ChainVerdict;
}

/**
 * The case read once (its log included) and its log checked. Pages call it inside `useLiveQuery`,
 * which should await nothing but the database: the chain is checked synchronously there.
 */
export async function loadCaseBundle(ctx: RepoContext, caseId: string): Promise<CaseBundle> {
  const read = await readCaseBundle(ctx, caseId);
  return { ...read, chain: verifyChain(caseId, read.events) };
}

/** Everything `loadCaseBundle` reads, its log not yet checked (the export checks it natively). */
export async function readCaseBundle(ctx: RepoContext, caseId: string): Promise<Omit<CaseBundle, 'chain'>> {
  const record = await requireCase(ctx, caseId);
  const [messages, evidence, facts, drafts, reminders, events] = await Promise.all([
    listCaseMessages(ctx, caseId),
    listCaseEvidence(ctx, caseId),
    listCaseFacts(ctx, caseId),
    ctx.db.drafts.where('caseId').equals(caseId).sortBy('createdAt'),
    ctx.db.reminders.where('caseId').equals(caseId).sortBy('dueAt'),
    listCaseEvents(ctx, caseId),
  ]);
  return {
    record,
    messages,
    evidence: [...evidence].sort((a, b) => a.createdAt - b.createdAt),
    facts,
    drafts,
    reminders,
    events,
  };
}
