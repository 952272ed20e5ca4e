/**
 * The European Union at directive level. Directives reach consumers through each member state's
 * own law, which may give more (longer periods, other deadlines): `varies` says where we know it.
 * Source links are EUR-Lex ELI addresses of the directives and regulations.
 */
import { RESEARCH_DATE, type RightsRuleInput } from '../rule';

const checked = { lastChecked: RESEARCH_DATE } as const;
const CRD = 'Consumer Rights Directive 2011/83/EU';
const CRD_URL = 'https://eur-lex.europa.eu/eli/dir/2011/83/oj';
const PSD2 = 'Payment Services Directive (EU) 2015/2366 (PSD2)';
const PSD2_URL = 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj';

const national = {
  en: 'This is the EU minimum; your country’s law applies it and may give more.',
  he: 'זה המינימום שקובע האיחוד האירופי; החוק במדינה שלכם מיישם אותו ועשוי לתת יותר.',
  ru: 'Это минимум по праву ЕС; закон вашей страны применяет его и может давать больше.',
} as const;

export const euRules: readonly RightsRuleInput[] = [
  {
    id: 'eu.cancel.withdrawal',
    jurisdiction: 'EU',
    topic: 'cancel-distance',
    summary: {
      en: 'Bought online or away from a shop? You have 14 days to withdraw without giving a reason. For goods the days run from when you (or someone you name) get the goods, or the last item of a split delivery; for services and digital content, from the contract.',
      he: 'קניתם באינטרנט או מחוץ לחנות? יש לכם 14 ימים לבטל בלי לתת סיבה. במוצרים הספירה מתחילה כשאתם (או מי שציינתם) מקבלים את המוצר, או את הפריט האחרון במשלוח מפוצל; בשירותים ובתוכן דיגיטלי — מיום החוזה.',
      ru: 'Купили онлайн или вне магазина? У вас 14 дней, чтобы отказаться без объяснения причин. Для товаров срок идёт с момента, когда вы (или указанный вами человек) получили товар или последнюю часть разделённой доставки; для услуг и цифрового контента — с заключения договора.',
    },
    periods: { withdrawal: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' } },
    exceptions: [],
    varies: national,
    citation: `${CRD}, Art 9`,
    status: 'verified',
    basis: 'law-text',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.cancel.not-informed',
    jurisdiction: 'EU',
    topic: 'cancel-distance',
    summary: {
      en: 'If the trader did not tell you about your right to withdraw, the 14 days are extended by up to 12 months.',
      he: 'אם העסק לא סיפר לכם על זכות הביטול, 14 הימים מוארכים בעד 12 חודשים.',
      ru: 'Если продавец не сообщил вам о праве на отказ, 14-дневный срок продлевается до 12 месяцев.',
    },
    periods: { extension: { unit: 'months', amount: 12, from: 'delivery' } },
    exceptions: [],
    citation: `${CRD}, Art 10`,
    status: 'verified',
    basis: 'secondary',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.cancel.how',
    jurisdiction: 'EU',
    topic: 'cancel-distance',
    summary: {
      en: 'Withdraw with the model form or any clear statement. It is enough to send it before the 14 days end; keep proof, because proving you withdrew is up to you.',
      he: 'מבטלים בטופס הדוגמה או בכל הודעה ברורה. מספיק לשלוח אותה לפני תום 14 הימים; שמרו הוכחה, כי עליכם להוכיח שביטלתם.',
      ru: 'Отказаться можно по типовой форме или любым ясным заявлением. Достаточно отправить его до конца 14 дней; сохраните доказательство — доказывать отказ придётся вам.',
    },
    exceptions: [],
    citation: `${CRD}, Art 11`,
    status: 'verified',
    basis: 'law-text',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.cancel.withdrawal-button',
    jurisdiction: 'EU',
    topic: 'cancel-distance',
    summary: {
      en: 'From 19 June 2026, online traders must offer a “withdraw from contract here” function, and confirm your withdrawal.',
      he: 'מ-19 ביוני 2026 עסקים מקוונים חייבים להציע כפתור „ביטול החוזה כאן“ ולאשר לכם את הביטול.',
      ru: 'С 19 июня 2026 года онлайн-продавцы обязаны предлагать функцию «отказаться от договора здесь» и подтверждать ваш отказ.',
    },
    exceptions: [],
    citation: 'Directive (EU) 2023/2673, inserting Art 11a into the Consumer Rights Directive',
    status: 'verified',
    basis: 'secondary',
    ...checked,
  },
  {
    id: 'eu.cancel.exceptions',
    jurisdiction: 'EU',
    topic: 'cancel-distance',
    summary: {
      en: 'Some purchases have no right to withdraw.',
      he: 'בחלק מהרכישות אין זכות ביטול.',
      ru: 'Для некоторых покупок права на отказ нет.',
    },
    exceptions: [
      {
        en: 'Goods made to your specifications.',
        he: 'מוצר שיוצר לפי המפרט שלכם.',
        ru: 'Товары, сделанные по вашим параметрам.',
      },
      { en: 'Goods that spoil quickly.', he: 'מוצרים שמתקלקלים מהר.', ru: 'Быстро портящиеся товары.' },
      {
        en: 'Sealed hygiene goods, recordings or software, once unsealed.',
        he: 'מוצרי היגיינה, הקלטות או תוכנה באריזה אטומה, אחרי שנפתחה.',
        ru: 'Гигиенические товары, записи и программы в запечатанной упаковке — после вскрытия.',
      },
      { en: 'Newspapers and magazines.', he: 'עיתונים וכתבי עת.', ru: 'Газеты и журналы.' },
      {
        en: 'Leisure and transport booked for a set date; urgent repairs you called for; services fully performed with your agreement.',
        he: 'פנאי ותחבורה שהוזמנו לתאריך מסוים; תיקון דחוף שהזמנתם; שירות שניתן במלואו בהסכמתכם.',
        ru: 'Досуг и перевозки на конкретную дату; срочный ремонт по вашему вызову; услуги, полностью оказанные с вашего согласия.',
      },
    ],
    citation: `${CRD}, Art 16`,
    status: 'verified',
    basis: 'secondary',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.refund.after-withdrawal',
    jurisdiction: 'EU',
    topic: 'refund-after-cancel',
    summary: {
      en: 'The trader must refund you within 14 days of your withdrawal, standard delivery included, by the way you paid. It may wait until it gets the goods back or proof you sent them. You send the goods back within 14 days and pay the return postage if you were told so in advance.',
      he: 'העסק חייב להחזיר לכם את הכסף תוך 14 ימים מהודעת הביטול, כולל משלוח רגיל, באותו אמצעי תשלום. הוא רשאי לחכות עד שיקבל את המוצר או הוכחה ששלחתם אותו. אתם מחזירים את המוצר תוך 14 ימים ומשלמים על המשלוח חזרה אם הודיעו לכם על כך מראש.',
      ru: 'Продавец обязан вернуть деньги в течение 14 дней с вашего отказа, включая обычную доставку, тем же способом оплаты. Он может подождать, пока получит товар или доказательство отправки. Вы отправляете товар обратно в течение 14 дней и оплачиваете возврат, если вас заранее об этом предупредили.',
    },
    periods: {
      refund: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'notice' },
      'send-back': { unit: 'days', amount: 14, dayKind: 'calendar', from: 'notice' },
    },
    exceptions: [
      {
        en: 'You may pay for loss of value caused by handling the goods beyond what is needed to check them.',
        he: 'ייתכן שתשלמו על ירידת ערך אם השתמשתם במוצר מעבר למה שנדרש כדי לבדוק אותו.',
        ru: 'Если вы пользовались товаром больше, чем нужно для проверки, с вас могут взыскать потерю его стоимости.',
      },
    ],
    citation: `${CRD}, Arts 13-14`,
    status: 'verified',
    basis: 'secondary',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.defect.legal-guarantee',
    jurisdiction: 'EU',
    topic: 'defective-goods',
    summary: {
      en: 'Goods must work as promised for at least 2 years from when you receive them. A fault that appears within 1 year is presumed to have been there from the start. First comes repair or replacement; if that fails, a price cut or your money back (no refund for a minor fault).',
      he: 'המוצר צריך להתאים למה שהובטח לפחות שנתיים מהיום שקיבלתם אותו. פגם שמתגלה בתוך שנה — חזקה שהיה קיים מההתחלה. קודם תיקון או החלפה; אם לא הצליח — הפחתת מחיר או החזר כספי (אבל לא החזר על פגם קטן).',
      ru: 'Товар должен соответствовать договору не меньше 2 лет с момента получения. Дефект, проявившийся в течение года, считается существовавшим с самого начала. Сначала ремонт или замена; если не вышло — снижение цены или возврат денег (при незначительном дефекте возврата нет).',
    },
    periods: {
      guarantee: { unit: 'years', amount: 2, from: 'delivery' },
      presumption: { unit: 'years', amount: 1, from: 'delivery' },
    },
    exceptions: [],
    varies: {
      en: 'Some member states give more: Spain 3 years for new goods with a 2-year presumption (since 2022); France 2 years with a 2-year presumption and repair or replacement within 30 days.',
      he: 'יש מדינות שנותנות יותר: בספרד 3 שנים למוצר חדש וחזקה של שנתיים (מאז 2022); בצרפת שנתיים, חזקה של שנתיים ותיקון או החלפה תוך 30 יום.',
      ru: 'Некоторые страны дают больше: в Испании 3 года на новые товары и презумпция 2 года (с 2022 года); во Франции 2 года, презумпция 2 года и ремонт или замена за 30 дней.',
    },
    citation:
      'Sale of Goods Directive (EU) 2019/771, Arts 10-13; Spain RDL 7/2021 (art 120); France Consumer Code D.211-2',
    status: 'verified',
    basis: 'law-text',
    source: 'https://eur-lex.europa.eu/eli/dir/2019/771/oj',
    ...checked,
  },
  {
    id: 'eu.late.delivery',
    jurisdiction: 'EU',
    topic: 'late-delivery',
    summary: {
      en: 'With no agreed date, the trader must deliver without undue delay and within 30 days. If it is late, give it an extra reasonable period; if it still fails, or refused to deliver, or the date was essential, you may end the contract at once and get your money back.',
      he: 'אם לא סוכם מועד, העסק חייב לספק בלי שיהוי ולכל המאוחר תוך 30 יום. אם איחר, תנו לו ארכה סבירה; אם גם אז לא סיפק, או סירב לספק, או שהמועד היה מהותי — אפשר לבטל את החוזה מיד ולקבל את הכסף בחזרה.',
      ru: 'Если срок не согласован, продавец должен доставить без неоправданной задержки и не позже 30 дней. Если он опоздал, дайте ему разумный дополнительный срок; если и тогда не доставил, отказался доставлять или дата была существенной — можно сразу расторгнуть договор и вернуть деньги.',
    },
    periods: { delivery: { unit: 'days', amount: 30, dayKind: 'calendar', from: 'purchase' } },
    exceptions: [],
    citation: `${CRD}, Art 18`,
    status: 'verified',
    basis: 'secondary',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.phone.basic-rate',
    jurisdiction: 'EU',
    topic: 'phone-service',
    summary: {
      en: 'Calling a trader’s helpline about something you bought must cost no more than a basic-rate call.',
      he: 'שיחה למוקד השירות של העסק בנוגע לקנייה שביצעתם לא תעלה יותר מתעריף שיחה בסיסי.',
      ru: 'Звонок на линию поддержки продавца по поводу покупки не должен стоить дороже обычного звонка.',
    },
    exceptions: [],
    citation: `${CRD}, Art 21`,
    status: 'verified',
    basis: 'law-text',
    source: CRD_URL,
    ...checked,
  },
  {
    id: 'eu.card.unauthorised',
    jurisdiction: 'EU',
    topic: 'card-disputes',
    summary: {
      en: 'A payment you did not authorise: tell your bank within 13 months. It must refund by the end of the next business day. You pay at most 50 EUR of a loss from a lost or stolen card, unless you acted fraudulently or with gross negligence.',
      he: 'תשלום שלא אישרתם: הודיעו לבנק תוך 13 חודשים. הבנק חייב להחזיר את הכסף עד סוף יום העסקים הבא. על הפסד מכרטיס שאבד או נגנב תשלמו לכל היותר 50 אירו, אלא אם פעלתם במרמה או ברשלנות חמורה.',
      ru: 'Платёж, который вы не разрешали: сообщите банку в течение 13 месяцев. Банк должен вернуть деньги до конца следующего рабочего дня. За потерю по утерянной или украденной карте вы платите не больше 50 евро, если только не действовали мошеннически или с грубой небрежностью.',
    },
    periods: {
      refund: { unit: 'days', amount: 1, dayKind: 'business', from: 'notice' },
    },
    amounts: { 'liability-cap': { value: 50, currency: 'EUR' } },
    exceptions: [],
    citation: `${PSD2}, Arts 71, 73, 74`,
    status: 'verified',
    basis: 'law-text',
    source: PSD2_URL,
    ...checked,
  },
  {
    id: 'eu.card.direct-debit',
    jurisdiction: 'EU',
    topic: 'card-disputes',
    summary: {
      en: 'You can ask your bank to refund a direct debit within 8 weeks of the charge. The bank refunds, or explains why not, within 10 business days.',
      he: 'אפשר לבקש מהבנק להחזיר חיוב בהוראת קבע תוך 8 שבועות מהחיוב. הבנק מחזיר את הכסף, או מסביר למה לא, תוך 10 ימי עסקים.',
      ru: 'Вернуть деньги по прямому дебету можно, обратившись в банк в течение 8 недель после списания. Банк возвращает деньги или объясняет отказ в течение 10 рабочих дней.',
    },
    periods: {
      answer: { unit: 'days', amount: 10, dayKind: 'business', from: 'notice' },
    },
    exceptions: [],
    citation: `${PSD2}, Arts 76-77`,
    status: 'verified',
    basis: 'law-text',
    source: PSD2_URL,
    ...checked,
  },
  {
    id: 'eu.card.merchant-dispute',
    jurisdiction: 'EU',
    topic: 'card-disputes',
    summary: {
      en: 'There seems to be no EU-wide legal chargeback for a dispute with a seller; card networks have their own rules. Ask your bank.',
      he: 'נראה שאין באיחוד האירופי זכות חוקית כללית לביטול עסקה בכרטיס בגלל מחלוקת עם מוכר; לחברות הכרטיסים יש כללים משלהן. פנו לבנק.',
      ru: 'Похоже, общеевропейского законного права на чарджбэк при споре с продавцом нет; у платёжных систем свои правила. Обратитесь в банк.',
    },
    exceptions: [],
    varies: national,
    citation: 'No EU statute found; card-network rules',
    status: 'unverified',
    basis: 'none',
    ...checked,
  },
  {
    id: 'eu.subs.cancel',
    jurisdiction: 'EU',
    topic: 'subscriptions',
    summary: {
      en: 'Telecom contracts can bind you for at most 24 months. Some countries go further: in Germany, websites selling subscriptions must show a “cancel contracts here” button (since July 2022).',
      he: 'חוזה תקשורת יכול לחייב אתכם ל-24 חודשים לכל היותר. יש מדינות שהולכות רחוק יותר: בגרמניה אתר שמוכר מנויים חייב להציג כפתור „ביטול חוזים כאן“ (מאז יולי 2022).',
      ru: 'Договор связи может связывать вас не дольше 24 месяцев. Некоторые страны идут дальше: в Германии сайты, продающие подписки, обязаны показывать кнопку «расторгнуть договор здесь» (с июля 2022 года).',
    },
    periods: { 'telecom-max-term': { unit: 'months', amount: 24, from: 'purchase' } },
    exceptions: [],
    varies: national,
    citation: 'European Electronic Communications Code (EU) 2018/1972, Art 105; Germany BGB s.312k',
    status: 'verified',
    basis: 'law-text',
    ...checked,
  },
  {
    id: 'eu.escalate.ecc-small-claims',
    jurisdiction: 'EU',
    topic: 'escalation',
    summary: {
      en: 'Buying from a trader in another EU country? The European Consumer Centres (ECC-Net) help for free, and the European Small Claims Procedure handles claims up to 5,000 EUR. The EU online dispute (ODR) platform closed on 20 July 2025.',
      he: 'קניתם מעסק במדינה אחרת באיחוד? מרכזי הצרכנים האירופיים (ECC-Net) עוזרים בחינם, והליך התביעות הקטנות האירופי מטפל בתביעות עד 5,000 אירו. פלטפורמת יישוב הסכסוכים המקוונת (ODR) נסגרה ב-20 ביולי 2025.',
      ru: 'Покупали у продавца из другой страны ЕС? Европейские потребительские центры (ECC-Net) помогают бесплатно, а Европейская процедура мелких исков принимает иски до 5 000 евро. Онлайн-платформа ЕС для споров (ODR) закрыта 20 июля 2025 года.',
    },
    amounts: { 'small-claims-limit': { value: 5000, currency: 'EUR' } },
    exceptions: [
      {
        en: 'The European Small Claims Procedure does not apply in Denmark.',
        he: 'הליך התביעות הקטנות האירופי לא חל בדנמרק.',
        ru: 'Европейская процедура мелких исков не действует в Дании.',
      },
    ],
    varies: {
      en: 'Each country also has its own regulator, consumer bodies and small-claims courts.',
      he: 'לכל מדינה יש גם רגולטור, גופי צרכנות ובית משפט לתביעות קטנות משלה.',
      ru: 'В каждой стране есть и свой регулятор, потребительские организации и суды мелких исков.',
    },
    citation: 'Regulation (EC) 861/2007 as amended by 2015/2421; Regulation (EU) 2024/3228',
    status: 'verified',
    basis: 'law-text',
    source: 'https://eur-lex.europa.eu/eli/reg/2007/861/oj',
    ...checked,
  },
];
