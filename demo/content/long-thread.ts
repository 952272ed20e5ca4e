/**
 * Earlier conversations of the same customer, shown above today's chat in the virtual-list
 * variant (one long thread, as messenger-style widgets keep it): over 200 messages, so the list
 * must recycle its rows. Deterministic: the same text and order on every load.
 */
import { CONVERSATIONS, type Lang, type Line } from './conversations';

export interface Session {
  /** Whole days before today. */
  daysAgo: number;
  /** Minutes after midnight of that day when the first line was sent. */
  startMinute: number;
  lines: Line[];
}

interface Params {
  agent: string;
  order: string;
  amount: string;
  fee: string;
  street: string;
  zip: string;
  apt: number;
  company: string;
  taxId: string;
  item: string;
  qty: number;
  date: string;
  reservation: string;
  code: string;
  newCode: string;
  tracking: string;
}

type Template = (p: Params) => [who: 'c' | 'a', text: string][];

interface Pools {
  agents: string[];
  order: (k: number) => string;
  amount: (k: number) => string;
  fee: string;
  streets: string[];
  zips: string[];
  companies: string[];
  taxIds: string[];
  items: string[];
  dates: string[];
  tracking: string[];
  templates: Template[];
}

const CODES = ['SPRING10', 'WELCOME15', 'HOME20', 'TEA5'];
const NEW_CODES = ['NW-7K2Q', 'NW-3M8D', 'NW-9P4X', 'NW-5T1R'];

const rubles = (n: number) => `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')} ₽`;

