import type { RuleContext } from '../../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../../src/engine/match/lexicon';
import { isNegatedBefore, isReportedAndRejected, isReportedQuote, isReportedSpeech, peopleView } from '../../src/engine/nlp/context';
import type { FoldedView, Sentence, TextDocument } from '../../src/engine/text/document';
import { findPatterns, sentencesWith, type Pattern } from './patterns';
import {
  ALWAYS_DEMEANING,
  DEMEANING,
  GROUPS,
  SLURS,
  TRAITS,
  type Characteristic,
  type DemeaningEntry,
  type SlurEntry,
} from '../data/discriminatory-language';

export interface Discrimination {
  start: number;
  end: number;
  characteristic: Characteristic;
  kind: 'slur' | 'statement';
  /** Aimed at an identifiable person or people present (a name, "you", "the chair", "the … on the other side"). */
  atPerson: boolean;
}

const slurs = new Lexicon(SLURS);
const always = new Lexicon(ALWAYS_DEMEANING);
const groups = new Lexicon(GROUPS);
const demeaning = new Lexicon(DEMEANING);

const PRONOUN_START = /^(?:[a-z']+ ){0,2}(?:they|them|their lot|these people|those people|this lot|that lot|the lot of them|maen nhw|mae nhw|ma nhw|nhw|dyn nhw|dydyn nhw)\b/;
/** A pronoun for the group just before the demeaning words: "lock up your tools, they'll nick anything". */
const PRONOUN_NEAR = /\b(?:they|they'?ll|they'?re|they'?ve|they'?d|them|'em|their lot|these people|those people|this lot|that lot|the lot of them|nhw)\b[^.!?]{0,30}$/;
/** Between a group and the words said of it: the group is the victim ("targeted by scammers and thieves"), or another clause begins. */
const VICTIM_OR_BREAK = /;|\bby\b|\bat the hands of\b|\bagainst\b|\b(?:targeted|attacked|abused|exploited|scammed|robbed|harassed|bullied|threatened|assaulted|preyed on|victimised|discriminated|vandalised|defaced)\b/;
/** "People say…", "the myth that…": a generalisation reported in order to rebut it. */
const REBUTTAL = /\b(?:myth|stereotype|(?:who|anyone who|people who|those who) (?:say|says|said|claim|claims|think|thinks|believe|believes|suggest|suggests|tell|tells)|should be ashamed|people say|people saying|some say|(?:sick|tired|fed up) of (?:people|hearing)|it'?s not true|is not true|isn'?t true|rubbish to say|wrong to say|nonsense that|lie that|racist|sexist|homophobic|transphobic|ableist|ageist)\b/;
const INDIVIDUAL_AGE =
  /(?:NAME|\b(?:he|she|him|her|chair(?:man|woman)?|leader|councill?or|cllr|mayor|officer)\b)[^.!?]{0,40}?\btoo old\b|\bmade? way for (?:someone|somebody) (?:younger|under \d+)\b/g;
const PERSON_NEAR = /NAME|\b(?:he|she|him|her|chair(?:man|woman)?|leader|councill?or|cllr|mayor|officer)\b/;

const SCARE_QUOTED_IDENTITY = /\btrans(?:gender)? ['"](?:women|woman|men|man|girls?|boys?)['"]/g;
const NOTHING_AGAINST = /\b(?:i'?ve|i have|i'?ve got|got) nothing against ([a-z]+(?: [a-z]+)?),? but\b/dg;

const cache = new WeakMap<TextDocument, Discrimination[]>();

/**
 * Slurs and demeaning statements about a protected characteristic, shared by
 * `discriminatory-language` and `personal-attack` (which also fires when one is aimed at a person).
 */
export function findDiscrimination(context: RuleContext): Discrimination[] {
  const { doc } = context;
  const cached = cache.get(doc);
  if (cached) return cached;
  const out: Discrimination[] = [];
  const people = peopleView(doc, context.council);

  for (const match of slurs.find(doc)) {
    if (isInnocentSlur(doc, match) || isReported(doc, match)) continue;
    out.push({ start: match.start, end: match.end, characteristic: match.entry.characteristic, kind: 'slur', atPerson: slurAtPeople(doc, match) });
  }

  for (const match of always.find(doc)) {
    // "I don't want young people priced out": not a job advert asking for young applicants.
    if (isReported(doc, match) || (match.entry.characteristic === 'age' && isNegatedBefore(doc, match.tokenStart, 1))) continue;
    const sentence = doc.sentenceAt(match.start)!;
    out.push({ ...span(match), characteristic: match.entry.characteristic, kind: 'statement', atPerson: personIn(people.sentence(sentence)) });
  }

  for (const hit of generalisations(doc)) out.push(hit);
  for (const hit of tropes(context, people)) out.push(hit);
  for (const hit of sexism(doc, people)) out.push(hit);
  for (const hit of onlyBecause(doc, people)) out.push(hit);

  const ageSentences = /too old|make way|made way/.test(people.folded) ? doc.wordSentences : [];
  for (const match of people.matchAll(INDIVIDUAL_AGE, ageSentences)) {
    out.push({ start: match.start, end: match.end, characteristic: 'age', kind: 'statement', atPerson: true });
  }

  const disclaimers = doc.view.folded.includes('nothing against') ? doc.wordSentences : [];
  for (const match of doc.view.matchAll(NOTHING_AGAINST, disclaimers)) {
    const object = match.groupSpans[0];
    if (!object) continue;
    const group = groups.find(doc).find((g) => g.start >= object.start && g.start < object.end);
    if (group) out.push({ start: match.start, end: match.end, characteristic: group.entry.characteristic, kind: 'statement', atPerson: false });
  }

  // Scare quotes that deny an identity: trans 'women'.
  if (doc.view.folded.includes('trans')) {
    for (const match of doc.view.matchAll(SCARE_QUOTED_IDENTITY, doc.wordSentences)) {
      if (!isReported(doc, match)) out.push({ start: match.start, end: match.end, characteristic: 'gender reassignment', kind: 'statement', atPerson: false });
    }
  }

  const merged = mergeOverlapping(out);
  cache.set(doc, merged);
  return merged;
}

function span(match: { start: number; end: number }) {
  return { start: match.start, end: match.end };
}

function personIn(folded: string): boolean {
  return PERSON_NEAR.test(folded);
}

function isReported(doc: TextDocument, match: { start: number; end: number }): boolean {
  if (isReportedQuote(doc, match.start, match.end)) return true;
  const sentence = doc.sentenceAt(match.start);
  if (sentence === undefined) return false;
  return isReportedSpeech(doc, sentence, match.start) || isReportedAndRejected(doc, sentence, match.start) || isReportedAndCondemned(doc, sentence, match.start);
}

/** Someone else said or shouted it: "a man told me the…", "someone shouted at a family to…". */
const REPORTER =
  /(?:NAME|\b(?:someone|somebody|a (?:man|woman|bloke|lad|resident|neighbour|driver|customer|passer-by|guy|group|gang|caller|commenter|troll)|some (?:man|woman|bloke|lad|idiot|people|bloke)|people|he|she|they))\b[^.!?]{0,20}?\b(?:told|tell|telling|said|says|shouted|shouting|yelled|screamed|wrote|posted|commented|called|asked|heard)\b[^.!?]{0,50}$/;
/** The author condemning what was said, there or in the next two sentences. */
const CONDEMNED =
  /\b(?:hate crime|hate incident|reported (?:it|this|them|him|her|that)|i'?ve reported|deleted (?:it|the comment|the post|that)|blocked (?:them|him|her)|not on|not acceptable|unacceptable|out of order|disgraceful|shameful|no place (?:for|in)|won'?t (?:stand for|tolerate)|challenged (?:it|him|her|them)|told (?:him|her|them) (?:off|that|where)|racist|sexist|homophobic|transphobic|ableist|ageist|bigot\w*|hateful|vile)\b/;

function isReportedAndCondemned(doc: TextDocument, sentence: Sentence, start: number): boolean {
  if (!REPORTER.test(doc.view.between(sentence.start, start))) return false;
  const last = doc.sentences[Math.min(sentence.index + 3, doc.sentences.length) - 1]!;
  return CONDEMNED.test(doc.view.between(sentence.start, last.end));
}

function isInnocentSlur(doc: TextDocument, match: LexiconMatch<SlurEntry>): boolean {
  const entry = match.entry;
  const previous = doc.tokens[match.tokenStart - 1];
  const next = doc.tokens[match.tokenEnd];
  const first = doc.tokens[match.tokenStart]!;
  if (entry.innocentAfter && previous && first.joinedToPrevious && entry.innocentAfter.includes(previous.norm)) return true;
  if (entry.innocentBefore && next && next.joinedToPrevious && entry.innocentBefore.includes(next.norm)) return true;
  if (entry.innocentWith) {
    const sentence = doc.sentenceAt(match.start);
    if (sentence && doc.sentenceTokens(sentence).some((t) => entry.innocentWith!.includes(t.norm))) return true;
  }
  // Capitalised mid-sentence: a place or surname ("Offa's Dyke", "Mr Coon").
  if (/^\p{Lu}\p{Ll}/u.test(first.raw) && previous && first.joinedToPrevious && /^\p{Lu}/u.test(previous.raw)) return true;
  return false;
}

/** "The r*tards on the other side", "you spastic", "these faggots": the slur names people who are there. */
function slurAtPeople(doc: TextDocument, match: { start: number; tokenStart: number; tokenEnd: number }): boolean {
  const previous = doc.tokens[match.tokenStart - 1]?.norm;
  const next = doc.tokens[match.tokenEnd]?.norm;
  if (
    ['you', 'ya', 'u', 'ur', 'this', 'that'].includes(previous ?? '') ||
    ['on', 'in', 'at', 'who', 'running', 'opposite', 'across', 'over', 'sitting', 'that', 'would', 'could'].includes(next ?? '')
  ) {
    return true;
  }
  // "Only a r*tard would…", "what a spastic", "Cllr Dunn is a …": a person is called it.
  const sentence = doc.sentenceAt(match.start);
  if (!sentence) return false;
  const before = doc.view.between(sentence.start, match.start).slice(-80);
  return /\b(?:only|what) (?:a|an|some)\s*$/.test(before) || /(?:NAME|\b(?:he|she|you|chair(?:man|woman)?|leader|councill?or|cllr|mayor|officer|planner|man|woman|bloke|lad)\b)(?:'s| is| was| are|'re)? (?:a|an|such a|a total|a complete|an absolute|a proper|a right|a bit of a)\s*$/.test(before);
}

/** "Anyone over 75", "the over-70s": people by age, written with a number. */
const AGE_GROUP = /\b(?:anyone|everyone|people|those|folk|drivers|councillors|members|pensioners) (?:over|aged over|past|above) \d{2}\b|\b(?:the )?over[- ]\d{2}s\b/g;

function ageGroups(doc: TextDocument): Array<LexiconMatch<(typeof GROUPS)[number]>> {
  if (!/\bover[ -]\d|\b(?:past|above) \d/.test(doc.view.folded)) return [];
  return doc.view.matchAll(AGE_GROUP, doc.wordSentences).map((m) => {
    const tokenStart = doc.tokens.findIndex((t) => t.start >= m.start);
    const tokenEnd = doc.tokens.findIndex((t) => t.start >= m.end);
    return {
      entry: { characteristic: 'age', match: [], note: 'People by age.', source: '' },
      start: m.start,
      end: m.end,
      tokenStart,
      tokenEnd: tokenEnd === -1 ? doc.tokens.length : tokenEnd,
    };
  });
}

/** "The disabled parking bays": a group word used as an adjective for a thing. */
const THING_AFTER = new Set(
  `parking bay bays space spaces badge badges toilet toilets loo access facilities facility ramp ramps lift entrance
  changing places persons person blue grant grants team section unit ward club clubs sports quarter market community
  centre council councils association society trust forum network foundation charity hub school schools college chronicle
  news times federation board union league party alliance church cemetery heritage history month festival film studies
  site sites pitch pitches encampment encampments liaison officer officers service services education provision culture`.split(/\s+/),
);

function generalisations(doc: TextDocument): Discrimination[] {
  const out: Discrimination[] = [];
  const groupHits = [...groups.find(doc), ...ageGroups(doc)]
    .filter((g) => !THING_AFTER.has((doc.tokens[g.tokenEnd]?.norm ?? '').replace(/'s$/, '')))
    .sort((a, b) => a.start - b.start);
  if (groupHits.length === 0) return out;
  for (const hit of exclusions(doc, groupHits)) out.push(hit);
  for (const hit of traits(doc, groupHits)) out.push(hit);
  for (const bad of demeaning.find(doc)) {
    const after = doc.tokens[bad.tokenEnd];
    if (bad.entry.notBefore && after && bad.entry.notBefore.includes(after.norm)) continue;
    if (bad.entry.negated && !NEGATIONS.has(doc.tokens[bad.tokenStart - 1]?.norm ?? '')) continue;
    const sentence = doc.sentenceAt(bad.start)!;
    const group = groupFor(doc, sentence, bad, groupHits);
    if (!group) continue;
    const only = bad.entry.only;
    if (only && !only.includes(group.entry.characteristic)) continue;
    if (REBUTTAL.test(doc.view.sentence(sentence)) || (!bad.entry.negated && isNegatedBefore(doc, bad.tokenStart, 3)) || isReported(doc, bad)) continue;
    if (group.end <= bad.start && VICTIM_OR_BREAK.test(doc.view.between(group.end, bad.start))) continue;
    out.push({
      start: Math.min(group.start, bad.start),
      end: Math.max(group.end, bad.end),
      characteristic: group.entry.characteristic,
      kind: 'statement',
      atPerson: false,
    });
  }
  return out;
}

const NEGATIONS = new Set(["can't", 'cant', 'cannot', "won't", 'wont', 'never', "don't", 'dont', 'not', "couldn't", "wouldn't"]);
const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'by', 'from', 'at', 'about', 'on', 'in', 'into', 'among', 'amongst', 'between', 'towards', 'against', 'like', 'than', 'helping', 'supporting', 'serving']);

/** Each trait list as one expression, anchored just after the group: " are all thick", ", to a man, are drunks". */
const TRAIT_RES = TRAITS.map((entry) => ({
  entry,
  re: new RegExp(
    String.raw`^[\s,]*(?:(?:[a-z']+|round here|these days|today|nowadays)[\s,]+){0,3}?(?:are|is|were|r)\s+(?:(?:all|just|always|basically|mostly|naturally|nothing but|such|so|a bunch of|a load of|born|to a man|all just|all born)\s+)?(?:` +
      entry.words.map((w) => w.replace(/[-]/g, '[- ]?')).join('|') +
      String.raw`)\b(?![- ](?:of|at|by|from|for|with|about|when|if|that|how)\b)`,
  ),
}));
const COPULA = /^[^.!?]{0,40}?\b(?:are|is|were|r)\s/;
/** Said of the group just named, in the next sentence: "They are set in their ways." */
const PRONOUN_SUBJECT = /^\s*(?:(?:and|but|so|honestly|frankly|because|cos|i mean),?\s+)?(?:they|that lot|them lot|this lot|these people|those people|the lot of them)\b/;

/** Stereotypes said of a group as the subject ("the Welsh are all thick"), not of a thing for them ("the ramp for wheelchair users is dangerous"). */
function traits(doc: TextDocument, groupHits: ReadonlyArray<LexiconMatch<(typeof GROUPS)[number]>>): Discrimination[] {
  const out: Discrimination[] = [];
  for (const group of groupHits) {
    const previous = doc.tokens[group.tokenStart - 1];
    const sentence = doc.sentenceAt(group.start);
    if (!sentence) continue;
    if (previous && previous.start >= sentence.start && PREPOSITIONS.has(previous.norm)) continue;
    const rest = [{ start: group.start, from: group.end, sentence }];
    const next = doc.sentences[sentence.index + 1];
    if (next && next.paragraph === sentence.paragraph) {
      const pronoun = PRONOUN_SUBJECT.exec(doc.view.between(next.start, Math.min(next.end, next.start + 60)));
      if (pronoun) {
        const at = doc.view.indexAtOrAfter(next.start);
        const span = doc.view.originalSpan(at + pronoun[0].length - pronoun[0].trimStart().length, at + pronoun[0].length);
        rest.push({ start: span.start, from: span.end, sentence: next });
      }
    }
    for (const { start, from, sentence: where } of rest) {
      const after = doc.view.between(from, Math.min(where.end, from + 160)).slice(0, 120);
      if (!COPULA.test(after)) continue;
      for (const { entry, re } of TRAIT_RES) {
        if (entry.only && !entry.only.includes(group.entry.characteristic)) continue;
        const match = re.exec(after);
        if (!match) continue;
        if (REBUTTAL.test(doc.view.sentence(where)) || isReported(doc, group)) continue;
        const end = doc.view.originalSpan(doc.view.indexAtOrAfter(from), doc.view.indexAtOrAfter(from) + match[0].length).end;
        out.push({ start, end, characteristic: group.entry.characteristic, kind: 'statement', atPerson: false });
        break;
      }
    }
  }
  return out;
}

/** The group a demeaning word is said of: before it in the sentence, right after it, or in the previous sentence when this one starts "They…". */
function groupFor(
  doc: TextDocument,
  sentence: Sentence,
  bad: LexiconMatch<DemeaningEntry>,
  groupHits: ReadonlyArray<LexiconMatch<(typeof GROUPS)[number]>>,
) {
  const inSentence = groupHits.filter((g) => g.start >= sentence.start && g.end <= sentence.end);
  const before = inSentence.filter((g) => g.tokenEnd <= bad.tokenStart && bad.tokenStart - g.tokenEnd <= 12).pop();
  if (before) return before;
  const after = inSentence.find((g) => g.tokenStart >= bad.tokenEnd && g.tokenStart - bad.tokenEnd <= 2);
  if (after) return after;
  if (bad.entry.reachBack || PRONOUN_START.test(doc.view.sentence(sentence)) || PRONOUN_NEAR.test(doc.view.between(sentence.start, bad.end))) {
    const previous = doc.sentences[sentence.index - 1];
    if (previous && previous.paragraph === sentence.paragraph) {
      return groupHits.filter((g) => g.start >= previous.start && g.end <= previous.end).pop();
    }
  }
  return undefined;
}

/** "We don't want English people here", "dydyn ni ddim eisiau Saeson": a group unwanted for who they are. */
const UNWANTED_BEFORE = /\b(?:(?:don'?t|do not|dont|never|won'?t|will not) (?:want|need|welcome)|(?:ddim|dim) (?:eisiau|isio|moyn|angen)) (?:any (?:more )?|more |these |those |their sort of |that sort of |mwy o |rhagor o |dim )?$/;
/** "…don't want older people to feel isolated": the group is cared for, not unwanted. */
const CARED_FOR_AFTER = /^\s*(?:to|left|out|alone|(?!moving|coming|settling|flooding|pouring|arriving|living here|taking)[a-z]+ing|[a-z]+ed)\b/;

function exclusions(doc: TextDocument, groupHits: ReadonlyArray<LexiconMatch<(typeof GROUPS)[number]>>): Discrimination[] {
  const out: Discrimination[] = [];
  for (const group of groupHits) {
    const sentence = doc.sentenceAt(group.start);
    if (!sentence) continue;
    const before = doc.view.between(sentence.start, group.start);
    const match = UNWANTED_BEFORE.exec(before);
    if (!match || CARED_FOR_AFTER.test(doc.view.between(group.end, sentence.end)) || REBUTTAL.test(doc.view.sentence(sentence))) continue;
    if (isReported(doc, group)) continue;
    const at = doc.view.indexAtOrAfter(sentence.start) + match.index;
    const start = doc.view.originalSpan(at, at + 1).start;
    out.push({ start: Math.min(start, group.start), end: group.end, characteristic: group.entry.characteristic, kind: 'statement', atPerson: false });
  }
  return out;
}

/**
 * Sexist put-downs: "put a woman in charge of the budget and she…", "that's what you get for
 * letting a girl run it", "calm down, dear", "a woman's place is in the home".
 */
const WOMAN = String.raw`(?:girl|woman|lass|bird|female|lady|blonde|girlie)s?`;
const SEXIST = new RegExp(
  String.raw`\b(?:put|let|have|get|give|putting|letting|having|giving) (?:a|the|some) ${WOMAN} (?:in charge|loose|near|run|running|chair|lead|manage|control|anywhere near|(?:the|our) (?:purse strings|budget|finances?|money|keys|cheque ?book|credit card))\b[^.!?]{0,60}?(?:\band (?:she|they)\b[^.!?]{0,40}?\b(?:spends?|blows?|wastes?|treats?|cries|panics?|messes|ruins?|buys?|shopping|handbags?|shoes|spree|gossips?|can'?t|cannot|doesn'?t|won'?t|loses?|forgets?|falls? apart|goes to pieces|emotional|hysterical|moody|hormonal|chatting|nattering)\b|\band look what|\band what do you|\bthat'?s what (?:you get|happens)\b|\bwhat did you expect\b|\bshopping\b|\bhandbags?\b|\bshoes\b|\bspree\b)` +
    String.raw`|\bthat'?s what (?:you get|happens) (?:for|when you|if you) (?:put|putting|let|letting|have|having|give|giving) (?:a|the|some) ${WOMAN}\b` +
    String.raw`|\bcalm down,? (?:dear|love|sweetheart|darling|petal|pet|luv|hun|babe|sweetie|missy|young lady)\b` +
    String.raw`|\ba woman'?s place is (?:in|at) the (?:home|kitchen|sink)\b` +
    String.raw`|\b(?:she|women|girls|her sort|NAME) (?:should|ought to|needs to|need to|can) (?:just )?(?:stick to|go back to|get back to|stay in|stay at) (?:the kitchen|making (?:the )?tea|the home|home|the ironing|the housework|knitting|having babies|looking pretty|her knitting|the sink)\b` +
    // Said of a woman: "she's too emotional to chair", "she needs a man".
    String.raw`|\b(?:she|her)\b[^.!?]{0,25}\b(?:too emotional|shrill|nagging|a nag|needs a (?:good )?man|on her period|hormonal|should be at home with (?:her|the) (?:kids|children|baby))\b`,
  'g',
);

/** A role won by who someone is: "she only got the job because she's a woman", "he was only selected because he's black". */
const ONLY_BECAUSE =
  /\b(?:only (?:got|won|was (?:picked|chosen|selected|elected|appointed|promoted|given|hired)|got (?:in|picked|selected|the job|the seat|the role))|(?:was|were|is|got) only (?:picked|chosen|selected|elected|appointed|promoted|given|hired|in)|(?:is|was) only (?:there|here|on the committee|on the panel|in the cabinet))\b[^.!?]{0,40}\bbecause (?:she|he|they)(?:'s| is| are|'re| was) (?:a |an )?(woman|female|girl|black|asian|gay|lesbian|muslim|jewish|disabled|trans|foreign|minority|token|sikh|hindu|pakistani|indian|polish|young|old|pensioner)\b/g;
/** The characteristic a word for who someone is names ("only got in because she's a woman", "diversity hire … gay"). */
const CHARACTERISTIC_OF: Record<string, Characteristic> = {
  woman: 'sex', women: 'sex', female: 'sex', girl: 'sex', gender: 'sex', gay: 'sexual orientation', lesbian: 'sexual orientation',
  disabled: 'disability', disability: 'disability', muslim: 'religion or belief', jewish: 'religion or belief', jew: 'religion or belief',
  sikh: 'religion or belief', hindu: 'religion or belief', catholic: 'religion or belief', trans: 'gender reassignment',
  young: 'age', old: 'age', pensioner: 'age',
};

function onlyBecause(doc: TextDocument, people: FoldedView): Discrimination[] {
  if (!people.folded.includes('only') || !people.folded.includes('because')) return [];
  return people.matchAll(ONLY_BECAUSE, doc.wordSentences).filter((m) => !isReported(doc, m)).map((m) => ({
    start: m.start,
    end: m.end,
    characteristic: CHARACTERISTIC_OF[m.groups[0] ?? ''] ?? 'race',
    kind: 'statement' as const,
    atPerson: true,
  }));
}

function sexism(doc: TextDocument, people: FoldedView): Discrimination[] {
  if (!/\b(?:girl|woman|lass|bird|female|lady|blonde|girlie|calm down|she|her|women|girls|her sort|only)/.test(people.folded)) return [];
  return people.matchAll(SEXIST, doc.wordSentences).filter((m) => !isReported(doc, m) && !REBUTTAL.test(people.sentence(m.sentence))).map((m) => ({
    start: m.start,
    end: m.end,
    characteristic: 'sex' as const,
    kind: 'statement' as const,
    atPerson: personIn(people.sentence(m.sentence)) || /NAME|\bcllr\b|\bcouncill?or\b/.test(people.folded),
  }));
}

/**
 * Coded and indirect forms that need no group word: Islamisation scares, tokenism, ageist and
 * disability put-downs aimed at people, anti-LGBT tropes, "not really British".
 */
interface Trope extends Pattern {
  characteristic: Characteristic;
  /** Only with this in the sentence or the one before it (an anti-LGBT trope needs an LGBT subject). */
  topic?: RegExp;
}

/** Who is being talked about, for the anti-LGBT tropes that are ordinary idiom elsewhere ("rammed down our throats"). */
const LGBT_TOPIC = /\b(?:pride|gay|gays|lesbians?|two (?:dads|mums|mothers|fathers)|lgbt\w*|trans|transgender|rainbow|same-sex|same sex|homosexual\w*|queer|drag (?:queens?|acts?|shows?|story)|pronouns|non-binary|bisexual\w*)\b/;
const TRANS_TOPIC = /\b(?:trans|transgender|pronouns|non-binary)\b/;
/** Reported or condemned: "the 'creeping sharia' conspiracy theory is hateful nonsense". */
const TROPE_REBUTTAL = /\b(?:conspiracy|unfounded|scaremonger\w*|nonsense|debunk\w*|tropes?|dog[- ]?whistles?|hateful|bigot\w*|hatred|hate (?:speech|crime|incident)|racis[mt]|islamophob\w*|homophob\w*|transphob\w*|ableis[mt]|ageis[mt]|sexis[mt]|myths?|stereotypes?|offensive|discriminat\w*|illegal|unlawful|equality act|should be ashamed|unacceptable|reported (?:it|this|them|to)|(?:is|was|are|were) (?:wrong|untrue|false)|anyone (?:who says|saying|claiming|who claims)|on merit|panto\w*|memes?|compliment|sitcom|episode|(?:in|from) (?:the|a) (?:play|film|show|novel|book))\b/;
/** A put-down word, for the age and disability tropes aimed at one person. */
const AGE_PUTDOWN = String.raw`(?:at home|in (?:a|the) (?:care|nursing|rest|old people'?s|old folks'?|retirement) home|with (?:his|her|their) (?:knitting|slippers|pipe and slippers|cocoa|crossword|jigsaw|zimmer(?: frame)?|walking stick|grandkids|grandchildren|bus pass|bingo|bowls|cardigan)|put out to (?:pasture|grass)|pushing up daisies|(?:too|far too|much too) old|past it|retired (?:years ago|by now)|(?:doddery|senile|gaga|going senile)|(?:not|instead of|rather than) (?:chairing|running|leading|in charge|sitting on|on (?:the )?(?:committee|cabinet|council|scrutiny)))`;

/** Where people are sent back to, in the "go back" taunt. */
const BACK_TO = String.raw`(?:where (?:they|you|he|she) (?:came|come|belong)(?: from)?|(?:their|your|his|her) own countr(?:y|ies)|the (?:border|bridge|channel|severn|dyke|water|pond|sea|mediterranean|med|irish sea)|(?:to )?(?:england|africa|pakistan|poland|romania|india|bangladesh|jamaica|nigeria|somalia|albania|syria|afghanistan|iraq|iran|turkey|china|lithuania|bulgaria|eastern europe|the continent|the caribbean|the jungle|(?:their|your) (?:village|mud huts?|caves?|tents?|homeland)))\b`;
/** Taking on an older person: "hiring anyone over 50", "employing someone past 55". */
const HIRE_OLDER = String.raw`\b(?:hir(?:e|es|ing)|employ(?:s|ing)?|recruit(?:s|ing)?|tak(?:e|es|ing) on|train(?:s|ing)?|promot(?:e|es|ing)|interview(?:s|ing)?|shortlist(?:s|ing)?|appoint(?:s|ing)?|invest(?:s|ing)? in)\b (?:anyone|anybody|someone|somebody|people|staff|workers|candidates|applicants|folk|men|women)(?: who'?s| who is| who are| aged)? (?:over|past|above|older than|north of|the wrong side of|on the wrong side of) (?:[4-9]\d|forty|fifty|sixty|seventy)\b`;

const TROPES: readonly Trope[] = [
  // Islamisation scares: "next it'll be sharia law in the chamber", "creeping sharia", "Londonistan".
  { re: /\b(?:next|soon|before (?:you know it|long)|what next|mark my words|give it (?:a few )?(?:years|months)|won'?t be long)\b[^.!?]{0,40}\bsharia\b|\bsharia (?:law )?(?:in|on|for|across|courts? in|zones? in) (?:our|the|this|every|their) (?:town|city|council|schools?|streets?|country|chamber|britain|uk|england|wales|high street|estate|area|borough|county|village)\b|\b(?:islamification|islamisation|islamization|islamified|londonistan|eurabia|creeping sharia|great replacement)\b/g, messageId: 'statement', needs: ['sharia', 'islamif', 'islamis', 'islamiz', 'londonistan', 'eurabia', 'great replacement'], characteristic: 'religion or belief' },
  // A role put down to identity: "only got the seat to tick the 'ethnic woman' box", "a diversity hire".
  { re: /\btick(?:s|ed|ing)? (?:the|a|their|some|every|all the|our|his|her|that|an?)\b[^.!?]{0,30}?\b(ethnic|bame|black|asian|minority|woman|women|female|gay|lesbian|disabled|disability|diversity|muslim|trans|lgbt\w*|young|token|race|gender|sikh|hindu|jewish|quota|equality|inclusion)\b[^.!?]{0,25}?\bbox(?:es)?\b|\b(diversity|dei|quota|token|affirmative action) (?:hires?|picks?|appointments?|candidates?|councill?ors?|members?|seats?)\b|\b(?:only|just) (?:\w+ ){0,6}?to (?:fill|meet|make up) (?:a|the|their|some) (?:(ethnic|bame|gender|female|women|diversity|minority|disability|gay|lgbt) )?quotas?\b/g, messageId: 'statement', needs: ['tick', 'diversity', 'dei ', 'quota', 'token', 'affirmative'], characteristic: 'race' },
  // Ageist put-downs of a person: "at 79 she should be at home with her knitting", "he should be in a care home, not chairing".
  { re: new RegExp(String.raw`\bat (?:\d{2}|(?:sixty|seventy|eighty|ninety)[a-z-]*)(?: years old| years of age)?,? (?:he|she|NAME|they)\b[^.!?]{0,40}?\b(?:should|ought|needs? to|belongs?|has no business|is|'s|was|can'?t|cannot|wants? to|would be better)\b[^.!?]{0,40}?${AGE_PUTDOWN}|(?:NAME|\b(?:he|she)\b)[^.!?]{0,30}\b(?:should|ought to|needs to|belongs|is better off|would be better off|wants to|want to)(?: be)?(?: sat| sitting| back| at home)? (?:in (?:a|the) (?:care|nursing|rest|old people'?s|old folks'?|retirement) home|with (?:his|her) (?:knitting|slippers|pipe and slippers|cocoa|crossword|jigsaw|zimmer(?: frame)?|walking stick|bus pass)|put out to (?:pasture|grass)|pushing up daisies)`, 'g'), messageId: 'statement', needs: ['at home', 'care home', 'nursing home', 'rest home', "people's home", 'peoples home', "folks' home", 'folks home', 'retirement home', 'knitting', 'slippers', 'cocoa', 'crossword', 'jigsaw', 'zimmer', 'walking stick', 'grandkids', 'grandchildren', 'bus pass', 'bingo', 'bowls', 'cardigan', 'pasture', 'grass', 'daisies', 'too old', 'past it', 'retired', 'doddery', 'senile', 'gaga', 'not chairing', 'not running', 'not leading', 'not in charge', 'not sitting', 'not on', 'instead of', 'rather than'], characteristic: 'age' },
  // Names for older people: "old codger", "ok boomer", "God's waiting room".
  { re: /\b(?:old|senile|doddery|decrepit|dotty|geriatric|wrinkly|crusty|fossilised|fossilized|silly old|daft old) (?:codgers?|duffers?|biddy|biddies|crones?|hags?|fossils?|fogeys?|fogies|buffers|relics?|crocks?|coffin dodgers?)\b|\bok,? boomers?\b|\bgod'?s waiting room\b|\bone foot in the grave\b|\b(?:he|she|NAME)(?:'s| is) (?:gone |going |getting |a bit |totally |completely )?(?:senile|gaga|doddery)\b/g, messageId: 'statement', needs: ['codger', 'duffer', 'biddy', 'biddies', 'crone', 'hag', 'fossil', 'fogey', 'fogies', 'buffers', 'relic', 'crock', 'dodger', 'boomer', 'waiting room', 'one foot', 'senile', 'gaga', 'doddery'], characteristic: 'age' },
  // Disability as an insult: "the committee is like a special needs class", "care in the community", "should be sectioned".
  { re: /\b(?:like|more like|resembles|reminds me of|worse than|belongs? in|proper|right|total|absolute|pure|bunch of|load of|a lot of) (?:a |an |the |some )?(?:special needs|special ed|remedial|special school) (?:class|classes|classroom|school|unit|kids|outing|trip|bus|department|cases?|lot|pupils)\b|\b(?:like|more like|it'?s|proper|total|absolute|pure|real|bit of|right) (?:a |an )?care in the community(?: (?:case|cases|job|outing|trip|lot|exercise|project))?\b(?! (?:funding|budget|services?|team|policy|act|staff|workers|provision|grants?|schemes?|packages?|cuts?|reforms?|beds?|places?))|\b(?:on|ride|rides|riding|rode|off|for|belongs? on) the short bus\b(?! (?:route|service|timetable|stop|times|to|from|driver))|\bshort bus (?:brigade|crew|lot|kids)\b|\b(?:should|ought to|needs to|need to|wants to) be (?:sectioned|certified|in a padded cell|in a straitjacket|locked up in an asylum)\b|\b(?:loony bin|funny farm|nut ?house|booby hatch|men in white coats|padded cell)\b|\b(?:are you|is (?:he|she|NAME)) (?:autistic|retarded|special|brain-?damaged|simple|backward|mental) or (?:something|what)\b|\b(?:acting|proper|totally|a bit|bit) (?:autistic|spesh|retarded|special needs)\b/g, messageId: 'statement', needs: ['special needs', 'special ed', 'remedial', 'special school', 'care in the community', 'short bus', 'sectioned', 'certified', 'padded cell', 'straitjacket', 'asylum', 'loony bin', 'funny farm', 'nuthouse', 'nut house', 'booby hatch', 'white coats', 'or something', 'or what', 'autistic', 'spesh', 'retarded'], characteristic: 'disability' },
  { re: /\bstraight pride\b|\b(?:alphabet (?:people|mafia|soup|brigade|lot|crowd)|(?:lgbt\w*|gay|trans) (?:mafia|brigade|lobby|propaganda|cult|ideology|agenda brigade))\b/g, messageId: 'statement', needs: ['straight pride', 'alphabet', 'mafia', 'brigade', 'lobby', 'propaganda', 'cult', 'ideology'], characteristic: 'sexual orientation' },
  // Belonging denied: "she's not really British", "he'll never be English", "plastic Brits".
  { re: /(?:\b(?:he|she|they|them|people like (?:him|her|them|that))|NAME)(?:'s|'re| is| are| was| were|'ll| will)? (?:not|never|never be|isn'?t|aren'?t|wasn'?t|will never be|can never be|won'?t ever be) (?:really|truly|properly|proper|real|genuinely|actually|a real|a proper|true|one of us,? not) (?:british|english|welsh|scottish|brits?|englishm[ae]n|welshm[ae]n|one of us)\b(?=\s*(?:[.,!?;:]|$|and\b|but\b|whatever\b|no matter\b|just because\b|even if\b|though\b|however\b|like (?:us|the rest)\b))|\b(?:plastic|paper) brits?\b|\b(?:a )?(?:passport|piece of paper|bit of paper) (?:doesn'?t|does not|won'?t|will not|don'?t) make (?:you|him|her|them|someone|anyone) (?:british|english|welsh|scottish)\b/g, messageId: 'statement', needs: ['british', 'english', 'welsh', 'scottish', 'brit', 'englishm', 'welshm', 'one of us'], characteristic: 'race' },
  // "Half the town doesn't even speak English any more."
  { re: /\b(?:half|most|none|hardly any) (?:of )?(?:the (?:town|street|estate|school|class|ward|area|kids|people|shops|families)|them|the lot of them|this (?:town|street|estate))\b[^.!?]{0,20}\b(?:doesn'?t|don'?t|can'?t|cannot|won'?t|do not|does not) (?:even )?speak (?:a word of )?english\b[^.!?]{0,20}?\b(?:any ?more|these days|now)\b|\b(?:doesn'?t|don'?t|can'?t|cannot) even speak (?:a word of )?english\b|\bnobody (?:round here|on (?:the|this|my) (?:street|estate)|in (?:the|this) (?:town|street|shop|school)) speaks english\b|\b(?:can'?t|cannot|never) hear (?:any |a word of )?english (?:spoken )?(?:any ?more|on the high street|in (?:the|our|this) (?:town|street|shops|park))\b/g, messageId: 'statement', needs: ['speak english', 'speaks english', 'speak a word of english', 'hear english', 'hear any english', 'hear a word of english'], characteristic: 'race' },
  // "Typical Pakistani landlord", "typical Polish driver".
  { re: /\btypical (pakistani|polish|romanian|muslim|jewish|jew|indian|asian|black|chinese|african|nigerian|somali|albanian|eastern european|foreign|foreigner|immigrant|migrant|gypsy|gyppo|traveller|irish|gay|lesbian|trans|disabled|paki|sikh|hindu|catholic|bangladeshi|arab|kurdish|turkish|lithuanian|bulgarian)s?\b(?= (?:landlords?|drivers?|famil(?:y|ies)|m[ae]n|wom[ae]n|behaviour|mentality|attitude|lot|shopkeepers?|taxi drivers?|builders?|neighbours?|tenants?|councill?ors?|arrogance|laziness|greed|tactics|tricks?|move|bloke|lad|girl|family|scrounger|cheat|for you|isn'?t it|innit)\b|\s*[.!?,;]|\s*$)/g, messageId: 'statement', needs: ['typical'], characteristic: 'race' },
  // Sexist put-downs: "slept her way to the top", "dumb blonde", "battleaxe".
  { re: /\bslept (?:her|their) way (?:to|into|onto|up)\b|\bsleeping (?:her|their) way (?:to|into|onto|up)\b|\b(?:dumb|thick|silly) blondes?\b|\bblonde bimbo\b|\bbimbos?\b|\beye candy\b|\bharridans?\b|\bharpy\b|\bharpies\b|\bfishwife\b|\bbattle-?axe\b|\b(?:she|NAME)\b[^.!?]{0,20}\b(?:should|needs to|could) (?:try to )?smile more\b/g, messageId: 'statement', needs: ['slept', 'sleeping', 'blonde', 'bimbo', 'eye candy', 'harridan', 'harpy', 'harpies', 'fishwife', 'battleaxe', 'battle-axe', 'smile more'], characteristic: 'sex' },
  // Migrants as a menace or a burden: "illegals", "bogus asylum seekers", "hotels full of young men", "send them back where they came from".
  { re: /\b(?:illegals|bogus (?:asylum seekers?|refugees?)|boat people|fighting[- ]age (?:men|males)|swarms? of (?:migrants|immigrants|foreigners|asylum seekers|refugees)|hotels? (?:full of|packed with|stuffed with|crammed with) (?:young |single |fighting[- ]age )?(?:men|males|migrants|asylum seekers|foreigners|refugees))\b|\b(?:go|send (?:them|him|her|'em|the lot of them|them all|all of them|these people|those people|that lot|this lot)(?: all)?) back (?:to )?(?:where (?:they|he|she|you) (?:came|come) from|(?:to )?(?:their|his|her|your) own countr(?:y|ies)|on the next (?:boat|plane|dinghy))\b|\bif (?:you|they) don'?t like (?:it )?(?:here|britain|this country|england|wales|the uk)\b[^.!?]{0,20}?\b(?:go home|go back|clear off|get out|sod off|leave|there'?s the door)\b|\b(?:they|them|those people|these people|that lot|this lot|immigrants|migrants|foreigners)(?: just| simply| still| all)? (?:come|came|coming) over here\b|\b(?:they|those people|these people|that lot|this lot|immigrants|migrants|foreigners|muslims|refugees)(?: just| simply| still)? (?:don'?t|won'?t|never|refuse to|make no effort to) (?:even )?(?:try to |bother to )?integrate\b/g, messageId: 'statement', needs: ['illegals', 'bogus', 'boat people', 'fighting', 'swarm', 'hotel', 'back', 'like it', "don't like", 'dont like', 'over here', 'integrate'], characteristic: 'race' },
  // The replacement and invasion scare: "our culture is being replaced", "swamped by migrants".
  { re: /\b(?:our (?:people|culture|way of life|heritage|values|traditions)|the (?:english|british|white|welsh|native) (?:people|population|majority)|english people|british people|white people)(?: are| is| will be| are being| is being)? (?:being )?(?:replaced|wiped out|swamped|outnumbered|overrun|outbred|erased)\b|\bwe(?:'re| are| will be|'ll be) (?:being )?(?:replaced|outbred)\b|\b(?:swamped|overrun|flooded|invaded) (?:by|with) (?:migrants|immigrants|foreigners|asylum seekers|muslims|eastern europeans|refugees|outsiders|incomers)\b/g, messageId: 'statement', needs: ['replaced', 'wiped out', 'swamped', 'outnumbered', 'overrun', 'outbred', 'erased', 'flooded', 'invaded'], characteristic: 'race' },
  // Sent back, however it is worded: "they can all go back over the border", "they can do that back in their own country", "send the lot of them back over the Channel".
  { re: new RegExp(String.raw`(?<=\b(?:they|them|you|'em|the lot of (?:them|you|'em)|that lot|this lot|them lot|these people|those people|the lot)\b(?: can| could| should| ought to| need to| must| will|'ll| better| had better| want to| might as well)?(?: all| just| simply| always| frankly)? )(?:go|get|clear off|bugger off|sod off|piss off|push off|f off|fuck off|head|be sent|be shipped|be deported|pack (?:up )?(?:their|your) bags and go|do (?:it|that|this))(?: right| straight)? back(?: home)?(?: over| across| to| off to)? ${BACK_TO}(?! (?:to|and|then|for|after|before|at|when|once|via|tonight|later|tomorrow)\b)|\bsend(?:ing)? (?:them|him|her|'em|the lot of (?:them|'em)|them all|all of them|these people|those people|that lot|this lot|the lot|every one of them|the whole lot)(?: all)?(?: right| straight)? back(?: home)?(?: over| across| to)? ${BACK_TO}|\bback (?:in|to|home to|off to|over in) (?:their|your) own countr(?:y|ies)\b|\b(?:can|could|should|ought to|must|may as well)(?: all| just| go)? (?:pray|worship|do (?:it|that|all that)|practise (?:it|that)|carry on like that|live like that|behave like that|dress like that|stay) (?:back )?(?:in|at) (?:their|your|his|her) own countr(?:y|ies)\b|\b(?:go|get|send (?:them|'em)|sent|going) back (?:to )?where (?:they|you) (?:belong|came from|come from)\b`, 'g'), messageId: 'statement', needs: ['back', 'own countr'], characteristic: 'race' },
  // "Go home English", "Saeson allan": a nationality told to leave.
  { re: /\b(?:go (?:back )?home|get out|clear off),? (?:you )?(?:english|saeson|sais|poles|pakis?|immigrants|migrants|foreigners|refugees|romanians|muslims|gypsies|travellers|asylum seekers)\b(?! (?:team|side|fans|supporters|squad|players|cricket|rugby|football|lessons?|class|teacher|speakers?|language|homework))|\b(?:saeson|sais) (?:allan|mas|ma'?s|adre|adref)\b|\b(?:saeson|sais|immigrants|migrants|foreigners|refugees|pakis?|asylum seekers) go (?:back )?home\b|\b(?:foreigners|immigrants|migrants) out\b(?! (?:of (?:the|a|this|our)|tonight|today|for|in (?:the|force)|there|on))/g, messageId: 'statement', needs: ['home', 'get out', 'clear off', 'saeson', 'sais', 'foreigners out', 'immigrants out', 'migrants out'], characteristic: 'race' },
  // Ethnic stereotypes said of "that lot", "their sort": "that lot will eat anything", "these people don't know how to live in a house".
  { re: /\b(?:that lot|them lot|this lot|these people|those people|their sort|their kind|that sort|people like that|people like them)\b[^.!?]{0,20}?\b(?:(?:will|'ll|would|'d) eat anything|eats? (?:dogs|cats|swans|pets|rats|anything)|breed like (?:rabbits|rats)|(?:don'?t|never|do not) wash|(?:don'?t|do not) know how to (?:live|behave|use a (?:toilet|bin|proper toilet))|live (?:ten|twenty|\d+) to a (?:house|room|flat))\b/g, messageId: 'statement', needs: ['eat', 'breed', 'wash', 'know how', 'to a house', 'to a room', 'to a flat'], characteristic: 'race' },
  // Age in hiring: "don't bother hiring anyone over 50", "employing anyone past 55 is a waste of money", "no one over 60 should be on the committee".
  { re: new RegExp(String.raw`\b(?:don'?t|do not|never|won'?t|will not|wouldn'?t|would never|not|no point|stop|avoid|refuse to|no more|don'?t bother|waste of time)\b[^.!?]{0,15}?${HIRE_OLDER}|${HIRE_OLDER}[^.!?]{0,60}?\b(?:waste of|poor investment|bad investment|pointless|not worth|mistake|liability|no good|can'?t (?:adapt|learn|keep up|cope|change)|won'?t (?:adapt|learn|keep up|change)|set in their ways|too slow|past it|dinosaurs?)\b|\b(?:no|nobody|no one|none|no-one) (?:over|above|past|older than|aged over) (?:[4-9]\d|forty|fifty|sixty|seventy)\b[^.!?]{0,10}?\b(?:should|need|needs to|must|may|can) (?:apply|be (?:on|allowed|in|running|chairing|standing|voting|a councill?or|employed|hired|leading)|sit|stand|serve|chair|run)\b`, 'g'), messageId: 'statement', needs: ['over', 'past', 'above', 'older than', 'wrong side of', 'north of'], characteristic: 'age' },
  // Pregnancy and maternity: "never hire a woman in her thirties, she'll be off on maternity", "she's pregnant so she'll be useless".
  { re: new RegExp(String.raw`\b(?:she'?s|she is|she'?ll be|she will be|NAME is|NAME'?s) (?:pregnant|expecting|having a baby|on maternity(?: leave)?)\b[^.!?]{0,30}?\b(?:so|which means|means|and)\b[^.!?]{0,30}?\b(?:useless|no use|no good|a liability|unreliable|pointless|out of action|won'?t be (?:able|committed|focused|any use|any good)|can'?t (?:be trusted|commit|focus|cope)|hormonal|baby brain)\b|\b(?:never|don'?t|do not|won'?t|wouldn'?t|avoid|think twice (?:before|about)) (?:hire|hiring|employ|employing|appoint|appointing|take on|taking on|select|selecting|pick|picking|promote|promoting|shortlist|shortlisting) (?:a |any )?(?:young )?(?:woman|women|girl|girls|female|females|mums?|mothers?|newlyweds?)\b[^.!?]{0,50}?\b(?:pregnant|pregnancy|maternity|baby|babies|kids|children|family|childbearing|child-bearing|married|thirties|twenties|30s|20s)\b|\bpregnant (?:women|woman|staff|councill?ors?|members?|candidates?|employees?|workers?|mums?)\b[^.!?]{0,15}?\b(?:shouldn'?t|should not|can'?t|cannot|have no business|should never|should stay|should be at home|are a liability|are useless|are no use)\b`, 'g'), messageId: 'statement', needs: ['pregnant', 'expecting', 'having a baby', 'maternity', 'hire', 'hiring', 'employ', 'appoint', 'take on', 'taking on', 'select', 'pick', 'promot', 'shortlist'], characteristic: 'sex' },
  // One sex as the better leaders: "men make better leaders", "women can't chair a meeting".
  { re: /\b(?:men|blokes|a man|males)\b(?: just| simply| always| generally)? (?:make|are|do)(?: just| simply)? (?:much |far |a )?better (?:leaders|councill?ors|chairs|chairmen|managers|bosses|decision makers|politicians|mayors|job)\b(?! (?:than (?:me|us|him|i|we)))|\b(?:women|a woman|females|girls)\b(?: just| simply)? (?:can'?t|cannot|shouldn'?t|should not|should never|aren'?t (?:fit|made|cut out) to|are not (?:fit|made|cut out) to) (?:lead|chair|be (?:leaders?|chairs?|in charge|mayors?|in politics|councill?ors|bosses|managers|trusted with))\b/g, messageId: 'statement', needs: ['better', "can't", 'cannot', "shouldn't", 'should not', 'should never', 'cut out', 'fit to', 'made to'], characteristic: 'sex' },
  // "A woman's brain isn't built for finance"; "don't elect women of childbearing age"; "don't give the job to a mum".
  { re: /\b(?:a woman'?s|women'?s|female|a girl'?s|girls'?) (?:brains?|minds?|heads?)\b[^.!?]{0,12}?\b(?:isn'?t|aren'?t|is not|are not|can'?t|cannot|don'?t|doesn'?t|just aren'?t|just isn'?t|not) (?:built|made|wired|designed|cut out|suited|up to)\b|\b(?:don'?t|do not|never|won'?t|wouldn'?t|shouldn'?t|stop) (?:elect|electing|vote for|voting for|hire|hiring|employ|employing|select|selecting|pick|picking|appoint|appointing|choose|choosing) (?:women|girls|a woman|anyone|someone) (?:of|at) (?:childbearing|child-bearing|baby-making) age\b|\b(?:don'?t|do not|never|won'?t|wouldn'?t|shouldn'?t) give (?:the|a|this|that) (?:job|role|seat|post|promotion|position) to (?:a )?(?:mum|mother|mums|mothers|pregnant woman|young woman|newlywed)\b/g, messageId: 'statement', needs: ['brain', 'mind', 'head', 'childbearing', 'child-bearing', 'baby-making', 'give the', 'give a', 'give this', 'give that'], characteristic: 'sex' },
  // "Another Polish driver who can't park": one person taken as typical of a nationality.
  { re: /\b(?:another|typical|yet another|classic) (?:polish|romanian|pakistani|indian|asian|black|chinese|african|nigerian|somali|albanian|eastern european|foreign|muslim|jewish|gypsy|traveller|irish|english|welsh|scottish|bangladeshi|arab|kurdish|turkish|lithuanian|bulgarian) (?:drivers?|landlords?|builders?|taxi drivers?|shopkeepers?|neighbours?|tenants?|famil(?:y|ies)|bloke|man|woman|lad|family|cabbie|workers?)\b[^.!?]{0,6}?\b(?:who|that|which)\b[^.!?]{0,12}?\b(?:can'?t|cannot|doesn'?t|don'?t|won'?t|never|thinks?|has no idea)\b/g, messageId: 'statement', needs: ['another', 'typical', 'classic'], characteristic: 'race' },
  // Women sent back to the kitchen: "women like her should stick to baking".
  { re: /\b(?:women|girls|ladies|she|NAME)(?: like (?:her|that|them))? (?:should|ought to|needs to|need to|can) (?:just )?(?:stick to|stay in|get back (?:in|to)|go back to|be in|stay at) (?:the )?(?:kitchen|baking|cooking|home|housework|making (?:the )?tea|the sink|knitting|having babies|changing nappies|ironing)\b/g, messageId: 'statement', needs: ['stick to', 'stay in', 'get back', 'go back to', 'be in the kitchen', 'stay at'], characteristic: 'sex' },
];

/** Only looked for in posts that talk about LGBT people. */
const LGBT_TROPES: readonly Trope[] = [
  // Anti-LGBT tropes, said of LGBT people: "rammed down our throats", "flaunting it", "indoctrinating our kids".
  { re: /\b(?:rammed|shoved|forced|pushed|ram|shove|force|push|ramming|shoving|forcing|pushing|rams|shoves|forces|pushes) (?:(?:it|this|that|them|their [a-z]+|[a-z]+ ideology|the [a-z]+ agenda) )?down (?:our|their|my|your|people'?s|everyone'?s|the kids'?|children'?s|kids'?|everybody'?s) throats\b|\bflaunt(?:s|ed|ing)? (?:it|their (?:sexuality|lifestyle|perversion)|themselves)\b|\bkeep (?:it|that|their (?:sexuality|lifestyle)) (?:behind closed doors|in the bedroom|to themselves|out of (?:sight|schools|our schools))\b|\b(?:shove|push|rub|shoving|pushing|rubbing|shoved|pushed|rubbed) (?:it|that) in (?:our|your|people'?s|everyone'?s) faces?\b|\b(?:indoctrinat\w+|brainwash\w*|confus\w+|sexualis\w+|sexualiz\w+|grooming|recruiting|corrupting) (?:our |the |young |little |innocent )?(?:kids|children|pupils|youngsters|kiddies)\b|\bnobody (?:wants|needs|asked) (?:to see|for) (?:it|that|this|them)\b[^.!?]{0,40}\b(?:kids|children)\b/g, messageId: 'statement', needs: ['throats', 'flaunt', 'behind closed doors', 'bedroom', 'to themselves', 'out of', 'faces', 'face', 'kids', 'children', 'pupils', 'youngsters', 'kiddies'], characteristic: 'sexual orientation', topic: LGBT_TOPIC },
  // Kept from children, or called unnatural, a phase, a fad: "keep that stuff away from our kids", "it isn't natural", "just a phase", "men in wigs".
  { re: /\bkeep (?:it|that|this|them|all that|all this|their [a-z]+)(?: stuff| filth| rubbish| nonsense| propaganda| muck| crap| agenda| lifestyle| ideology| business| perversion)? (?:well )?(?:away from|out of reach of|out of sight of|out of|off) (?:our|my|the|young|little|impressionable) (?:kids|children|schools?|grandkids|grandchildren|youngsters|kiddies|little ones|classrooms?)\b|\b(?:it|this|that|they|being gay|being trans|homosexuality|their lifestyle)(?:'s| is| are|'re)?(?: just| simply)? (?:not|isn'?t|aren'?t|ain'?t|never|never will be|will never be)(?: be)? (?:natural|normal)\b(?! (?:for|to|that|when|how|if|in|at)\b)|\b(?:haven'?t|hasn'?t|not|never) (?:yet )?met the right (?:man|woman|bloke|fella|guy|girl)\b|\b(?:it'?s|is|are|they'?re) (?:just |only )?a (?:phase|fad|fashion|trend|craze)\b|\b(?:men|blokes|lads|geezers) in (?:wigs|dresses|frocks|lipstick)\b|\b(?:is|are|it'?s) (?:a sin|sinful|an abomination|a mental illness|a mental disorder|a disease|a sickness|perverted|a perversion|against nature)\b|\bagainst nature\b|\b(?:grow|grows|growing|grew) out of it\b|\b(?:kids|children|a child|every child|babies) (?:needs?|deserves?|should have) (?:a (?:mum|mother|dad|father) and a (?:dad|father|mum|mother)|a (?:proper )?(?:mum|mother|dad|father)|both a (?:mum|mother|dad|father))\b/g, messageId: 'statement', needs: ['grow out', 'grew out', 'growing out', 'grows out', 'need a', 'needs a', 'deserve a', 'deserves a', 'should have a', 'both a', 'need both', 'needs both', 'keep', 'natural', 'normal', 'right man', 'right woman', 'right bloke', 'right fella', 'right guy', 'right girl', 'phase', 'fad', 'fashion', 'trend', 'craze', 'in wigs', 'in dresses', 'in frocks', 'in lipstick', 'sin', 'abomination', 'mental', 'disease', 'sickness', 'pervert', 'against nature'], characteristic: 'sexual orientation', topic: LGBT_TOPIC },
  // "They want to teach our kids about their lifestyle."
  { re: /\b(?:teach|teaching|teaches|show|showing|push|pushing|promote|promoting|recruit|recruiting|expose|exposing) (?:our |the |young |little )?(?:kids|children|youngsters|schoolchildren|pupils) (?:about |to )?(?:their|that|this|the gay|the trans) (?:lifestyle|agenda|ideology|perversion)\b|\bgroomers?\b/g, messageId: 'statement', needs: ['kids', 'children', 'youngsters', 'pupils', 'groomer'], characteristic: 'sexual orientation', topic: LGBT_TOPIC },
];
const LGBT_WORDS = ['two dads', 'two mums', 'two mothers', 'two fathers', 'pride', 'gay', 'lesbian', 'lgbt', 'trans ', 'trans-', 'trans.', 'trans,', 'transgender', 'rainbow', 'same-sex', 'same sex', 'homosexual', 'queer', 'drag queen', 'drag act', 'drag show', 'drag story', 'pronouns', 'non-binary', 'bisexual'];

const QUOTED_TAUNT = /^\s*go back\b[^.!?]*\?\s*$/;

function tropes(context: RuleContext, people: FoldedView): Discrimination[] {
  const { doc } = context;
  const out: Discrimination[] = [];
  const hits = findPatterns(context, TROPES);
  if (sentencesWith(context, LGBT_WORDS).length > 0) hits.push(...findPatterns(context, LGBT_TROPES));
  for (const hit of hits) {
    const trope = hit.pattern as Trope;
    const sentence = hit.match.sentence;
    const text = people.sentence(sentence);
    if (TROPE_REBUTTAL.test(text) || isReported(doc, hit) || isNegatedBefore(doc, doc.tokens.findIndex((t) => t.start >= hit.start), 2)) continue;
    // "Go back to where you came from? No: this is their home." The taunt quoted as a question, to answer it.
    if (QUOTED_TAUNT.test(text)) continue;
    let characteristic = trope.characteristic;
    if (trope.topic) {
      // The sentence and the two before it in its paragraph ("Pride flags are up. Fine, but… It isn't natural.").
      let around = text;
      for (let back = 1; back <= 2; back++) {
        const previous = doc.sentences[sentence.index - back];
        if (!previous || previous.paragraph !== sentence.paragraph) break;
        around += ' ' + people.sentence(previous);
      }
      // "It's a phase. Trans kids grow out of it.": the topic in the sentence after.
      const following = doc.sentences[sentence.index + 1];
      if (following && following.paragraph === sentence.paragraph) around += ' ' + people.sentence(following);
      if (!trope.topic.test(around)) continue;
      if (TRANS_TOPIC.test(around) && !/\b(?:gay|lesbian|same-sex|homosexual)/.test(around)) characteristic = 'gender reassignment';
    }
    const who = hit.match.groups.find((g) => g !== undefined);
    if (who) characteristic = CHARACTERISTIC_OF[who.split(/\s+/).pop()!] ?? (/lgbt/.test(who) ? 'sexual orientation' : characteristic);
    // Not marked as aimed at a person: personal-attack keeps its own judgement of these.
    out.push({ start: hit.start, end: hit.end, characteristic, kind: 'statement', atPerson: false });
  }
  return out;
}

function mergeOverlapping(hits: Discrimination[]): Discrimination[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Discrimination[] = [];
  for (const hit of sorted) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) {
      last.end = Math.max(last.end, hit.end);
      last.atPerson ||= hit.atPerson;
      if (hit.kind === 'slur') last.kind = 'slur';
      continue;
    }
    out.push({ ...hit });
  }
  return out;
}
