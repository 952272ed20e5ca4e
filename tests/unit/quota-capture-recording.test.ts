import { describe, expect, it, vi } from 'vitest';
import { guard } from '@/lib/background/guard';
import { handleCaptureRun } from '@/lib/background/handlers/capture';
import { handleChatRecord } from '@/lib/background/handlers/chat';
import { handleCaptureShortcut } from '@/lib/background/handlers/shortcut';
import type { CapturePorts } from '@/lib/capture/run-capture';
import { runCapture } from '@/lib/capture/run-capture';
import { isQuotaError } from '@/lib/db/errors';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { updateSettings } from '@/lib/db/repos/settings';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { createOutbox } from '@/lib/recorder/outbox';
import { dumpDatabase } from '../helpers/db-fixture';
import { contentSender, fakePorts } from '../helpers/fake-ports';
import { installQuota, type QuotaShape } from '../helpers/quota';
import { freshRepo } from '../helpers/repo';
import { observedMessage } from '../helpers/observed-message';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function capturePorts(url: string): CapturePorts {
  return {
    tab: async (id) => ({ id, windowId: 1, url, title: 'Help — Northwind' }),
    screenshot: async () => PNG,
    pageArchive: async () =>
      new Blob(['MIME-Version: 1.0\r\n\r\n' + 'x'.repeat(50_000)], { type: 'multipart/related' }),
    probe: async () => [
      {
        url,
        title: 'Help',
        siteName: 'Northwind',
        selection: '',
        selectionTruncated: false,
        text: 'Order A-10042: we will refund you within 5 business days.',
        truncated: false,
        childFrames: [],
      },
    ],
  };
}

const observed = (key: string, text = `message ${key}`): ObservedMessage => observedMessage(key, text, { seenAt: 1 });

