import type { RepoContext } from '../context';

/** "Delete everything": every case, item and log. Settings (language, sites) stay. */
export async function eraseAllCaseData(ctx: RepoContext): Promise<void> {
  const { db } = ctx;
  const tables = [db.cases, db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
