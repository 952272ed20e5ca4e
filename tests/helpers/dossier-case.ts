import { addAttachments } from '@/lib/db/repos/attachments';
import { answerCall, endCall, saveCallLog, startCall } from '@/lib/db/repos/calls';
import { createCase } from '@/lib/db/repos/cases';
import { addEvidence } from '@/lib/db/repos/evidence';
import { addManualFact } from '@/lib/db/repos/facts';
import { recordMessages } from '@/lib/db/repos/messages';
import type { CaseBundle } from '@/lib/dossier/case-bundle';
import { exportCaseDossier, type CaseExportOptions } from '@/lib/dossier/case-export';
import { escapeHtml } from '@/lib/dossier/report-fallback';
import { freshRepo } from './repo';

export const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3, 4, 5]);
export const MHTML = 'From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\r\n<html>Order A-48213</html>\r\n';

/** A simple report for tests; the real one is the printable report's renderer. */
export const testReport = (bundle: CaseBundle) =>
  `<!doctype html><title>${escapeHtml(bundle.record.title)}</title><p>${bundle.messages.length} messages</p>`;

/** A case with chat messages, facts, a screenshot, a page archive, an attachment and a call log. */
export async function caseWithEverything() {
  const env = await freshRepo();
  const { repo, clock } = env;
  const acme = await createCase(repo, { title: 'Acme <b>Kettle</b>', company: 'Acme', site: 'acme.example' });
  await recordMessages(repo, {
    caseId: acme.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/help',
    adapter: 'generic',
    messages: [
      {
        key: 'k1',
        role: 'agent',
        authorName: 'Dana',
        text: 'שמי דנה. Your order A-48213: refund of $59.99 within 5 business days.',
        truncated: false,
        widgetTimeText: '10:03',
        fromHistory: false,
        seenAt: clock.now,
      },
      {
        key: 'k2',
        role: 'customer',
        authorName: null,
        text: '=HYPERLINK("http://evil.example","click"), "thanks"\nsecond line',
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: clock.now + 1000,
      },
    ],
  });
  // The widget edits the first message: the log records the revision.
  await recordMessages(repo, {
    caseId: acme.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/help',
    adapter: 'generic',
    messages: [
      {
        key: 'k1',
        role: 'agent',
        authorName: 'Dana',
        text: 'שמי דנה. Your order A-48213: refund of $59.99 within 5 business days (edited).',
        truncated: false,
        widgetTimeText: '10:03',
        fromHistory: false,
        seenAt: clock.now,
      },
    ],
  });
  await addManualFact(repo, acme.id, 'order-number', 'A-48213');
  clock.now += 60_000;
  const [screenshot] = await addEvidence(repo, acme.id, [
    { kind: 'screenshot', blob: new Blob([PNG], { type: 'image/png' }) },
  ]);
  clock.now += 1000;
  const [page] = await addEvidence(repo, acme.id, [
    { kind: 'page-archive', blob: new Blob([MHTML], { type: 'multipart/related' }), url: 'https://acme.example/help' },
  ]);
  clock.now += 1000;
  const attached = await addAttachments(repo, acme.id, [
    new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' }),
  ]);
  clock.now += 1000;
  await startCall(repo, acme.id);
  clock.now += 90_000;
  await answerCall(repo, acme.id);
  clock.now += 210_000;
  await endCall(repo, acme.id);
  const call = await saveCallLog(repo, acme.id, {
    repName: 'Marcus',
    promised: 'Refund within 5 business days',
    notes: 'Ticket #558123.',
    title: 'Phone call with Marcus',
    summary: '5:00 in all.',
  });
  clock.now += 60_000;
  return {
    ...env,
    acme,
    items: { screenshot: screenshot!, page: page!, attachment: attached.added[0]!, callLog: call.record },
  };
}

export async function exportZip(
  env: Awaited<ReturnType<typeof caseWithEverything>>,
  options: Partial<CaseExportOptions> = {},
) {
  const result = await exportCaseDossier(env.repo, env.acme.id, {
    appVersion: 'test',
    renderReport: testReport,
    ...options,
  });
  return { result, bytes: new Uint8Array(await result.blob.arrayBuffer()) };
}
