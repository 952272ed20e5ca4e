import { useTranslation } from 'react-i18next';
import { rightsTopicSchema, type RightsRule } from '@/lib/rights/rule';
import { RuleCard } from './RuleCard';

/** A jurisdiction's rules, grouped by topic in the dataset's topic order; empty topics are left out. */
export function RulesByTopic({ rules }: { rules: readonly RightsRule[] }) {
  const { t } = useTranslation();
  return (
    <>
      {rightsTopicSchema.options.map((topic) => {
        const ofTopic = rules.filter((rule) => rule.topic === topic);
        if (ofTopic.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`rights-${topic}`} className="rule-group">
            <h4 id={`rights-${topic}`}>{t(`rights.topics.${topic}`)}</h4>
            <ul className="rules">
              {ofTopic.map((rule) => (
                <RuleCard key={rule.id} rule={rule} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
