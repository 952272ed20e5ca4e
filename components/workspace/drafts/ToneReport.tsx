import { useTranslation } from 'react-i18next';
import type { ToneResult } from '@/lib/drafts/tone';

/** The tone check of the text as it stands: the verdict, then each finding with its words and a better way. */
export function ToneReport({ text, result }: { text: string; result: ToneResult }) {
  const { t } = useTranslation();
  return (
    <section className={`tone tone-${result.verdict}`} aria-label={t('draftTab.toneHeading')} aria-live="polite">
      <p className="tone-verdict">
        <strong>{t(`draftTab.verdict.${result.verdict}`)}</strong>
      </p>
      {result.findings.length > 0 && (
        <ul className="tone-findings">
          {result.findings.map((finding, index) => (
            <li key={`${finding.kind}-${finding.start}-${index}`} data-kind={finding.kind}>
              <span className="tone-kind">{t(`draftTab.finding.${finding.kind}`)}</span>
              {finding.end > finding.start && (
                <>
                  {' '}
                  <q dir="auto">{text.slice(finding.start, Math.min(finding.end, finding.start + 80))}</q>
                </>
              )}
              <span className="muted small tone-suggestion" dir="auto">
                {finding.suggestion}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
