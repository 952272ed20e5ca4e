import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@/lib/schemas/case';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
