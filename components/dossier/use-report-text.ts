import { useMemo } from 'react';
import { reportText, type ReportText } from '@/lib/dossier/report/report-text';
import { useLocaleInfo } from '../common/locale-context';

/** The report's words in the page's language: the same strings report.html uses. */
export function useReportText(): ReportText {
  const { locale } = useLocaleInfo();
  return useMemo(() => reportText(locale), [locale]);
}
