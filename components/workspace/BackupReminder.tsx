import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { updateSettings } from '@/lib/db/repos/settings';
import { shouldRemindBackup } from '@/lib/reminders/backup-reminder';
import { SettingsBanner } from '../common/SettingsBanner';
import { useSettings } from '../common/use-settings';

export function BackupReminder({ repo }: { repo: RepoContext }) {
  const { t } = useTranslation();
  const { settings } = useSettings(repo);
  const lastEvidenceAt = useLiveQuery(async () => {
    const [lastMessage, lastEvidence] = await Promise.all([
      repo.db.messages.orderBy('[caseId+firstSeenAt]').last(),
      repo.db.evidence.orderBy('[caseId+createdAt]').last(),
    ]);
    const times = [lastMessage?.firstSeenAt, lastEvidence?.createdAt].filter((v): v is number => v !== undefined);
    return times.length ? Math.max(...times) : null;
  }, [repo]);
  if (!settings || lastEvidenceAt === undefined || !shouldRemindBackup(settings, lastEvidenceAt, Date.now()))
    return null;
  return (
    <SettingsBanner
      tone="info"
      label={t('backup.reminder')}
      openLabel={t('backup.open')}
      dismissLabel={t('common.later')}
      onDismiss={() => void updateSettings(repo, (s) => ({ ...s, backupReminderDismissedAt: Date.now() }))}
    >
      {t('backup.reminder')}
    </SettingsBanner>
  );
}
