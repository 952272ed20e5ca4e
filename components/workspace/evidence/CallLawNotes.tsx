import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCallClock } from '@/lib/calls/call-state';
import type { RepoContext } from '@/lib/db/context';
import { checkCallWait } from '@/lib/rights/call-check';
import { rulesFor } from '@/lib/rights/dataset';
import { Ltr } from '../../common/Ltr';
import { useSettings } from '../../common/use-settings';
import { useAddToDraft } from '../drafts/draft-editor';

/**
 * What the law of the case's country (else the home country) says about the wait just logged:
 * each rule the wait went past, with its citation — ready to quote in a complaint.
 */
export function CallLawNotes({ repo, caseId, waitedMs }: { repo: RepoContext; caseId: string; waitedMs: number }) {
  const { t } = useTranslation();
  const { settings } = useSettings(repo);
  const addToDraft = useAddToDraft();
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const record = useLiveQuery(async () => (await repo.db.cases.get(caseId)) ?? null, [repo, caseId]);
  const jurisdiction = record?.jurisdiction ?? settings?.homeCountry ?? null;
  if (!jurisdiction) return null;
  const checks = checkCallWait(waitedMs, rulesFor(jurisdiction));
  if (checks.length === 0) return null;
  const waited = formatCallClock(waitedMs);
  return (
    <ul className="call-law-notes" aria-label={t('rights.call.heading')} data-testid="call-law-notes">
      {checks.map((check) => (
        <li key={`${check.rule.id}:${check.kind}`} className="warning small">
          {check.kind === 'over-limit'
            ? t('rights.call.over-limit', { waited, limit: String(check.limitMinutes) })
            : t('rights.call.callback-due', { waited, limit: String(check.limitMinutes) })}{' '}
          <Ltr className="muted">{check.rule.citation}</Ltr>
          {addToDraft && (
            <button
              type="button"
              className="quiet small"
              disabled={added.has(check.rule.id)}
              onClick={() => {
                // The call form stays open: the citation waits in the Draft tab.
                addToDraft(check.rule, { stay: true });
                setAdded((now) => new Set(now).add(check.rule.id));
              }}
            >
              {added.has(check.rule.id) ? t('draftTab.addedToDraft') : t('draftTab.useInDraft')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
