/** Words that say what the following number is, in English, Hebrew and Russian. */

export type LabelKind = 'order-number' | 'ticket-number' | 'tracking-number';

export interface Label {
  kind: LabelKind;
  confidence: number;
}

/** Every form of a Russian noun: stem + each ending. */
function ru(stem: string, endings: readonly string[]): string[] {
  return endings.map((e) => stem + e);
}

const HARD = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
const NEUTER_IE = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'];
const FEM_A = ['а', 'и', 'у', 'е', 'ой', 'ам', 'ами', 'ах', ''];

const ORDER = [
  'order',
  'orders',
  'booking',
  ...ru('заказ', HARD),
  // Hebrew, read after stripping prefixes (ב-הזמנה, ו-ה-הזמנה …).
  'הזמנה',
  'הזמנת',
  'הזמנתך',
  'הזמנתכם',
  'הזמנות',
];

const TICKET = [
  'ticket',
  'tickets',
  'case',
  'reference',
  'ref',
  'incident',
  'request',
  'complaint',
  'claim',
  'rma',
  'inquiry',
  'enquiry',
  ...ru('обращени', NEUTER_IE),
  ...ru('заявк', FEM_A),
  ...ru('тикет', HARD),
  ...ru('запрос', HARD),
  ...ru('кейс', HARD),
  ...ru('инцидент', HARD),
  ...ru('претензи', ['я', 'и', 'ю', 'ей']),
  ...ru('жалоб', FEM_A),
  'פנייה',
  'פניה',
  'פנייתך',
  'פנייתכם',
  'פניית',
  'פניות',
  'קריאה',
  'קריאת',
  'קריאתך',
  'טיקט',
  'אסמכתא',
  'אסמכתה',
  'תלונה',
  'תלונתך',
  'בקשה',
  'בקשתך',
  'תיק',
];

const TRACKING = [
  'tracking',
  'waybill',
  'awb',
  'consignment',
  'shipment',
  'parcel',
  'package',
  ...ru('трек-номер', HARD),
  'трек',
  'трек-код',
  'трекинг',
  'track',
  ...ru('отслеживани', NEUTER_IE),
  ...ru('идентификатор', HARD),
  'шпи',
  ...ru('накладн', ['ая', 'ой', 'ую']),
  'ттн',
  ...ru('отправлени', NEUTER_IE),
  'מעקב',
  'משלוח',
  'שטר',
  'חבילה',
];

export const LABELS: ReadonlyMap<string, Label> = new Map<string, Label>([
  ...ORDER.map((w): [string, Label] => [w, { kind: 'order-number', confidence: 0.85 }]),
  ['confirmation', { kind: 'order-number', confidence: 0.7 }],
  ...TICKET.map((w): [string, Label] => [w, { kind: 'ticket-number', confidence: 0.85 }]),
  ...TRACKING.map((w): [string, Label] => [w, { kind: 'tracking-number', confidence: 0.9 }]),
]);

/** Words that look like labels but are not ("בבקשה" is "please", not "ב-בקשה"). */
export const NOT_LABELS: ReadonlySet<string> = new Set(['בבקשה', 'לבקשתך']);

/** Words that may stand between a label and its number ("order number is #…"). */
export const EXPLICIT_FILLERS: ReadonlySet<string> = new Set([
  'number',
  'no',
  'nr',
  'num',
  'id',
  '#',
  '№',
  'n',
  'nº',
  ...ru('номер', ['', 'а', 'у', 'ом', 'е']),
  'מספר',
  "מס'",
  'מס',
]);

export const FILLERS: ReadonlySet<string> = new Set([
  ...EXPLICIT_FILLERS,
  'is',
  'was',
  'code',
  'reference',
  'ref',
  'confirmation',
  'your',
  ':',
  '-',
  '—',
  '–',
  '(',
  '=',
  'ваш',
  'вашего',
  'вашему',
  'вашим',
  'вашем',
  'ваша',
  'вашей',
  'был',
  'была',
  'было',
  'это',
  'код',
  'для',
  'посылки',
  'посылка',
  'отправления',
  'отслеживания',
  'שלך',
  'שלכם',
  'שלכן',
  'שלי',
  'שלנו',
  'הוא',
  'היא',
  'הינו',
  'הינה',
  'זה',
  'שירות',
  'מטען',
]);
