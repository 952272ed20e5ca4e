/** Scripted support conversations: facts, promises and distractors in each language. */
export type Lang = 'en' | 'he' | 'ru';
export type Side = 'agent' | 'customer' | 'system';

export interface ScriptLine {
  side: Side;
  text: string;
  /** Agent lines: who is speaking (shown only on the first message of a group). */
  agent?: string;
  /** Seconds before it appears, after the widget opens; history lines have none. */
  delay?: number;
}

export interface Conversation {
  title: string;
  shop: string;
  history: ScriptLine[];
  live: ScriptLine[];
  placeholder: string;
  send: string;
  you: string;
  typing: string;
  agentsJoin: (name: string) => string;
  agentLeft: (name: string) => string;
}

export const CONVERSATIONS: Record<Lang, Conversation> = {
  en: {
    title: 'Help Centre',
    shop: 'Northwind Home',
    placeholder: 'Write a message…',
    send: 'Send',
    you: 'You',
    typing: 'typing…',
    agentsJoin: (name) => `${name} joined the chat`,
    agentLeft: (name) => `${name} has left the chat`,
    history: [
      { side: 'customer', text: 'Hi, my blender arrived broken. Order A-10042, paid $59.99.' },
      { side: 'agent', agent: 'Dana', text: 'Hi! My name is Dana, I am sorry to hear that.' },
      { side: 'agent', agent: 'Dana', text: 'Could you confirm the delivery ZIP code and a phone number?' },
      { side: 'customer', text: 'ZIP 94107, phone (415) 555-0132. Card ending 4242.' },
      { side: 'customer', text: 'ok' },
    ],
    live: [
      { side: 'agent', agent: 'Dana', delay: 3, text: 'Thanks. I opened ticket #558123 for you.' },
      { side: 'agent', agent: 'Dana', delay: 3, text: 'Your refund of $59.99 will be issued within 5 business days.' },
      { side: 'customer', delay: 3, text: 'ok' },
      { side: 'system', delay: 2, text: 'Dana has left the chat' },
      { side: 'system', delay: 1, text: 'Marcus joined the chat' },
      {
        side: 'agent',
        agent: 'Marcus',
        delay: 3,
        text: 'Hello, this is Marcus from billing. I can confirm the refund is approved.',
      },
      {
        side: 'agent',
        agent: 'Marcus',
        delay: 3,
        text: 'The return label uses UPS tracking 1Z999AA10123456784. We will email you by Nov 28.',
      },
    ],
  },
  he: {
    title: 'מרכז שירות',
    shop: 'בית ונוף',
    placeholder: 'כתבו הודעה…',
    send: 'שליחה',
    you: 'את/ה',
    typing: 'מקלידה…',
    agentsJoin: (name) => `${name} הצטרף לשיחה`,
    agentLeft: (name) => `${name} עזבה את השיחה`,
    history: [
      { side: 'customer', text: "שלום, הזמנה מס' 7781234 הגיעה פגומה. שילמתי ₪149.90." },
      { side: 'agent', agent: 'דנה', text: 'שלום, שמי דנה ואני כאן לעזור.' },
      { side: 'agent', agent: 'דנה', text: 'אפשר מספר טלפון ומיקוד לבדיקה?' },
      { side: 'customer', text: 'טלפון 052-1234567, מיקוד 6423901.' },
      { side: 'customer', text: 'תודה' },
    ],
    live: [
      { side: 'agent', agent: 'דנה', delay: 3, text: 'פתחתי פנייה מספר 44871.' },
      { side: 'agent', agent: 'דנה', delay: 3, text: 'נחזור אלייך תוך 3 ימי עסקים עם אישור הזיכוי.' },
      { side: 'customer', delay: 3, text: 'תודה' },
      { side: 'system', delay: 2, text: 'דנה עזבה את השיחה' },
      { side: 'system', delay: 1, text: 'יוסי הצטרף לשיחה' },
      { side: 'agent', agent: 'יוסי', delay: 3, text: 'מדבר יוסי ממחלקת החיובים. הזיכוי אושר.' },
      { side: 'agent', agent: 'יוסי', delay: 3, text: 'המשלוח החוזר במספר מעקב RR123456785IL.' },
    ],
  },
  ru: {
    title: 'Служба поддержки',
    shop: 'Дом и сад',
    placeholder: 'Напишите сообщение…',
    send: 'Отправить',
    you: 'Вы',
    typing: 'печатает…',
    agentsJoin: (name) => `${name} подключился к чату`,
    agentLeft: (name) => `${name} покинула чат`,
    history: [
      { side: 'customer', text: 'Здравствуйте, заказ № 45-118 пришёл с браком. Оплатила 3 490 ₽.' },
      { side: 'agent', agent: 'Ольга', text: 'Здравствуйте! Меня зовут Ольга, сейчас разберёмся.' },
      { side: 'agent', agent: 'Ольга', text: 'Подскажите, пожалуйста, индекс и телефон.' },
      { side: 'customer', text: 'Индекс 125009, телефон +7 (495) 123-45-67.' },
      { side: 'customer', text: 'хорошо' },
    ],
    live: [
      { side: 'agent', agent: 'Ольга', delay: 3, text: 'Создала обращение № 90211.' },
      { side: 'agent', agent: 'Ольга', delay: 3, text: 'Вернём деньги в течение 10 дней.' },
      { side: 'customer', delay: 3, text: 'хорошо' },
      { side: 'system', delay: 2, text: 'Ольга покинула чат' },
      { side: 'system', delay: 1, text: 'Дмитрий подключился к чату' },
      { side: 'agent', agent: 'Дмитрий', delay: 3, text: 'С вами Дмитрий из отдела возвратов. Возврат одобрен.' },
      { side: 'agent', agent: 'Дмитрий', delay: 3, text: 'Трек-номер для возврата: 80085412345678.' },
    ],
  },
};
