import { describe, expect, it } from 'vitest';
import { listCaseMessages } from '@/lib/db/repos/messages';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import { freshRepo } from '../helpers/repo';

function message(id: string, caseId: string, seq: number, firstSeenAt: number): ChatMessageRecord {
  return {
    id,
    caseId,
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    key: `k-${id}`,
    seq,
    role: 'agent',
    authorName: null,
    text: id,
    truncated: false,
    firstSeenAt,
    widgetTimeText: null,
    fromHistory: false,
    adapter: 'generic',
    hiddenAt: null,
    keyEvidence: false,
  };
}

describe('listCaseMessages order', () => {
  it('is the order seen, ties in seq order, when seq order already is (no re-sort needed)', async () => {
    const { repo } = await freshRepo();
    // Ids sort against seq on purpose: the result must follow seq, not the primary key.
    await repo.db.messages.bulkAdd([
      message('z', 'c1', 0, 1000),
      message('y', 'c1', 1, 1000),
      message('x', 'c1', 2, 2000),
      message('w', 'c2', 0, 500),
    ]);
    expect((await listCaseMessages(repo, 'c1')).map((m) => m.id)).toEqual(['z', 'y', 'x']);
  });

  it('is still the order seen when seq order is not (a message moved in from another case)', async () => {
    const { repo } = await freshRepo();
    await repo.db.messages.bulkAdd([
      message('a', 'c1', 0, 1000),
      message('b', 'c1', 1, 3000),
      message('moved', 'c1', 7, 2000),
      message('tie-late', 'c1', 9, 3000),
      message('tie-early', 'c1', 2, 3000),
    ]);
    expect((await listCaseMessages(repo, 'c1')).map((m) => m.id)).toEqual(['a', 'moved', 'b', 'tie-early', 'tie-late']);
  });
});
