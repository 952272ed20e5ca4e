import type { TemplateSet } from './types';

/**
 * Hebrew drafts. Syntax: lib/drafts/template-syntax.ts. The first person is gendered only in the
 * present tense (מבקש/מבקשת), so each such verb is a choice; the neutral form uses the future
 * ("אבקש") or a formal infinitive ("הריני להודיע"). Past and future forms
 * (רכשתי, אגיש) are the same for everyone. A rep or company never gets a gendered verb: what was
 * promised is passive ("הובטח לי").
 */
const SIGN_OFF = `

בברכה,
{senderName}`;

const RULES = `[[

הבסיס החוקי:
{rules}]]`;

const TO_SERVICE = `לכבוד
שירות הלקוחות של {company},`;

const ASK = '{~אני מבקש|אני מבקשת|אבקש}';
const ALTERNATIVE = '[[ כחלופה אקבל גם {fallback}.]]';
const NEXT_STEPS = 'אגיש תלונה רשמית ואנקוט את הצעדים החוקיים העומדים לרשותי';

export const heTemplates: TemplateSet = {
  listItem: '- ',
  blanks: {
    company: '[שם החברה]',
    orderNumber: '[מספר הזמנה]',
    ticketNumber: '[מספר פנייה]',
    trackingNumber: '[מספר מעקב]',
    repName: '[שם נציג השירות]',
    repWroteAt: '[תאריך ושעה]',
    promise: '[מה הובטח]',
    promiseMadeAt: '[מתי הובטח]',
    promiseDue: '[המועד שהובטח]',
    amount: '[סכום]',
    purchaseDate: '[תאריך הרכישה]',
    deliveryDate: '[תאריך המסירה]',
    rules: '[הבסיס החוקי]',
    rule: '[הבסיס החוקי]',
    damagesRule: '[הבסיס החוקי]',
    cancelBy: '[המועד האחרון לביטול]',
    refundDue: '[מועד ההחזר]',
    deliveryDue: '[מועד האספקה]',
    cardDisputeBy: '[המועד האחרון לבירור החיוב]',
    remedy: '[מה מבוקש]',
    fallback: '[חלופה מקובלת]',
    details: '[מה קרה]',
    replyBy: '[תאריך לתשובה]',
    regulator: '[הגוף המפקח]',
    today: '[תאריך]',
    senderName: '[שמך]',
    bank: '[הבנק או חברת האשראי]',
  },
  remedies: {
    refund: 'החזר כספי מלא',
    replacement: 'החלפת המוצר במוצר תקין',
    repair: 'תיקון המוצר ללא עלות',
    credit: 'זיכוי בגובה מלוא הסכום',
    'partial-refund': 'החזר כספי חלקי',
    'free-service': 'תקופת שירות ללא תשלום כפיצוי',
    cancel: 'ביטול העסקה',
    'bill-correction': 'תיקון החשבון',
    delivery: 'אספקת ההזמנה',
  },
  scenarios: {
    refund: {
      short: `שלום. ${ASK} החזר כספי מלא[[ בסך {amount}]] עבור הזמנה {orderNumber}. נא לאשר את ההחזר עד {replyBy}. אם האישור לא יתקבל עד אז, אגיש תלונה רשמית בכתב.`,
      long: `הנדון: בקשה להחזר כספי[[ – הזמנה {orderNumber}]]

${TO_SERVICE}

ב-{purchaseDate} ביצעתי אצלכם רכישה[[ (הזמנה {orderNumber})]][[ בסך {amount}]].[[ {details}]]

${ASK} החזר כספי מלא[[ בסך {amount}]] לאמצעי התשלום המקורי.${ALTERNATIVE}${RULES}

נא לאשר את ההחזר בכתב עד {replyBy}. אם האישור לא יתקבל עד מועד זה, ${NEXT_STEPS}.${SIGN_OFF}`,
    },
    replacement: {
      short: `שלום. המוצר מהזמנה {orderNumber} פגום. ${ASK} להחליף אותו במוצר תקין. נא לאשר את מועד ההחלפה עד {replyBy}. אם האישור לא יתקבל עד אז, אגיש תלונה רשמית בכתב.`,
      long: `הנדון: החלפת מוצר פגום[[ – הזמנה {orderNumber}]]

${TO_SERVICE}

ב-{purchaseDate} ביצעתי אצלכם רכישה[[ (הזמנה {orderNumber})]][[, שנמסרה ב-{deliveryDate}]]. המוצר פגום.[[ {details}]]

${ASK} להחליף אותו במוצר חדש ותקין ללא עלות, כולל איסוף המוצר הפגום.${ALTERNATIVE}${RULES}

נא לאשר בכתב את ההחלפה ואת מועדה עד {replyBy}. אם האישור לא יתקבל עד מועד זה, ${NEXT_STEPS}.${SIGN_OFF}`,
    },
    repair: {
      short: `שלום. במוצר מהזמנה {orderNumber} יש תקלה. ${ASK} לתקן אותו ללא עלות. נא לאשר את פרטי התיקון עד {replyBy}. אם האישור לא יתקבל עד אז, אגיש תלונה רשמית בכתב.`,
      long: `הנדון: תיקון מוצר פגום[[ – הזמנה {orderNumber}]]

${TO_SERVICE}

ב-{purchaseDate} ביצעתי אצלכם רכישה[[ (הזמנה {orderNumber})]][[, שנמסרה ב-{deliveryDate}]]. במוצר יש תקלה.[[ {details}]]

${ASK} לתקן אותו ללא עלות, בתוך הזמן שהחוק קובע.${ALTERNATIVE}${RULES}

נא לאשר בכתב את פרטי התיקון עד {replyBy}. אם האישור לא יתקבל עד מועד זה, ${NEXT_STEPS}.${SIGN_OFF}`,
    },
    'cancel-purchase': {
      short: `שלום. {~אני מודיע|אני מודיעה|הריני להודיע} על ביטול הזמנה {orderNumber}; לפי החוק אפשר לבטל עד {cancelBy}. נא לאשר את הביטול ואת ההחזר המלא עד {replyBy}. אם האישור לא יתקבל עד אז, אגיש תלונה רשמית.`,
      long: `הנדון: הודעה על ביטול עסקה[[ – הזמנה {orderNumber}]]

${TO_SERVICE}

{~אני מודיע|אני מודיעה|הריני להודיע} על ביטול הרכישה מ-{purchaseDate}[[ (הזמנה {orderNumber})]][[, שנמסרה ב-{deliveryDate}]]. לפי החוק אפשר לבטל את העסקה עד {cancelBy}.${RULES}

${ASK} להחזיר את מלוא הסכום ששולם[[ ({amount})]] לאמצעי התשלום המקורי, ולאשר בכתב את הביטול ואת ההחזר עד {replyBy}. אם האישור לא יתקבל עד מועד זה, ${NEXT_STEPS}.${SIGN_OFF}`,
    },
    'cancel-subscription': {
      short: `שלום. {~אני מבטל|אני מבטלת|הריני לבטל} את המנוי שלי ב-{company}[[ (מספר {orderNumber})]] החל מהיום. נא לאשר בכתב עד {replyBy} שהמנוי הסתיים ושלא יבוצעו חיובים נוספים. כל חיוב מאוחר יותר אבקש מחברת האשראי לבטל.`,
      long: `הנדון: ביטול מנוי[[ – {orderNumber}]]

${TO_SERVICE}

{~אני מבטל|אני מבטלת|הריני לבטל} את המנוי שלי[[ (מספר {orderNumber})]] החל מהיום, {today}.[[ {details}]]

${ASK} לאשר בכתב עד {replyBy} שהמנוי הסתיים ושלא יבוצעו חיובים נוספים.${RULES}

אם האישור לא יתקבל עד מועד זה, או אם יבוצע חיוב נוסף, אבקש מחברת האשראי לבטל את החיובים ואגיש תלונה[[ אל {regulator}]].${SIGN_OFF}`,
    },
    'bill-correction': {
      short: `שלום. בחשבון שלי[[ ({orderNumber})]] מופיע חיוב בסך {amount} שלא הסכמתי לו. נא לתקן את החשבון ולהחזיר את הסכום העודף עד {replyBy}. אם החשבון לא יתוקן עד אז, אגיש תלונה רשמית.`,
      long: `הנדון: תיקון חשבון[[ – מספר {orderNumber}]]

${TO_SERVICE}

בחשבון שלי[[ (מספר {orderNumber})]] מופיע חיוב בסך {amount} שלא הסכמתי לו.[[ {details}]]

${ASK} לתקן את החשבון ולהחזיר את הסכום שנגבה ביתר לאמצעי התשלום המקורי.${ALTERNATIVE}${RULES}

נא לאשר את התיקון בכתב עד {replyBy}. אם האישור לא יתקבל עד מועד זה, אגיש תלונה רשמית ואבקש מחברת האשראי לבטל את החיוב.${SIGN_OFF}`,
    },
    'late-delivery': {
      short: `שלום. הזמנה {orderNumber}[[ מ-{purchaseDate}]] לא הגיעה.[[ האספקה הובטחה עד {promiseDue}.]] נא לספק אותה עד {replyBy}. אחרת אבטל את ההזמנה ואבקש החזר כספי מלא.`,
      long: `הנדון: הזמנה שלא סופקה[[ – הזמנה {orderNumber}]]

${TO_SERVICE}

ב-{purchaseDate} ביצעתי את הזמנה {orderNumber}.[[ האספקה הובטחה עד {promiseDue}.]][[ לפי החוק, המועד האחרון לאספקה הוא {deliveryDue}.]] ההזמנה לא הגיעה.[[ מספר מעקב: {trackingNumber}.]]

${ASK} לספק את ההזמנה עד {replyBy}.${ALTERNATIVE}${RULES}

אם ההזמנה לא תגיע עד מועד זה, אבטל את העסקה, אבקש החזר כספי מלא ואפנה לחברת האשראי לביטול החיוב.${SIGN_OFF}`,
    },
    'broken-promise': {
      short: `שלום. ב-{promiseMadeAt}[[, בשיחה עם {repName},]] הובטח לי מטעם {company}: "{promise}". הדבר לא בוצע. נא לקיים את ההתחייבות עד {replyBy}. אחרת אגיש תלונה רשמית.`,
      long: `הנדון: התחייבות שלא קוימה[[ – פנייה {ticketNumber}]]

${TO_SERVICE}

ב-{promiseMadeAt}[[, בשיחה עם {repName},]] הובטח לי: "{promise}".[[ המועד שנקבע היה {promiseDue}.]] הדבר לא בוצע.[[ מספר ההזמנה: {orderNumber}.]]

${ASK} לקיים את ההתחייבות עד {replyBy}.${ALTERNATIVE}

אם ההתחייבות לא תקוים עד מועד זה, ${NEXT_STEPS}.${SIGN_OFF}`,
    },
    supervisor: {
      short: `שלום. הפנייה שלי[[ (מספר {ticketNumber})]] עדיין לא טופלה. נא להעביר אותה לדרג ניהולי ולחזור אליי עד {replyBy}. אחרת אגיש תלונה רשמית בכתב.`,
      long: `הנדון: בקשה להעביר את הפנייה לדרג ניהולי[[ – פנייה {ticketNumber}]]

${TO_SERVICE}

הבקשה שלי ל{remedy}[[ (הזמנה {orderNumber})]] עדיין לא טופלה.[[ הפנייה האחרונה הייתה בשיחה עם {repName} ב-{repWroteAt}.]]

${ASK} להעביר את הטיפול לדרג ניהולי ולחזור אליי עד {replyBy}.${RULES}

אם לא אקבל מענה מהדרג הניהולי עד מועד זה, אגיש תלונה רשמית בכתב.${SIGN_OFF}`,
    },
    'formal-complaint': {
      short: `תלונה רשמית[[ בעניין הזמנה {orderNumber}]]: ${ASK} {remedy} לפי {rule}. נא לשלוח תשובה בכתב עד {replyBy}. אחרת אגיש תלונה אל {regulator}.`,
      long: `הנדון: תלונה רשמית[[ – הזמנה {orderNumber}]][[, פנייה {ticketNumber}]]

לכבוד
{company},

זוהי תלונה רשמית בכתב.

העובדות:
- תאריך הרכישה: {purchaseDate}[[
- מספר הזמנה: {orderNumber}]][[
- הסכום ששולם: {amount}]][[
- ב-{promiseMadeAt}[[, בשיחה עם {repName},]] הובטח לי: "{promise}"]][[
- הפנייה האחרונה: בשיחה עם {repName} ב-{repWroteAt}]][[
- {details}]]

הבקשה: {remedy}.${ALTERNATIVE}

הבסיס החוקי:
{rules}

נא לשלוח תשובה בכתב עד {replyBy}. אם העניין לא ייפתר עד מועד זה, אגיש תלונה אל {regulator} ואנקוט את הצעדים החוקיים העומדים לרשותי, ובהם תביעה בבית המשפט לתביעות קטנות.${SIGN_OFF}`,
    },
    'regulator-complaint': {
      short: `תלונה נגד {company}[[ (הזמנה {orderNumber})]]: ביקשתי מהחברה {remedy}, והבקשה לא נענתה. ${ASK} לבדוק את התלונה ולחייב את החברה לספק {remedy} עד {replyBy}. אם העניין לא ייפתר, אגיש תביעה לבית המשפט לתביעות קטנות.`,
      long: `הנדון: תלונה צרכנית נגד {company}

לכבוד
{regulator},

{~אני מגיש|אני מגישה|הריני להגיש} תלונה נגד {company}.

העובדות:
- תאריך הרכישה: {purchaseDate}[[
- מספר הזמנה: {orderNumber}]][[
- הסכום ששולם: {amount}]][[
- ב-{promiseMadeAt} הובטח לי מטעם החברה: "{promise}"]][[
- {details}]]
- ביקשתי מהחברה {remedy}, והבקשה לא נענתה.

הבסיס החוקי:
{rules}

${ASK} לבדוק את התלונה ולחייב את {company} לספק {remedy} עד {replyBy}. העתקי ההתכתבות מצורפים. אם העניין לא ייפתר, אגיש תביעה לבית המשפט לתביעות קטנות.${SIGN_OFF}`,
    },
    chargeback: {
      short: `שלום. ${ASK} לבטל חיוב בכרטיס[[ בסך {amount}]] של {company}[[ מ-{purchaseDate}]]: בית העסק לא סיפק את מה ששולם עליו ולא החזיר את הכסף. נא לאשר את קבלת הבקשה עד {replyBy}. אחרת אגיש תלונה לפניות הציבור של הבנק.`,
      long: `הנדון: בקשה לביטול חיוב בכרטיס – {company}

לכבוד
{bank},

פרטי החיוב שבמחלוקת:
- בית העסק: {company}
- סכום: {amount}
- תאריך הרכישה: {purchaseDate}[[
- מספר הזמנה: {orderNumber}]]

בית העסק לא סיפק את מה ששולם עליו ולא החזיר את התשלום.[[ {details}]][[ לפי החוק, המועד האחרון לבירור החיוב הוא {cardDisputeBy}.]]${RULES}

${ASK} לבטל את החיוב ולאשר בכתב את קבלת הבקשה עד {replyBy}. העתקי ההתכתבות עם בית העסק מצורפים. אם החיוב לא יבוטל עד מועד זה, אגיש תלונה לפניות הציבור של הבנק ולאחר מכן לגוף המפקח.${SIGN_OFF}`,
    },
    'demand-letter': {
      short: `מכתב דרישה[[ בעניין הזמנה {orderNumber}]]: {~אני דורש|אני דורשת|אבקש} {remedy} עד {replyBy}. אם הדרישה לא תמולא עד מועד זה, אגיש נגד {company} תביעה לבית המשפט לתביעות קטנות.`,
      long: `הנדון: מכתב דרישה לפני נקיטת הליכים משפטיים[[ – הזמנה {orderNumber}]]

לכבוד
{company},

זהו מכתב דרישה בכתב לפני נקיטת הליכים משפטיים.

העובדות:
- תאריך הרכישה: {purchaseDate}[[
- מספר הזמנה: {orderNumber}]][[
- הסכום ששולם: {amount}]][[
- ב-{promiseMadeAt} הובטח לי מטעם החברה: "{promise}"]][[
- {details}]]
- העניין לא נפתר למרות פניותיי הקודמות.

{~אני דורש|אני דורשת|אבקש} {remedy} עד {replyBy}.${ALTERNATIVE}

הבסיס החוקי:
{rules}

אם הדרישה לא תמולא עד מועד זה, אגיש תביעה לבית המשפט לתביעות קטנות[[, ובה אבקש גם פיצוי ללא הוכחת נזק לפי {damagesRule}]].${SIGN_OFF}`,
    },
  },
};
