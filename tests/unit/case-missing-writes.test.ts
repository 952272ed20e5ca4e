import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseMissingError, RecordMissingError } from '@/lib/db/errors';
import { dumpDatabase } from '../helpers/db-fixture';
import { EDITS, startedCall, workspace } from '../helpers/workspace-edits';

/** Edits addressed to the case itself, and those addressed to one of its facts. */
const BY_CASE = new Set(['fact.added', 'case.updated', 'draft.sent', 'evidence.added']);
const BY_FACT = new Set(['fact.updated', 'reminder.set']);

describe('workspace edits after the browser deleted the database under an open page', () => {
  it.each(EDITS)('%s (%s): nothing is written for the vanished case', async (_label, type, edit) => {
    const env = await workspace();
    await startedCall(env);
    // What Chromium does to a store it takes for corrupt: connections closed, the database gone.
    env.db.close({ disableAutoOpen: false });
    await Dexie.delete(env.name);

    const error = await edit(env).then(
      () => null,
      (e: unknown) => e,
    );
    if (type !== null && BY_CASE.has(type)) expect(error).toBeInstanceOf(CaseMissingError);
    else if (type !== null && BY_FACT.has(type)) expect(error).toBeInstanceOf(RecordMissingError);
    // Dismissing a reminder that is gone changes nothing and needs no error; every other edit fails.
    else if (type !== null) expect(error).toBeInstanceOf(Error);
    const dump = await dumpDatabase(env.db);
    for (const [table, rows] of Object.entries(dump)) {
      if (table !== 'meta') expect([table, rows]).toEqual([table, []]);
    }
  });
});
