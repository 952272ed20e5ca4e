import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { listCaseMessages } from '@/lib/db/repos/messages';
import { formatDateTime } from '@/lib/i18n/format';
import { Ltr } from '../common/Ltr';
import { PageShell } from '../common/PageShell';
import { useLocaleInfo } from '../common/locale-context';

/** The printable case report. The dossier issue adds its sections; this shows what exists. */
function DossierBody({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const caseId = new URLSearchParams(location.search).get('case') ?? '';
  const record = useLiveQuery(async () => (await repo.db.cases.get(caseId)) ?? null, [repo, caseId]);
  const messages = useLiveQuery(() => listCaseMessages(repo, caseId), [repo, caseId]);
  const verdict = useLiveQuery(() => verifyCaseLog(repo, caseId), [repo, caseId]);
  if (record === undefined) return <p className="muted pad">{t('common.loading')}</p>;
  if (record === null) return <p className="empty pad">{t('case.notFound')}</p>;
  return (
    <main className="dossier">
      <h1>
        <bdi>{record.title}</bdi>
      </h1>
      <p className="muted">{t('common.timeZone', { zone: timeZone })}</p>
      <h2>{t('tabs.transcript')}</h2>
      <ol className="transcript">
        {messages
          ?.filter((m) => m.hiddenAt === null)
          .map((m) => (
            <li key={m.id} className={`bubble bubble-${m.role}`}>
              <div className="bubble-head">
                <strong>
                  <bdi>{m.authorName ?? t(`role.${m.role}`)}</bdi>
                </strong>{' '}
                <span className="muted small">
                  {t('transcript.firstSeen', { time: formatDateTime(m.firstSeenAt, locale, timeZone) })}
                </span>
              </div>
              <div className="bubble-text" dir="auto">
                {m.text}
              </div>
            </li>
          ))}
      </ol>
      <h2>{t('integrity.rootHash')}</h2>
      <Ltr className="mono">{verdict?.rootHash ?? '—'}</Ltr>
    </main>
  );
}

export function DossierPage() {
  return <PageShell>{(repo) => <DossierBody repo={repo} />}</PageShell>;
}
