import { useState } from 'react';
import { PageShell } from '../common/PageShell';
import { BackupReminder } from './BackupReminder';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { StorageWarning } from './StorageWarning';

export function WorkspacePage() {
  const [caseId, setCaseId] = useState<string | null>(() => new URLSearchParams(location.search).get('case'));
  return (
    <PageShell>
      {(repo) => (
        <main className="workspace">
          <StorageWarning />
          <BackupReminder repo={repo} />
          {caseId ? (
            <CaseView repo={repo} caseId={caseId} onBack={() => setCaseId(null)} onOpenCase={setCaseId} />
          ) : (
            <CaseList repo={repo} onOpen={setCaseId} />
          )}
        </main>
      )}
    </PageShell>
  );
}
