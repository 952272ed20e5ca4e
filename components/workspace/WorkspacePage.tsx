import { useState } from 'react';
import { useRepo } from '../common/use-repo';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';

export function WorkspacePage() {
  const { repo, error } = useRepo();
  const [caseId, setCaseId] = useState<string | null>(null);
  return (
    <main>
      <h1>Paper Trail</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {repo && !caseId && <CaseList repo={repo} onOpen={setCaseId} />}
      {repo && caseId && <CaseView repo={repo} caseId={caseId} onBack={() => setCaseId(null)} />}
    </main>
  );
}
