import type { CaseRecord } from '../../schemas/case';
import type { ChatMessageRecord } from '../../schemas/message';
import type { RepoContext } from '../context';
import { listCases } from './cases';

const SEARCH_PAGE = 500;

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
  // Pages of messages in key order, each one request (a cursor costs a request per record),
  // so memory stays bounded however large the database.
  let after: string | null = null;
  while (remaining.size > 0) {
    const page: ChatMessageRecord[] = await (
      after === null ? ctx.db.messages.orderBy(':id') : ctx.db.messages.where(':id').above(after)
    )
      .limit(SEARCH_PAGE)
      .toArray();
    for (const message of page) {
      if (remaining.has(message.caseId) && message.hiddenAt === null && matches(message.text)) {
        found.add(message.caseId);
        remaining.delete(message.caseId);
      }
    }
    if (page.length < SEARCH_PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return cases.filter((c) => found.has(c.id));
}
