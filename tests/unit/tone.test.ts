import { describe, expect, it } from 'vitest';
import { checkTone, detectLocale, toneResultSchema, type ToneFindingKind, type ToneOptions } from '@/lib/drafts/tone';

/** [kind, exact substring] of every finding with a span (message-level ones are left out). */
function spans(text: string, options?: ToneOptions): [ToneFindingKind, string][] {
  return checkTone(text, options)
    .findings.filter((f) => f.end > f.start)
    .map((f) => [f.kind, text.slice(f.start, f.end)]);
}

function kinds(text: string): ToneFindingKind[] {
  return checkTone(text).findings.map((f) => f.kind);
}

describe('checkTone — English findings', () => {
  it('insult and profanity, masked too', () => {
    expect(spans('Are you an idiot? This is bullshit, f*ck this.')).toEqual([
      ['insult', 'idiot'],
      ['profanity', 'bullshit'],
      ['profanity', 'f*ck'],
    ]);
  });

  it('threats that are not lawful next steps', () => {
    expect(spans("Refund me by Friday or you'll regret it.")).toEqual([['threat', "you'll regret"]]);
    expect(spans('I know where you live.')).toEqual([['threat', 'I know where you live']]);
    expect(spans("Fix it or I'll destroy your business.")).toContainEqual(['threat', "I'll destroy your"]);
  });

  it('lawful next steps are not threats', () => {
    for (const text of [
      'Please refund me by Friday, otherwise I will complain to the regulator.',
      'Please refund me by Friday, otherwise I will dispute the charge with my bank.',
      'Please refund me by Friday, otherwise I will file a claim in small claims court.',
      'Please refund me by Friday, otherwise my lawyer will contact you.',
      'Please refund me by Friday, otherwise I will leave a truthful review.',
    ]) {
      expect(checkTone(text), text).toEqual({ verdict: 'polite-and-firm', findings: [] });
    }
  });

  it('shouting: a run of capitals, not acronyms, order codes or short tokens', () => {
    expect(spans('THIS IS THE WORST SERVICE. Please refund me.')).toEqual([['shouting', 'THIS IS THE WORST SERVICE']]);
    expect(
      spans('My SMS and the USB cable, HDMI port, order AB12345, code ABCD-12345, OK, I, CFPB. Please refund.'),
    ).toEqual([]);
  });

  it('stacked punctuation, sarcasm, blame', () => {
    expect(spans('Where is my refund?!?! Please send it!!')).toEqual([
      ['stacked-punctuation', '?!?!'],
      ['stacked-punctuation', '!!'],
    ]);
    expect(spans('Thanks for nothing. Yeah right.')).toEqual([
      ['sarcasm', 'Thanks for nothing'],
      ['sarcasm', 'Yeah right'],
    ]);
    expect(spans('You people are incompetent.')).toEqual([
      ['blame', 'You people'],
      ['blame', 'incompetent'],
    ]);
  });

  it('the Scunthorpe problem: words that contain a swear word are not flagged', () => {
    const innocent =
      'Please assess the damage: the passenger in class B of the Scunthorpe train, a Dickens novel, shiitake, ' +
      'a cocktail, hello, shell, assistance, bass, grass, Essex, therapist, analysis, Hancock, hello, Shelley.';
    expect(checkTone(innocent).findings).toEqual([]);
  });

  it('no false alarms on ordinary words: "this sort of fault", a vacuum that no longer sucks up dust', () => {
    expect(spans('This sort of fault is covered. The vacuum no longer sucks up dust. Please repair it.')).toEqual([]);
    expect(spans('Your service sucks.')).toEqual([['insult', 'service sucks']]);
  });

  it('apologies only when piled, and hedges', () => {
    expect(spans("I'm sorry, but please refund me.")).toEqual([]);
    expect(spans('Sorry, sorry, I apologise. Maybe refund it if possible?')).toEqual([
      ['apology', 'Sorry'],
      ['apology', 'sorry'],
      ['apology', 'I apologise'],
      ['hedge', 'Maybe'],
      ['hedge', 'if possible'],
    ]);
  });

  it('no request and no deadline are empty spans at the end', () => {
    const text = 'The parcel did not arrive, maybe.';
    const result = checkTone(text);
    expect(result.verdict).toBe('too-meek');
    expect(result.findings.filter((f) => f.start === f.end)).toEqual([
      { kind: 'no-request', start: text.length, end: text.length, suggestion: expect.stringMatching(/^Say exactly/) },
      {
        kind: 'no-deadline',
        start: text.length,
        end: text.length,
        suggestion: expect.stringMatching(/^Add a deadline/),
      },
    ]);
  });

  it('suggestions are in the language of the text', () => {
    expect(checkTone('You idiot.').findings[0]?.suggestion).toMatch(/^Drop the insult/);
  });
});

