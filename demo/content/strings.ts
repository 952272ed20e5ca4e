/** Everything the shop and its widget say, in the three languages. */
import type { Lang } from './conversations';

export interface WidgetStrings {
  brand: string;
  /** The accessible name of the message list, where it has one. */
  conversation: string;
  /** Header line while no agent is in the chat (between a "left" and a "joined"). */
  connecting: string;
  online: string;
  placeholder: string;
  send: string;
  /** The label on the customer's own messages in variants that show one. */
  you: string;
  sent: string;
  seen: string;
  minimize: string;
  launcher: string;
  today: string;
  relative: (minutes: number) => string;
}

export interface ShopStrings {
  langName: string;
  brand: string;
  nav: string[];
  help: string;
  cart: string;
  breadcrumb: string[];
  product: string;
  price: string;
  oldPrice: string;
  rating: [score: string, reviews: string];
  stock: string;
  colour: string;
  addToCart: string;
  description: string;
  features: string[];
  relatedTitle: string;
  related: [name: string, price: string][];
  footer: string[];
}

export const WIDGET_STRINGS: Record<Lang, WidgetStrings> = {
  en: {
    brand: 'Northwind Home',
    conversation: 'Conversation',
    connecting: 'Connecting you to an agent…',
    online: 'Online',
    placeholder: 'Write a message…',
    send: 'Send',
    you: 'You',
    sent: 'Sent',
    seen: 'Seen',
    minimize: 'Minimize chat',
    launcher: 'Chat with us',
    today: 'Today',
    relative: (m) => (m < 1 ? 'just now' : m < 60 ? `${m} min ago` : `${Math.floor(m / 60)} h ago`),
  },
  he: {
    brand: 'בית ונוף',
    conversation: 'שיחה',
    connecting: 'מחברים אותך לנציג…',
    online: 'מחובר',
    placeholder: 'כתבו הודעה…',
    send: 'שליחה',
    you: 'את/ה',
    sent: 'נשלח',
    seen: 'נקרא',
    minimize: 'מזעור הצ׳אט',
    launcher: 'צ׳אט עם שירות הלקוחות',
    today: 'היום',
    relative: (m) =>
      m < 1
        ? 'עכשיו'
        : m === 1
          ? 'לפני דקה'
          : m < 60
            ? `לפני ${m} דקות`
            : m < 120
              ? 'לפני שעה'
              : `לפני ${Math.floor(m / 60)} שעות`,
  },
  ru: {
    brand: 'Дом и Сад',
    conversation: 'Переписка',
    connecting: 'Подключаем специалиста…',
    online: 'В сети',
    placeholder: 'Напишите сообщение…',
    send: 'Отправить',
    you: 'Вы',
    sent: 'Отправлено',
    seen: 'Прочитано',
    minimize: 'Свернуть чат',
    launcher: 'Чат с поддержкой',
    today: 'Сегодня',
    relative: (m) => (m < 1 ? 'только что' : m < 60 ? `${m} мин назад` : `${Math.floor(m / 60)} ч назад`),
  },
};

export const SHOP_STRINGS: Record<Lang, ShopStrings> = {
  en: {
    langName: 'English',
    brand: 'Northwind Home',
    nav: ['Kitchen', 'Living room', 'Garden', 'Sale'],
    help: 'Help & returns',
    cart: 'Cart (2)',
    breadcrumb: ['Home', 'Kitchen', 'Kettles'],
    product: 'Stoneware kettle, 1.7 l',
    price: '$59.99',
    oldPrice: '$74.00',
    rating: ['4.6', '312 reviews'],
    stock: 'In stock · ships in 1–2 business days',
    colour: 'Colour: slate blue',
    addToCart: 'Add to cart',
    description: 'Hand-glazed stoneware with a beech handle. Works on gas, electric and induction hobs.',
    features: ['1.7 l, fills 6 cups', 'Dishwasher-safe lid', '2-year warranty'],
    relatedTitle: 'You may also like',
    related: [
      ['Stoneware mug, set of 4', '$32.00'],
      ['Oak serving board', '$45.50'],
      ['Linen tea towels, 3 pcs', '$19.90'],
    ],
    footer: [
      'Customer service +1 (800) 555-0199 · Mon–Fri 9:00–18:00',
      'Northwind Home Ltd · 500 Market St, San Francisco, CA 94105',
      'Free returns within 30 days',
    ],
  },
  he: {
    langName: 'עברית',
    brand: 'בית ונוף',
    nav: ['מטבח', 'סלון', 'גינה', 'מבצעים'],
    help: 'עזרה והחזרות',
    cart: 'עגלה (2)',
    breadcrumb: ['ראשי', 'מטבח', 'קומקומים'],
    product: 'קומקום קרמיקה, 1.7 ליטר',
    price: '₪149.90',
    oldPrice: '₪189.90',
    rating: ['4.6', '312 ביקורות'],
    stock: 'במלאי · נשלח תוך 1–2 ימי עסקים',
    colour: 'צבע: כחול צפחה',
    addToCart: 'הוספה לעגלה',
    description: 'קרמיקה מזוגגת בעבודת יד עם ידית מעץ אשור. מתאים לכיריים גז, חשמל ואינדוקציה.',
    features: ['1.7 ליטר, 6 כוסות', 'מכסה מתאים למדיח', 'אחריות לשנתיים'],
    relatedTitle: 'אולי יעניין אותך גם',
    related: [
      ['סט 4 ספלי קרמיקה', '₪89.90'],
      ['קרש הגשה מעץ אלון', '₪119.00'],
      ['3 מגבות מטבח מפשתן', '₪59.90'],
    ],
    footer: [
      'שירות לקוחות ‎*3456 · א׳–ה׳ 9:00–18:00',
      'בית ונוף בע"מ · דרך מנחם בגין 132, תל אביב 6701101',
      'החזרה חינם תוך 14 יום',
    ],
  },
  ru: {
    langName: 'Русский',
    brand: 'Дом и Сад',
    nav: ['Кухня', 'Гостиная', 'Сад', 'Скидки'],
    help: 'Помощь и возврат',
    cart: 'Корзина (2)',
    breadcrumb: ['Главная', 'Кухня', 'Чайники'],
    product: 'Керамический чайник, 1,7 л',
    price: '3 490 ₽',
    oldPrice: '4 290 ₽',
    rating: ['4,6', '312 отзывов'],
    stock: 'В наличии · отправим за 1–2 рабочих дня',
    colour: 'Цвет: серо-синий',
    addToCart: 'В корзину',
    description: 'Керамика ручной глазуровки, ручка из бука. Подходит для газовых, электрических и индукционных плит.',
    features: ['1,7 л, 6 чашек', 'Крышку можно мыть в посудомойке', 'Гарантия 2 года'],
    relatedTitle: 'Вам может понравиться',
    related: [
      ['Набор из 4 керамических кружек', '1 990 ₽'],
      ['Дубовая сервировочная доска', '2 450 ₽'],
      ['Льняные полотенца, 3 шт.', '1 190 ₽'],
    ],
    footer: [
      'Служба поддержки 8 800 555-35-35 · пн–пт 9:00–18:00',
      'ООО «Дом и Сад» · Москва, ул. Тверская, д. 7, 125009',
      'Бесплатный возврат в течение 14 дней',
    ],
  },
};