const POOLS: Record<Lang, Pools> = {
  en: {
    agents: ['Priya', 'Tom', 'Aisha', 'Leo', 'Dana'],
    order: (k) => `A-0${9100 + k * 7}`,
    amount: (k) => `$${(24 + k * 3.5).toFixed(2)}`,
    fee: '$4.95',
    streets: ['12 Oak Lane', '48 Harbor View Rd', '7 Maple Court', '301 Pine St'],
    zips: ['94110', '10013', '60614', '98101'],
    companies: ['Blue Fern Café LLC', 'Harbor Studio Inc.'],
    taxIds: ['EIN 12-3456789', 'EIN 98-7654321'],
    items: ['linen tea towel set', 'oak serving board', 'glass storage jar 1 l', 'enamel saucepan 2 l'],
    dates: ['March 14', 'April 2', 'May 21', 'June 9'],
    tracking: [],
    templates: [
      (p) => [
        ['c', 'Hello?'],
        ['c', 'Hello?'],
        ['c', `Hi, my order ${p.order} still hasn't arrived. It's been 8 days.`],
        ['a', `Hi, this is ${p.agent}. Sorry for the wait! Let me check ${p.order}.`],
        ['a', "It's with UPS and should arrive tomorrow before 6 pm."],
        ['c', 'Great, thanks!'],
        ['a', "You're welcome! Anything else I can help with?"],
        ['c', "No, that's all."],
      ],
      (p) => [
        ['c', `Can I change the delivery address for order ${p.order}?`],
        ['a', `Hi! I'm ${p.agent}. Sure, what's the new address?`],
        ['c', `${p.street}, apartment ${p.apt}, ZIP ${p.zip}.`],
        ['a', `Updated. The delivery fee stays ${p.fee}.`],
        ['c', 'ok'],
        ['a', 'Anything else?'],
        ['c', 'No, thank you!'],
      ],
      (p) => [
        ['c', `Could you send me an invoice for order ${p.order}? It's for my company.`],
        ['a', `Hello, ${p.agent} here. Of course: which company name and tax ID should I use?`],
        ['c', `${p.company}, ${p.taxId}.`],
        ['a', `Done! The invoice for ${p.amount} is in your inbox.`],
        ['c', 'Got it, thanks'],
        ['a', 'Have a nice day!'],
      ],
      (p) => [
        ['c', `Will the ${p.item} be back in stock?`],
        ['a', `Hi, I'm ${p.agent}. We expect ${p.qty} more on ${p.date}.`],
        ['c', 'Can you reserve one for me?'],
        ['a', `Reserved! Reservation ${p.reservation}, valid for 7 days.`],
        ['c', 'Perfect'],
        ['c', 'Thanks!'],
        ['a', 'My pleasure.'],
      ],
      (p) => [
        ['c', `My discount code ${p.code} doesn't work at checkout.`],
        ['a', `Hello! ${p.agent} here. That code expired on ${p.date}, but here is a new one: ${p.newCode}.`],
        ['c', 'It works now 👍'],
        ['a', `Great! Your total is now ${p.amount}.`],
        ['c', 'ok'],
        ['a', 'Enjoy your order!'],
      ],
    ],
  },
  he: {
    agents: ['מיכל', 'אבי', 'נועה', 'דנה', 'רון'],
    order: (k) => `${7710000 + k * 137}`,
    amount: (k) => `₪${(79.9 + k * 10).toFixed(2)}`,
    fee: '₪29.90',
    streets: ['רחוב הרצל 12', 'שדרות רוטשילד 48', 'רחוב הגפן 7', 'רחוב ביאליק 30'],
    zips: ['6525106', '6688312', '3303211', '5252007'],
    companies: ['קפה פרן בע"מ', 'סטודיו נמל בע"מ'],
    taxIds: ['ח.פ. 514987654', 'ח.פ. 515123456'],
    items: ['סט מגבות המטבח מפשתן', 'קרש ההגשה מעץ אלון', 'סיר האמייל 2 ליטר', 'מגש הבמבוק'],
    dates: ['14.3', '2.4', '21.5', '9.6'],
    tracking: ['RR409122373IL', 'RR551028465IL', 'RR307184528IL'],
    templates: [
      (p) => [
        ['c', 'שלום?'],
        ['c', 'שלום?'],
        ['c', `היי, הזמנה מס' ${p.order} עדיין לא הגיעה. עברו 8 ימים.`],
        ['a', `היי, כאן ${p.agent}. סליחה על ההמתנה, רגע אחד.`],
        ['a', `החבילה אצל דואר ישראל, מספר מעקב ${p.tracking}, ואמורה להגיע מחר עד 18:00.`],
        ['c', 'מעולה, תודה!'],
        ['a', 'בשמחה! עוד משהו?'],
        ['c', 'לא, זה הכול.'],
      ],
      (p) => [
        ['c', `אפשר לשנות את כתובת המשלוח של הזמנה מס' ${p.order}?`],
        ['a', `היי, כאן ${p.agent}. בטח, מה הכתובת החדשה?`],
        ['c', `${p.street}, דירה ${p.apt}, מיקוד ${p.zip}.`],
        ['a', `עודכן. דמי המשלוח נשארים ${p.fee}.`],
        ['c', 'אוקיי'],
        ['a', 'עוד משהו?'],
        ['c', 'לא, תודה!'],
      ],
      (p) => [
        ['c', `אפשר לקבל חשבונית מס על הזמנה מס' ${p.order}? זה עבור העסק שלי.`],
        ['a', `שלום, כאן ${p.agent}. כמובן, על איזה שם ומספר חברה?`],
        ['c', `${p.company}, ${p.taxId}.`],
        ['a', `נשלח! החשבונית על סך ${p.amount} בתיבת הדואר שלך.`],
        ['c', 'קיבלתי, תודה'],
        ['a', 'יום נעים!'],
      ],
      (p) => [
        ['c', `מתי ${p.item} יחזור למלאי?`],
        ['a', `היי, כאן ${p.agent}. אנחנו מצפים ל-${p.qty} יחידות ב-${p.date}.`],
        ['c', 'אפשר לשמור לי אחד?'],
        ['a', `נשמר! מספר שמירה ${p.reservation}, בתוקף 7 ימים.`],
        ['c', 'מושלם'],
        ['c', 'תודה!'],
        ['a', 'בשמחה.'],
      ],
      (p) => [
        ['c', `קוד ההנחה ${p.code} לא עובד בקופה.`],
        ['a', `שלום, כאן ${p.agent}. הקוד פג ב-${p.date}, אבל הנה קוד חדש: ${p.newCode}.`],
        ['c', 'עכשיו זה עובד 👍'],
        ['a', `מצוין! הסכום לתשלום עכשיו ${p.amount}.`],
        ['c', 'אוקיי'],
        ['a', 'תיהנו מההזמנה!'],
      ],
    ],
  },
  ru: {
    agents: ['Анна', 'Сергей', 'Ирина', 'Ольга', 'Павел'],
    order: (k) => `${40 + (k % 10)}-${100 + k * 3}`,
    amount: (k) => rubles(1990 + k * 150),
    fee: '390 ₽',
    streets: ['ул. Садовая, д. 12', 'пр. Мира, д. 48', 'ул. Ленина, д. 7', 'Лесная ул., д. 30'],
    zips: ['191002', '129090', '420111', '630099'],
    companies: ['ООО «Синий папоротник»', 'ИП Смирнова А. В.'],
    taxIds: ['ИНН 7701234567', 'ИНН 7812345678'],
    items: [
      'Набор льняных полотенец',
      'Дубовая сервировочная доска',
      'Стеклянная банка 1 л',
      'Эмалированная кастрюля 2 л',
    ],
    dates: ['14 марта', '2 апреля', '21 мая', '9 июня'],
    tracking: ['20450123456789', '20450987654321', '20451122334455'],
    templates: [
      (p) => [
        ['c', 'Есть кто-нибудь?'],
        ['c', 'Есть кто-нибудь?'],
        ['c', `Добрый день, заказ № ${p.order} до сих пор не пришёл, уже 8 дней.`],
        ['a', `Здравствуйте, меня зовут ${p.agent}. Извините за ожидание, сейчас проверю.`],
        ['a', `Посылка у Новой почты, ТТН ${p.tracking}, будет у вас завтра до 18:00.`],
        ['c', 'Отлично, спасибо!'],
        ['a', 'Пожалуйста! Могу ещё чем-то помочь?'],
        ['c', 'Нет, это всё.'],
      ],
      (p) => [
        ['c', `Можно изменить адрес доставки для заказа № ${p.order}?`],
        ['a', `Здравствуйте, это ${p.agent}. Конечно, какой новый адрес?`],
        ['c', `${p.street}, кв. ${p.apt}, индекс ${p.zip}.`],
        ['a', `Изменили. Стоимость доставки та же: ${p.fee}.`],
        ['c', 'хорошо'],
        ['a', 'Что-нибудь ещё?'],
        ['c', 'Нет, спасибо!'],
      ],
      (p) => [
        ['c', `Пришлите, пожалуйста, счёт на заказ № ${p.order}, для юрлица.`],
        ['a', `Добрый день, на связи ${p.agent}. Конечно, подскажите название и ИНН.`],
        ['c', `${p.company}, ${p.taxId}.`],
        ['a', `Готово! Счёт на ${p.amount} отправлен вам на почту.`],
        ['c', 'Получила, спасибо'],
        ['a', 'Хорошего дня!'],
      ],
      (p) => [
        ['c', `${p.item} снова появится в продаже?`],
        ['a', `Здравствуйте, это ${p.agent}. Ждём поставку ${p.qty} шт. ${p.date}.`],
        ['c', 'Можете отложить для меня?'],
        ['a', `Отложили! Номер брони ${p.reservation}, действует 7 дней.`],
        ['c', 'Отлично'],
        ['c', 'Спасибо!'],
        ['a', 'Рады помочь.'],
      ],
      (p) => [
        ['c', `Промокод ${p.code} не срабатывает при оплате.`],
        ['a', `Здравствуйте, меня зовут ${p.agent}. Срок действия кода истёк ${p.date}, держите новый: ${p.newCode}.`],
        ['c', 'Теперь работает 👍'],
        ['a', `Отлично! Сумма к оплате: ${p.amount}.`],
        ['c', 'хорошо'],
        ['a', 'Приятных покупок!'],
      ],
    ],
  },
};

