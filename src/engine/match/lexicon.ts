import { foldString } from '../text/fold';
import type { TextDocument } from '../text/document';
import type { Token } from '../text/tokenise';

/**
 * One concept in a word list, in the style of retext-equality's data: the phrases that
 * express it, why it matters and where that comes from.
 *
 * Phrase syntax: words separated by spaces; `idiot(s)` makes an ending optional (`(s|es)`
 * for several); a whole word `(a|an|the)` is a choice, and `(a|an)?` an optional word; `*`
 * stands for any one word.
 */
export interface LexiconEntry {
  match: readonly string[];
  /** Why this is flagged, for reviewers of the list. */
  note: string;
  /** A guidance section ("CG §8.2") or a URL backing the entry. */
  source: string;
  /** `cy` entries are Welsh: their first word is also matched in its mutated forms. They run in every checked paragraph, since posts switch language mid-sentence. */
  lang?: 'en' | 'cy';
}

export interface LexiconMatch<T extends LexiconEntry> {
  entry: T;
  start: number;
  end: number;
  /** Token indices: `tokenStart` inclusive, `tokenEnd` exclusive. */
  tokenStart: number;
  tokenEnd: number;
}

type Step = { kind: 'word'; options: readonly string[]; optional: boolean } | { kind: 'any' };

interface Pattern<T> {
  steps: Step[];
  entry: T;
}

const WILDCARD = '*';

/** The form a token or list word is compared in: folded, apostrophes dropped. */
export function matchKey(value: string): string {
  return value.replace(/'/g, '');
}

/** "ward(s|er)" → ward, wards, warder: a word with its endings in brackets. */
export function expandWord(word: string): string[] {
  const suffix = /^([^()]+)\(([^()]*)\)\??$/.exec(word);
  if (suffix) {
    const base = suffix[1]!;
    return [base, ...suffix[2]!.split('|').filter(Boolean).map((ending) => base + ending)];
  }
  return [word];
}

function parseStep(word: string): Step {
  if (word === WILDCARD) return { kind: 'any' };
  const choice = /^\(([^()]*)\)(\?)?$/.exec(word);
  if (choice) {
    return {
      kind: 'word',
      options: choice[1]!.split('|').flatMap(expandWord).map(matchKey),
      optional: choice[2] === '?',
    };
  }
  return { kind: 'word', options: expandWord(word).map(matchKey), optional: false };
}

/**
 * Expands choices that hold several words ("(looking for|seeking) (a|an)? young") into
 * separate phrases, so the steps left only choose between single words.
 */
export function expandPhrase(phrase: string): string[] {
  const group = /\(([^()]*[\s-][^()]*)\)(\?)?/.exec(phrase);
  if (!group) return [phrase];
  const options = group[1]!.split('|').map((o) => o.trim());
  if (group[2] === '?') options.push('');
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return options.flatMap((option) => expandPhrase(`${before}${option}${after}`.replace(/\s+/g, ' ').trim()));
}

const VALID_WORD = /^(?:[\p{L}\p{N}'*$]+(?:\([\p{L}\p{N}'|]*\)\??)?|\([\p{L}\p{N}'|]+\)\??|\*)$/u;

/** Welsh initial mutations: after some words "twpsyn" is written "dwpsyn", "cachu" "gachu", "pen" "mhen". */
const MUTATIONS: ReadonlyArray<[string, readonly string[]]> = [
  ['ll', ['l']],
  ['rh', ['r']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
];

export function mutationsOf(word: string): string[] {
  for (const [from, to] of MUTATIONS) {
    if (word.startsWith(from) && word.length > from.length + 1) return to.map((prefix) => prefix + word.slice(from.length));
  }
  return [];
}

/** Adds the mutated forms of a Welsh phrase's first word. */
function withMutations(steps: Step[]): Step[] {
  const first = steps[0];
  if (!first || first.kind !== 'word') return steps;
  const options = [...new Set([...first.options, ...first.options.flatMap(mutationsOf)])];
  return [{ ...first, options }, ...steps.slice(1)];
}

/** Splits a phrase into steps. Hyphens separate words, as they do in text ("stitch-up"). */
function parsePhrase(phrase: string): Step[] {
  const words = foldString(phrase.trim()).split(/[\s-]+/).filter(Boolean);
  for (const word of words) {
    if (!VALID_WORD.test(word)) throw new Error(`word list phrase "${phrase}": cannot read "${word}"`);
  }
  return words.map(parseStep);
}

/** "beli(hoe)ved": letters glued on through brackets make the token part of a longer word. */
function isInsideWord(text: string, token: Token): boolean {
  const before = text[token.start - 1];
  const after = text[token.end];
  return (
    ((before === '(' || before === ')') && /\p{L}/u.test(text[token.start - 2] ?? '')) ||
    ((after === ')' || after === '(') && /\p{L}/u.test(text[token.end + 1] ?? ''))
  );
}

interface WordIndex {
  /** Word tokens (where word rules apply) by key, for tokens with a single plain key. */
  byKey: Map<string, number[]>;
  /** Masked, stretched or "1"-spelt tokens, whose keys depend on the list. */
  special: number[];
  /** Each token's plain keys (undefined for masked tokens). */
  plain: Array<readonly string[] | undefined>;
}

const wordIndexes = new WeakMap<TextDocument, WordIndex>();

function wordIndex(doc: TextDocument): WordIndex {
  let index = wordIndexes.get(doc);
  if (index) return index;
  const byKey = new Map<string, number[]>();
  const special: number[] = [];
  const tokens = doc.tokens;
  const plain: Array<readonly string[] | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && !token.masked) plain[i] = plainKeys(token);
  }
  const applies = doc.wordTokenMask;
  for (let i = 0; i < tokens.length; i++) {
    if (applies[i] !== 1) continue;
    const token = tokens[i]!;
    const keys = plain[i];
    if (!keys || keys.length > 1) {
      special.push(i);
      continue;
    }
    const list = byKey.get(token.key);
    if (list) list.push(i);
    else byKey.set(token.key, [i]);
  }
  index = { byKey, special, plain };
  wordIndexes.set(doc, index);
  return index;
}

/** A token's own key plus its un-stretched forms ("fuuuck") and "1" read as "l"; the same for every list. */
function plainKeys(token: Token): readonly string[] {
  let keys: readonly string[];
  const key = token.key;
  const stretched = hasTripleLetter(key);
  const hasOne = token.raw.includes('1');
  if (!stretched && !hasOne) {
    keys = [key];
  } else {
    const list = [key];
    if (stretched) list.push(key.replace(/(\p{L})\1{2,}/gu, '$1$1'), key.replace(/(\p{L})\1{2,}/gu, '$1'));
    if (hasOne) list.push(matchKey(foldString(token.raw).replace(/1/g, 'l')));
    keys = list;
  }
  return keys;
}

/** Three of the same letter in a row ("fuuuck"): the cheap test before the stretched forms are worked out. */
function hasTripleLetter(key: string): boolean {
  for (let i = 2; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2) && (c < 48 || c > 57)) return true;
  }
  return false;
}

