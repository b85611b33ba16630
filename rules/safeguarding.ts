import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { findPeople, type PersonMention } from '../src/engine/nlp/people';
import { sentencesWith } from './shared/patterns';
import type { Sentence } from '../src/engine/text/document';
import { execAll } from '../src/engine/match/regex';

/** A child is being talked about. */
const CHILD =
  /\b(?:child|children|kids?|boys?|girls?|lads?|lass|sons?|daughters?|grandsons?|granddaughters?|grandkids|grandchild(?:ren)?|nieces?|nephews?|twins|triplets|baby(?! (?:unit|ward|clinic|bank|group|massage|sensory|food|clothes|changing|loss|care unit|friendly))|babies|toddlers?|pupils?|schoolboys?|schoolgirls?|schoolkids?|teenagers?|teenage|teens?|youngsters?|little [a-z]+ (?:is|was|has|who)|year \d{1,2}s?|class \d{1,2}|(?:blwyddyn|flwyddyn) \d{1,2}|foster (?:son|daughter|child|kids)|looked[- ]after|youngest|eldest|little (?:boy|girl|one)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]olds?|aged \d{1,2}|plentyn|plant|bachgen|merch|disgybl|disgyblion)\b/;
/** A vulnerable adult is being talked about. */
const VULNERABLE =
  /\b(?:dementia|alzheimer'?s|memory (?:isn'?t|is not|is going|loss|problems)|memory'?s (?:going|gone|not what it was|getting worse|bad|failing)|sheltered (?:housing|accommodation|flat|flats|scheme)|supported (?:living|housing|accommodation)|extra care (?:housing|scheme|flat)|assisted living|residential care|respite care|no care (?:in place|package)|(?:can'?t|cannot) (?:cope|manage) on (?:his|her) own|self-neglect|hoarder|terminally ill|end of life care|palliative|bed-?ridden|social care (?:assessment|package|needs)|waiting for (?:a )?(?:care|carers?|social worker)|in (?:his|her) slippers|confused|forgetful|wandering|wanders off|(?:a|his|her|second|third) falls?|elderly|learning disabilit(?:y|ies)|care home|nursing home|women'?s refuge|refuge|vulnerable|taken advantage of|care package|carers? visits?|in care|autis(?:m|tic)|mental health (?:crisis|problems?|issues?)|sectioned|went missing|gone missing|has gone missing|domestic (?:abuse|violence)|frail|housebound|bed-?bound|on the at-risk register|lives (?:on (?:his|her) own|alone|by (?:himself|herself))|registered blind|partially sighted|(?:been |was |got )?(?:conned|scammed|swindled|fleeced)|doorstep (?:crime|scam))\b/;
/** Details that single out one person or a few. */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
const WELSH_NUMBER = '(?:un|dau|dwy|ddwy|tri|tair|dair|pedwar|bedwar|pedair|bedair|pump|bump|chwech|saith|wyth|naw|deg|ddeg|un ar ddeg|deuddeg|ddeuddeg)';
const AGE_OF_ONE = new RegExp(
  String.raw`\(\s?(\d{1,2})\s?\)|\b(?:about|around|roughly|only|just|barely|nearly|almost|maybe|no more than|no older than) (\d{1,2})(?=\s?[,)]|\s(?:years?|yrs?|or so|at most|and|is|was)\b)|\bage (\d{1,2})\b|\b${WELSH_NUMBER} (?:mlwydd |mlwydd )?oed\b|\b(\d{1,2})[- ]year[- ]old\b|\b${NUMBER_WORD}[- ]year[- ]old\b|\baged (\d{1,2})(?:, \d{1,2})*(?: and \d{1,2})?\b|,\s?(\d{1,2}),|\b(?:is|he'?s|she'?s|turned|turns|turning) (?:(\d{1,2})|${NUMBER_WORD})(?: today| now| this week)?\b(?! (?:times|days|weeks|months|miles|minutes|hours|pounds|percent|%))|\b(\d{1,2}) oed\b|\b(\d{1,2})(?:st|nd|rd|th) birthday\b`,
  'gi',
);
const ADULT_AGE = 18;

