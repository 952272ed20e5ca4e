import type { ToneLexicon } from './lexicon';
import { APOS, phrases } from './patterns';

const A = APOS;

const INSULT =
  /^(?:idiots?|idiotic|morons?|moronic|imbeciles?|cretins?|halfwits?|stupid|stupidest|dumb|dumbest|pathetic|clowns|jerks?|losers|scum|scumbags?|crooks|scammers|swindlers|fraudsters|retards?|retarded|muppets|numpties|bozos)$/;
const PROFANITY =
  /^(?:f+u+c+k+\w*|fck\w*|fuk\w*|motherf\w*|shit|shits|shitty|shitting|shite|bullshit\w*|horseshit|crap|crappy|damn|damned|dammit|goddamn\w*|ass|arse|asshole\w*|arsehole\w*|dumbass\w*|jackass\w*|bastards?|bitch\w*|piss|pissed|pissing|dick|dicks|dickhead\w*|wtf|stfu|ffs|bollocks|wanker\w*|twats?|cunts?|douche\w*|hell)$/;
/** f*ck, sh*t: a word with letters hidden behind asterisks. */
const MASKED = /^\p{L}+\*+\p{L}*$/u;

/** A verb that opens a sentence as a request: "Refund me", "Cancel it". */
const IMPERATIVE =
  '(?:refund|cancel|send|give|issue|replace|repair|fix|escalate|transfer|connect|process|credit|reverse|confirm|provide|tell|call|arrange|ship|return|remove|correct|check|deliver|reimburse|compensate|stop|close|sort)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const NUMBER = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|a|an)';
