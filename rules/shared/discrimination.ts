import type { RuleContext } from '../../src/engine/define-rule';
import { Lexicon, type LexiconEntry, type LexiconMatch } from '../../src/engine/match/lexicon';
import { isNegatedBefore, isReportedQuote, isReportedSpeech, peopleView } from '../../src/engine/nlp/context';
import type { Sentence, TextDocument } from '../../src/engine/text/document';
import {
  ALWAYS_DEMEANING,
  DEMEANING,
  GROUPS,
  SLURS,
  type Characteristic,
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

const PRONOUN_START = /^(?:[a-z']+ ){0,2}(?:they|them|their lot|these people|those people|this lot|that lot)\b/;
/** "People say…", "the myth that…": a generalisation reported in order to rebut it. */
const REBUTTAL = /\b(?:myth|stereotype|people say|some say|it'?s not true|is not true|isn'?t true|rubbish to say|wrong to say|racist|sexist|homophobic|transphobic|ableist|ageist)\b/;
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
    if (isReported(doc, match)) continue;
    const sentence = doc.sentenceAt(match.start)!;
    out.push({ ...span(match), characteristic: match.entry.characteristic, kind: 'statement', atPerson: personIn(people.sentence(sentence)) });
  }

  for (const hit of generalisations(doc)) out.push(hit);

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
  return sentence !== undefined && isReportedSpeech(doc, sentence, match.start);
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
function slurAtPeople(doc: TextDocument, match: { tokenStart: number; tokenEnd: number }): boolean {
  const previous = doc.tokens[match.tokenStart - 1]?.norm;
  const next = doc.tokens[match.tokenEnd]?.norm;
  return (
    ['you', 'ya', 'u', 'ur', 'this', 'that'].includes(previous ?? '') ||
    ['on', 'in', 'at', 'who', 'running', 'opposite', 'across', 'over', 'sitting', 'that'].includes(next ?? '')
  );
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
  centre`.split(/\s+/),
);

function generalisations(doc: TextDocument): Discrimination[] {
  const out: Discrimination[] = [];
  const groupHits = [...groups.find(doc), ...ageGroups(doc)]
    .filter((g) => !THING_AFTER.has(doc.tokens[g.tokenEnd]?.norm ?? ''))
    .sort((a, b) => a.start - b.start);
  if (groupHits.length === 0) return out;
  for (const bad of demeaning.find(doc)) {
    const sentence = doc.sentenceAt(bad.start)!;
    if (REBUTTAL.test(doc.view.sentence(sentence)) || isNegatedBefore(doc, bad.tokenStart, 3) || isReported(doc, bad)) continue;
    const group = groupFor(doc, sentence, bad, groupHits);
    if (!group) continue;
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

/** The group a demeaning word is said of: before it in the sentence, right after it, or in the previous sentence when this one starts "They…". */
function groupFor(
  doc: TextDocument,
  sentence: Sentence,
  bad: LexiconMatch<LexiconEntry>,
  groupHits: ReadonlyArray<LexiconMatch<(typeof GROUPS)[number]>>,
) {
  const inSentence = groupHits.filter((g) => g.start >= sentence.start && g.end <= sentence.end);
  const before = inSentence.filter((g) => g.tokenEnd <= bad.tokenStart && bad.tokenStart - g.tokenEnd <= 12).pop();
  if (before) return before;
  const after = inSentence.find((g) => g.tokenStart >= bad.tokenEnd && g.tokenStart - bad.tokenEnd <= 2);
  if (after) return after;
  if (PRONOUN_START.test(doc.view.sentence(sentence))) {
    const previous = doc.sentences[sentence.index - 1];
    if (previous && previous.paragraph === sentence.paragraph) {
      return groupHits.filter((g) => g.start >= previous.start && g.end <= previous.end).pop();
    }
  }
  return undefined;
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
