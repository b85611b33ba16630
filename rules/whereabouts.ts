import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { WHEREABOUTS_CY } from './data/whereabouts';
import { dropOverlaps, sentencesWith } from './shared/patterns';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|mon|tue|tues|wed|thu|thurs|fri|sat|sun)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|half[- ]term|christmas|easter|new year)';
const FAMILY = "(?:family|kids|children|wife|husband|hubby|partner|missus|other half|mum|mam|dad|little ones?|grandkids|grandchildren|grandson|granddaughter|son|daughter|boys|girls|nan|gran|grandad)";

/** Travel and time away. */
const TRAVEL = /\b(?<!bank )(?:holidays?|hols|trip|flight|flying|fly(?:ing)? out|passport|bags (?:half )?packed|packing (?:for|the)|suitcase|cruise|abroad|camping|caravan|hen do|stag do|honeymoon|getaway|mini[- ]break|out of office|ooo|away|off to|heading (?:off|to)|jetting|gwyliau|ar wyliau|leaving for|leave for)\b|✈️|🏖️|🧳|🌴/u;
/** Going somewhere by name, in the original text: "going to Spain", "leaving for Crete". */
const TRAVEL_TO = /\b(?:going|leaving|leave|flying|driving|sailing|travelling|traveling|heading|jetting) (?:off |out )?(?:to|for) (?:the )?[A-Z][a-z'’]+/;
/** A time from now: the absence has not happened yet. */
const FUTURE_TIME = new RegExp(
  String.raw`\b(?:from|until|till|til|tan) (?:${WEEKDAY}|tomorrow|tonight|next (?:week|month)|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?|${MONTH})\b|\bback (?:on|in|by|for) (?:${WEEKDAY}|the \d|\d|${MONTH}|next)|\bfor (?:the )?(?:whole of |all of )?(?:the )?(?:week|weekend|fortnight|month|summer|${MONTH}|\d+ (?:days|nights|weeks|months)|(?:two|three|four|five|six|ten) (?:days|nights|weeks|months)|a (?:week|fortnight|month|few days|couple of weeks))\b|\bsee (?:you|y'?all|everyone) (?:all )?(?:in|on|next|after|when)\b|\b(?:this|next) (?:week|weekend)\b|\btomorrow\b|\btonight\b`,
);
/** The home is empty, or the author is alone in it. */
const HOME_ALONE =
  /\bhome alone\b|\bon my own (?:at home|in the house|tonight|this (?:week|weekend)|all week|for (?:the|a) (?:week|night))\b|\bjust me (?:and (?:the|my) (?:dog|cat|kids) )?(?:in the house|at home|on my own|rattling|alone)|\b(?:an |the )?empty house\b|\bhouse (?:will be |is |'ll be )?(?:empty|unoccupied)\b|\bnobody (?:will be |is |'ll be )?home\b|\bhouse[- ]?sitter\b|\bwhile (?:we'?re|i'?m|we are|i am) (?:away|abroad|on holiday)\b|\bar fy mhen fy hun\b|\btŷ gwag\b/;
/** "Every morning", "bob bore": a habit. */
const REGULAR = new RegExp(String.raw`\bevery (?:single )?(?:morning|evening|night|day|weekday|${WEEKDAY}|week|lunchtime|afternoon)\b|\b(?:most|each) (?:mornings?|evenings?|nights?|days?)\b|\bbob (?:bore|nos|dydd|prynhawn|wythnos|dydd sul|dydd sadwrn)\b|\bthis term\b`);
/** A clock time or a named place makes a habit findable. */
const WHEN_OR_WHERE = /\b(?:at|from|after|before|by|till|until|am|around) \d{1,2}(?:[.:]\d{2})?(?:am|pm)?\b|(?<![£$€\d.,])\b\d{1,2}[.:][0-5]\d\b(?![.:,]?\d)|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\bam (?:chwech|saith|wyth|naw)\b|\b(?:run|walk|jog|cycle|swim|loop|route|path|school run|school gate|nursery|primary|school|gym|park|reservoir|canal|river|beach|pool|parkrun|church|mosque|care home|llwybr|camlas)\b/;
/** A place by its name, in the original text: "round Lowfield", "at Brookside". */
const NAMED_PLACE = /\b(?:at|round|around|in|along|to|through|past|outside) (?:the )?[A-Z][a-z'’]{2,}/;
/** The author (or their household) as the one doing it: "I run", "we're at". */
const I_DO = /\b(?:i|we|i'?m|we'?re|i'?ll|we'?ll|me and|find me|dw i|dwi|rydw i|rwy)\b/;
const FIRST_PERSON = /\b(?:i|i'?m|i'?ll|we|we'?re|me|my|our|dw i|dwi|rydw i|rwy)\b/;
const NOW = /\b(?:right now|at the moment|as we speak|currently|this afternoon|this evening|tonight|till teatime|until teatime|for the afternoon|today)\b/;
const PLACE = /\b(?:pub|arms|inn|beer garden|bar|cafe|café|restaurant|park|playground|swings|gym|beach|pool|club|hotel|cinema|theatre|stadium|ground|bingo|shop|supermarket|garden centre|soft play)\b/;
const WITH_FAMILY = new RegExp(String.raw`\b(?:with|watching|taking|minding) (?:the |my |our )?${FAMILY}\b|\b(?:the|my|our) ${FAMILY} (?:and i|and me)\b`);
/** Where the author's family can be found: a child's school, a parent's care home. */
const FAMILY_PLACE = new RegExp(
  String.raw`\b(?:my|our) (?:son|daughter|kids?|children|boy|girl|little one|youngest|eldest|grandson|granddaughter|grandkids|grandchildren|niece|nephew)(?:'s|s')?\b[^.!?]{0,60}\b(?:primary|academy|nursery|juniors|infants)\b|\b(?:dropping|collecting|picking up|taking) (?:my |our |the )?(?:son|daughter|kids?|children|boy|girl|little one|grandson|granddaughter|grandkids) (?:off )?(?:at|from|to)\b|\b(?:my |our )?(?:mum|mam|dad|mother|father|gran|nan|grandad|grandma|nana|husband|wife)(?:'s| is| has)? (?:in|at|moved into|moving into|now in|living in|lives in) [a-z']+ (?:care home|nursing home|hospital|hospice|house|lodge|court|manor)\b|\bmum'?s in [a-z']+ (?:care home|nursing home)\b|\b(?:my|our|i do|i'?m doing|doing) (?:the )?school run\b`,
);

/** Past trips and official business are not whereabouts (LGA1 §2 is about posts outside official business). */
const PAST = /\b(?:back from|back at my desk|back in the office|just got back|got back|throwback|last (?:summer|year|week|month|weekend)|was lovely|were lovely|had a lovely|had a great|after a (?:lovely|great|good) (?:week|fortnight|break)|earlier this year|we went|i went|years? ago|diwethaf|llynedd)\b/;
const OFFICIAL =
  /\b(?:surgery|surgeries|ward (?:walk|walkabout|meeting|surgery)|residents'? (?:meeting|association)|litter pick|council (?:meeting|chamber)|full council|committee|scrutiny|cabinet|conference|consultation event|drop-in|hustings|site visit|with (?:highways )?officers|come and see me|come and say hello|official|leafleting|canvassing|door-?knocking)\b/;

type Finding = { start: number; end: number; messageId: string };

/** A sentence can only give away whereabouts if it has one of these. */
const TRIGGERS: readonly string[] = [
  'holiday', 'hols', 'trip', 'flight', 'flying', 'fly ', 'passport', 'packed', 'packing', 'suitcase', 'cruise', 'abroad', 'camping', 'caravan',
  'hen do', 'stag do', 'honeymoon', 'getaway', 'break', 'out of office', 'ooo', 'away', 'off to', 'heading', 'jetting', 'gwyliau', 'wyliau',
  '✈', '🏖', '🧳', '🌴', 'see you', 'alone', 'on my own', 'just me', 'empty', 'unoccupied', 'nobody', 'sitter', 'while we', 'while i',
  'fy mhen', 'tŷ gwag', 'every', 'most ', 'each ', 'bob ', 'this term', 'right now', 'at the moment', 'as we speak', 'currently',
  'this afternoon', 'this evening', 'tonight', 'teatime', 'today', 'son', 'daughter', 'kid', 'children', 'boy', 'girl', 'little one',
  'grandson', 'granddaughter', 'grandkids', 'grandchildren', 'niece', 'nephew', 'mum', 'mam', 'dad', 'mother', 'father', 'gran', 'nan',
  'grandad', 'grandma', 'nana', 'husband', 'wife', 'school run', "i'm the", 'im the', 'going', 'leaving', 'leave', 'driving', 'sailing', 'travel',
];

/** A school or nursery by name: "Hillcrest Primary", "Little Acorns nursery", "St Anne's". */
const NAMED_SCHOOL = /\b(?:[A-Z][a-z'’]+ ){1,3}(?:Primary|School|Academy|High|Nursery|nursery|College|Infants|Juniors)\b|\bSt\.? [A-Z][a-z]+(?:'s)?\b/;
const CHILD_OF_MINE = /\b(?:my|our) (?:son|daughter|kids?|children|boy|girl|little one|grandson|granddaughter|grandkids|grandchildren|niece|nephew)\b|\bthe little one\b/;

/** Someone else is the one going: "Cllr Shah is on holiday", "she's away until Monday". */
const SOMEONE_ELSE = /(?:NAME|\b(?:he|she|they|cllr|councill?or|the (?:office|library|centre|team|clerk|mayor|leader)))\b/;

/** Travel whose subject is someone else, with nobody of the author's own in the sentence. */
function someoneElseTravels(folded: string): boolean {
  const travel = TRAVEL.exec(folded) ?? /\b(?:going|leaving|leave|flying|driving|sailing|travelling|traveling|heading|jetting) (?:off |out )?(?:to|for)\b/.exec(folded);
  if (!travel) return false;
  const before = folded.slice(0, travel.index);
  return SOMEONE_ELSE.test(before) && !FIRST_PERSON.test(before);
}

/** What a sentence gives away, judged from its signals together. */
function judge(folded: string, next: string, raw: string): string | undefined {
  if (FAMILY_PLACE.test(folded) || (CHILD_OF_MINE.test(folded) && NAMED_SCHOOL.test(raw))) return 'family';
  if (PAST.test(folded)) return undefined;
  if (HOME_ALONE.test(folded)) return 'absence';
  const travel = TRAVEL.test(folded) || TRAVEL_TO.test(raw);
  const travels =
    (travel && (FUTURE_TIME.test(folded) || FUTURE_TIME.test(next))) || (FUTURE_TIME.test(folded) && TRAVEL.test(next) && !PAST.test(next));
  if (travels && !OFFICIAL.test(folded) && !someoneElseTravels(folded)) return 'absence';
  if (REGULAR.test(folded) && (WHEN_OR_WHERE.test(folded) || NAMED_PLACE.test(raw)) && I_DO.test(folded) && !OFFICIAL.test(folded)) return 'routine';
  if (/\bi'?m the (?:one|slow one|tall one|bloke|woman|guy|man|lady) in the [a-z]+ (?:top|shirt|jacket|hat|coat|vest)\b/.test(folded)) return 'routine';
  if (NOW.test(folded) && PLACE.test(folded) && (WITH_FAMILY.test(folded) || FIRST_PERSON.test(folded)) && !OFFICIAL.test(folded)) return 'location';
  return undefined;
}

const welsh = new Lexicon(WHEREABOUTS_CY);

export default defineRule({
  meta: {
    id: 'whereabouts',
    description: 'Giving away where the councillor or their family is or will be outside official business, or their routines and absences.',
    sources: ['LGA1 §2', 'DSC 4.4', 'GM 3.6'],
    section: { ref: 'LGA1 §2', anchor: '#personal-safety' },
    why: "The LGA's advice on personal safety (§2) is not to post routines, places you frequent, future visits or holidays: they tell people where you are and when your home is empty.",
    severity: { relaxed: 'info', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      absence: 'This tells everyone your home will be empty or you will be away.',
      location: 'This says where you are right now, outside council business.',
      routine: 'This gives away a routine: where you will be and when.',
      family: 'This says where your family can be found.',
    },
    examples: {
      valid: [
        'Back at my desk after a lovely week off. I’ll work through the emails today.',
        'I’ll be at my ward surgery at Carlton Library this Saturday, 10–12. Come and see me.',
        'Throwback to the Lakes last summer. Can’t beat Buttermere on a still morning.',
        'Morning walk with the dog before a day of leafleting.',
      ],
      invalid: [
        'Off to Tenerife for two weeks from Saturday! House sitter sorted for the cat.',
        'Every morning at 6 I run the loop round Lowfield reservoir.',
        'In the Red Lion beer garden with the family right now, lovely evening.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Finding[] = [];
    for (const sentence of sentencesWith(context, TRIGGERS)) {
      const next = doc.sentences[sentence.index + 1];
      const folded = doc.view.sentence(sentence);
      const nextFolded = next && next.paragraph === sentence.paragraph ? doc.view.sentence(next) : '';
      const messageId = judge(folded, nextFolded, doc.text.slice(sentence.start, sentence.end));
      if (messageId) hits.push({ start: sentence.start, end: sentence.end, messageId });
    }
    for (const match of welsh.find(doc)) {
      if (!isReportedQuote(doc, match.start, match.end) && !PAST.test(doc.view.sentence(doc.sentenceAt(match.start)!))) {
        hits.push({ start: match.start, end: match.end, messageId: 'absence' });
      }
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