const UNIT = '(?:business |working |calendar |full )?(?:days?|hours?|weeks?|months?)';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})`;

export const en: ToneLexicon = {
  locale: 'en',
  prefixLetters: '',
  word(token) {
    const w = token.toLowerCase();
    if (MASKED.test(w)) return 'profanity';
    if (PROFANITY.test(w)) return 'profanity';
    if (INSULT.test(w)) return 'insult';
    return null;
  },
  phrases: [
    {
      kind: 'insult',
      pattern: phrases([
        `(?:you|you${A}re|you are|you guys are|they are|you people are) (?:a bunch of |nothing but |all )?(?:thieves|liars|frauds|crooks|scammers|clowns|garbage|trash)`,
        'bunch of (?:thieves|liars|frauds|crooks|scammers|clowns|idiots|amateurs)',
        '(?:garbage|trash|rubbish|joke of an?) (?:company|service|support|business)',
        `(?:is|are|${A}s) (?:a |an )?(?:complete |total |absolute |bad |sick )?joke`,
        'sucks?',
      ]),
    },
    {
      kind: 'threat',
      pattern: phrases([
        `you${A}?ll (?:regret|be sorry)\\w*`,
        'you will (?:regret|be sorry)\\w*',
        `i know where (?:you|your \\w+) (?:live|lives|work|works)`,
        `(?:i${A}ll|i will|i${A}m going to|i am going to|i${A}m gonna|i am gonna|gonna) (?:destroy|ruin|wreck|burn|smash|crush|bury|hurt|end|finish|get|find|come for|come after|make) (?:you|your|this company|this business|u)\\b(?! (?:aware|know|an offer))`,
        '(?:make|making) (?:you|your \\w+) (?:pay|sorry|suffer|regret)',
        '(?:see|watch) what happens',
        `you${A}?ve been warned|you have been warned|consider yourself warned`,
        'watch your back|or else',
        `(?:i${A}ll|i will) (?:come|show up|turn up) (?:down |over )?(?:to|at) (?:your|the) (?:store|office|shop|house|home|warehouse)`,
        `(?:you|you guys) (?:won${A}t|will not) get away with (?:this|it)`,
        `(?:i${A}ll|i will) make (?:sure )?your (?:life|lives) (?:a )?(?:hell|miserable|a nightmare)`,
      ]),
    },
    {
      kind: 'sarcasm',
      pattern: phrases([
        'yeah,? right',
        'thanks? (?:a lot |so much |very much )?for nothing',
        'thanks a bunch',
        'oh,? (?:great|wonderful|fantastic|perfect|brilliant|lovely|joy|sure)',
        'wow,? just wow',
        'what a (?:surprise|shock|shocker)',
        'surprise,? surprise',
        'big surprise|no surprise there',
        'how (?:convenient|surprising)',
        '(?:great|good|nice) job,? (?:guys|geniuses|team|everyone|folks)',
        'well done,? (?:guys|geniuses|team|everyone|folks)',
        'geniuses',
        'sure you (?:will|did|are|do)',
        '(?:very|so|really|super) helpful,? (?:not|thanks)',
        'slow clap|bravo',
        `like that(?:${A}s| is) (?:going|gonna) to happen`,
        'so-called',
      ]),
    },
    {
      kind: 'blame',
      pattern: phrases([
        'you people',
        `(?:you|you guys|you lot|you all|your (?:staff|agents?|team|company|people|reps?|support|colleagues?)) (?:are|is|${A}re) (?:so |completely |totally |absolutely |utterly |clearly |just |all )?(?:incompetent|useless|clueless|hopeless|lazy|worthless|liars?|lying|a disgrace|rude|unprofessional|a joke)`,
        'incompeten(?:t|ce)',
        '(?:do|learn to do|start doing) your (?:job|jobs)',
        `you (?:clearly |obviously |really |just )?(?:don${A}?t|do not|dont) (?:know|have a clue) (?:what you${A}re doing|what you are doing|how to do your job|anything)`,
        `you (?:have|${A}ve got|have got) no (?:idea|clue)`,
        'are you (?:even|actually) (?:reading|listening|trained|serious)',
        'who hired you',
        `what(?:${A}s| is) wrong with (?:you|you people|your company)`,
        `(?:you|you guys|your company) (?:clearly |obviously |just )?(?:don${A}?t|do not) care`,
        `(?:you|your (?:agents?|staff|reps?|people|colleagues?)) (?:lie|lied|are lying|keep lying|${A}re lying)`,
        `can${A}?t you (?:people )?(?:read|understand|do anything)`,
      ]),
    },
    {
      kind: 'apology',
      pattern: phrases(['sorry', 'i apologi[sz]e', '(?:my )?apologies', 'forgive me', 'pardon me']),
    },
    {
      kind: 'hedge',
      pattern: phrases([
        `if (?:at all )?possible|if it${A}?s (?:at all )?possible|if it is (?:at all )?possible|would it be possible|only if (?:it${A}s|it is) possible`,
        `if (?:it${A}?s|it is|it isn${A}t|that${A}s) not (?:too much )?(?:trouble|a problem|too much to ask)|if it isn${A}t (?:too much )?(?:trouble|a problem)|if it${A}s not a problem`,
        'maybe|perhaps|possibly',
        `(?:i was |i${A}m |i am )?just wondering|i was wondering`,
        'i guess|kind of|sort of|kinda',
        `if you don${A}?t mind`,
        'when(?:ever)? you (?:get|have) (?:a |the )?(?:chance|moment|minute|time)|if you have (?:a )?(?:moment|minute|second|time)',
        'no rush(?: at all)?|no hurry|no worries if not|(?:totally|completely|perfectly) fine if not|i (?:completely |totally )?understand if not',
        `i don${A}?t want to (?:be a bother|bother you|be a pain)|i hate to (?:bother|ask|trouble)`,
        `i hope (?:that${A}s|that is|it${A}s|this is) (?:ok|okay|alright|fine)`,
        `i${A}m not sure|i am not sure|not sure`,
        'it would be (?:nice|great|lovely|good) if',
        'any chance',
        'at some point',
        'whatever works for you',
        `just (?:letting you know|wanted to let you know|wanted to say)`,
        'i think (?:maybe|it might|it may|perhaps)',
      ]),
    },
  ],
  request: phrases([
    'please(?! (?:note|be aware|be advised|understand|see|find))',
    `i (?:still |really |now |just )?(?:would like|${A}d like|want|need|expect|demand|request|am requesting|${A}m requesting|ask|am asking|${A}m asking|insist|require|must ask)`,
    '(?:can|could|would|will) you (?:please |kindly )?\\w+',
    'kindly \\w+',
    `(?:is there any chance|would it be possible|let me (?:speak|talk) to|put me through)`,
    `(?:where is|where${A}s|when will|when can|when do|what is the status of|any (?:news|update) on) (?:my|the|you|i)`,
    `${IMPERATIVE}\\b(?<=(?:^|[.!?:\\n]\\s*)${IMPERATIVE})`,
  ]),
  deadline: phrases([
    `by (?:the )?(?:end of (?:the |this )?(?:day|week|month|business day)|close of business|eod|cob|tomorrow|tonight|today|noon|midnight|next \\w+|this \\w+|${DAY}|${DATE})`,
    `(?:within|in the next|during the next) ${NUMBER} ${UNIT}`,
    `${NUMBER} ${UNIT} (?:from|of) (?:today|now|this (?:letter|message|e-?mail))`,
    `(?:no later than|not later than|on or before|before|until|till) (?:the )?(?:${DAY}|${DATE}|tomorrow|the end of)`,
    'today|tonight|tomorrow',
    'deadline',
  ]),
  acronyms: new Set(
    'ASAP HDMI IBAN SWIFT VISA GDPR NASA HTTP HTTPS JSON BIOS UEFI WIFI FEDEX USPS IKEA OLED QLED NVME SATA ISBN IMEI ESIM CFPB OFCOM ACCC HMRC DVLA AMEX NATO LEGO ASUS HTML NOTE PS5 UNICEF'.split(
      ' ',
    ),
  ),
  suggestions: {
    insult: 'Drop the insult and describe what went wrong, e.g. "The parcel has not arrived."',
    profanity: 'Leave out the swearing: state the fact and what you want instead.',
    threat: 'Replace the threat with a lawful next step, e.g. "Otherwise I will complain to the regulator."',
    shouting: 'Write this in normal case: capitals read as shouting.',
    'stacked-punctuation': 'One "!" or "?" is enough.',
    sarcasm: 'Say it plainly, e.g. "This did not solve the problem."',
    blame: 'Talk about the problem, not the person, e.g. "The refund has not been processed."',
    apology: 'You have nothing to apologise for: one polite opening is enough.',
    hedge: 'Ask directly, e.g. "Please refund…", instead of hedging.',
    'no-request': 'Say exactly what you want, e.g. "Please refund the full amount to my card."',
    'no-deadline': 'Add a deadline, e.g. "by 14 December" or "within 7 days".',
  },
};
