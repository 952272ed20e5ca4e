/**
 * Hebrew insults and curses as whole words, found behind the one-letter prefixes ו ה ש ב ל כ מ
 * (up to three of them: ולמטומטם, שהמניאק). A word is stripped one prefix letter at a time and
 * checked at each step; an ordinary word met on the way stops the search, so מזין ("feeding",
 * מ + זין), הזין and להזין ("entered", "to enter") and מזונה ("her food") stay innocent, and a
 * word that merely starts with a prefix letter (שלום, ביטול) is never looked up as a curse.
 * Bare words that are ordinary in support chats are left out: כוס (a cup; only כוס אמק and the
 * like are phrases), חמור (serious), סתום (clogged), דפוק (broken), אפס (zero), שיט (sailing).
 */
const PROFANITY = new Set([
  'זין',
  'זונה',
  'זונות',
  'שרמוטה',
  'שרמוטות',
  'שרמוטים',
  'חרא',
  'חארות',
  'מזדיין',
  'מזדיינת',
  'מזדיינים',
  'תזדיין',
  'תזדייני',
  'תזדיינו',
  'להזדיין',
  'פאק',
  'פאקינג',
  'לעזאזל',
  'מחורבן',
  'מחורבנת',
  'מחורבנים',
  'מחורבנות',
  'כוסאמק',
  'כוסעמק',
  'כוסומו',
  'כוסאומו',
  'יבנזונה',
]);

const INSULT = new Set([
  'מטומטם',
  'מטומטמת',
  'מטומטמים',
  'מטומטמות',
  'אידיוט',
  'אידיוטית',
  'אידיוטים',
  'אידיוטיות',
  'דביל',
  'דבילית',
  'דבילים',
  'דביליות',
  'מפגר',
  'מפגרת',
  'מפגרים',
  'מפגרות',
  'טמבל',
  'טמבלית',
  'טמבלים',
  'אהבל',
  'אהבלית',
  'אהבלים',
  'טיפש',
  'טיפשה',
  'טיפשים',
  'נוכל',
  'נוכלת',
  'נוכלים',
  'רמאי',
  'רמאית',
  'רמאים',
  'נבלה',
  'נבלות',
  'חלאה',
  'חלאות',
  'זבל',
  'זבלים',
  'שרלטן',
  'שרלטנים',
  'עלוב',
  'עלובה',
  'עלובים',
  'פתטי',
  'פתטית',
  'פתטיים',
  'מניאק',
  'מניאקית',
  'מניאקים',
  'גנבים',
  'בהמה',
  'בהמות',
  'ליצנים',
  'קרציות',
]);

/** Ordinary words that a prefix + curse would otherwise explain. */
const ORDINARY = new Set(['מזין', 'מזינה', 'מזינים', 'מזינות', 'הזין', 'להזין', 'מזונה']);

const PREFIX_LETTERS = 'והשבלכמ';
const NIQQUD = /[\u0591-\u05C7]/g;

export function hebrewWordKind(token: string): 'insult' | 'profanity' | null {
  const word = token.replace(NIQQUD, '').replace(/[\u05F3\u05F4'"]/g, '');
  for (let cut = 0; cut <= 3 && word.length - cut >= 2; cut++) {
    if (cut > 0 && !PREFIX_LETTERS.includes(word.charAt(cut - 1))) return null;
    const rest = word.slice(cut);
    if (ORDINARY.has(rest)) return null;
    if (PROFANITY.has(rest)) return 'profanity';
    if (INSULT.has(rest)) return 'insult';
  }
  return null;
}
