import type { CouncilSettings } from '../../config/types';
import { foldString } from '../text/fold';
import type { TextDocument } from '../text/document';
import type { Token } from '../text/tokenise';
import { GIVEN_NAMES } from './given-names';

export type MentionKind = 'titled' | 'full-name' | 'given-name' | 'handle' | 'configured' | 'organisation';

export interface PersonMention {
  kind: MentionKind;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** The surname (or handle without a "Cllr" prefix), lower case: how posts about one person are grouped. */
  key: string;
}

export const TITLES = new Set([
  'cllr', 'councillor', 'councilor', 'cynghorydd', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord',
  'lady', 'prof', 'professor', 'rev', 'revd',
]);

/** Capitalised words that start or continue names of places, bodies and things, not people. */
const NOT_NAMES = new Set(
  `road street lane avenue close way grove drive court crescent row place gardens terrace square hill park rise walk
  view mews green estate field fields farm lodge house hall centre center library school primary academy college
  university church chapel mosque temple council borough district county city town village ward party labour
  conservative conservatives tory tories liberal democrat democrats green greens reform plaid independent
  independents group team committee cabinet panel board trust nhs police care home homes market bridge station
  depot pool leisure stadium club arms inn pub hotel ltd limited lettings roofing services homes housing report
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december christmas easter eid diwali pride day week year the a an and of for to in on
  at i we you they he she it my our your his her their this that these those there here what why how who when
  where yes no not please thanks thank happy good great well just still yet`.split(/\s+/),
);

/** Given names that are also everyday words: in capitals they are read as the word. */
const WORD_NAMES = new Set('will may mark bill sue pat rob grace hope joy frank june april august rose don ray dawn guy jack art faith'.split(' '));

/** Last words of business names: "Halbrook Lettings", "Tollbar Roofing", "Northdale Care Ltd". */
const BUSINESS_SUFFIXES = new Set(
  `lettings roofing homes developments developers builders building construction properties property estates group
  services ltd limited plc llp motors garage taxis cars scaffolding plumbing electrical landscaping removals skips agency
  agents contractors haulage waste holdings investments partnership solicitors`.split(/\s+/),
);

function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const first = token.raw[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isSentenceStart(doc: TextDocument, token: Token): boolean {
  const sentence = doc.sentenceAt(token.start);
  return sentence !== undefined && sentence.tokenStart === token.index;
}

function surnameKey(tokens: readonly Token[]): string {
  const last = tokens[tokens.length - 1]!;
  return foldString(last.raw).replace(/'s$|'$/u, '');
}

const cache = new WeakMap<TextDocument, PersonMention[]>();

/**
 * People mentioned by name: "Cllr Ventnor", "Mrs Irene Walsh", "Dean Corrigan", "Kevin,",
 * "@CllrDenby", and the councillors and officers the council configuration names.
 */
export function findPeople(doc: TextDocument, council?: CouncilSettings): PersonMention[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const tokens = doc.tokens;
  const mentions: PersonMention[] = [];
  const configured = configuredNames(council);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'handle') {
      const key = token.norm.slice(1).replace(/^(cllr|councillor)_?/, '');
      mentions.push({ kind: 'handle', start: token.start, end: token.end, tokenStart: i, tokenEnd: i + 1, key });
      continue;
    }
    if (token.kind !== 'word') continue;
    const known = matchConfigured(tokens, i, configured);
    if (known > i) {
      mentions.push(mention('configured', tokens, i, known));
      i = known - 1;
      continue;
    }
    if (TITLES.has(token.norm) && (isCapitalised(token) || token.norm === 'cllr')) {
      let j = i + 1;
      if (tokens[j]?.raw === '.') j++;
      // A name never runs over the end of a sentence ("Mr Tranter? He's 79").
      while (
        j < tokens.length &&
        j < i + 4 &&
        isCapitalised(tokens[j]) &&
        !NOT_NAMES.has(tokens[j]!.norm) &&
        !/^i'/.test(tokens[j]!.norm) &&
        !/[.!?\n,;:()]/.test(doc.text.slice(tokens[j - 1]!.end, tokens[j]!.start))
      ) {
        j++;
      }
      if (j > i + 1) {
        mentions.push(mention('titled', tokens, i, j));
        i = j - 1;
      }
      continue;
    }
    const business = businessNameEnd(tokens, i);
    if (business > i) {
      mentions.push(mention('organisation', tokens, i, business));
      i = business - 1;
      continue;
    }
    if (!isCapitalised(token) || !GIVEN_NAMES.has(token.norm)) continue;
    // "Dydd Gŵyl Dewi", "St David's Day", "Sant Padrig": a saint or a feast day, not a person.
    if (i > 0 && SAINTLY.has(tokens[i - 1]!.norm)) continue;
    // In capitals, "WILL", "MAY" or "MARK" is the ordinary word ("THE COUNCIL WILL REFUND", "the council WILL pay").
    if (WORD_NAMES.has(token.norm) && token.raw.length > 1 && token.raw === token.raw.toUpperCase()) continue;
    const next = tokens[i + 1];
    if (next && next.joinedToPrevious && isCapitalised(next) && !NOT_NAMES.has(next.norm) && !TITLES.has(next.norm)) {
      mentions.push(mention('full-name', tokens, i, i + 2));
      i++;
      continue;
    }
    const after = doc.text.slice(token.end, token.end + 3);
    const vocativeOrAged = /^\s?(?:,|\(\d)/.test(after) || /^'s\b/.test(after);
    if (!isSentenceStart(doc, token) || vocativeOrAged) {
      mentions.push(mention('given-name', tokens, i, i + 1));
    }
  }
  cache.set(doc, mentions);
  return mentions;
}

