import { seededRandom } from './seeded-random';
/**
 * The conversation `recording-overhead` streams into its test widget: both roles, lengths from a
 * two-word reply to a long explanation, order numbers that change, short replies that repeat
 * ("Thanks!", "One moment, please."), a hand-over between agents half-way. Deterministic per
 * seed, so both sides of a pair see exactly the same messages.
 */

export interface StreamedMessage {
  /** The widget's own id for the row (`data-id`): the recorder keys messages by it. */
  id: string;
  role: 'agent' | 'customer';
  /** Shown on agent rows only, as most widgets do. */
  name: string | null;
  text: string;
  time: string;
}

const AGENT_LINES = [
  'Hi, thanks for contacting Acme support. How can I help you today?',
  'One moment, please.',
  'Thanks for waiting. I can see order {order} left our warehouse on Monday; the courier marked it as delayed.',
  'I understand how frustrating this is, and I am sorry for the trouble.',
  'According to our policy a refund is possible once the courier confirms the parcel is lost, which can take up to 10 business days. I will open a claim with them right now so that the clock starts today rather than next week.',
  'Could you confirm the e-mail address on the order, please?',
  'Yes, I confirm: if the parcel is not delivered by Friday, you will receive a full refund of {amount} to your original payment method within 5 business days.',
  'Your ticket number is {ticket}.',
  'Is there anything else I can help you with?',
  'Thanks!',
];

const CUSTOMER_LINES = [
  'Hi, my order {order} has not arrived yet.',
  'OK',
  'Thanks!',
  'I was promised delivery within five business days and it has been twelve. I would like a full refund, please.',
  'Can you confirm in writing that I will be refunded if it is not delivered by Friday?',
  'It is the one ending in 42, the same as always.',
  'Are you still there?',
  'I have already waited two weeks, called twice and nobody called me back as promised. I need this solved today, or I will ask my bank for a chargeback and report it to the consumer protection office.',
];

const AGENTS = ['Dana', 'Omer'];

/**
 * `count` messages whose row ids start with `idPrefix` (every recorded run needs ids of its own:
 * the extension stores a key once per case). Turns of one to three messages per side.
 */
export function chatStream(count: number, seed: number, idPrefix: string): StreamedMessage[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const fill = (line: string) =>
    line
      .replace('{order}', `A-${10_000 + Math.floor(next() * 90_000)}`)
      .replace('{ticket}', `#${100_000 + Math.floor(next() * 900_000)}`)
      .replace('{amount}', `$${(10 + next() * 490).toFixed(2)}`);
  const messages: StreamedMessage[] = [];
  let role: StreamedMessage['role'] = 'agent';
  while (messages.length < count) {
    const turn = 1 + Math.floor(next() * 3);
    for (let k = 0; k < turn && messages.length < count; k++) {
      const i = messages.length;
      const minutes = 600 + Math.floor(i / 10);
      messages.push({
        id: `${idPrefix}-m${i}`,
        role,
        name: role === 'agent' ? AGENTS[i < count / 2 ? 0 : 1]! : null,
        text: fill(pick(role === 'agent' ? AGENT_LINES : CUSTOMER_LINES)),
        time: `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      });
    }
    role = role === 'agent' ? 'customer' : 'agent';
  }
  return messages;
}
