/** Word lists for finding a representative's name. */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Common Israeli first names: Hebrew has no capitals, so a known name makes a weak cue enough. */
export const HEBREW_NAMES = words(`
  דנה רונית מיכל שירה נועה רותם שני עדי יעל תמר מאיה נועם אורית ליאת הילה הדס ענבל קרן סיגל מורן
  אורטל רוני גלית לימור אפרת שרון טל אביגיל אלה אסתר רחל שרה לאה רבקה חנה מרים אילנה אתי רינה סיון
  נטע ליה ליהי אגם יובל עינב מירב אורנה דורית זהבה חן ספיר אלינור אנה אולגה יוליה ויקטוריה נטלי מריה
  קטיה ליאור ליאורה נגה הודיה אביטל דקלה שקד רעות אושרת אור בר גל עינת נעמה רוית שלומית טליה אדווה
  מעיין יסמין נופר ליטל ויקי שולה פנינה יפית נורית ורד מור כרמל הגר רננה אביה
  יוסי אבי עומר דני משה דוד יוסף אברהם יצחק יעקב אלון איתי עידו יונתן נדב אמיר רועי גיא אורי ערן
  אייל עמית אלעד שי רון דור בן תומר נתנאל אריאל יהונתן מתן אסף גלעד עוז שחר ניר רז עידן אביב אופיר
  אלי שמעון מאיר חיים יהודה בני קובי מוטי צחי שלומי רפי אבנר עוזי גבי אליה ינון אושר אוהד ברק דביר
  הראל זיו חגי יגאל יואב לירן מיכאל סהר עזרא צביקה רמי שגיא שלמה תום דימה סשה מקסים איגור ארטיום
  מוחמד אחמד עלי מחמוד חסן כרים סאמר ראמי נור רנא לינא מונא
`);

/** Hebrew words that follow "כאן", "אני", "מדבר" … and are not names (read without prefixes). */
export const HEBREW_NOT_NAMES = words(`
  אני אתה את הוא היא אנחנו אתם אתן הם הן כאן פה עם על אל של לא כן גם רק איך מה למה מתי איפה אשמח
  לעזור עכשיו היום מחר שוב עוד כבר בבקשה תודה שלום נציג נציגה נציגת שירות תמיכה צוות מחלקת מחלקה
  מבין מבינה יודע יודעת רוצה צריך צריכה יכול יכולה מצטער מצטערת מתנצל מתנצלת בודק בודקת כדי בשביל
  איתך אליך אלייך לך לכם אותך שלך שלכם זה זאת זו יש אין היה הייתה מאוד בסדר טוב נכון אבל או אם כי
  מנהל מנהלת אחראי אחראית לקוחות הלקוחות חברה החברה כל משהו מישהו כלום אותו אותה ממש בדיוק תמיד
  הנציג הנציגה התמיכה השירות הצוות המחלקה מכירות חיובים גבייה הגבייה טכנית הטכנית דיגיטל מוקד המוקד
  אבדוק אטפל אעזור אעדכן אחזור אשלח נבדוק נטפל נשמח לבדוק לטפל לדבר מדבר מדברת מדברים איתכם
  על אודות לגבי בנוגע שאלה בעיה הזמנה פנייה כדאי אפשר ניתן חשוב רגע שנייה דקה שמי השם קוראים בברכה
`);

/** Teams a representative names after their own name: "דנה מצוות התמיכה", "יוסי ממחלקת החיובים". */
export const HEBREW_TEAM_WORDS = words(`
  צוות תמיכה התמיכה שירות השירות מחלקת מחלקה המחלקה מכירות המכירות חיובים החיובים גבייה הגבייה
  לקוחות הלקוחות מוקד המוקד נציג נציגה נציגת
`);

export const HEBREW_GREETINGS = words('נעים שלום היי הי בוקר ערב צהריים');

/** Capitalised English words that are not names after "this is", "I'm", "— " … */
export const ENGLISH_NOT_NAMES = words(`
  i im i'm the a an this that it we you your our my his her their sorry happy glad here not just so
  afraid unable able also still now going back customer customers support service services team agent
  agents billing sales care help hello hi hey thanks thank please mr mrs ms dr sir madam
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march september october
  november december today tomorrow yesterday click tap call check see visit read sign log track contact
  reply order ticket case refund delivery shipping note update account regards best kind sincerely
  cheers thanks regarding re fw fwd from with at on in of for to and or but if when where what who why
  how yes no ok okay great perfect sure unfortunately however there they he she is was are were be been
  all any some every none one two three online live chat bot assistant virtual automated system admin
  amazon ebay apple google microsoft paypal
`);

export const RUSSIAN_NOT_NAMES = words(`
  вас вам ваш ваша вашего вашему мы я это служба службы поддержка поддержки оператор оператора компания
  спасибо здравствуйте добрый доброе доброго сегодня завтра чат чата клиент клиента менеджер специалист
  все всё уже да нет привет пожалуйста интернет-магазин магазин отдел отдела понедельник вторник среда
  четверг пятница суббота воскресенье января февраля марта апреля мая июня июля августа сентября
  октября ноября декабря с уважением бот ассистент система меня зовут приветствует связи
`);
