import { answerCall, endCall, saveCallLog, startCall } from '@/lib/db/repos/calls';
import { recordSentDraft } from '@/lib/db/repos/drafts';
import { addManualFact } from '@/lib/db/repos/facts';
import { recordMessages } from '@/lib/db/repos/messages';
import { addPastedText } from '@/lib/db/repos/pasted-text';
import { caseWithEverything } from './dossier-case';

export const CARD = '4111 1111 1111 1111';
export const IL_ID = '123456782';
export const PHONE = '+972 54-123-4567';
export const EMAIL = 'dana.cohen@mail.example.com';
export const ADDRESS = 'רחוב הרצל 12 דירה 4';
export const SNILS = '112-233-445 95';
export const CHOSEN = 'Kiryat Ono';
/** Each removed value as written, and its digits alone (a copy stripped of spaces would leak too). */
export const REMOVED = [
  CARD,
  IL_ID,
  PHONE,
  EMAIL,
  ADDRESS,
  SNILS,
  CHOSEN,
  '4111111111111111',
  '972541234567',
  '11223344595',
];

/** The fixture case with personal data in every place text lives: chat, paste, call log, fact, draft. */
export async function caseWithPersonalData() {
  const env = await caseWithEverything();
  const { repo, acme, clock } = env;
  await recordMessages(repo, {
    caseId: acme.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/help',
    adapter: 'generic',
    messages: [
      {
        key: 'k3',
        role: 'customer',
        authorName: null,
        text: `My card is ${CARD}, ID ${IL_ID}, call ${PHONE} or write ${EMAIL}. I live at ${ADDRESS}, ${CHOSEN}.`,
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: clock.now,
      },
    ],
  });
  await addPastedText(
    repo,
    acme.id,
    { body: `Dear customer,\nyour СНИЛС ${SNILS} and card ${CARD} are on file.`, from: EMAIL },
    { untitled: 'E-mail' },
  );
  await addManualFact(repo, acme.id, 'rep-name', `Dana ${PHONE}`);
  await recordSentDraft(
    repo,
    { caseId: acme.id, scenario: 'refund', locale: 'en', length: 'short', text: `Reach me at ${EMAIL}.` },
    'copied',
  );
  await startCall(repo, acme.id);
  clock.now += 60_000;
  await answerCall(repo, acme.id);
  clock.now += 60_000;
  await endCall(repo, acme.id);
  await saveCallLog(repo, acme.id, {
    repName: 'Marcus',
    promised: `Call back on ${PHONE}`,
    notes: `He read my card ${CARD} back to me.`,
    title: 'Second call',
    summary: `Callback ${PHONE}`,
  });
  clock.now += 60_000;
  return env;
}
