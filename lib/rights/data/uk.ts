/**
 * The United Kingdom. Source links are legislation.gov.uk addresses of the Acts and Statutory
 * Instruments (the official UK legislation site).
 */
import { RESEARCH_DATE, type RightsRuleInput } from '../rule';

const checked = { lastChecked: RESEARCH_DATE } as const;
const CCR = 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013';
const CCR_URL = 'https://www.legislation.gov.uk/uksi/2013/3134';
const CRA = 'Consumer Rights Act 2015';
const CRA_URL = 'https://www.legislation.gov.uk/ukpga/2015/15';

export const ukRules: readonly RightsRuleInput[] = [
  {
    id: 'uk.cancel.cooling-off',
    jurisdiction: 'UK',
    topic: 'cancel-distance',
    summary: {
      en: 'Bought online, by phone or by mail? You can cancel within 14 days: for goods, from the day after you receive them; for services, from the day after the contract. If the trader did not tell you about this right, you get up to 12 months more.',
      he: 'קניתם באינטרנט, בטלפון או בדואר? אפשר לבטל תוך 14 ימים: במוצרים — מהיום שאחרי שקיבלתם אותם; בשירותים — מהיום שאחרי החוזה. אם העסק לא סיפר לכם על הזכות, מתווספים עד 12 חודשים.',
      ru: 'Купили онлайн, по телефону или по почте? Отказаться можно в течение 14 дней: для товаров — считая со дня после получения, для услуг — со дня после заключения договора. Если продавец не сообщил об этом праве, срок продлевается ещё до 12 месяцев.',
    },
    periods: {
      withdrawal: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' },
      extension: { unit: 'months', amount: 12, from: 'delivery' },
    },
    exceptions: [],
    citation: `${CCR}, regs 29-31`,
    status: 'verified',
    basis: 'secondary',
    source: CCR_URL,
    ...checked,
  },
  {
    id: 'uk.cancel.exceptions',
    jurisdiction: 'UK',
    topic: 'cancel-distance',
    summary: {
      en: 'Some purchases cannot be cancelled under the 14-day rule.',
      he: 'יש רכישות שאי אפשר לבטל לפי כלל 14 הימים.',
      ru: 'Некоторые покупки нельзя отменить по правилу 14 дней.',
    },
    exceptions: [
      {
        en: 'Made-to-measure or personalised goods.',
        he: 'מוצרים בהתאמה אישית.',
        ru: 'Товары, сделанные на заказ или персонализированные.',
      },
      { en: 'Goods that spoil quickly.', he: 'מוצרים שמתקלקלים מהר.', ru: 'Быстро портящиеся товары.' },
      {
        en: 'Sealed hygiene goods, recordings or software, once unsealed; newspapers and magazines.',
        he: 'מוצרי היגיינה, הקלטות או תוכנה באריזה אטומה אחרי שנפתחה; עיתונים וכתבי עת.',
        ru: 'Гигиенические товары, записи и программы после вскрытия упаковки; газеты и журналы.',
      },
      {
        en: 'Leisure booked for a set date, passenger transport, urgent repairs.',
        he: 'פנאי שהוזמן לתאריך מסוים, הסעת נוסעים, תיקונים דחופים.',
        ru: 'Досуг на конкретную дату, пассажирские перевозки, срочный ремонт.',
      },
    ],
    citation: `${CCR}, reg 28`,
    status: 'verified',
    basis: 'law-text',
    source: CCR_URL,
    ...checked,
  },
  {
    id: 'uk.refund.after-cancel',
    jurisdiction: 'UK',
    topic: 'refund-after-cancel',
    summary: {
      en: 'After you cancel, the trader must refund you within 14 days of getting the goods back or proof that you sent them; if no goods were sent, within 14 days of your cancellation.',
      he: 'אחרי הביטול העסק חייב להחזיר לכם את הכסף תוך 14 ימים מהיום שקיבל את המוצר בחזרה או הוכחה ששלחתם אותו; אם לא נשלח מוצר — תוך 14 ימים מהודעת הביטול.',
      ru: 'После отмены продавец обязан вернуть деньги в течение 14 дней после того, как получит товар обратно или доказательство отправки; если товар не отправлялся — в течение 14 дней после вашего уведомления об отмене.',
    },
    periods: { refund: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'notice' } },
    exceptions: [],
    citation: `${CCR}, reg 34`,
    status: 'verified',
    basis: 'secondary',
    source: CCR_URL,
    ...checked,
  },
  {
    id: 'uk.defect.short-term-reject',
    jurisdiction: 'UK',
    topic: 'defective-goods',
    summary: {
      en: 'Faulty goods can be rejected for a full refund within 30 days of getting them (counted from when you own them, they are delivered and, if needed, installed). The 30 days pause during a repair or replacement you agree to.',
      he: 'מוצר פגום אפשר לדחות ולקבל החזר מלא תוך 30 יום מקבלתו (מהרגע שהוא שלכם, נמסר ואם צריך — הותקן). הספירה נעצרת בזמן תיקון או החלפה שהסכמתם להם.',
      ru: 'От неисправного товара можно отказаться с полным возвратом денег в течение 30 дней после получения (с момента, когда он ваш, доставлен и, если нужно, установлен). На время ремонта или замены, на которые вы согласились, срок приостанавливается.',
    },
    periods: { reject: { unit: 'days', amount: 30, dayKind: 'calendar', from: 'delivery' } },
    exceptions: [
      {
        en: 'After a repair or replacement, you have the rest of the 30 days or 7 days, whichever is longer.',
        he: 'אחרי תיקון או החלפה נשארת לכם יתרת 30 הימים או 7 ימים — הארוך מביניהם.',
        ru: 'После ремонта или замены у вас остаток из 30 дней или 7 дней — что дольше.',
      },
    ],
    citation: `${CRA}, s.22`,
    status: 'verified',
    basis: 'law-text',
    source: `${CRA_URL}/section/22`,
    ...checked,
  },
  {
    id: 'uk.defect.after-30-days',
    jurisdiction: 'UK',
    topic: 'defective-goods',
    summary: {
      en: 'After 30 days, the trader gets one chance to repair or replace. If that fails or takes too long, you can ask for a price reduction or reject the goods for a refund (minus a deduction for use in some cases), paid within 14 days of agreeing.',
      he: 'אחרי 30 יום לעסק יש הזדמנות אחת לתקן או להחליף. אם זה נכשל או נמשך יותר מדי, אפשר לדרוש הפחתת מחיר או להחזיר את המוצר תמורת כסף (לפעמים בניכוי על השימוש), שישולם תוך 14 ימים מההסכמה.',
      ru: 'После 30 дней у продавца одна попытка отремонтировать или заменить товар. Если не получилось или затянулось, можно потребовать снижения цены или вернуть товар за деньги (иногда с вычетом за использование); деньги выплачиваются в течение 14 дней после договорённости.',
    },
    periods: { refund: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'notice' } },
    exceptions: [],
    citation: `${CRA}, ss.19, 20(15), 23, 24`,
    status: 'verified',
    basis: 'law-text',
    source: CRA_URL,
    ...checked,
  },
  {
    id: 'uk.defect.six-months',
    jurisdiction: 'UK',
    topic: 'defective-goods',
    summary: {
      en: 'A fault that shows up within 6 months of delivery is presumed to have been there at delivery, unless the trader proves otherwise.',
      he: 'פגם שמתגלה בתוך 6 חודשים מהמסירה — חזקה שהיה קיים כבר במסירה, אלא אם העסק מוכיח אחרת.',
      ru: 'Дефект, проявившийся в течение 6 месяцев после доставки, считается существовавшим при доставке, пока продавец не докажет обратное.',
    },
    periods: { presumption: { unit: 'months', amount: 6, from: 'delivery' } },
    exceptions: [
      {
        en: 'Does not apply to the 30-day right to reject.',
        he: 'לא חל על הזכות לדחות את המוצר בתוך 30 יום.',
        ru: 'Не относится к праву отказа от товара в первые 30 дней.',
      },
    ],
    citation: `${CRA}, s.19(14)-(15)`,
    status: 'verified',
    basis: 'secondary',
    source: `${CRA_URL}/section/19`,
    ...checked,
  },
  {
    id: 'uk.late.delivery',
    jurisdiction: 'UK',
    topic: 'late-delivery',
    summary: {
      en: 'With no agreed date, goods must come without undue delay and within 30 days. If the trader refuses to deliver or misses an essential date, you can end the contract; otherwise set a new reasonable deadline, and end it if that is missed too.',
      he: 'אם לא סוכם מועד, המוצר צריך להגיע בלי שיהוי ותוך 30 יום. אם העסק מסרב לספק או מחמיץ מועד מהותי, אפשר לבטל את החוזה; אחרת קבעו מועד סביר חדש, ובטלו אם גם הוא הוחמץ.',
      ru: 'Если срок не согласован, товар должен прийти без неоправданной задержки и не позже 30 дней. Если продавец отказывается доставлять или срывает существенную дату, договор можно расторгнуть; иначе назначьте новый разумный срок и расторгните договор, если сорван и он.',
    },
    periods: { delivery: { unit: 'days', amount: 30, dayKind: 'calendar', from: 'purchase' } },
    exceptions: [],
    citation: `${CRA}, s.28`,
    status: 'verified',
    basis: 'law-text',
    source: `${CRA_URL}/section/28`,
    ...checked,
  },
  {
    id: 'uk.phone.basic-rate',
    jurisdiction: 'UK',
    topic: 'phone-service',
    summary: {
      en: 'A trader’s helpline for things you bought must not cost more than a basic-rate call; if it did, you can ask for the extra back.',
      he: 'מוקד השירות של עסק בנוגע לקנייה לא יעלה יותר משיחה בתעריף בסיסי; אם שילמתם יותר, אפשר לדרוש את ההפרש.',
      ru: 'Звонок на линию поддержки продавца по поводу покупки не должен стоить дороже обычного звонка; если стоил — разницу можно потребовать вернуть.',
    },
    exceptions: [],
    citation: `${CCR}, reg 41`,
    status: 'verified',
    basis: 'law-text',
    source: CCR_URL,
    ...checked,
  },
  {
    id: 'uk.card.section-75',
    jurisdiction: 'UK',
    topic: 'card-disputes',
    summary: {
      en: 'Paid by credit card for a single item costing over 100 GBP (up to 30,000 GBP)? The card issuer is equally liable with the seller if something goes wrong, so you can claim from the issuer.',
      he: 'שילמתם בכרטיס אשראי על פריט בודד שמחירו מעל 100 ליש״ט (ועד 30,000)? חברת האשראי אחראית יחד עם המוכר אם משהו השתבש, ואפשר לתבוע ממנה.',
      ru: 'Оплатили кредитной картой отдельный товар дороже 100 фунтов (до 30 000)? Эмитент карты отвечает наравне с продавцом, если что-то пошло не так, и требование можно предъявить ему.',
    },
    amounts: { 'min-price': { value: 100, currency: 'GBP' }, 'max-price': { value: 30000, currency: 'GBP' } },
    exceptions: [
      {
        en: 'Debit cards are not covered.',
        he: 'לא חל על כרטיסי חיוב מיידי (דביט).',
        ru: 'Дебетовые карты не подпадают под это правило.',
      },
    ],
    citation: 'Consumer Credit Act 1974, s.75',
    status: 'verified',
    basis: 'law-text',
    source: 'https://www.legislation.gov.uk/ukpga/1974/39/section/75',
    ...checked,
  },
  {
    id: 'uk.card.unauthorised',
    jurisdiction: 'UK',
    topic: 'card-disputes',
    summary: {
      en: 'For a payment you did not authorise, you pay at most 35 GBP, unless you acted fraudulently or with gross negligence.',
      he: 'על תשלום שלא אישרתם תשלמו לכל היותר 35 ליש״ט, אלא אם פעלתם במרמה או ברשלנות חמורה.',
      ru: 'За платёж, который вы не разрешали, вы платите не больше 35 фунтов, если не действовали мошеннически или с грубой небрежностью.',
    },
    amounts: { 'liability-cap': { value: 35, currency: 'GBP' } },
    exceptions: [],
    citation: 'Payment Services Regulations 2017, reg 77',
    status: 'verified',
    basis: 'law-text',
    source: 'https://www.legislation.gov.uk/uksi/2017/752/regulation/77',
    ...checked,
  },
  {
    id: 'uk.subs.dmcc',
    jurisdiction: 'UK',
    topic: 'subscriptions',
    summary: {
      en: 'New subscription rules (reminders before renewal, a cooling-off period at renewal, an easy way out) are law but not yet in force; expected from spring 2027.',
      he: 'כללים חדשים למנויים (תזכורת לפני חידוש, תקופת צינון בחידוש, יציאה פשוטה) כבר חוקקו אבל עוד לא נכנסו לתוקף; הם צפויים באביב 2027.',
      ru: 'Новые правила о подписках (напоминания перед продлением, период охлаждения при продлении, простой выход) приняты, но ещё не вступили в силу; ожидаются весной 2027 года.',
    },
    exceptions: [],
    citation: 'Digital Markets, Competition and Consumers Act 2024, Part 4 Chapter 2',
    status: 'verified',
    basis: 'secondary',
    ...checked,
  },
  {
    id: 'uk.escalate.ombudsman',
    jurisdiction: 'UK',
    topic: 'escalation',
    summary: {
      en: 'A complaint about a bank or card company can go to the Financial Ombudsman Service after 8 weeks or once you have a final response; you then have 6 months to refer it. For other traders, Citizens Advice can help and passes cases to Trading Standards.',
      he: 'תלונה על בנק או חברת כרטיסים אפשר להעביר לנציב התלונות הפיננסי (Financial Ombudsman) אחרי 8 שבועות או אחרי תשובה סופית; מאז יש 6 חודשים לפנות. בעסקים אחרים עוזר Citizens Advice, שמעביר מקרים ל-Trading Standards.',
      ru: 'Жалобу на банк или компанию-эмитента карты можно передать финансовому омбудсмену (Financial Ombudsman Service) через 8 недель или после окончательного ответа; после этого у вас 6 месяцев. По другим продавцам помогает Citizens Advice, который передаёт дела в Trading Standards.',
    },
    periods: {
      'ombudsman-opens': { unit: 'days', amount: 56, dayKind: 'calendar', from: 'complaint' },
    },
    exceptions: [
      {
        en: 'Payment-service complaints: the firm must answer within 15 business days (35 at most in exceptional cases).',
        he: 'תלונות על שירותי תשלום: החברה חייבת לענות תוך 15 ימי עסקים (עד 35 במקרים חריגים).',
        ru: 'Жалобы на платёжные услуги: компания обязана ответить за 15 рабочих дней (в исключительных случаях — до 35).',
      },
    ],
    citation: 'FCA Handbook, DISP 1.4, 1.6 and 2.8 (complaint handling and time limits)',
    status: 'verified',
    basis: 'law-text',
    ...checked,
  },
  {
    id: 'uk.escalate.small-claims',
    jurisdiction: 'UK',
    topic: 'escalation',
    summary: {
      en: 'Small claims: up to 10,000 GBP in England and Wales, 5,000 GBP in Scotland.',
      he: 'תביעות קטנות: עד 10,000 ליש״ט באנגליה ובוויילס, 5,000 ליש״ט בסקוטלנד.',
      ru: 'Мелкие иски: до 10 000 фунтов в Англии и Уэльсе, до 5 000 фунтов в Шотландии.',
    },
    amounts: {
      'limit-england-wales': { value: 10000, currency: 'GBP' },
      'limit-scotland': { value: 5000, currency: 'GBP' },
    },
    exceptions: [
      {
        en: 'Northern Ireland has its own limit, not checked here.',
        he: 'בצפון אירלנד יש תקרה משלה, שלא נבדקה כאן.',
        ru: 'В Северной Ирландии свой предел, здесь он не проверен.',
      },
    ],
    citation: 'Civil Procedure Rules Part 26 (England and Wales); Scottish simple procedure',
    status: 'verified',
    basis: 'secondary',
    ...checked,
  },
];
