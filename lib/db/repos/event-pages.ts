import Dexie from 'dexie';
import type { CaseEventRecord } from '../../schemas/event';
import type { RepoContext } from '../context';

/** Small enough that reading one page (and Dexie noting its keys for a live query) is a short task. */
const PAGE = 500;

/**
 * `listCaseEvents`, read a page at a time: a 10,000-event log arrives as twenty short tasks
 * instead of one long one, so a page showing it stays responsive. Usable inside a live query
 * (it awaits only Dexie), which then watches every page it read.
 */
export async function listCaseEventsInPages(
  ctx: RepoContext,
  caseId: string,
  pageSize = PAGE,
): Promise<CaseEventRecord[]> {
  const events: CaseEventRecord[] = [];
  let lower: [string, number | typeof Dexie.minKey] = [caseId, Dexie.minKey];
  for (;;) {
    const page = await ctx.db.events
      .where('[caseId+seq]')
      .between(lower, [caseId, Dexie.maxKey], false, true)
      .limit(pageSize)
      .toArray();
    events.push(...page);
    if (page.length < pageSize) return events;
    lower = [caseId, page[page.length - 1]!.seq];
  }
}