describe('checkTone — Russian findings', () => {
  it('мат in its derived forms', () => {
    expect(
      spans('Заебали! Вы охуели? Пиздец, бля. Наебали, суки, ебаный сервис, нахуя, похер, долбоёб, уёбки.').map(
        ([kind, s]) => `${kind}:${s}`,
      ),
    ).toEqual([
      'profanity:Заебали',
      'profanity:охуели',
      'profanity:Пиздец',
      'profanity:бля',
      'profanity:Наебали',
      'profanity:суки',
      'profanity:ебаный',
      'profanity:нахуя',
      'profanity:похер',
      'profanity:долбоёб',
      'profanity:уёбки',
    ]);
  });

  it('classic false positives are not мат', () => {
    const innocent =
      'Хлебать суп, колебаться, употреблять, оскорблять, оскорбление, потребитель, Роспотребнадзор, требую, ' +
      'ребёнок, учеба, хлеб, небо, себе, тебе, гребень, рубля, корабля, сабля, страхуется, застрахуем, сукно, ' +
      'мудрый, сравнить, тупик, Херсон, художник, хуже, похудел, психуешь, команда, рубль, скипидар. Прошу вернуть деньги.';
    expect(checkTone(innocent).findings).toEqual([]);
  });

  it('insults, threats, shouting, punctuation, sarcasm, blame', () => {
    expect(spans('Вы что, идиоты? Уроды!!!')).toEqual([
      ['insult', 'идиоты'],
      ['insult', 'Уроды'],
      ['stacked-punctuation', '!!!'],
    ]);
    expect(spans('Верните деньги, иначе пожалеете. Вы не пожалеете, если купите.')).toEqual([['threat', 'пожалеете']]);
    expect(spans('ВЕРНИТЕ МОИ ДЕНЬГИ. Полис ОСАГО, СМС и СНИЛС в порядке.')).toEqual([
      ['shouting', 'ВЕРНИТЕ МОИ ДЕНЬГИ'],
    ]);
    expect(spans('Ну спасибо, оч смешно.')).toEqual([
      ['sarcasm', 'Ну спасибо'],
      ['sarcasm', 'оч смешно'],
    ]);
    expect(spans('Вы ничего не умеете.')).toEqual([['blame', 'Вы ничего не умеете']]);
  });

  it('piled apologies and hedges, with Russian suggestions', () => {
    const text = 'Извините, простите, если вас не затруднит, может быть, вернёте деньги?';
    expect(spans(text)).toEqual([
      ['apology', 'Извините'],
      ['apology', 'простите'],
      ['hedge', 'если вас не затруднит'],
      ['hedge', 'может быть'],
    ]);
    const result = checkTone(text);
    expect(result.verdict).toBe('too-meek');
    expect(result.findings.map((f) => f.suggestion)).toContain(
      'Укажите срок, например: «до 14 декабря» или «в течение 7 дней».',
    );
  });
});