/** A baby's or toddler's age in months, or children counted "under 10": always a child's. */
const CHILD_ONLY_AGE = new RegExp(
  String.raw`\b(?:\d{1,2}|${NUMBER_WORD})[- ]months?[- ]old\b|\(\s?\d{1,2} ?(?:months?|mths?)\s?\)|\b(?:youngest|eldest|baby|toddler|little one|twins?|son|daughter|grandson|granddaughter)(?:'s| is| was)?(?: only| just| barely| not yet)? (?:\d{1,2}|${NUMBER_WORD}) months?\b|\b(?:kids|children|boys|girls|grandkids|grandchildren|sons|daughters|little ones)(?: [a-z]+){0,2} (?:aged )?(?:under|below) (?:\d{1,2}|${NUMBER_WORD})\b(?![-–]\d|s\b)`,
  'i',
);

/** Whether the sentence gives someone's age, and whether that age is a child's. */
function agesIn(raw: string): { age: boolean; childAge: boolean } {
  let age = false;
  let childAge = false;
  if (CHILD_ONLY_AGE.test(raw)) {
    age = true;
    childAge = true;
  }
  for (const match of execAll(AGE_OF_ONE, raw)) {
    age = true;
    const digits = match.slice(1).find((group) => group !== undefined);
    if (digits === undefined || Number(digits) < ADULT_AGE) childAge = true;
  }
  return { age, childAge };
}
/** The grown-ups a school post is often about. */
const ADULT_AT_SCHOOL = /\b(?:head ?teacher|head|teachers?|teaching assistant|staff|governors?|principal|caretaker|lollipop|mrs|mr|ms|miss|dr|sir|chair|volunteers?|parents?|athro|athrawes|athrawon|prifathro|prifathrawes|pennaeth|cymhorthydd|llywodraethwr|llywodraethwyr|gofalwr)\b/;
/** A school for children by its name: "Hillcrest Primary", "Little Acorns Nursery". */
const CHILDRENS_SCHOOL = /\b[A-Z][a-z'’]+ (?:Primary|Juniors|Infants|Academy|Nursery|nursery)\b|\bYsgol (?:y |yr )?[A-Z]/;
/** "the teenage girl at 41 Cobden Terrace": one child pinned to an address. */
const CHILD_AT = /\b(?:the|a) (?:little |young |teenage |wee )?(?:girl|boy|lad|lass|child|kid|teen|teenager|youngster|toddler) (?:at|from|in|living at) (?:number )?\d/i;
/** One child picked out by what they look like: "the little girl in the pink coat", "the lad with the red bike". */
const CHILD_DESCRIBED =
  /\bthe (?:little |young |teenage |wee |small )?(?:girl|boy|lad|lass|child|kid|toddler|teenager|youngster)s? (?:in|with|wearing|on) (?:the |a |an |his |her )?(?:[a-z]+ ){0,2}(?:coat|jacket|hoodie|top|hat|cap|dress|uniform|shoes|trainers|bike|scooter|pushchair|buggy|hair|glasses)\b/i;
/** A home pinned down without a number: "the flat above the Spar", "flat 4", "the house next to the chippy". */
const HOME_DESCRIBED =
  /\b(?:the |a )?(?:flat|house|maisonette|bungalow|caravan|bedsit) (?:above|below|over|next to|next door to|opposite|behind|at the end of|on the corner of)\b|\b(?:[Ff]lat|[Rr]oom|[Aa]partment|[Aa]pt\.?) \d{1,4}[a-z]?\b/;
const NAMED_PLACE =
  /\b(?:[A-Z][a-z'’]+ ){1,3}(?:Primary|School|Academy|High|Nursery|nursery|College|Infants|Juniors|Care Home|care home|Nursing Home|nursing home|House|Lodge|Court|Hospice|Refuge|Hospital|hospital)\b|\b(?:St\.? [A-Z][a-z'’]+)(?:'s)?\b|\bwomen'?s refuge\b/;
const ADDRESS = /\b\d{1,4}[a-z]? [A-Z][a-z]+ (?:Road|Street|Avenue|Close|Way|Lane|Grove|Drive|Court|Crescent|Row|Place|Gardens|Terrace|Walk|Rise|View|Mews|Green|Hill|Parade)\b|\bat number \d{1,4}\b|\bnumber \d{1,4}\b|\brhif \d{1,4}\b/;
const SPECIFIC_CHILDREN = /\b(?:these|those|the) (?:two|three|four|five) (?:[a-z]+ )?(?:kids|lads|boys|girls|year \d+s?|children|pupils)\b|\b(?:my|our) (?:son|daughter|little (?:boy|girl|one)|kids|children|boy|girl|foster (?:son|daughter))\b|\b(?:her|his|their) (?:two|three|four|five|six) (?:kids|children|sons|daughters|boys|girls)\b/;
/** A sentence can only identify a child or vulnerable adult if it has one of these. */
const TRIGGERS: readonly string[] = [
  'child', 'kid', 'boy', 'girl', 'lad', 'lass', 'son', 'daughter', 'grand', 'niece', 'nephew', 'baby', 'babies', 'toddler', 'pupil', 'school',
  'teen', 'youngster', 'little', 'year ', 'class ', 'foster', 'looked', 'youngest', 'eldest', 'aged', '-year', ' year old', '(', 'turned', 'turns',
  'plentyn', 'plant', 'bachgen', 'merch', 'dementia', 'alzheimer', 'memory', 'confused', 'forgetful', 'wander', 'fall', 'elderly', 'learning',
  'care', 'nursing', 'refuge', 'vulnerable', 'advantage', 'autis', 'mental health', 'sectioned', 'missing', 'domestic', 'frail', 'housebound',
  'bedbound', 'bed-bound', 'oed', 'ysgol', 'disgybl', 'primary', 'junior', 'infant', 'academy', 'nursery', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'lives', 'blind', 'sighted',
  'conned', 'scammed', 'swindled', 'fleeced', 'doorstep',
];

/** A home for children or vulnerable adults: its address points at the people living there. */
const PROTECTED_HOME = /\b(?:children'?s (?:home|residential home|care home)|women'?s refuge|refuge|safe house|hostel|supported (?:housing|living|accommodation)|care home|nursing home|foster (?:home|placement))\b/;
/** An NHS number or date of birth given for someone. */
const HEALTH_IDENTIFIER = /\bnhs (?:no\b\.?|number\b|num\b)[^.!?]{0,15}?\d{3}[ -]?\d{3}[ -]?\d{4}\b|\b(?:dob|d\.o\.b\.?|date of birth)\b[^.!?]{0,6}?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;
/** The next sentence gives a child's age about the same child: "He's only 10." */
function childAgeNext(context: RuleContext, sentence: Sentence): boolean {
  const next = context.doc.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph) return false;
  const raw = context.text.slice(next.start, next.end);
  return /^\W*(?:he|she|they)(?:'s|'re| is| are| was| were)\b/i.test(raw.replace(/’/g, "'")) && agesIn(raw.replace(/[’‘]/g, "'")).childAge;
}

/** A whole class or team being congratulated does not single anyone out. */
const GROUP_ONLY = /\b(?:class|team|choir|squad|everyone|all the|pupils and staff|dosbarth|ddosbarth|tîm|dîm|côr|gôr|pawb|holl|disgyblion|ddisgyblion|blwyddyn \d|flwyddyn \d)\b/;

/** Capitalised words that start or end a place, class or thing, not a person: "Year 6, …", "Flat 4, …". */
const NOT_A_PERSON =
  /^(?:Year|Years|Flwyddyn|Blwyddyn|Class|Dosbarth|Room|Flat|Ward|Number|No|Rhif|Platform|Route|Bus|Junction|Phase|Stage|Plot|Unit|Block|Level|Under|Page|Item|Zone|Area|Table|Team|Group|Grade|Key|Tier|Band|Section|Chapter|Question|Point|Step|Size|Gate|Door|Pitch|Court|House|Lane|Road|Street|Avenue|Close|Way|Drive|Crescent|Terrace|Row|Place|Gardens|Hill|Park|Primary|School|Academy|Ysgol|Heol|Stryd|Ffordd|Lôn|Rovers|United|City|Town|Ward|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|And|In|On|At|Of|To|For|With|From|By|Mae|Da|Iawn|Diolch|Llongyfarchiadau|Well|Done|Congratulations|Thanks|Huge|Big)$/;
/** A full name given with an age in apposition: "Efa Jones, 7 oed", "Kai-Jordan Hughes, 14,", "Mali Roberts (6)". */
const FULL_NAME_WITH_AGE = /\b(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?) (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:,\s?|\s?\()(?:aged |age )?\d{1,2}(?: oed)?\s?[,)]/gu;
/** A family by name: "the Rowan family", "the Okafors". */
const NAMED_FAMILY = /\bthe \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)? (?:family|famiy|household|kids|children|boys|girls)\b/u;