/**
 * A compiled word list. Matching is by token, so a phrase never matches inside a longer
 * word ("Scunthorpe", "assessment") or inside a link, handle or hashtag; masked and
 * stretched spellings ("f**k", "fuuuck", "sh1t") are resolved against the list's words.
 */
export class Lexicon<T extends LexiconEntry> {
  private readonly byFirst = new Map<string, Array<Pattern<T>>>();
  private readonly vocabulary = new Set<string>();
  private readonly maskCache = new Map<string, string[]>();

  constructor(readonly entries: readonly T[]) {
    for (const entry of entries) {
      for (const phrase of entry.match) {
        for (const expanded of expandPhrase(phrase)) {
          const steps = parsePhrase(expanded);
          this.add(entry.lang === 'cy' ? withMutations(steps) : steps, entry);
        }
      }
    }
  }

  private add(steps: Step[], entry: T): void {
    const first = steps[0];
    if (!first || first.kind !== 'word') throw new Error(`a phrase must start with a word: ${entry.match.join(', ')}`);
    const pattern = { steps, entry };
    const heads = first.optional ? [] : first.options;
    if (first.optional) {
      // An optional first word: index the pattern under the next word as well.
      this.add(steps.slice(1), entry);
      for (const option of first.options) this.index(option, { steps: [{ ...first, optional: false }, ...steps.slice(1)], entry });
      return;
    }
    for (const head of heads) this.index(head, pattern);
  }

