/**
 * Ukraine: the 1991 Law No. 1023-XII "On Protection of Consumer Rights" applies while martial law
 * lasts; the 2023 Law No. 3153-IX takes effect only when it ends. Source links are the official
 * Verkhovna Rada legislation portal (zakon.rada.gov.ua), whose address for a law is its number.
 */
import { RESEARCH_DATE, type RightsRuleInput } from '../rule';

const checked = { lastChecked: RESEARCH_DATE } as const;
const LAW_1991 = 'Law No. 1023-XII "On Protection of Consumer Rights" (1991)';
const LAW_1991_URL = 'https://zakon.rada.gov.ua/laws/show/1023-12';

export const uaRules: readonly RightsRuleInput[] = [
  {
    id: 'ua.law.which-applies',
    jurisdiction: 'UA',
    topic: 'escalation',
    summary: {
      en: 'Ukraine’s new consumer law of 2023 takes effect only when martial law ends. Until then the 1991 law applies, and the rules here are from it.',
      he: 'חוק הגנת הצרכן החדש של אוקראינה משנת 2023 ייכנס לתוקף רק כשיסתיים המשטר הצבאי. עד אז חל החוק משנת 1991, והכללים כאן לקוחים ממנו.',
      ru: 'Новый украинский закон о защите прав потребителей 2023 года вступит в силу только после отмены военного положения. До тех пор действует закон 1991 года, и правила здесь взяты из него.',
    },
    exceptions: [],
    citation: 'Law No. 3153-IX of 10.06.2023, final provisions',
    status: 'verified',
    basis: 'law-text',
    source: 'https://zakon.rada.gov.ua/laws/show/3153-20',
    ...checked,
  },
  {
    id: 'ua.refund.exchange',
    jurisdiction: 'UA',
    topic: 'refund-after-cancel',
    summary: {
      en: 'Goods of proper quality can be exchanged within 14 days, not counting the day of purchase, if unused, with labels and the receipt kept. If no equivalent is available, you can get your money back.',
      he: 'מוצר תקין אפשר להחליף תוך 14 ימים, לא כולל יום הקנייה, אם לא השתמשו בו ונשמרו התוויות והקבלה. אם אין מוצר מקביל — אפשר לקבל את הכסף בחזרה.',
      ru: 'Товар надлежащего качества можно обменять в течение 14 дней, не считая дня покупки, если им не пользовались и сохранены ярлыки и чек. Если равноценной замены нет, можно вернуть деньги.',
    },
    periods: { exchange: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'purchase' } },
    exceptions: [],
    citation: `${LAW_1991}, art. 9`,
    status: 'verified',
    basis: 'secondary',
    source: LAW_1991_URL,
    ...checked,
  },
  {
    id: 'ua.cancel.off-premises',
    jurisdiction: 'UA',
    topic: 'cancel-distance',
    summary: {
      en: 'A contract made away from the seller’s premises (at home, in the street) can be cancelled within 14 days of receiving the contract document.',
      he: 'חוזה שנעשה מחוץ למקום העסק של המוכר (בבית, ברחוב) אפשר לבטל תוך 14 ימים מקבלת מסמך החוזה.',
      ru: 'Договор, заключённый вне помещения продавца (дома, на улице), можно расторгнуть в течение 14 дней с получения документа о договоре.',
    },
    periods: { withdrawal: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'purchase' } },
    exceptions: [],
    citation: `${LAW_1991}, art. 12`,
    status: 'verified',
    basis: 'law-text',
    source: LAW_1991_URL,
    ...checked,
  },
  {
    id: 'ua.cancel.distance',
    jurisdiction: 'UA',
    topic: 'cancel-distance',
    summary: {
      en: 'A distance purchase is believed to be cancellable within 14 days of receipt, with a refund within 30 days. Check the official text.',
      he: 'ככל הנראה אפשר לבטל קנייה מרחוק תוך 14 ימים מהקבלה ולקבל החזר תוך 30 יום. בדקו בנוסח הרשמי.',
      ru: 'Предположительно, от дистанционной покупки можно отказаться в течение 14 дней с получения, а деньги вернут за 30 дней. Сверьтесь с официальным текстом.',
    },
    periods: {
      withdrawal: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' },
      refund: { unit: 'days', amount: 30, dayKind: 'calendar', from: 'notice' },
    },
    exceptions: [],
    citation: `${LAW_1991}, art. 13`,
    status: 'unverified',
    basis: 'none',
    source: LAW_1991_URL,
    ...checked,
  },
  {
    id: 'ua.defect.remedies',
    jurisdiction: 'UA',
    topic: 'defective-goods',
    summary: {
      en: 'During the warranty, for a defect you can ask for a price reduction, a free repair or the cost of repair. For a significant defect (cannot be fixed, takes over 14 days to fix, or keeps coming back) you can ask for a refund or a replacement.',
      he: 'בתקופת האחריות, על פגם אפשר לדרוש הפחתת מחיר, תיקון חינם או את עלות התיקון. בפגם מהותי (שאי אפשר לתקן, שתיקונו נמשך יותר מ-14 יום, או שחוזר שוב ושוב) אפשר לדרוש החזר כספי או החלפה.',
      ru: 'В гарантийный срок при недостатке можно потребовать уменьшения цены, бесплатного ремонта или возмещения расходов на ремонт. При существенном недостатке (неустранимом, устраняемом дольше 14 дней или повторяющемся) — возврата денег или замены.',
    },
    exceptions: [],
    citation: `${LAW_1991}, arts. 1, 8`,
    status: 'verified',
    basis: 'law-text',
    source: LAW_1991_URL,
    ...checked,
  },
  {
    id: 'ua.escalate.regulator-court',
    jurisdiction: 'UA',
    topic: 'escalation',
    summary: {
      en: 'Complain to the State Service of Ukraine on Food Safety and Consumer Protection. Consumers pay no court fee in consumer cases (Supreme Court, 2018).',
      he: 'אפשר להתלונן בשירות הממלכתי של אוקראינה לבטיחות מזון והגנת הצרכן. צרכנים לא משלמים אגרת בית משפט בתביעות צרכניות (בית המשפט העליון, 2018).',
      ru: 'Пожаловаться можно в Государственную службу Украины по вопросам безопасности пищевых продуктов и защиты потребителей (Госпродпотребслужбу). Потребители не платят судебный сбор по потребительским делам (Верховный суд, 2018).',
    },
    exceptions: [],
    citation: 'Supreme Court of Ukraine, Grand Chamber, ruling of 21 Mar 2018 (court fee)',
    status: 'verified',
    basis: 'secondary',
    ...checked,
  },
];