function namedWithAge(raw: string): boolean {
  for (const match of execAll(FULL_NAME_WITH_AGE, raw)) {
    if (!NOT_A_PERSON.test(match[1]!) && !NOT_A_PERSON.test(match[2]!)) return true;
  }
  return false;
}

/** A person mention that is part of a school's or a venue's name ("Ysgol Gynradd Bryn Tawel", "Bryn Tawel Primary", "the Royal Albert Hall") is no one. */
function partOfPlaceName(text: string, start: number, end: number): boolean {
  return /\bYsgol(?: Gynradd| Uwchradd| Gymraeg| Feithrin)?(?: y| yr)?\s*$/.test(text.slice(Math.max(0, start - 30), start)) || /^\s*(?:Primary|School|Academy|Juniors|Infants|Nursery|High|College|C\.?P\.?|Church|Hall|Hospital|Museum|Theatre|Park|Centre|Center|Stadium|Library|Chapel|Arena|Gallery|Bridge|Square|Street|Road|Dock|Infirmary|Institute)\b/.test(text.slice(end, end + 12));
}

export default defineRule({
  meta: {
    id: 'safeguarding',
    description: 'Details that identify a child or a vulnerable adult: a name with an age, school, care home or address.',
    sources: ['CG §11.3', 'GM 4.7', 'LGA1 §2'],
    section: { ref: 'CG §11.3', anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Section 11.3 of the council's guidance says safeguarding responsibilities apply online: details that identify a child or vulnerable adult can expose them to harm.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      child: 'This identifies a child (name, age, school or address together); that can put them at risk.',
      vulnerable: 'This identifies a vulnerable adult; that can put them at risk.',
    },
    examples: {
      valid: [
        'Huge congratulations to Hillcrest Primary’s Year 5 class on their Eco-Schools green flag.',
        'A child was hurt at the Oak Road crossing this morning. I’ve asked highways for an urgent review.',
        'Proud mum moment: my daughter has qualified as a nurse.',
        'If you’re worried about a child, call the council’s children’s services front door.',
      ],
      invalid: [
        'Well done to 9-year-old Amelia Hartley from Hillcrest Primary for raising £300!',
        'Mr Dobson at Rosewood Care Home, who has dementia, has been left without his hearing aids.',
        'These two Year 9s from Oakfield smashed the bus shelter. Recognise them?',
      ],
    },
  },
  check(context) {
    for (const sentence of sentencesWith(context, TRIGGERS)) {
      const kind = identifies(context, sentence);
      if (kind) context.report({ messageId: kind, start: sentence.start, end: sentence.end });
    }
  },
});

