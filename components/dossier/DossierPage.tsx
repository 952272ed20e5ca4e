import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { RepoContext } from '@/lib/db/context';
import { loadCaseBundle } from '@/lib/dossier/case-bundle';
import { caseLawInputs } from '@/lib/rights/case-law-inputs';
import type { PaperSize } from '@/lib/dossier/report/paper';
import type { DossierVariant } from '@/lib/dossier/report/variants';
import { buildDossierView } from '@/lib/dossier/report/view-model';
import type { Jurisdiction } from '@/lib/schemas/common';
import { PageShell } from '../common/PageShell';
import { useLocaleInfo } from '../common/locale-context';
import { useSettings } from '../common/use-settings';
import { DossierControls } from './DossierControls';
import { DossierReport } from './DossierReport';
import { useReportText } from './use-report-text';
import './dossier.css';

/** `dossier.html?case=<id>&variant=bank&paper=letter`: the last two are optional. */
function readQuery(search: string) {
  const query = new URLSearchParams(search);
  const variant = query.get('variant');
  const paper = query.get('paper');
  return {
    caseId: query.get('case') ?? '',
    variant: (['bank', 'consumer-body', 'small-claims'].includes(variant ?? '') ? variant : 'full') as DossierVariant,
    paper: (paper === 'letter' ? 'letter' : 'a4') as PaperSize,
  };
}

export function DossierBody({
  repo,
  homeCountry,
  search,
}: {
  repo: RepoContext;
  homeCountry: Jurisdiction | null;
  /** The page's query string. */
  search: string;
}) {
  const { locale, timeZone } = useLocaleInfo();
  const text = useReportText();
  const initial = useMemo(() => readQuery(search), [search]);
  const [variant, setVariant] = useState(initial.variant);
  const [paper, setPaper] = useState(initial.paper);
  const bundle = useLiveQuery(() => loadCaseBundle(repo, initial.caseId).catch(() => null), [repo, initial.caseId]);
  const view = useMemo(() => {
    if (!bundle) return null;
    const now = repo.now();
    const law = caseLawInputs(bundle.record, homeCountry, { timeZone, now });
    return buildDossierView(bundle, { variant, locale, timeZone, now, ...law });
  }, [bundle, repo, homeCountry, variant, locale, timeZone]);
  const blobs = useMemo(() => new Map(bundle?.evidence.map((e) => [e.id, e.blob])), [bundle]);

  useEffect(() => {
    if (view) document.title = text.fill(text.s.dossier.heading, { title: view.title });
  }, [view, text]);

  if (bundle === undefined) return <p className="muted pad">{text.s.common.loading}</p>;
  if (bundle === null || !view) return <p className="empty pad">{text.s.case.notFound}</p>;
  return (
    <main className={`dossier dossier-paper-${paper}`}>
      <DossierControls variant={variant} paper={paper} onVariant={setVariant} onPaper={setPaper} />
      <DossierReport view={view} blobOf={(id) => blobs.get(id) ?? null} />
    </main>
  );
}

function WithSettings({ repo }: { repo: RepoContext }) {
  const { settings } = useSettings(repo);
  if (settings === undefined) return null;
  return <DossierBody repo={repo} homeCountry={settings.homeCountry} search={location.search} />;
}

export function DossierPage() {
  return <PageShell>{(repo) => <WithSettings repo={repo} />}</PageShell>;
}