describe('checkTone — Hebrew findings', () => {
  it('curses and insults behind prefixes', () => {
    expect(spans('ולמטומטם שענה לי, והמפגרים, שהאידיוט, בזין, אתה דביל, לך תזדיין, כוס אמק')).toEqual([
      ['insult', 'ולמטומטם'],
      ['insult', 'והמפגרים'],
      ['insult', 'שהאידיוט'],
      ['profanity', 'בזין'],
      ['insult', 'דביל'],
      ['profanity', 'תזדיין'],
      ['profanity', 'כוס אמק'],
    ]);
  });

  it('a word that merely starts with a prefix letter, or hides a curse innocently, is not flagged', () => {
    const innocent =
      'שלום, המזין של המדפסת נתקע כשאני מזינה את הקוד ולהזין אותו שוב לא עוזר. הכוס של הבלנדר נשברה, ' +
      'זה ליקוי חמור, הכיור סתום, והשיט בוטל. בבקשה להחזיר את הכסף.';
    expect(checkTone(innocent).findings).toEqual([]);
  });

  it('threats behind a prefix, sarcasm, blame, stacked punctuation', () => {
    expect(spans('תחזירו את הכסף או שתצטערו על זה.')).toEqual([['threat', 'שתצטערו']]);
    expect(spans('אל תצטער, זה קורה. בבקשה להחזיר את הכסף.')).toEqual([]);
    expect(spans('תודה רבה באמת!!!')).toEqual([
      ['sarcasm', 'תודה רבה באמת'],
      ['stacked-punctuation', '!!!'],
    ]);
    expect(spans('אתה לא יודע לעשות את העבודה שלך.')).toEqual([['blame', 'אתה לא יודע לעשות את העבודה']]);
  });

  it('piled apologies and hedges, with Hebrew suggestions', () => {
    const text = 'סליחה, ומצטער, אם זה לא מפריע, אולי תחזירו את הכסף?';
    expect(spans(text)).toEqual([
      ['apology', 'סליחה'],
      ['apology', 'ומצטער'],
      ['hedge', 'אם זה לא מפריע'],
      ['hedge', 'אולי'],
    ]);
    const result = checkTone(text);
    expect(result.verdict).toBe('too-meek');
    expect(result.findings.at(-1)).toMatchObject({
      kind: 'no-deadline',
      suggestion: expect.stringMatching(/^הוסיפו מועד/),
    });
  });

  it('no request: a Hebrew suggestion at the end of the text', () => {
    const text = 'החבילה לא הגיעה.';
    expect(checkTone(text)).toEqual({
      verdict: 'too-meek',
      findings: [
        { kind: 'no-request', start: text.length, end: text.length, suggestion: expect.stringMatching(/^כתבו בדיוק/) },
      ],
    });
  });

  it('Hebrew has no capitals: Latin acronyms inside Hebrew are not shouting', () => {
    expect(spans('אישור ה-SMS וקבלת ה-PDF מראים את הביטול. אבקש החזר.')).toEqual([]);
  });
});

describe('checkTone — verdict rule', () => {
  it('one short shout or one "!!!" is only a warning; two warnings or three shouted words are too harsh', () => {
    expect(checkTone('I was charged TWICE. Please refund one payment.').verdict).toBe('polite-and-firm');
    expect(checkTone('Please refund the second payment!!!').verdict).toBe('polite-and-firm');
    expect(checkTone('I was charged TWICE!!! Please refund one payment.').verdict).toBe('too-harsh');
    expect(checkTone('Please REFUND MY MONEY.').verdict).toBe('too-harsh');
  });

  it('short chats need a request; a deadline only once they hedge; long messages always need one', () => {
    expect(checkTone('Please send a replacement.').verdict).toBe('polite-and-firm');
    expect(checkTone('Could you maybe send a replacement?').verdict).toBe('too-meek');
    expect(checkTone('Could you maybe send a replacement by Friday?').verdict).toBe('polite-and-firm');
    const long = `${'The kettle I bought from you stopped working after a week of normal use at home. '.repeat(3)}Please replace it.`;
    expect(checkTone(long).verdict).toBe('too-meek');
    expect(checkTone(`${long} I expect the replacement within 7 days.`).verdict).toBe('polite-and-firm');
  });

  it('three meek markers are too meek even with a deadline', () => {
    expect(checkTone('Sorry, so sorry, maybe you could refund it by Friday?').verdict).toBe('too-meek');
    expect(checkTone('Sorry to bother you. Please refund it by Friday.').verdict).toBe('polite-and-firm');
  });

  it('drafts as Paper Trail writes them score polite-and-firm: dates, periods and requests in every language', () => {
    const drafts = [
      'I bought a kettle on 3 November 2026 (order 4821). It stopped working on 20 November. Under the consumer protection law that applies to this purchase, I request a replacement or a refund of $49.90 by 14 December 2026. If I do not receive a reply within 7 days, I will complain to the regulator.',
      'Please refund the $49.90 for order 4821 within 7 days.',
      '3 ноября 2026 г. я купила чайник (заказ 4821). 20 ноября он перестал работать. На основании закона о защите прав потребителей прошу вернуть 4 990 рублей до 14 декабря 2026 г. Если ответа не будет в течение 7 дней, я подам жалобу в надзорный орган.',
      'Прошу вернуть деньги за заказ 4821 в течение 7 дней.',
      'ב-3 בנובמבר 2026 קניתי קומקום (הזמנה 4821). ב-20 בנובמבר הוא הפסיק לעבוד. בהתאם לחוק הגנת הצרכן, אני מבקשת החזר של 149 ₪ עד 14 בדצמבר 2026. אם לא אקבל תשובה תוך 7 ימים, אגיש תלונה לרשות להגנת הצרכן.',
      'אבקש להחזיר את הכסף על הזמנה 4821 עד 14.12.2026.',
      'אני מבקש החזר על הזמנה 4821 תוך 7 ימים.',
      'I hereby request a refund of $49.90 for order 4821 within fourteen (14) days of this letter.',
      'I am writing to request a repair of the kettle (order 4821) no later than 14/12/2026.',
      'Недостаток не может быть устранён. Прошу вернуть 4 990 рублей в десятидневный срок.',
      'הנני לדרוש החזר של 149 ₪ עד ליום 14.12.2026.',
    ];
    for (const draft of drafts) expect(checkTone(draft), draft).toEqual({ verdict: 'polite-and-firm', findings: [] });
  });
});

