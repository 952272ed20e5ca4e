/** A case with a fact and a reminder, and every edit the workspace makes to it. */
import { answerCall, endCall, saveCallLog, startCall } from '@/lib/db/repos/calls';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { recordSentDraft } from '@/lib/db/repos/drafts';
import { addManualFact, dismissReminder, editFact, remindAboutFact } from '@/lib/db/repos/facts';
import { addPastedText } from '@/lib/db/repos/pasted-text';
import { EMPTY_CHECKLIST } from '@/lib/schemas/checklist';
import { freshRepo } from './repo';

export type Env = Awaited<ReturnType<typeof freshRepo>> & { caseId: string; factId: string; reminderId: string };

export async function workspace(): Promise<Env> {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const fact = await addManualFact(env.repo, acme.id, 'order-number', 'A-1');
  const reminder = await remindAboutFact(env.repo, fact.id, env.clock.now + 86_400_000, 'Refund due');
  return { ...env, caseId: acme.id, factId: fact.id, reminderId: reminder.id };
}

export const TEXT = 'Dana said the refund of $59.99 for order A-48213 arrives within 5 business days. '.repeat(40);

/** Every edit the workspace makes, each as the user would: typed text included. */
export const EDITS: [string, string | null, (env: Env) => Promise<unknown>][] = [
  ['a typed fact', 'fact.added', (env) => addManualFact(env.repo, env.caseId, 'promise', TEXT.slice(0, 400))],
  ['a corrected fact', 'fact.updated', (env) => editFact(env.repo, env.factId, 'A-48213')],
  [
    'a reminder',
    'reminder.set',
    (env) => remindAboutFact(env.repo, env.factId, env.clock.now + 3_600_000, 'Call again'),
  ],
  ['a dismissed reminder', null, (env) => dismissReminder(env.repo, env.reminderId)],
  [
    'checklist answers',
    'case.updated',
    (env) =>
      updateCase(env.repo, env.caseId, {
        checklist: {
          ...EMPTY_CHECKLIST,
          boughtFromSeller: 'yes',
          wanted: 'refund',
          wantedDetails: TEXT.slice(0, 200),
          updatedAt: env.clock.now,
        },
      }),
  ],
  [
    'a draft marked sent',
    'draft.sent',
    (env) =>
      recordSentDraft(
        env.repo,
        { caseId: env.caseId, scenario: 'refund-request', locale: 'en', length: 'short', text: TEXT },
        'marked',
      ),
  ],
  [
    'pasted text',
    'evidence.added',
    (env) =>
      addPastedText(
        env.repo,
        env.caseId,
        { body: TEXT, from: 'Acme', subject: 'Re: refund' },
        { untitled: 'Untitled' },
      ),
  ],
  [
    'a call log with notes',
    'call.logged',
    async (env) => {
      // The running call lives in settings: started before the disk filled, saved after.
      return saveCallLog(env.repo, env.caseId, {
        repName: 'Marcus',
        promised: 'Refund in 5 days',
        notes: TEXT,
        title: 'Call with Marcus',
        summary: '5:00',
      });
    },
  ],
];

export async function startedCall(env: Env) {
  await startCall(env.repo, env.caseId);
  env.clock.now += 60_000;
  await answerCall(env.repo, env.caseId);
  env.clock.now += 60_000;
  await endCall(env.repo, env.caseId);
}