  private index(head: string, pattern: Pattern<T>): void {
    const list = this.byFirst.get(head);
    if (list) list.push(pattern);
    else this.byFirst.set(head, [pattern]);
    for (const step of pattern.steps) if (step.kind === 'word') for (const option of step.options) this.vocabulary.add(option);
  }

  /** The keys a token may stand for: itself, its un-stretched forms, or what its mask hides. */
  keysOf(token: Token, doc?: TextDocument): readonly string[] {
    if (token.masked) return this.unmask(token.key);
    return (doc && wordIndex(doc).plain[token.index]) ?? plainKeys(token);
  }

  /** Words of this list that a masked spelling fits: each run of `*` hides one to (run + 1) letters. */
  private unmask(masked: string): string[] {
    const cached = this.maskCache.get(masked);
    if (cached) return cached;
    const letters = masked.replace(/\*/g, '');
    if (letters.length < 1) return [];
    // "niggers*": a footnote or correction star after a whole word.
    const bare = masked.replace(/\*+$/, '');
    if (bare !== masked && !bare.includes('*') && this.vocabulary.has(bare)) {
      this.maskCache.set(masked, [bare]);
      return [bare];
    }
    const source = masked.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*+/g, (run) => `[\\p{L}]{1,${run.length + 1}}`);
    const re = new RegExp(`^${source}$`, 'u');
    const out = [...this.vocabulary].filter((word) => word.length >= masked.length - 1 && re.test(word));
    if (this.maskCache.size < 512) this.maskCache.set(masked, out);
    return out;
  }

  /**
   * All matches in the document's word-rule paragraphs (or in `tokens` from/to when given),
   * longest first at each position.
   */
  find(doc: TextDocument, range?: { from: number; to: number }): Array<LexiconMatch<T>> {
    if (this.byFirst.size === 0) return [];
    const tokens = doc.tokens;
    const from = range?.from ?? 0;
    const to = range?.to ?? tokens.length;
    const out: Array<LexiconMatch<T>> = [];
    const keys = (i: number) => this.keysOf(tokens[i]!, doc);
    for (const i of this.candidates(doc)) {
      if (i < from || i >= to) continue;
      const token = tokens[i]!;
      const tokenKeys = keys(i);
      if (isInsideWord(doc.text, token)) continue;
      const seen = tokenKeys.length > 1 ? new Set<Pattern<T>>() : undefined;
      for (const key of tokenKeys) {
        const patterns = this.byFirst.get(key);
        if (!patterns) continue;
        for (const pattern of patterns) {
          if (seen) {
            if (seen.has(pattern)) continue;
            seen.add(pattern);
          }
          const end = this.matchRest(pattern.steps, 1, i + 1, to, keys, tokens);
          if (end !== -1) {
            out.push({ entry: pattern.entry, start: token.start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end });
          }
        }
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Indices of word tokens that may start a match: looked up by the list's first words, not by scanning every token. */
  private candidates(doc: TextDocument): number[] {
    const { byKey, special } = wordIndex(doc);
    const out: number[] = [];
    if (this.byFirst.size < byKey.size) {
      for (const head of this.byFirst.keys()) {
        const at = byKey.get(head);
        if (at) for (const i of at) out.push(i);
      }
    } else {
      for (const [key, at] of byKey) if (this.byFirst.has(key)) for (const i of at) out.push(i);
    }
    for (const i of special) {
      if (this.keysOf(doc.tokens[i]!, doc).some((key) => this.byFirst.has(key))) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** Returns the token index after the match, or -1. */
  private matchRest(
    steps: readonly Step[],
    step: number,
    at: number,
    limit: number,
    keys: (i: number) => readonly string[],
    tokens: readonly Token[],
  ): number {
    if (step >= steps.length) return at;
    const current = steps[step]!;
    const token = tokens[at];
    const joined = token !== undefined && at < limit && token.kind === 'word' && token.joinedToPrevious;
    if (current.kind === 'any') {
      return joined ? this.matchRest(steps, step + 1, at + 1, limit, keys, tokens) : -1;
    }
    if (joined && keys(at).some((k) => current.options.includes(k))) {
      const end = this.matchRest(steps, step + 1, at + 1, limit, keys, tokens);
      if (end !== -1) return end;
    }
    return current.optional ? this.matchRest(steps, step + 1, at, limit, keys, tokens) : -1;
  }
}