describe.each<QuotaShape>(['commit', 'request', 'disk', 'aborted'])(
  'one-click capture under a full disk (%s)',
  (shape) => {
    it('saves nothing when the disk is full, and the retry saves the capture exactly once', async () => {
      const { repo, db } = await freshRepo();
      const first = await runCapture(repo, capturePorts('https://northwind.example/a'), 1);
      const quota = await installQuota(db, shape);
      const before = await dumpDatabase(db);
      // Room for a little, not for a 50 KB page archive: the case's own writes would pass.
      quota.setBudget(20_000);
      const requestId = 'a1b2c3d4-0000-4000-8000-000000000001';
      const error = await runCapture(repo, capturePorts('https://northwind.example/b'), 1, requestId).catch(
        (e: unknown) => e,
      );
      expect(isQuotaError(error)).toBe(true);
      expect(quota.refusals).toBe(1);
      expect(await dumpDatabase(db)).toEqual(before);

      quota.free();
      const saved = await runCapture(repo, capturePorts('https://northwind.example/b'), 1, requestId);
      expect(saved).toMatchObject({ captureId: requestId, caseId: first.caseId });
      const again = await runCapture(repo, capturePorts('https://northwind.example/b'), 1, requestId);
      expect(again.alreadySaved).toBe(true);
      expect((await db.evidence.where('captureId').equals(requestId).toArray()).map((i) => i.kind)).toEqual([
        'screenshot',
        'page-archive',
      ]);
      const events = await listCaseEvents(repo, first.caseId);
      expect(events.filter((e) => e.type === 'capture.saved')).toHaveLength(2);
      expect((await verifyCaseLog(repo, first.caseId)).ok).toBe(true);
    });

    it('fails on any one of its writes (case, items, event, facts) without leaving a part of it', async () => {
      const { repo, db } = await freshRepo();
      const quota = await installQuota(db, shape);
      let writes = 0;
      // Count the writes of a successful capture in another database, then fail each in turn.
      {
        const probe = await freshRepo();
        const probeQuota = await installQuota(probe.db, shape);
        await runCapture(probe.repo, capturePorts('https://northwind.example/a'), 1);
        writes = probeQuota.mutations;
      }
      expect(writes).toBeGreaterThanOrEqual(4);
      const empty = await dumpDatabase(db);
      for (let n = 1; n <= writes; n++) {
        quota.failOnMutation(n);
        await expect(runCapture(repo, capturePorts('https://northwind.example/a'), 1)).rejects.toSatisfy(isQuotaError);
        expect(await dumpDatabase(db), `write ${n} of ${writes}`).toEqual(empty);
      }
      quota.free();
      await runCapture(repo, capturePorts('https://northwind.example/a'), 1);
      expect(await db.cases.count()).toBe(1);
      expect(await db.evidence.count()).toBe(2);
    });

    it('reaches the popup as a storage-full refusal through capture.run', async () => {
      const { repo, db } = await freshRepo();
      const quota = await installQuota(db, shape);
      quota.fill();
      const fake = fakePorts();
      const ports = { ...fake.ports, capture: capturePorts('https://northwind.example/a') };
      const run = guard('capture.run', ports, (data) => handleCaptureRun({ ports, repo: async () => repo }, data));
      const reply = await run({
        data: { tabId: 1, requestId: 'a1b2c3d4-0000-4000-8000-000000000002' },
        sender: { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' },
      });
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
      expect(await db.evidence.count()).toBe(0);
      expect(await db.cases.count()).toBe(0);
    });
  },
);

describe('the capture shortcut under a full disk', () => {
  it('the toast says the page was not saved and what to do, in the user’s language', async () => {
    const { repo, db } = await freshRepo();
    await updateSettings(repo, (s) => ({ ...s, language: 'he' }));
    const quota = await installQuota(db, 'disk');
    quota.fill();
    const fake = fakePorts();
    const feedback: string[] = [];
    const ports = {
      ...fake.ports,
      capture: capturePorts('https://northwind.example/a'),
      notify: {
        ...fake.ports.notify,
        badge: async (_tab: number, state: string) => void feedback.push(`badge ${state}`),
        toast: async (_tab: number, text: string) => void feedback.push(text),
      },
    };
    await handleCaptureShortcut({ ports, repo: async () => repo, activeTabId: async () => 3 });
    expect(feedback).toEqual([
      'badge error',
      'העמוד לא נשמר: אין בדפדפן מקום לנתונים נוספים. שום דבר שכבר נשמר לא אבד. יש לפנות מקום בדיסק ולצלם שוב.',
    ]);
    expect(await db.evidence.count()).toBe(0);
  });
});

describe.each<QuotaShape>(['commit', 'request', 'disk', 'aborted'])('recording under a full disk (%s)', (shape) => {
  it('keeps the batch in the page’s outbox and stores it exactly once when space returns', async () => {
    const { repo, db } = await freshRepo();
    const quota = await installQuota(db, shape);
    const fake = fakePorts({ manifestMatches: ['http://127.0.0.1/*'] });
    const record = guard('chat.record', fake.ports, (data, sender) =>
      handleChatRecord({ ports: fake.ports, repo: async () => repo }, data, sender),
    );
    const timers: (() => void)[] = [];
    const replies: string[] = [];
    const refused: string[] = [];
    const outbox = createOutbox({
      send: async (messages) => {
        const reply = await record({
          data: { batchId: crypto.randomUUID(), adapter: 'generic', messages },
          sender: contentSender('http://127.0.0.1:5000/chat'),
        });
        replies.push(reply.ok ? 'ok' : reply.error.code);
        return reply.ok
          ? { kind: 'acknowledged', keys: reply.acknowledged }
          : { kind: 'refused', code: reply.error.code, message: reply.error.message };
      },
      onRefused: (code) => refused.push(code),
      setTimer: (callback) => timers.push(callback),
    });
    const replied = (count: number) => vi.waitFor(() => expect(replies).toHaveLength(count));

    outbox.add([observed('k1'), observed('k2')]);
    await replied(1);
    expect(replies).toEqual(['ok']);
    expect(await db.messages.count()).toBe(2);

    quota.fill();
    const before = await dumpDatabase(db);
    outbox.add([observed('k3'), observed('k4')]);
    await replied(2);
    for (let retry = 0; retry < 3; retry++) {
      await vi.waitFor(() => expect(timers).toHaveLength(1));
      timers.shift()!();
      await replied(3 + retry);
    }
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    expect(replies.slice(1)).toEqual(['storage-full', 'storage-full', 'storage-full', 'storage-full']);
    expect(refused).toEqual([]);
    expect(outbox.size).toBe(2);
    expect(await dumpDatabase(db)).toEqual(before);
    const rejections = fake.session.get('rejections') as { code: string }[];
    expect(rejections.map((r) => r.code)).toEqual(['storage-full', 'storage-full', 'storage-full', 'storage-full']);

    quota.free();
    timers.shift()!();
    await replied(6);
    expect(replies.at(-1)).toBe('ok');
    expect(outbox.size).toBe(0);
    const stored = await db.messages.toArray();
    expect(stored.map((m) => m.key).sort()).toEqual(['k1', 'k2', 'k3', 'k4']);
    const caseId = stored[0]!.caseId;
    const events = await listCaseEvents(repo, caseId);
    expect(events.filter((e) => e.type === 'message.recorded')).toHaveLength(4);
    expect((await verifyCaseLog(repo, caseId)).ok).toBe(true);
    expect(timers).toEqual([]);
  });
});
