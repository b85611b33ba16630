import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { HABIT_MARKERS, LEISURE, WHEREABOUTS_CY, type WordList } from './data/whereabouts';
import { dropOverlaps, sentencesWith } from './shared/patterns';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|mon|tue|tues|wed|thu|thurs|fri|sat|sun)';
const DAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|half[- ]term|christmas|easter|new year)';
const MONTH_SHORT = '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const HOUR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const FAMILY = "(?:family|kids|children|wife|husband|hubby|partner|missus|other half|mum|mam|dad|little ones?|grandkids|grandchildren|grandson|granddaughter|son|daughter|boys|girls|nan|gran|grandad)";
const CHILD_WORD =
  "(?:sons?|daughters?|kids?|children|boys?|girls?|little ones?|little 'uns?|youngest|eldest|middle one|grandsons?|granddaughters?|grandkids|grandchildren|twins|triplets|toddler|baby|lad|lass|nieces?|nephews?|step(?:son|daughter)s?)";

/** A list of words as regular-expression alternatives (the words are already written as regex source). */
function anyOf(list: WordList): string {
  return `(?:${[...list.words].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Travel and time away. */
const TRAVEL = /\b(?<!bank )(?:holidays?|hols|trip|flight|flying|fly(?:ing)? out|out of the country|out of the uk|sunning myself|topping up (?:my|the) tan|passport|bags (?:half )?packed|packing (?:for|the)|suitcase|cruise|abroad|camping|caravan|hen do|stag do|honeymoon|getaway|mini[- ]break|out of office|ooo|away|off to|heading (?:off|to)|jetting|gwyliau|ar wyliau|leaving for|leave for|airport|departure lounge|villa|all[- ]inclusive|staycation|spa break|ski(?:ing)? trip|the slopes|holiday cottage|(?:a|our|my) (?:well[- ]earned |much[- ]needed |short |little |quick |family |summer |half[- ]term )?break(?! (?:in|from|for|to)\b))\b|✈️|🏖️|🧳|🌴/u;
/** The author somewhere by name from a time to come: "me and the boys are in Benidorm from Wednesday". */
const WE_ARE_IN =
  /\b(?:[Ww]e'?re|[Ww]e are|I'?m|I am|[Ww]e'?ll be|I'?ll be|[Ww]e will be|I will be|(?:[Mm]e|[Tt]he [a-z]+|[Mm]y [a-z]+) and (?:I|me|the [a-z]+|my [a-z]+) (?:are|'re|will be|'ll be)) (?:up |down |over |out )?in (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)\b)[A-Z][a-z'’]{2,}(?! (?:Centre|Hall|Library|Council|Office|Chamber|House|Primary|School|Academy|Ward|Road|Street|Lane)\b)/;
/** Going somewhere by name, in the original text: "going to Spain", "leaving for Crete". */
const TRAVEL_TO = /\b(?:going|leaving|leave|flying|driving|sailing|travelling|traveling|heading|jetting) (?:off |out )?(?:to|for) (?:the )?[A-Z][a-z'’]+/;
/** A stay somewhere: "ten days of sunshine in …", "a week in Cornwall", "a fortnight on the Algarve". */
const STAY = new RegExp(
  String.raw`\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a couple of|a few) (?:days?|nights?|weeks?|fortnight)(?: of (?:[a-z]+ ){0,2}?(?:sun|sunshine|sea|sand|relaxation|rest|r&r|walking|skiing|bliss|doing nothing))? (?:in|on|at) (?!a row\b|office\b|politics\b|post\b|charge\b|the (?:job|role|chamber|council)\b|hospital\b)`,
);
/** A time from now: the absence has not happened yet. */
const FUTURE_TIME = new RegExp(
  String.raw`\b(?:from|until|till|til|tan) (?:${WEEKDAY}|tomorrow|tonight|next (?:week|month)|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?|${MONTH})\b|\bback (?:on|in|by|for) (?:${WEEKDAY}|the \d|\d|${MONTH}|next)|\bback (?:${WEEKDAY}|\d{1,2}(?:st|nd|rd|th)? (?:${MONTH}|${MONTH_SHORT}))\b|\bfor (?:the )?(?:whole of |all of )?(?:the )?(?:week|weekend|fortnight|month|summer|${MONTH}|\d+ (?:days|nights|weeks|months)|(?:two|three|four|five|six|ten) (?:days|nights|weeks|months)|a (?:week|fortnight|month|few days|couple of weeks))\b|\bsee (?:you|y'?all|everyone) (?:all )?(?:in|on|next|after|when)\b|\b(?:this|next) (?:week|weekend)\b|\btomorrow\b|\btonight\b` +
    String.raw`|\b${WEEKDAY}(?: \d{1,2}(?:st|nd|rd|th)?)? (?:to|till|until|til|-|–|through|thru) ${WEEKDAY}\b|\b\d{1,2}(?:st|nd|rd|th)? ?(?:to|till|until|-|–) ?\d{1,2}(?:st|nd|rd|th)? (?:${MONTH})\b`,
);
/** A day or month named with a trip ("off to Tenby Friday", "Greece in August"): future only when nothing is in the past tense. */
const FUTURE_WEAK = new RegExp(String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:in|over|during) (?:the )?${MONTH}\b`);
/** Holiday words that are not a trip: "holiday club", "bank holiday", "flights from the airport". */
const NOT_A_TRIP =
  /\b(?:holiday (?:clubs?|lets?|homes?|activities|hunger|schemes?|parks?|camps?|season|pay|cover|(?:free )?(?:school )?meals?|food|lunch(?:es)?|provision|programmes?|childcare|play ?schemes?|vouchers?|support|grants?)|bank holidays?|school holidays?|(?:the )?holidays? (?:are|is) (?:here|coming|nearly)|flights? (?:from|to|at) (?:[a-z]+ )?airport|airport (?:expansion|parking|bus|consultation|jobs))\b/g;
/** A post that opens with the trip: "Off to Tenby…", "Ten days of sunshine…", "Suitcase packed…". */
const TRIP_OPENING =
  /^\W*(?:(?:finally|right|so|well|and|yay|woo+|ok|okay|that'?s it)[,!:. ]+)?(?:off to|off on|out of the country|sunning myself|heading|flying|jetting|packing|bags|suitcase|passport|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2}|a couple of|a few) (?:days?|nights?|weeks?|fortnight)|(?:(?:a|an|our|my|the) (?:[a-z-]+ )?)?(?:holiday|hols|trip|break|getaway|staycation|cruise|camping|away)\b)/;
const PAST_TENSE = /\b(?:was|were|had|did|went|came back|returned|spent|enjoyed|loved)\b/;
/** The home is empty, or the author is alone in it. */
const HOME_ALONE =
  /\bhome alone\b|\bon my own (?:at home|in the house|tonight|this (?:week|weekend)|all week|for (?:the|a) (?:week|night))\b|\bjust me (?:and (?:the|my) (?:dog|cat|kids) )?(?:in the house|at home|on my own|rattling|alone)|\b(?:an |the )?empty house\b|\bhouse (?:will be |is |'ll be )?(?:empty|unoccupied)\b|\b(?:nobody|no one|no-one) (?:will be |is |'ll be )?(?:home|in at (?:ours|mine|our place))\b|\bhouse[- ]?sitter\b|\bwhile (?:we'?re|i'?m|we are|i am) (?:away|abroad|on holiday)\b|\bar fy mhen fy hun\b|\btŷ gwag\b|\b(?:burgle|burgling|rob|break into) (?:us|me|our (?:house|place|home))\b|\b(?:house|place|home) to (?:myself|ourselves)\b/;
/** The author is by themselves … */
const ALONE = /\b(?:(?:it'?s |it is )?(?<!(?:is it|was it|not|isn'?t) )just me(?! and (?:the|my) (?:team|officers|colleagues|volunteers)| or\b| who\b| that\b| thinks?\b| though\b)|(?<!(?:is it|was it|not|isn'?t) )only me(?! or\b| who\b| that\b)|by myself|on me own|fending for myself|rattling (?:round|around)|bachelor (?:week|weekend|pad))\b/;
/** … because the rest of the household is somewhere else. */
const HOUSEHOLD_AWAY =
  /\b(?:the |my )?(?:wife|husband|hubby|partner|other half|better half|missus|fianc[eé]e?|the kids|the family|the rest of the family)(?:'s|'re| is| are| has| have)? (?:away|off|out|abroad|working (?:away|in|late)|visiting|staying|taken the kids|took the kids|at (?:her|his|their) [a-z]+'?s|at [a-z]+'s|in [a-z]+|up in|down in|on (?:a|her|his|their) (?:hen|stag|girls'?|lads'?|work) ?(?:do|weekend|trip|night))\b/;
/** Someone of the author's household is at home by themselves: "Mum's on her own this week while Dad's in hospital". */
const RELATIVE_ALONE =
  /\b(?:mum|mam|dad|nan|gran|grandad|grandma|nana|mother|father|wife|husband|hubby|missus|partner|other half)(?:'s| is| will be|'ll be)(?: home| at home| in the house| at the house)? (?:on (?:her|his|their) own|by (?:herself|himself|themselves)|alone|home alone)\b/;
const NOWISH = /\b(?:tonight|this (?:week|weekend)|till|until|for the (?:night|week|weekend)|all week|tomorrow|next week|for a few days)\b/;
/** "Every morning", "bob bore": a habit. */
const EVERY = new RegExp(String.raw`\bevery (?:single )?(?:morning|evening|night|day|weekday|${WEEKDAY}|week|lunchtime|afternoon)\b|\bbob (?:bore|nos|dydd|prynhawn|wythnos|dydd sul|dydd sadwrn)\b|\b(?:bore|nos|prynhawn) (?:llun|lun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn|sul)\b(?=[^.!?]{0,40}\b(?:rwy'?n|dw i'?n|dwi'?n|rydyn ni'?n|rydw i'?n))|\bthis term\b`);
/** Days named as a set: "Mon, Wed and Fri", "Tuesdays and Thursdays". */
const DAY_LIST = new RegExp(String.raw`\b${DAY}s?(?:,? ${DAY}s?)*,? (?:and|&|n) ${DAY}s?\b`);
/** A habit by another name: "rain or shine", "our usual table", "Sunday ritual". */
const HABIT = new RegExp(String.raw`\b${anyOf(HABIT_MARKERS)}\b`);
/** Weaker habit words ("always", "routine") only count with something the author does for fun. */
const LEISURE_WORDS = new RegExp(String.raw`\b${anyOf(LEISURE)}\b`);
const WEAK_HABIT = /^(?:always|daily|weekly|nightly|routine|tradition|regular|regularly|habit)$/;
function habitual(folded: string): boolean {
  if (EVERY.test(folded) || DAY_LIST.test(folded)) return true;
  const match = HABIT.exec(folded);
  if (!match) return false;
  if (/\busual\b/.test(match[0])) return USUAL_SPOT.test(folded);
  if (WEAK_HABIT.test(match[0])) return LEISURE_WORDS.test(folded);
  return true;
}
/** "Our usual table", "my usual spot": a place the author keeps going back to. */
const USUAL_SPOT = /\b(?:my|our|the) usual (?:[a-z]+ )?(?:table|spot|seat|booth|place|haunt|route|walk|run|swim|pint|coffee|bench|corner|pitch|lane|perch)\b/;
/** A time in words: "quarter to seven", "half six", "first thing". */
const CLOCK_WORDS = new RegExp(
  String.raw`\b(?:(?:quarter|half|ten|twenty|twenty-five|five) (?:to|past) (?:${HOUR}|\d{1,2})|half ${HOUR}|(?:${HOUR}|\d{1,2}) ?o'?clock|(?:${HOUR}|\d{1,2})-?ish|first thing|crack of dawn|(?:at|before|after) (?:dawn|sunrise|dusk|sunset|work)|lunchtimes?|teatime)\b`,
);
/** A clock time or a named place makes a habit findable. */
const WHEN_OR_WHERE = /\b(?:at|from|after|before|by|till|until|am|around) \d{1,2}(?:[.:]\d{2})?(?:am|pm)?\b|(?<![£$€\d.,])\b\d{1,2}[.:][0-5]\d\b(?![.:,]?\d)|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\bam (?:chwech|saith|wyth|naw)\b|\b(?:run|walk|jog|cycle|swim|loop|route|path|towpath|school run|school gate|nursery|primary|school|gym|park|reservoir|canal|river|beach|pool|lido|leisure centre|parkrun|church|mosque|care home|llwybr|camlas|pwll|market|allotment|car boot|woods|pub|cafe|café|club|library)\b/;
/** A place by its name, in the original text: "round Lowfield", "at Brookside". */
const NAMED_PLACE =
  /\b(?:at|round|around|in|along|to|through|past|outside) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)s?\b)[A-Z][a-z'’]{2,}/;
/** The author (or their household) as the one doing it: "I run", "we're at". */
const I_DO = /\b(?:i|we|i'?m|we'?re|i'?ll|we'?ll|me and|myself|find me|(?:for|with) me|dog walk|walk(?:ing)? the dog|with the dog|dw i|dwi|rydw i|rwy)\b|\b(?:i|we) (?:am |are )?always\b/;
/** A diary line with no subject, the author implied: "7am, the pool, every weekday", "Swimming at the lido every Saturday". */
const NO_SUBJECT_OPENING =
  /^\W*(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|first thing\b|crack of dawn\b|(?:running|jogging|walking|swimming|cycling|rowing|training|propping up|sat|sitting|stood|standing|parked|enjoying|live from|down at|up at|out at)\b(?! (?:club|clubs|group|groups|lessons?|classes?|sessions?|track|routes?|events?)\b))/;
/** A public class or session on offer, not the author's own habit. */
const ON_OFFER = /\b(?:class|classes|session|sessions|lessons?|club|group|meets?|welcome|book|booking|free|open to|all abilities|sign up|tickets?|join us)\b/;
/** A late night out: "until closing", "till last orders". */
const UNTIL_CLOSING = /\b(?:until|till|til|'til) (?:closing|last orders|chucking[- ]out(?: time)?|late)\b|^\W*live from\b/;
/** An invitation to come and find the author there. */
const FIND_ME = /\b(?:come (?:and|&) (?:say (?:hi|hello|hiya)|find (?:me|us)|join (?:me|us)|chat|have a (?:chat|word|natter))|(?:bend|chew) my ear|grab me|collar me|nab me|say (?:hi|hello|hiya) if you see (?:me|us)|join (?:me|us)|catch (?:me|us) (?:there|at)|you'?ll (?:find|see) (?:me|us)|give (?:me|us) a wave)\b/;
const FIRST_PERSON = /\b(?:i|i'?m|i'?ll|we|we'?re|me|my|our|dw i|dwi|rydw i|rwy)\b/;
const NOW = /\b(?:right now|at the moment|as we speak|currently|this afternoon|this evening|tonight|till teatime|until teatime|for the afternoon|today)\b/;
const PLACE = /\b(?:pub|arms|inn|beer garden|bar|cafe|café|restaurant|park|playground|swings|gym|beach|pool|club|hotel|cinema|theatre|stadium|ground|bingo|shop|supermarket|garden centre|soft play)\b/;
const WITH_FAMILY = new RegExp(String.raw`\b(?:with|watching|taking|minding) (?:the |my |our )?${FAMILY}\b|\b(?:the|my|our) ${FAMILY} (?:and i|and me)\b`);
/** Where the author's family can be found: a child's school, a parent's care home. */
const FAMILY_PLACE = new RegExp(
  String.raw`\b(?:my|our) (?:son|daughter|kids?|children|boy|girl|little one|youngest|eldest|grandson|granddaughter|grandkids|grandchildren|niece|nephew)(?:'s|s')?\b[^.!?]{0,60}\b(?:primary|academy|nursery|juniors|infants)\b|\b(?:dropping|collecting|picking up|taking) (?:my |our |the )?(?:son|daughter|kids?|children|boy|girl|little one|grandson|granddaughter|grandkids) (?:off )?(?:at|from|to)\b|\b(?:my |our )?(?:mum|mam|dad|mother|father|gran|nan|grandad|grandma|nana|husband|wife)(?:'s| is| has)? (?:in|at|moved into|moving into|now in|living in|lives in) [a-z']+ (?:care home|nursing home|hospital|hospice|house|lodge|court|manor)\b|\bmum'?s in [a-z']+ (?:care home|nursing home)\b|\b(?:visit(?:ing)?|seeing|see) (?:my |our )?(?:mum|mam|dad|mother|father|gran|nan|grandad|grandma|nana) (?:at|in) [a-z']+ (?:care home|nursing home|house|lodge|court|manor|hospital|hospice)\b|\b(?:my|our|i do|i'?m doing|doing) (?:the )?school run\b`,
);
/** A child handed over at a school gate: "dropped the twins at", "picked our Ava (3) up from", "school run". */
const HANDOFF = new RegExp(
  String.raw`\b(?:drop(?:ped|ping|s)?|pick(?:ed|ing|s)?|collect(?:ed|ing|s)?|fetch(?:ed|ing)?) (?:off |up )?(?:the |my |our |both )?(?:${CHILD_WORD}|NAME)(?: \(\d{1,2}\))?(?: off| up)? (?:at|from|to|outside)\b|\b${CHILD_WORD} (?:dropped|dropped off|picked up|collected) (?:at|from|outside)\b|\b(?:waiting for|waiting on|meeting) (?:the |my |our )(?:${CHILD_WORD})\b|\b(?:school|nursery) run\b`,
);

/** Past trips and official business are not whereabouts (LGA1 §2 is about posts outside official business). */
const PAST = /\b(?:back from|back at my desk|back in the office|just got back|got back|throwback|last (?:summer|year|week|month|weekend)|was lovely|were lovely|had a lovely|had a great|after a (?:lovely|great|good) (?:week|fortnight|break)|earlier this year|we went|i went|years? ago|diwethaf|llynedd)\b/;
const OFFICIAL =
  /\b(?:surgery|surgeries|ward (?:walk|walkabout|meeting|surgery)|residents'? (?:meeting|association)|litter pick|council (?:meeting|chamber)|full council|committee|scrutiny|cabinet|conference|consultation event|drop-in|hustings|site visit|with (?:highways )?officers|with the police|with residents|walk(?:ing|ed)? (?:round |around )?the ward|ward work|on the doorstep|come and see me|the depot|with (?:the )?(?:highways|parks|planning|housing|council|police|fire|waste|bins?|road safety|neighbourhood|street ?scene|youth|regeneration) (?:team|officers?|crew|staff)|civic centre|town hall|county hall|city hall|guildhall|council offices|council house|the chamber|campaign team|out campaigning|campaigning (?:in|on|at|with|around|across)|street stall|stall|(?:the|a|an|our|my) (?:[a-z]+ )?meeting|for work|work trip|business trip|on (?:council )?business|on the radio|on radio|interview|on the phones|ward office|in the office|at work|on duty|on shift|on the stall|official|leafleting|canvassing|door-?knocking|knocking (?:on )?doors|briefing|(?<!(?:after|following) )the count|(?:we|group|club|association|forum) meets?)\b/;
/** Advice to residents, not the author's own plans: "If you're away this half term…". */
const ADVICE = /\b(?:if you|you'?re|your|anyone|residents|remember to|don'?t forget)\b/;

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
  // Habits, stays, a household away, children handed over at school.
  'rain or shine', 'without fail', 'religiously', 'clockwork', 'always', 'daily', 'weekly', 'nightly', 'ritual', 'routine', 'tradition', 'usual',
  'regular', 'habit', 'never miss', 'weekday', 'weeknight', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'mon,', 'tue,', 'tues,', 'wed,', 'thu,', 'thurs,', 'fri,', 'sat,', 'mon ', 'wed ', 'fri ', 'of a ', 'on a ',
  'days of', 'days in', 'week in', 'weeks in', 'fortnight', 'nights in', 'airport', 'villa', 'inclusive', 'staycation', 'slopes', 'burgl', 'rob us',
  'break into', 'only me', 'by myself', 'me own', 'fending', 'rattling', 'bachelor', 'partner', 'other half', 'missus', 'hubby', 'twins', 'nursery',
  'primary', 'drop', 'pick', 'collect', 'fetch', 'week', 'days', 'nights', 'bore ', 'nos ', 'prynhawn', "we're", 'we are', "i'm", 'i am',
  "we'll", "i'll", 'we will', 'i will', 'myself', 'ourselves', 'out of the country', 'out of the uk', 'sunning', 'tan', 'closing', 'last orders',
  'chucking', 'late', 'live from', 'by herself', 'by himself', 'her own', 'his own', 'youngest', 'eldest', 'am,', 'pm,', 'swimming', 'running',
];

/** A school or nursery by name: "Hillcrest Primary", "Little Acorns nursery", "St Anne's". */
const NAMED_SCHOOL = /\b(?:[A-Z][a-z'’]+ ){1,3}(?:Primary|School|Academy|High|Nursery|nursery|College|Infants|Juniors|Pre-?school|pre-?school)\b|\bSt\.? [A-Z][a-z]+(?:'s)?\b|\bYsgol (?:y |yr )?[A-Z]/;
const CHILD_OF_MINE = /\b(?:my|our) (?:son|daughter|kids?|children|boy|girl|little one|little 'un|youngest|eldest|middle one|lad|lass|grandson|granddaughter|grandkids|grandchildren|niece|nephew|twins)\b|\bthe little one\b|\bour NAME\b/;

/** Someone else is the one going: "Cllr Shah is on holiday", "she's away until Monday". */
const SOMEONE_ELSE = /(?:NAME|\b(?:he|she|they|cllr|councill?or|the (?:office|library|centre|team|clerk|mayor|leader)))\b/;

/** Travel whose subject is someone else, with nobody of the author's own in the sentence. */
function someoneElseTravels(folded: string): boolean {
  const travel = TRAVEL.exec(folded) ?? /\b(?:going|leaving|leave|flying|driving|sailing|travelling|traveling|heading|jetting) (?:off |out )?(?:to|for)\b/.exec(folded);
  if (!travel) return false;
  const before = folded.slice(0, travel.index);
  return SOMEONE_ELSE.test(before) && !FIRST_PERSON.test(before);
}

/** The clauses of a sentence: "…every morning at 8.30; we need a crossing" is two. */
function clausesOf(folded: string): string[] {
  return folded.split(/;|\u2014|, (?:and|but|so|yet) | (?:but|so) /);
}

/** "We'll be up in Bangor all day", "I'll be over in Bristol all weekend": a day away said in the future. */
const AWAY_ALL_DAY = /\b(?:we|i)(?:'ll| will) be\b[^.!?]{0,60}\b(?:all day|all weekend|all week|for the (?:day|weekend|week)|overnight)\b/;
const BACK_FROM_ON = new RegExp(String.raw`\b(?:i'?m |i am |we'?re |we are |i'?ll be |we'?ll be )?back from (?:my |our |the )?(?:holiday|hols|leave|annual leave|travels|trip|break) (?:on|next|from) (?:${WEEKDAY}|the \d|\d|next|${MONTH})`);

/** What a sentence gives away, judged from its signals together. */
function judge(folded: string, next: string, raw: string): string | undefined {
  if (FAMILY_PLACE.test(folded) || (NAMED_SCHOOL.test(raw) && (CHILD_OF_MINE.test(folded) || HANDOFF.test(folded)))) return 'family';
  const official = OFFICIAL.test(folded);
  // "Back from holiday on Monday 3rd": away until a day still to come.
  if (BACK_FROM_ON.test(folded) && !folded.includes('?') && !official) return 'absence';
  if (PAST.test(folded)) return undefined;
  // "On holiday in my head already": not really going anywhere.
  if (/\bin (?:my|our) heads?\b|\bin spirit\b/.test(folded)) return undefined;
  const advice = ADVICE.test(folded) && !FIRST_PERSON.test(folded);
  if (HOME_ALONE.test(folded) && !/\bHome Alone\b/.test(raw) && !/\b(?:they'?re|they are|he'?s|she'?s|residents?|people|pensioners|neighbours?|NAME(?:'s| is))\b[^.!?]{0,25}\bhome alone\b/.test(folded)) return 'absence';
  if (!official && ALONE.test(folded) && (NOWISH.test(folded) || HOUSEHOLD_AWAY.test(folded))) return 'absence';
  if (RELATIVE_ALONE.test(folded) && (NOWISH.test(folded) || /\bwhile\b/.test(folded))) return 'absence';
  const trip = folded.replace(NOT_A_TRIP, ' ');
  const travel = TRAVEL.test(trip) || TRAVEL_TO.test(raw) || STAY.test(trip) || WE_ARE_IN.test(raw);
  const travels =
    (travel && (FUTURE_TIME.test(folded) || FUTURE_TIME.test(next) || (FUTURE_WEAK.test(folded) && !PAST_TENSE.test(folded)))) ||
    (FUTURE_TIME.test(folded) && TRAVEL.test(next.replace(NOT_A_TRIP, ' ')) && !PAST.test(next)) ||
    (WE_ARE_IN.test(raw) && AWAY_ALL_DAY.test(folded));
  // The author's own trip: said in the first person, about the household, or opening with the trip itself ("Off to…", "A week in…").
  const own =
    FIRST_PERSON.test(folded) ||
    /\b(?:us|ours|the (?:family|kids|wife|husband|missus|other half)|off to|off on|heading (?:off|to|out)|fly(?:ing)? out|jetting off|see you|back on|back in|out of office|ooo)\b/.test(`${folded} ${next}`) ||
    TRIP_OPENING.test(folded);
  if (travels && own && !official && !advice && !someoneElseTravels(folded)) return 'absence';
  if (!official && !advice && habitual(folded) && (WHEN_OR_WHERE.test(folded) || CLOCK_WORDS.test(folded) || NAMED_PLACE.test(raw))) {
    // The author must be the one with the habit: in the same clause as it, or inviting people to come and find them.
    if (FIND_ME.test(folded) || FIND_ME.test(next) || clausesOf(folded).some((clause) => habitual(clause) && (I_DO.test(clause) || USUAL_SPOT.test(clause) || WITH_FAMILY.test(clause)))) {
      return 'routine';
    }
    if (NO_SUBJECT_OPENING.test(folded) && !ON_OFFER.test(folded) && !ON_OFFER.test(next)) {
      return 'routine';
    }
  }
  if (/\bi'?m the (?:one|slow one|tall one|bloke|woman|guy|man|lady) in the [a-z]+ (?:top|shirt|jacket|hat|coat|vest)\b/.test(folded)) return 'routine';
  if (NOW.test(folded) && PLACE.test(folded) && (WITH_FAMILY.test(folded) || FIRST_PERSON.test(folded)) && !official) return 'location';
  if (UNTIL_CLOSING.test(folded) && (FIRST_PERSON.test(folded) || NO_SUBJECT_OPENING.test(folded)) && !official && !advice) return 'location';
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
