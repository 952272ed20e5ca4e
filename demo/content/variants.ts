/**
 * The four demo pages. Each hosts the widget the way a family of real vendors does, and differs
 * in what an adapter can lean on: container, message box, ARIA, times, labels and ids.
 */
export type InputKind = 'react' | 'textarea' | 'contenteditable' | 'textarea-gated';

export interface VariantSpec {
  letter: 'A' | 'B' | 'C' | 'D';
  /** Page path on the shop origin, `?lang=en|he|ru`. */
  path: string;
  title: string;
  container: string;
  input: InputKind;
  /** The message list is `role="log" aria-live="polite"`; otherwise a plain scroll box. */
  ariaLog: boolean;
  times: 'relative' | 'clock';
  /** The customer's own messages carry a visible "You" label. */
  youLabel: boolean;
  /** The agent's avatar sits beside the first or the last message of a group (moving as the group grows). */
  avatarAt: 'first' | 'last';
  /** "Dana is typing…" is rendered inside the message list (as some vendors do) or below it. */
  typingInList: boolean;
  /** The customer's sent messages show "Sent", then "Seen": an existing row's time line changes. */
  readReceipts: boolean;
  /** Message rows carry the vendor's message id (`data-id`, or `data-msg-id` in the virtual list). */
  messageIds: boolean;
  /** Send button: an icon with an aria-label, or a text button. */
  sendButton: 'icon' | 'text';
  classPrefix: string;
  accent: string;
  summary: string;
}

export const VARIANTS = {
  iframe: {
    letter: 'A',
    title: 'Cross-origin iframe',
    readReceipts: true,
    path: '/iframe.html',
    container: 'cross-origin iframe (the widget page is served from the second port)',
    input: 'react',
    ariaLog: true,
    times: 'relative',
    youLabel: true,
    avatarAt: 'last',
    typingInList: true,
    messageIds: false,
    sendButton: 'icon',
    classPrefix: 'sc-',
    accent: '#1f5f5b',
    summary: 'Cross-origin iframe · React-controlled input · ARIA log · relative times',
  },
  blank: {
    letter: 'B',
    title: 'about:blank iframe',
    readReceipts: false,
    path: '/blank.html',
    container: 'about:blank iframe created and filled by the page’s script',
    input: 'textarea',
    ariaLog: true,
    times: 'clock',
    youLabel: false,
    avatarAt: 'first',
    typingInList: false,
    messageIds: true,
    sendButton: 'text',
    classPrefix: 'css-',
    accent: '#2a56c6',
    summary: 'about:blank iframe · textarea · ARIA log · clock times · message ids',
  },
  shadow: {
    letter: 'C',
    title: 'Closed shadow root',
    readReceipts: false,
    path: '/shadow.html',
    container: 'closed shadow root injected into the page (no iframe)',
    input: 'contenteditable',
    ariaLog: false,
    times: 'relative',
    youLabel: true,
    avatarAt: 'first',
    typingInList: false,
    messageIds: false,
    sendButton: 'icon',
    classPrefix: 'cc-',
    accent: '#5a47c8',
    summary: 'Closed shadow root · contenteditable · no ARIA · relative times',
  },
  virtual: {
    letter: 'D',
    title: 'Recycling virtual list',
    readReceipts: false,
    path: '/virtual.html',
    container: 'page DOM: a virtualised list recycling a fixed pool of rows',
    input: 'textarea-gated',
    ariaLog: false,
    times: 'clock',
    youLabel: false,
    avatarAt: 'first',
    typingInList: false,
    messageIds: true,
    sendButton: 'text',
    classPrefix: 'x',
    accent: '#b4532a',
    summary: 'Virtual list, 24 recycled rows, 200+ messages · data-* hooks, no ARIA · gated textarea · clock times',
  },
} as const satisfies Record<string, VariantSpec>;

export type VariantId = keyof typeof VARIANTS;
export const VARIANT_IDS = Object.keys(VARIANTS) as VariantId[];

export function isVariant(value: string | null | undefined): value is VariantId {
  return (VARIANT_IDS as string[]).includes(value ?? '');
}