describe('checkTone — any string', () => {
  it('mixed-language text: each run with its own lexicon and suggestions', () => {
    const text = 'Спасибо, but you are idiots, ואתם מטומטמים, и вы дебилы.';
    const result = checkTone(text);
    expect(
      result.findings
        .filter((f) => f.kind === 'insult')
        .map((f) => [text.slice(f.start, f.end), f.suggestion.slice(0, 6)]),
    ).toEqual([
      ['idiots', 'Drop t'],
      ['מטומטמים', 'הסירו '],
      ['дебилы', 'Уберит'],
    ]);
    expect(result.verdict).toBe('too-harsh');
  });

  it('detects the language from the script; the option sets the language of message-level findings', () => {
    expect(detectLocale('שלום, order AB12345')).toBe('he');
    expect(detectLocale('Здравствуйте, SMS')).toBe('ru');
    expect(detectLocale('12345 !!!')).toBe('en');
    expect(checkTone('Посылка не пришла.').findings[0]?.suggestion).toMatch(/^Напишите/);
    expect(checkTone('The parcel did not arrive.', { locale: 'he' }).findings[0]?.suggestion).toMatch(/^כתבו בדיוק/);
    expect(
      checkTone('The parcel did not arrive.', { locale: 'xx' } as unknown as ToneOptions).findings[0]?.suggestion,
    ).toMatch(/^Say exactly/);
  });

  it('empty and blank text: too meek, nothing to point at', () => {
    for (const text of ['', '   \n\t']) {
      expect(checkTone(text)).toEqual({
        verdict: 'too-meek',
        findings: [{ kind: 'no-request', start: text.length, end: text.length, suggestion: expect.any(String) }],
      });
    }
  });

  it('a 100 KB text is checked whole, offsets valid to its end', () => {
    const chunk = 'Order AB12345 arrived broken. Please refund me by Friday. ';
    const text = `${chunk.repeat(Math.ceil(100_000 / chunk.length))}You idiots!!!`;
    expect(text.length).toBeGreaterThan(100_000);
    const result = checkTone(text);
    expect(result.verdict).toBe('too-harsh');
    expect(spans(text)).toEqual([
      ['insult', 'idiots'],
      ['stacked-punctuation', '!!!'],
    ]);
  });

  it('unpaired surrogates, emoji, bidi controls and random code units never throw, and spans stay in bounds', () => {
    const odd = '\uD800 Please\u202E refund 😀 \uDC00 you idiot\uDBFF';
    expect(spans(odd)).toEqual([['insult', 'idiot']]);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const length = next() % 200;
      const text = String.fromCharCode(...Array.from({ length }, () => next() % 0x10000));
      const result = checkTone(text);
      expect(toneResultSchema.safeParse(result).success).toBe(true);
      for (const f of result.findings) expect(f.end <= text.length && f.start <= f.end).toBe(true);
    }
  });

  it('results validate against the schema', () => {
    expect(toneResultSchema.parse(checkTone('You idiot. Refund me!!!'))).toBeTruthy();
    expect(kinds('You idiot. Refund me!!!')).toEqual(['insult', 'stacked-punctuation']);
  });
});
