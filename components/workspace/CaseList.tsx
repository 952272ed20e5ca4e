import { useLiveQuery } from 'dexie-react-hooks';
import type { RepoContext } from '@/lib/db/context';
import { listCases } from '@/lib/db/repos/cases';

export function CaseList({ repo, onOpen }: { repo: RepoContext; onOpen: (caseId: string) => void }) {
  const cases = useLiveQuery(() => listCases(repo), [repo]);
  if (!cases) return <p className="muted">Loading…</p>;
  if (cases.length === 0) {
    return (
      <p className="muted">
        No cases yet. Turn on auto-capture for a site in the settings, or capture a page from the toolbar button.
      </p>
    );
  }
  return (
    <ul className="plain" aria-label="Cases">
      {cases.map((c) => (
        <li key={c.id} className="card">
          <button type="button" onClick={() => onOpen(c.id)} data-testid="open-case">
            <bdi>{c.title}</bdi>
          </button>{' '}
          <span className="muted">
            {c.status} · {new Date(c.updatedAt).toLocaleString()}
          </span>
        </li>
      ))}
    </ul>
  );
}
