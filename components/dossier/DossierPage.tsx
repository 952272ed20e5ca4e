import { useLiveQuery } from 'dexie-react-hooks';
import { listCaseMessages } from '@/lib/db/repos/messages';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { useRepo } from '../common/use-repo';

/** The printable case report. The dossier issue adds every section; this shows what exists. */
export function DossierPage() {
  const { repo, error } = useRepo();
  const caseId = new URLSearchParams(location.search).get('case') ?? '';
  const record = useLiveQuery(() => repo?.db.cases.get(caseId), [repo, caseId]);
  const messages = useLiveQuery(() => (repo ? listCaseMessages(repo, caseId) : undefined), [repo, caseId]);
  const verdict = useLiveQuery(() => (repo ? verifyCaseLog(repo, caseId) : undefined), [repo, caseId]);
  if (error) return <p className="error">{error}</p>;
  if (!record) return <main className="muted">No case to show. Open the dossier from a case in the workspace.</main>;
  return (
    <main>
      <h1>
        <bdi>{record.title}</bdi>
      </h1>
      <p className="muted">Time zone: {Intl.DateTimeFormat().resolvedOptions().timeZone}</p>
      <h2>Transcript</h2>
      {messages?.map((m) => (
        <p key={m.id} className="message" dir="auto">
          <strong>
            <bdi>{m.authorName ?? m.role}</bdi>
          </strong>{' '}
          ({new Date(m.firstSeenAt).toLocaleString()}, first seen): {m.text}
        </p>
      ))}
      <h2>Integrity</h2>
      <p className="mono">{verdict?.rootHash ?? '—'}</p>
    </main>
  );
}
