import { useLiveQuery } from 'dexie-react-hooks';
import { Tabs } from 'radix-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import { archiveReport } from '@/lib/dossier/archive-report';
import { useLocaleInfo } from '../common/locale-context';
import { useSettings } from '../common/use-settings';
import { CaseHeader } from './CaseHeader';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { DossierPanel } from './dossier/DossierPanel';
import { citationSentence } from './drafts/cite-rule';
import { addSentence, EMPTY_DRAFT, UseInDraftContext, type DraftEditorState } from './drafts/draft-editor';
import { DraftTab } from './drafts/DraftTab';
import type { RightsRule } from '@/lib/rights/rule';
import { AddEvidenceBar } from './evidence/AddEvidenceBar';
import { IntegrityPanel } from './IntegrityPanel';
import { EvidenceTab } from './tabs/EvidenceTab';
import { FactsTab } from './tabs/FactsTab';
import { RightsTab } from './tabs/RightsTab';
import { TimelineTab } from './tabs/TimelineTab';
import { TranscriptTab } from './tabs/TranscriptTab';

const TABS = ['timeline', 'transcript', 'evidence', 'facts', 'rights', 'draft', 'export'] as const;
type TabId = (typeof TABS)[number];

export function CaseView({
  repo,
  caseId,
  onBack,
  onOpenCase,
}: {
  repo: RepoContext;
  caseId: string;
  onBack: () => void;
  onOpenCase: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const { dir, locale, timeZone } = useLocaleInfo();
  const [tab, setTab] = useState<TabId>('transcript');
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<DraftEditorState>(EMPTY_DRAFT);
  const { settings } = useSettings(repo);
  // The log check waits until the transcript has shown the case, so opening it does not wait on that.
  const [transcriptShown, setTranscriptShown] = useState(false);
  const markTranscriptShown = useCallback(() => setTranscriptShown(true), []);
  const addRuleToDraft = useCallback(
    (rule: RightsRule, options?: { stay?: boolean }) => {
      const sentence = citationSentence(rule, locale);
      if (!sentence) return;
      setDraft((current) => addSentence(current, sentence));
      if (!options?.stay) setTab('draft');
    },
    [locale],
  );
  const record = useLiveQuery(async () => (await repo.db.cases.get(caseId)) ?? null, [repo, caseId]);
  if (record === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (record === null || record.deletedAt !== null) {
    return (
      <section>
        <p className="empty">{t('case.notFound')}</p>
        <button type="button" onClick={onBack}>
          {t('case.back')}
        </button>
      </section>
    );
  }
  return (
    <section aria-label={record.title} className="case-view">
      <CaseHeader repo={repo} record={record} onBack={onBack} onOpenCase={onOpenCase} onError={setError} />
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
      <IntegrityPanel
        repo={repo}
        caseId={caseId}
        caseTitle={record.title}
        hold={tab === 'transcript' && !transcriptShown}
      />
      <ChecklistPanel key={record.id} repo={repo} record={record} onError={setError} />
      <UseInDraftContext.Provider value={addRuleToDraft}>
        <Tabs.Root value={tab} onValueChange={(value) => setTab(value as TabId)} dir={dir} activationMode="manual">
          <Tabs.List className="tabs" aria-label={t('tabs.label')}>
            {TABS.map((id) => (
              <Tabs.Trigger key={id} value={id} className="tab">
                {t(`tabs.${id}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="timeline" className="tab-panel">
            <TimelineTab repo={repo} caseId={caseId} />
          </Tabs.Content>
          <Tabs.Content value="transcript" className="tab-panel">
            <TranscriptTab repo={repo} caseId={caseId} onError={setError} onShown={markTranscriptShown} />
          </Tabs.Content>
          <Tabs.Content value="evidence" className="tab-panel">
            <AddEvidenceBar repo={repo} caseId={caseId} onError={setError} />
            <EvidenceTab repo={repo} caseId={caseId} onError={setError} />
          </Tabs.Content>
          <Tabs.Content value="facts" className="tab-panel">
            <FactsTab repo={repo} caseId={caseId} onError={setError} />
          </Tabs.Content>
          <Tabs.Content value="rights" className="tab-panel">
            <RightsTab repo={repo} record={record} onError={setError} />
          </Tabs.Content>
          <Tabs.Content value="draft" className="tab-panel">
            <DraftTab repo={repo} record={record} editor={draft} onEditorChange={setDraft} />
          </Tabs.Content>
          <Tabs.Content value="export" className="tab-panel">
            <DossierPanel
              repo={repo}
              caseId={caseId}
              appVersion={browser.runtime.getManifest().version}
              renderReport={(bundle, redaction) =>
                archiveReport(bundle, {
                  locale,
                  timeZone,
                  now: Date.now(),
                  homeCountry: settings?.homeCountry ?? null,
                  redaction,
                })
              }
            />
          </Tabs.Content>
        </Tabs.Root>
      </UseInDraftContext.Provider>
    </section>
  );
}
