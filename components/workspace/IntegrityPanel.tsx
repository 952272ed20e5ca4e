import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RepoContext } from '@/lib/db/context';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { formatWitnessLine } from '@/lib/integrity/witness';

/** The case log's root hash and a witness line to send to someone else. */
export function IntegrityPanel({ repo, caseId, caseTitle }: { repo: RepoContext; caseId: string; caseTitle: string }) {
  const verdict = useLiveQuery(() => verifyCaseLog(repo, caseId), [repo, caseId]);
  const [copied, setCopied] = useState(false);
  if (!verdict) return null;
  const line = verdict.rootHash
    ? formatWitnessLine({ caseId, caseTitle, rootHash: verdict.rootHash, eventCount: verdict.length, at: Date.now() })
    : null;
  return (
    <div className="card" aria-label="Integrity">
      <p>
        {verdict.ok ? `Event log intact: ${verdict.length} events.` : `Event log problems: ${verdict.problems.length}.`}
      </p>
      {line && (
        <div className="row">
          <span className="mono" data-testid="root-hash">
            {verdict.rootHash}
          </span>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard.writeText(line).then(() => setCopied(true));
            }}
          >
            {copied ? 'Witness line copied' : 'Copy witness line'}
          </button>
        </div>
      )}
      <p className="muted">
        E-mail the witness line to yourself or to the company: it shows this log existed, unchanged, by then.
      </p>
    </div>
  );
}
