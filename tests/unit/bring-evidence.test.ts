import { describe, expect, it, vi } from 'vitest';
import { addAttachments } from '@/lib/db/repos/attachments';
import { answerCall, discardCall, endCall, getCallState, saveCallLog, startCall } from '@/lib/db/repos/calls';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { listCaseFacts } from '@/lib/db/repos/facts';
import { addPastedText, PastedTextEmptyError } from '@/lib/db/repos/pasted-text';
import { getSettings, updateSettings } from '@/lib/db/repos/settings';
import { CallTransitionError } from '@/lib/calls/call-state';
import { sha256HexOfBlob } from '@/lib/integrity/sha256';
import { MAX_MESSAGE_TEXT } from '@/lib/schemas/limits';
import { settingsSchema } from '@/lib/schemas/settings';
import { applyImport, planImport } from '@/lib/dossier/import';
import { exportBackup } from '@/lib/dossier/backup-export';
import { freshRepo } from '../helpers/repo';

async function withCase() {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  return { ...env, acme };
}

class UnreadableFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new DOMException('gone', 'NotReadableError'));
  }
}

describe('attaching files', () => {
  it('stores each file as an attachment with its digest, one evidence.added event each', async () => {
    const { repo, db, acme } = await withCase();
    const png = new File([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], 'receipt.png', { type: 'image/png' });
    const pdf = new File(['%PDF-1.4 test'], 'invoice.pdf', { type: 'application/pdf' });
    const outcome = await addAttachments(repo, acme.id, [png, pdf]);
    expect(outcome.refused).toEqual([]);
    expect(outcome.added.map((r) => [r.kind, r.fileName, r.mime, r.size])).toEqual([
      ['attachment', 'receipt.png', 'image/png', 7],
      ['attachment', 'invoice.pdf', 'application/pdf', 13],
    ]);
    const stored = await db.evidence.toArray();
    expect(stored).toHaveLength(2);
    for (const item of stored) expect(item.sha256).toBe(await sha256HexOfBlob(item.blob));
    const events = await listCaseEvents(repo, acme.id);
    const added = events.filter((e) => e.type === 'evidence.added');
    expect(added).toHaveLength(2);
    expect(added[0]!.blobs).toEqual([{ itemId: stored[0]!.id, sha256: stored[0]!.sha256, size: 7 }]);
    expect(added[0]!.payload.text).toBe('receipt.png');
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });

  it('refuses empty, too large and unreadable files by name, and still adds the others', async () => {
    const { repo, db, acme } = await withCase();
    const files = [
      new File([], 'empty.txt', { type: 'text/plain' }),
      new File(['x'.repeat(11)], 'big.jpg', { type: 'image/jpeg' }),
      new UnreadableFile(['abc'], 'moved.pdf', { type: 'application/pdf' }),
      new File(['fine'], 'ok.txt', { type: '' }),
    ];
    const outcome = await addAttachments(repo, acme.id, files, 10);
    expect(outcome.refused).toEqual([
      { fileName: 'empty.txt', reason: 'empty' },
      { fileName: 'big.jpg', reason: 'too-large' },
      { fileName: 'moved.pdf', reason: 'unreadable' },
    ]);
    expect(outcome.added.map((r) => [r.fileName, r.mime])).toEqual([['ok.txt', 'application/octet-stream']]);
    expect(await db.evidence.count()).toBe(1);
  });

  it('a file whose write fails leaves neither item nor event behind', async () => {
    const { repo, db, acme } = await withCase();
    vi.spyOn(db.evidence, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(addAttachments(repo, acme.id, [new File(['a'], 'a.png')])).rejects.toThrow('disk full');
    expect(await db.evidence.count()).toBe(0);
    expect((await listCaseEvents(repo, acme.id)).map((e) => e.type)).toEqual(['case.created']);
  });
});

const EMAIL = `Hello Olga,

Thank you for contacting Acme. Your order #B-77311 has been cancelled.
We will refund the full amount within 5 business days.

Regards,
Dana`;

describe('pasting an e-mail or transcript', () => {
  it('stores the text and suggests the facts in it, as a capture does', async () => {
    const { repo, acme } = await withCase();
    const outcome = await addPastedText(
      repo,
      acme.id,
      { body: EMAIL, from: 'Acme Support <help@acme.example>', subject: 'Your refund' },
      { untitled: 'Pasted text' },
    );
    expect(outcome.truncated).toBe(false);
    expect(outcome.record).toMatchObject({
      kind: 'pasted-text',
      pageTitle: 'Your refund',
      pasted: { from: 'Acme Support <help@acme.example>', subject: 'Your refund' },
    });
    expect(await outcome.record.blob.text()).toBe(outcome.record.text);
    const facts = await listCaseFacts(repo, acme.id);
    expect(outcome.facts.map((f) => f.id).sort()).toEqual(facts.map((f) => f.id).sort());
    const byKind = Object.fromEntries(facts.map((f) => [f.kind, f]));
    expect(byKind['order-number']).toMatchObject({ value: 'B-77311', status: 'suggested' });
    expect(byKind.promise?.deadline).toEqual({ type: 'duration', amount: 5, unit: 'business-day' });
    expect(byKind['rep-name']?.value).toBe('Dana');
    for (const fact of facts) {
      expect(fact.source.id).toBe(outcome.record.id);
      expect(outcome.record.text.slice(fact.source.start, fact.source.end)).toContain(
        fact.kind === 'order-number' ? 'B-77311' : '',
      );
    }
    const types = (await listCaseEvents(repo, acme.id)).map((e) => e.type);
    expect(types).toEqual(['case.created', 'evidence.added', 'fact.added']);
  });

  it('keeps a text over the limit whole in the file, cuts the text and says so', async () => {
    const { repo, acme } = await withCase();
    const body = `Order A-10042. ${'z'.repeat(MAX_MESSAGE_TEXT)}`;
    const outcome = await addPastedText(repo, acme.id, { body }, { untitled: 'Pasted text' });
    expect(outcome.truncated).toBe(true);
    expect(outcome.record.text).toHaveLength(MAX_MESSAGE_TEXT);
    expect(await outcome.record.blob.text()).toBe(body);
    expect(outcome.record.pasted).toMatchObject({ originalLength: body.length, subject: null });
    expect(outcome.record.pageTitle).toBe('Pasted text');
  });

  it('refuses an empty paste and stores nothing', async () => {
    const { repo, db, acme } = await withCase();
    await expect(addPastedText(repo, acme.id, { body: '  \n ' }, { untitled: 'x' })).rejects.toBeInstanceOf(
      PastedTextEmptyError,
    );
    expect(await db.evidence.count()).toBe(0);
  });
});

const FORM = {
  repName: 'Marcus',
  promised: 'Refund of $59.99 within 5 business days',
  notes: 'Ticket #558123 opened for order A-10042.',
  title: 'Phone call with Marcus',
  summary: 'On hold 1:30, 5:00 in all.',
};

describe('logging a phone call', () => {
  it('keeps the running call in the settings record, so a reopened page finds it', async () => {
    const { repo, clock, acme } = await withCase();
    const t0 = clock.now;
    await startCall(repo, acme.id);
    // What a freshly opened workspace reads: only the stored timestamps.
    expect(await getCallState(repo, acme.id)).toEqual({ phase: 'holding', startedAt: t0 });
    expect((await getSettings(repo)).activeCalls).toEqual([
      { caseId: acme.id, startedAt: t0, answeredAt: null, endedAt: null },
    ]);
    clock.now += 90_000;
    await answerCall(repo, acme.id);
    expect(await getCallState(repo, acme.id)).toEqual({ phase: 'talking', startedAt: t0, answeredAt: t0 + 90_000 });
    await expect(startCall(repo, acme.id)).rejects.toBeInstanceOf(CallTransitionError);
    await discardCall(repo, acme.id);
    expect(await getCallState(repo, acme.id)).toEqual({ phase: 'idle' });
  });

  it('times each click when it is made, not when the database has answered', async () => {
    const { repo, clock, acme } = await withCase();
    const t0 = clock.now;
    const started = startCall(repo, acme.id);
    clock.now = t0 + 5_000; // the clock moves on while the database is busy
    await started;
    clock.now = t0 + 90_000;
    const answered = answerCall(repo, acme.id);
    clock.now = t0 + 300_000;
    await answered;
    expect(await getCallState(repo, acme.id)).toEqual({ phase: 'talking', startedAt: t0, answeredAt: t0 + 90_000 });
  });

  it('settings saved before calls existed still read, with no call going on', async () => {
    const { repo, db } = await withCase();
    const old = { ...settingsSchema.parse({ ...(await getSettings(repo)) }) } as Record<string, unknown>;
    delete old.activeCalls;
    await db.settings.put(old as never);
    expect((await getSettings(repo)).activeCalls).toEqual([]);
    await updateSettings(repo, (s) => ({ ...s, language: 'he' }));
    expect((await getSettings(repo)).language).toBe('he');
  });

  it('saves the ended call with hold and length, a call.logged event, and the rep and promise as facts', async () => {
    const { repo, db, clock, acme } = await withCase();
    const t0 = clock.now;
    await startCall(repo, acme.id);
    clock.now = t0 + 90_000;
    await answerCall(repo, acme.id);
    await expect(saveCallLog(repo, acme.id, FORM)).rejects.toBeInstanceOf(CallTransitionError);
    clock.now = t0 + 300_000;
    await endCall(repo, acme.id);
    const { record, facts } = await saveCallLog(repo, acme.id, FORM);
    expect(record).toMatchObject({ kind: 'call-log', pageTitle: 'Phone call with Marcus', mime: 'application/json' });
    expect(record.call).toEqual({
      startedAt: t0,
      answeredAt: t0 + 90_000,
      endedAt: t0 + 300_000,
      holdMs: 90_000,
      durationMs: 300_000,
      repName: 'Marcus',
      promised: FORM.promised,
      notes: FORM.notes,
    });
    expect(JSON.parse(await record.blob.text())).toEqual(record.call);
    expect(await getCallState(repo, acme.id)).toEqual({ phase: 'idle' });

    const byKind = Object.fromEntries(facts.map((f) => [f.kind, f]));
    expect(byKind['rep-name']).toMatchObject({ value: 'Marcus', status: 'suggested', source: { id: record.id } });
    expect(byKind.promise).toMatchObject({
      value: FORM.promised,
      deadline: { type: 'duration', amount: 5, unit: 'business-day' },
    });
    expect(byKind['order-number']?.value).toBe('A-10042');
    expect(byKind['ticket-number']?.value).toBe('558123');
    // One reading of each field: no second promise from the same words.
    expect(facts.filter((f) => f.kind === 'promise')).toHaveLength(1);
    for (const fact of facts) expect(record.text.slice(fact.source.start, fact.source.end)).not.toBe('');
    expect(record.text.slice(byKind['rep-name']!.source.start, byKind['rep-name']!.source.end)).toBe('Marcus');

    const events = await listCaseEvents(repo, acme.id);
    expect(events.map((e) => e.type)).toEqual(['case.created', 'call.logged', 'fact.added']);
    expect(events[1]!.payload.text).toBe(FORM.summary);
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
    expect(await db.evidence.count()).toBe(1);
  });

  it('a call log that fails to save leaves the call ended and waiting, and nothing stored', async () => {
    const { repo, db, clock, acme } = await withCase();
    await startCall(repo, acme.id);
    clock.now += 1000;
    await endCall(repo, acme.id);
    vi.spyOn(db.facts, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(saveCallLog(repo, acme.id, FORM)).rejects.toThrow('disk full');
    expect(await db.evidence.count()).toBe(0);
    expect((await getCallState(repo, acme.id)).phase).toBe('ended');
  });

  it('does not suggest again a rep name the case already has', async () => {
    const { repo, clock, acme } = await withCase();
    for (let round = 0; round < 2; round++) {
      await startCall(repo, acme.id);
      clock.now += 1000;
      await endCall(repo, acme.id);
      await saveCallLog(repo, acme.id, FORM);
    }
    const names = (await listCaseFacts(repo, acme.id)).filter((f) => f.kind === 'rep-name');
    expect(names).toHaveLength(1);
  });
});

describe('a backup', () => {
  it('carries call logs and pasted text with their details', async () => {
    const { repo, clock, acme } = await withCase();
    await startCall(repo, acme.id);
    clock.now += 60_000;
    await endCall(repo, acme.id);
    const { record: call } = await saveCallLog(repo, acme.id, FORM);
    const { record: pasted } = await addPastedText(repo, acme.id, { body: EMAIL, subject: 'Hi' }, { untitled: 'x' });
    const backup = await exportBackup(repo, { appVersion: 'test' });
    const target = await freshRepo();
    const plan = await planImport(new Uint8Array(await backup.blob.arrayBuffer()), target.repo);
    await applyImport(target.repo, plan, {});
    expect((await target.db.evidence.get(call.id))?.call).toEqual(call.call);
    expect((await target.db.evidence.get(pasted.id))?.pasted).toEqual(pasted.pasted);
    expect((await verifyCaseLog(target.repo, acme.id)).ok).toBe(true);
  });
});
