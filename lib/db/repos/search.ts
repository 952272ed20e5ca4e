import type { CaseRecord } from '../../schemas/case';
import type { RepoContext } from '../context';
import { listCases } from './cases';

/** Lower case, no diacritics or Hebrew points, collapsed spaces: "Заказ № 45-118" ~ "заказ №45-118". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u0591-\u05c7\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cases whose title, company, site, facts or recorded messages contain the query, newest
 * activity first. Metadata and facts are checked before the (larger) message text.
 */
export async function searchCases(ctx: RepoContext, query: string): Promise<CaseRecord[]> {
  const cases = await listCases(ctx);
  const needle = normaliseForSearch(query);
  if (!needle) return cases;
  const matches = (text: string | null | undefined) => !!text && normaliseForSearch(text).includes(needle);
  const found = new Set(
    cases.filter((c) => matches(c.title) || matches(c.company) || matches(c.site)).map((c) => c.id),
  );
  const remaining = new Set(cases.map((c) => c.id).filter((id) => !found.has(id)));
  if (remaining.size > 0) {
    for (const fact of await ctx.db.facts.toArray()) {
      if (remaining.has(fact.caseId) && fact.status !== 'rejected' && matches(fact.value)) {
        found.add(fact.caseId);
        remaining.delete(fact.caseId);
      }
    }
  }
  // One ranged read per case (a cursor over every message costs a request per record); each
  // case is checked only until its first match.
  for (const caseId of remaining) {
    const messages = await ctx.db.messages.where('caseId').equals(caseId).toArray();
    if (messages.some((message) => message.hiddenAt === null && matches(message.text))) found.add(caseId);
  }
  return cases.filter((c) => found.has(c.id));
}