/** How many earlier conversations precede today's: enough for well over 200 messages. */
export const EARLIER_SESSIONS = 30;

const pick = <T>(list: readonly T[], k: number): T => list[k % list.length]!;

export function earlierSessions(lang: Lang): Session[] {
  const pools = POOLS[lang];
  return Array.from({ length: EARLIER_SESSIONS }, (_, k) => {
    const p: Params = {
      agent: pick(pools.agents, k),
      order: pools.order(k),
      amount: pools.amount(k),
      fee: pools.fee,
      street: pick(pools.streets, k),
      zip: pick(pools.zips, k),
      apt: 3 + ((k * 7) % 40),
      company: pick(pools.companies, k),
      taxId: pick(pools.taxIds, k),
      item: pick(pools.items, k),
      qty: 12 + ((k * 5) % 30),
      date: pick(pools.dates, k),
      reservation: `R-${3100 + k * 11}`,
      code: pick(CODES, k),
      newCode: pick(NEW_CODES, k),
      tracking: pools.tracking.length ? pick(pools.tracking, k) : '',
    };
    const lines = pick(
      pools.templates,
      k,
    )(p).map(([who, text]): Line =>
      who === 'c' ? { author: 'customer', text } : { author: 'agent', agent: p.agent, text },
    );
    return { daysAgo: 2 + (EARLIER_SESSIONS - 1 - k) * 5, startMinute: 9 * 60 + ((k * 97) % (8 * 60)), lines };
  });
}

/** Every line of the long thread in display order: earlier sessions, then today's conversation. */
export function longThread(lang: Lang): Line[] {
  const today = CONVERSATIONS[lang];
  return [...earlierSessions(lang).flatMap((s) => s.lines), ...today.history, ...today.live];
}
