import { useLiveQuery } from 'dexie-react-hooks';
import type { RepoContext } from '@/lib/db/context';
import { listCaseMessages } from '@/lib/db/repos/messages';
import { IntegrityPanel } from './IntegrityPanel';

export function CaseView({ repo, caseId, onBack }: { repo: RepoContext; caseId: string; onBack: () => void }) {
  const record = useLiveQuery(() => repo.db.cases.get(caseId), [repo, caseId]);
  const messages = useLiveQuery(() => listCaseMessages(repo, caseId), [repo, caseId]);
  if (record === undefined || messages === undefined) return <p className="muted">Loading…</p>;
  const visible = messages.filter((m) => m.hiddenAt === null);
  return (
    <section aria-label="Case">
      <button type="button" onClick={onBack}>
        ← Cases
      </button>
      <h2>
        <bdi>{record.title}</bdi>
      </h2>
      <IntegrityPanel repo={repo} caseId={caseId} caseTitle={record.title} />
      <h2>Transcript</h2>
      <ul className="plain" aria-label="Transcript" data-testid="transcript">
        {visible.map((m) => (
          <li key={m.id} className={`card role-${m.role}`}>
            <div className="muted">
              <bdi>{m.authorName ?? m.role}</bdi> · first seen {new Date(m.firstSeenAt).toLocaleTimeString()}
              {m.widgetTimeText ? ` · “${m.widgetTimeText}”` : ''}
            </div>
            <div className="message" dir="auto">
              {m.text}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
