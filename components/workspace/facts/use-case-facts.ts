import { useLiveQuery } from 'dexie-react-hooks';
import type { RepoContext } from '@/lib/db/context';
import { listCaseFacts } from '@/lib/db/repos/facts';
import type { EvidenceKind } from '@/lib/schemas/evidence';
import type { FactRecord } from '@/lib/schemas/fact';

export interface FactSourceInfo {
  /** When the words were written or seen. */
  at: number | null;
  /** Who wrote them, for chat messages. */
  authorName: string | null;
  /** The message or capture was hidden (Undo): its suggestions are not shown. */
  hidden: boolean;
  /** For evidence: a captured page, a pasted e-mail, a logged call… */
  evidenceKind?: EvidenceKind;
}

export interface CaseFact {
  fact: FactRecord;
  source: FactSourceInfo;
}

/** The case's facts with what the workspace shows about where each came from. */
export function useCaseFacts(repo: RepoContext, caseId: string): CaseFact[] | undefined {
  return useLiveQuery(async () => {
    const facts = await listCaseFacts(repo, caseId);
    const ids = (kind: 'message' | 'evidence') => [
      ...new Set(facts.flatMap((f) => (f.source.kind === kind && f.source.id ? [f.source.id] : []))),
    ];
    const [messages, evidence] = await Promise.all([
      repo.db.messages.bulkGet(ids('message')),
      repo.db.evidence.bulkGet(ids('evidence')),
    ]);
    const sources = new Map<string, FactSourceInfo>();
    for (const m of messages) {
      if (m) sources.set(m.id, { at: m.firstSeenAt, authorName: m.authorName, hidden: m.hiddenAt !== null });
    }
    for (const e of evidence) {
      if (e) {
        sources.set(e.id, { at: e.createdAt, authorName: null, hidden: e.hiddenAt !== null, evidenceKind: e.kind });
      }
    }
    return facts.map((fact) => ({
      fact,
      source: (fact.source.id && sources.get(fact.source.id)) || {
        at: fact.sourceAt ?? fact.createdAt,
        authorName: null,
        hidden: false,
      },
    }));
  }, [repo, caseId]);
}