const peopleCache = new WeakMap<RuleContext['doc'], PersonMention[]>();

/** The people named in the post (not organisations, handles or words of a school's name), in order; once per post. */
function peopleOf(context: RuleContext): PersonMention[] {
  let people = peopleCache.get(context.doc);
  if (!people) {
    people = findPeople(context.doc, context.council).filter(
      (p) => p.kind !== 'organisation' && p.kind !== 'handle' && !partOfPlaceName(context.text, p.start, p.end),
    );
    peopleCache.set(context.doc, people);
  }
  return people;
}

/** Is a mention (sorted by start) wholly inside the span? A binary search, so long posts stay linear. */
function anyInside(people: readonly PersonMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const first = people[lo];
  return first !== undefined && first.end <= end;
}

function identifies(context: RuleContext, sentence: Sentence): 'child' | 'vulnerable' | undefined {
  const { doc, text } = context;
  const raw = text.slice(sentence.start, sentence.end);
  const folded = doc.view.sentence(sentence);
  const previous = doc.sentences[sentence.index - 1];
  const before = previous && previous.paragraph === sentence.paragraph ? doc.view.sentence(previous) : '';
  const people = peopleOf(context);
  const named = anyInside(people, sentence.start, sentence.end) || namedWithAge(raw) || NAMED_FAMILY.test(raw);
  const namedBefore = before !== '' && anyInside(people, previous!.start, previous!.end);
  const initialled = /\bmet ['‘"]?[A-Z]['’"]?\b/.test(raw);
  const { age, childAge } = agesIn(raw.replace(/[’‘]/g, "'"));
  const place = NAMED_PLACE.test(raw) || /\b(?:year \d{1,2}s?|kids|lads|pupils|girls|boys) (?:from|at) [A-Z][a-z]+/i.test(raw);
  const pictured = /\[(?:photo|pic|picture|image|video)\]|📸|\bpictured\b|\brecognise (?:them|him|her)\b|\bin the (?:photo|picture|video)\b/i.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 40)));
  const address = ADDRESS.test(raw) || HOME_DESCRIBED.test(raw) || CHILD_AT.test(raw);
  const specific = SPECIFIC_CHILDREN.test(folded) || CHILD_AT.test(raw) || CHILD_DESCRIBED.test(raw);
  const adult = (age && !childAge) || ADULT_AT_SCHOOL.test(folded);
  const childCue =
    CHILD.test(folded) || /\b[Ll]ittle [A-Z][a-z]+\b/.test(raw) || (!adult && (CHILDRENS_SCHOOL.test(raw) || ((named || initialled) && childAge)));
  // Every age given is a grown-up's ("Happy 18th birthday to my son Tom"): not a child.
  if (childCue && !(age && !childAge)) {
    const individual = named || initialled || specific || (childAge && !GROUP_ONLY.test(folded));
    const details = [named || initialled, childAge || (specific && childAgeNext(context, sentence)), place || CHILDRENS_SCHOOL.test(raw), address, specific, pictured].filter(Boolean).length;
    if (individual && details >= 2) return 'child';
    // "The kids from the children's home at 7 Merlin Crescent": the home's address points at its children.
    if (address && PROTECTED_HOME.test(folded)) return 'child';
  }
  if (address && PROTECTED_HOME.test(folded) && /\b(?:residents?|women|people|tenants?|families|clients?|lives|living|staying|those)\b/.test(folded)) return 'vulnerable';
  // Read a little past the sentence end: "NHS no. 453…" splits at "no.".
  if (HEALTH_IDENTIFIER.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 20))) && (VULNERABLE.test(folded) || VULNERABLE.test(before))) return 'vulnerable';
  if (VULNERABLE.test(folded) || (VULNERABLE.test(before) && /\b(?:care home|nursing home|hospice|refuge|ward)\b/.test(before))) {
    const someone =
      named ||
      initialled ||
      /\b(?:my|our) (?:mum|mam|dad|mother|father|gran|nan|grandad|grandma|nana)\b|\b(?:mum|dad)'?s\b|^(?:mum|dad|nan|gran)\b|\b(?:resident|neighbou?r|lady|gentleman|man|woman|chap|couple|tenant|pensioner)\b/.test(folded);
    if (someone && (place || address || age || named || NAMED_PLACE.test(text.slice(previous?.start ?? sentence.start, sentence.start)))) return 'vulnerable';
    // "He's 88, lives alone in …" after "Mr Arnott" in the sentence before; "his memory's going" with a flat number and an age.
    const pronoun = /\b(?:he|she|him|his|her|he's|she's)\b/.test(folded);
    if (pronoun && namedBefore && (place || address || age)) return 'vulnerable';
    if (pronoun && address && (age || place)) return 'vulnerable';
  }
  return undefined;
}