const SAINTLY = new Set(['gŵyl', 'gwyl', 'st', 'st.', 'saint', 'sant', 'santes']);

/** Returns the token index after a business name starting at `i` ("Halbrook Lettings"), or `i`. */
function businessNameEnd(tokens: readonly Token[], i: number): number {
  if (!isCapitalised(tokens[i]) || NOT_NAMES.has(tokens[i]!.norm) || BUSINESS_SUFFIXES.has(tokens[i]!.norm)) return i;
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const token = tokens[j]!;
    if (!token.joinedToPrevious || !isCapitalised(token)) return i;
    if (BUSINESS_SUFFIXES.has(token.norm)) return j + 1;
  }
  return i;
}

function mention(kind: MentionKind, tokens: readonly Token[], from: number, to: number): PersonMention {
  const named = tokens.slice(from, to).filter((t) => !TITLES.has(t.norm));
  return {
    kind,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    tokenStart: from,
    tokenEnd: to,
    key: surnameKey(named.length ? named : tokens.slice(from, to)),
  };
}

function configuredNames(council?: CouncilSettings): string[][] {
  if (!council) return [];
  return [...council.people.councillors, ...council.people.officers]
    .map((name) => foldString(name).split(/\s+/).filter((part) => part && !TITLES.has(part)))
    .filter((parts) => parts.length > 0);
}

/** Returns the token index after a configured name starting at `i`, or `i`. */
function matchConfigured(tokens: readonly Token[], i: number, names: readonly string[][]): number {
  let best = i;
  for (const parts of names) {
    let j = i;
    let k = 0;
    while (k < parts.length && tokens[j]?.norm.replace(/'s$/, '') === parts[k]) {
      j++;
      k++;
    }
    if (k === parts.length && j > best) best = j;
    // A surname alone ("Ventnor") is enough when it follows a title.
    if (parts.length > 1 && i > 0 && TITLES.has(tokens[i - 1]!.norm) && tokens[i]?.norm.replace(/'s$/, '') === parts[parts.length - 1]) {
      best = Math.max(best, i + 1);
    }
  }
  return best;
}

/** Mentions inside a span of text. */
export function peopleIn(doc: TextDocument, start: number, end: number, council?: CouncilSettings): PersonMention[] {
  return findPeople(doc, council).filter((m) => m.start >= start && m.end <= end);
}
