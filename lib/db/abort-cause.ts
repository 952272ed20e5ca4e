import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/**
 * When the browser aborts a transaction (a full disk, a blob it could not write), the requests
 * still pending fail with a bare `AbortError: The transaction was aborted`; the reason is on the
 * transaction (`error`). A caller awaiting such a request would show "aborted" where the user
 * needs "your disk is full", so the reason is passed on in its place.
 */
export function withAbortCause(error: unknown, trans: DBCoreTransaction | undefined): unknown {
  const name = (error as { name?: string } | null)?.name;
  if (name !== 'AbortError' || !trans) return error;
  let cause: unknown;
  try {
    cause = (trans as unknown as IDBTransaction).error;
  } catch {
    return error; // not finished yet: no reason to read
  }
  const causeName = (cause as { name?: string } | null)?.name;
  return cause && causeName !== 'AbortError' ? cause : error;
}

function tableWithCause(table: DBCoreTable): DBCoreTable {
  const pass =
    <Request extends { trans: DBCoreTransaction }, Result>(call: (request: Request) => Promise<Result>) =>
    (request: Request) =>
      call(request).catch((error: unknown) => {
        throw withAbortCause(error, request.trans);
      });
  return {
    ...table,
    mutate: pass((request) => table.mutate(request)),
    get: pass((request) => table.get(request)),
    getMany: pass((request) => table.getMany(request)),
    query: pass((request) => table.query(request)),
    openCursor: pass((request) => table.openCursor(request)),
    count: pass((request) => table.count(request)),
  };
}

/** Above other middleware, so whatever fails below is seen with its reason. */
export const abortCauseMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'abort-cause',
  level: 100,
  create: (down) => ({ ...down, table: (name) => tableWithCause(down.table(name)) }),
};
