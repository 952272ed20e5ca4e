import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { listCaseEvidence } from '@/lib/db/repos/evidence';
import { markKeyEvidence, moveItems } from '@/lib/db/repos/items';
import { groupCaptures, type EvidenceGroup } from '@/lib/evidence/group-captures';
import { errorMessage } from '../../common/error-message';
import { EvidenceCard } from '../evidence/EvidenceCard';
import { EvidenceViewer } from '../evidence/EvidenceViewer';
import { MoveItemDialog } from '../MoveItemDialog';

export function EvidenceTab({
  repo,
  caseId,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => listCaseEvidence(repo, caseId), [repo, caseId]);
  const groups = useMemo(() => groupCaptures(items ?? []), [items]);
  const [moving, setMoving] = useState<EvidenceGroup | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const report = (error: unknown) => onError(errorMessage(error, t));
  const run = (work: Promise<unknown>) => work.catch(report);

  useEffect(() => {
    if (returnFocusTo === null) return;
    openButtons.current.get(returnFocusTo)?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo]);

  if (!items) return <p className="muted">{t('common.loading')}</p>;
  const closeViewer = () => {
    if (viewing === null) return;
    const viewed = groups[Math.min(viewing, groups.length - 1)];
    setViewing(null);
    if (viewed) setReturnFocusTo(viewed.key);
  };
  return (
    <>
      {groups.length === 0 ? (
        <p className="empty">{t('evidence.empty')}</p>
      ) : (
        <ul className="evidence-grid" data-testid="evidence-grid">
          {groups.map((group, index) => (
            <EvidenceCard
              key={group.key}
              group={group}
              ref={(button) => {
                if (button) openButtons.current.set(group.key, button);
                else openButtons.current.delete(group.key);
              }}
              onOpen={() => setViewing(index)}
              onToggleKey={() =>
                void run(markKeyEvidence(repo, 'evidence', group.primary.id, !group.primary.keyEvidence))
              }
              onMove={() => setMoving(group)}
            />
          ))}
        </ul>
      )}
      <EvidenceViewer
        groups={groups}
        index={groups.length === 0 ? null : viewing}
        onIndex={setViewing}
        onClose={closeViewer}
        onError={report}
      />
      <MoveItemDialog
        repo={repo}
        table="evidence"
        itemId={moving?.primary.id ?? null}
        caseId={caseId}
        onClose={() => setMoving(null)}
        move={
          moving
            ? (target) =>
                moveItems(
                  repo,
                  'evidence',
                  moving.items.map((item) => item.id),
                  target,
                )
            : undefined
        }
        run={(work) => void run(work)}
      />
    </>
  );
}
