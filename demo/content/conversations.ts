/**
 * The scripted support conversations of the demo shop, one per language. Pure data: the widget
 * plays them, and tests import them as the ground truth of what a recording must contain.
 */
export const LANGS = ['en', 'he', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export type Author = 'agent' | 'customer' | 'system';

export interface Line {
  author: Author;
  text: string;
  /** Agent lines: who speaks. System lines: the agent who left or joined (a hand-over). */
  agent?: string;
  handover?: 'left' | 'joined';
  /** Live lines: seconds after the previous live line (times the page's `?pace=`). */
  delay?: number;
}

export interface Agent {
  name: string;
  team: string;
  /** "Dana is typing…", with the grammatical gender the language needs. */
  typing: string;
}

export interface Facts {
  orderNumbers: string[];
  ticket: string;
  tracking: { carrier: string; number: string };
  /** In order of appearance: the first agent hands over to the second. */
  agents: [string, string];
  introductions: string[];
  amounts: string[];
  promises: string[];
  /** The customer sends exactly this text twice, with an agent message between. */
  repeatedText: string;
  /** Numbers that look like facts but are not: phone, postal code, card digits, quantities, unit prices. */
  distractors: string[];
}

export interface Conversation {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  agents: Record<string, Agent>;
  /** Already in the widget when it opens, sent a few minutes earlier. */
  history: Line[];
  /** Arrives after the widget opens, one line after another, agents after a typing indicator. */
  live: Line[];
  facts: Facts;
}

const customer = (text: string): Line => ({ author: 'customer', text });
const agent = (name: string, text: string, delay?: number): Line => ({ author: 'agent', agent: name, text, delay });
const handover = (name: string, kind: 'left' | 'joined', text: string, delay: number): Line => ({
  author: 'system',
  agent: name,
  handover: kind,
  text,
  delay,
});

const en: Conversation = {
  lang: 'en',
  dir: 'ltr',
  agents: {
    Dana: { name: 'Dana', team: 'Customer care', typing: 'Dana is typing…' },
    Marcus: { name: 'Marcus', team: 'Billing', typing: 'Marcus is typing…' },
  },
  history: [
    customer('Hi! My kettle arrived with a cracked lid. Order A-10042.'),
    agent('Dana', "Hi, my name is Dana and I'll be helping you today."),
    agent(
      'Dana',
      "I'm sorry about the lid! Could you confirm the delivery ZIP code and the phone number on the order?",
    ),
    customer('ZIP 94107, phone (415) 555-0132.'),
    agent(
      'Dana',
      'Thank you. I can see 2 × Stoneware kettle 1.7 l at $59.99 each, paid with the card ending 4242. Only one was damaged, right?',
    ),
    customer('Yes, just one.'),
    agent('Dana', "I've opened ticket #558123. You'll get the refund of $59.99 within 5 business days."),
    customer('ok'),
    agent('Dana', 'Please keep the kettle in its box until the courier collects it.'),
    customer('ok'),
  ],
  live: [
    agent('Dana', "One more thing: billing sends the return label, so I'm handing you over to them now.", 3),
    handover('Dana', 'left', 'Dana has left the chat', 2),
    handover('Marcus', 'joined', 'Marcus joined the chat', 1.5),
    agent('Marcus', 'Hello, this is Marcus from billing.', 3),
    agent(
      'Marcus',
      'Your return label is ready: UPS tracking 1Z999AA10123456784. A courier will collect the parcel by Friday.',
      3,
    ),
    agent('Marcus', 'Is there anything else I can help you with?', 3),
  ],
  facts: {
    orderNumbers: ['A-10042'],
    ticket: '#558123',
    tracking: { carrier: 'UPS', number: '1Z999AA10123456784' },
    agents: ['Dana', 'Marcus'],
    introductions: ['my name is Dana', 'this is Marcus from billing'],
    amounts: ['$59.99'],
    promises: [
      "You'll get the refund of $59.99 within 5 business days.",
      'A courier will collect the parcel by Friday.',
    ],
    repeatedText: 'ok',
    distractors: ['94107', '(415) 555-0132', '4242', '2 ×', '$59.99 each'],
  },
};

const he: Conversation = {
  lang: 'he',
  dir: 'rtl',
  agents: {
    דנה: { name: 'דנה', team: 'שירות לקוחות', typing: 'דנה מקלידה…' },
    יוסי: { name: 'יוסי', team: 'מחלקת חיובים', typing: 'יוסי מקליד…' },
  },
  history: [
    customer("שלום, הקומקום מהזמנה מס' 7781234 הגיע עם מכסה סדוק."),
    agent('דנה', 'שלום, שמי דנה ואני אטפל בפנייה שלך.'),
    agent('דנה', 'מצטערת לשמוע! אפשר לאשר את המיקוד ואת מספר הטלפון שבהזמנה?'),
    customer('מיקוד 6423901, טלפון 052-1234567.'),
    agent('דנה', 'תודה. אני רואה 2 קומקומים ב-₪149.90 ליחידה, ששולמו בכרטיס שמסתיים ב-4580. רק אחד נפגע, נכון?'),
    customer('כן, רק אחד.'),
    agent('דנה', "פתחתי פנייה מס' 44871. נחזור אלייך תוך 3 ימי עסקים עם אישור הזיכוי על ₪149.90."),
    customer('אוקיי'),
    agent('דנה', 'בינתיים שמרי בבקשה את הקומקום באריזה המקורית.'),
    customer('אוקיי'),
  ],
  live: [
    agent('דנה', 'עוד דבר: את מדבקת ההחזרה מפיקה מחלקת החיובים, אז אני מעבירה אותך אליהם.', 3),
    handover('דנה', 'left', 'דנה עזבה את השיחה', 2),
    handover('יוסי', 'joined', 'יוסי הצטרף לשיחה', 1.5),
    agent('יוסי', 'שלום, מדבר יוסי ממחלקת החיובים.', 3),
    agent('יוסי', 'מדבקת ההחזרה מוכנה: מספר מעקב של דואר ישראל RR123456785IL. שליח יאסוף את החבילה עד יום חמישי.', 3),
    agent('יוסי', 'יש עוד משהו שאפשר לעזור בו?', 3),
  ],
  facts: {
    orderNumbers: ["הזמנה מס' 7781234"],
    ticket: "פנייה מס' 44871",
    tracking: { carrier: 'Israel Post', number: 'RR123456785IL' },
    agents: ['דנה', 'יוסי'],
    introductions: ['שמי דנה', 'מדבר יוסי'],
    amounts: ['₪149.90'],
    promises: ['נחזור אלייך תוך 3 ימי עסקים', 'שליח יאסוף את החבילה עד יום חמישי'],
    repeatedText: 'אוקיי',
    distractors: ['6423901', '052-1234567', '4580', '2 קומקומים', '₪149.90 ליחידה'],
  },
};

const ru: Conversation = {
  lang: 'ru',
  dir: 'ltr',
  agents: {
    Ольга: { name: 'Ольга', team: 'Служба заботы', typing: 'Ольга печатает…' },
    Дмитрий: { name: 'Дмитрий', team: 'Отдел возвратов', typing: 'Дмитрий печатает…' },
  },
  history: [
    customer('Здравствуйте! Мой заказ № 45-118 пришёл, но у чайника треснула крышка.'),
    agent('Ольга', 'Здравствуйте! Меня зовут Ольга, я помогу разобраться.'),
    agent('Ольга', 'Очень жаль! Подскажите, пожалуйста, индекс и телефон из заказа.'),
    customer('Индекс 125009, телефон +7 (495) 123-45-67.'),
    agent(
      'Ольга',
      'Спасибо. Вижу 2 чайника по 3 490 ₽, оплата картой с последними цифрами 5678. Повреждён только один?',
    ),
    customer('Да, только один.'),
    agent('Ольга', 'Создала обращение № 90211 и оформила возврат: вернём деньги в течение 10 дней.'),
    customer('хорошо'),
    agent('Ольга', 'Пожалуйста, сохраните чайник и коробку до приезда курьера.'),
    customer('хорошо'),
  ],
  live: [
    agent('Ольга', 'И ещё: этикетку для возврата оформляет отдел возвратов, передаю вас коллеге.', 3),
    handover('Ольга', 'left', 'Ольга покинула чат', 2),
    handover('Дмитрий', 'joined', 'Дмитрий подключился к чату', 1.5),
    agent('Дмитрий', 'Добрый день! С вами Дмитрий из отдела возвратов.', 3),
    agent('Дмитрий', 'Этикетка готова: трек-номер Почты России 12500904123454. Курьер заберёт посылку до пятницы.', 3),
    agent('Дмитрий', 'Могу ещё чем-нибудь помочь?', 3),
  ],
  facts: {
    orderNumbers: ['заказ № 45-118'],
    ticket: 'обращение № 90211',
    tracking: { carrier: 'Почта России', number: '12500904123454' },
    agents: ['Ольга', 'Дмитрий'],
    introductions: ['Меня зовут Ольга', 'С вами Дмитрий'],
    amounts: ['3 490 ₽'],
    promises: ['вернём деньги в течение 10 дней', 'Курьер заберёт посылку до пятницы'],
    repeatedText: 'хорошо',
    distractors: ['125009', '+7 (495) 123-45-67', '5678', '2 чайника', '3 490 ₽'],
  },
};

export const CONVERSATIONS: Record<Lang, Conversation> = { en, he, ru };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}
