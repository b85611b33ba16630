import type { RuleContext } from '../../src/engine/define-rule';
import { NeedleSet } from '../../src/engine/match/needles';
import { isReportedQuote, peopleView } from '../../src/engine/nlp/context';
import type { FoldedView, Sentence, TextMatch } from '../../src/engine/text/document';

/**
 * A regular expression over the folded text of each sentence, where every named person reads
 * `NAME`, links `URL`, handles `NAME` and hashtags `TAG`. Written in lower case with
 * straight apostrophes. Use the `d` flag and a capture group named `span` to flag part of a match.
 */
export interface Pattern {
  re: RegExp;
  messageId: string;
  /**
   * Words the pattern cannot match without (any one of them, as it appears in the folded text).
   * A sentence without any is skipped before the regular expression runs: that keeps every
   * rule fast on long posts.
   */
  needs: readonly string[];
}

export interface PatternHit {
  pattern: Pattern;
  match: TextMatch;
  /** The span to flag: the `span` group if the pattern has one, else the whole match. */
  start: number;
  end: number;
}

/** Every pattern's words, in the order they were first needed, so one pass over a post finds which sentences each pattern needs to look at. */
const registry: string[] = [];
const registryWords = new Set<string>();
/** Every registered pattern, in order. */
const registeredPatterns: Pattern[] = [];
/** For each word, the patterns that need it. */
const patternsByWord = new Map<string, Pattern[]>();
/** One automaton over the whole registry, rebuilt (for the next post) when rules have added words. */
let needles: NeedleSet | undefined;

const registered = new WeakSet<Pattern>();
const registeredLists = new WeakSet<readonly Pattern[]>();

/** Adds the patterns' words to the shared word set (once per pattern, on first use). */
function register(patterns: readonly Pattern[]): void {
  if (registeredLists.has(patterns)) return;
  registeredLists.add(patterns);
  for (const pattern of patterns) {
    if (registered.has(pattern)) continue;
    registered.add(pattern);
    registeredPatterns.push(pattern);
    for (const word of new Set(pattern.needs)) {
      if (word.length === 0) continue;
      if (!registryWords.has(word)) {
        registryWords.add(word);
        registry.push(word);
      }
      let list = patternsByWord.get(word);
      if (!list) patternsByWord.set(word, (list = []));
      list.push(pattern);
    }
  }
}

/**
 * What the passes over a post found: the sentences (by index) with each word, and for each
 * pattern whose words are there, the sentences that have them. The registry grows while the
 * first post is checked, rule by rule; rather than rebuild the automaton each time, a post
 * already scanned is scanned again for the new words only.
 */
interface Sightings {
  byWord: Map<string, Set<number>>;
  byPattern: Map<Pattern, Set<number>>;
  /** How much of the registry (words, patterns) this post has been looked at for. */
  words: number;
  patterns: number;
}
const sightings = new WeakMap<FoldedView, Sightings>();

function wordSightings(view: FoldedView): Sightings {
  let found = sightings.get(view);
  if (!found) {
    if (needles?.words.length !== registry.length) needles = new NeedleSet(registry);
    found = { byWord: scanFor(view, needles), byPattern: new Map(), words: registry.length, patterns: 0 };
    sightings.set(view, found);
  } else if (found.words < registry.length) {
    for (const [word, at] of scanFor(view, new NeedleSet(registry.slice(found.words)))) found.byWord.set(word, at);
    found.words = registry.length;
  }
  if (found.patterns === 0) {
    for (const [word, at] of found.byWord) for (const pattern of patternsByWord.get(word) ?? []) addSentences(found.byPattern, pattern, at);
  } else {
    for (const pattern of registeredPatterns.slice(found.patterns)) {
      for (const word of pattern.needs) {
        const at = found.byWord.get(word);
        if (at) addSentences(found.byPattern, pattern, at);
      }
    }
  }
  found.patterns = registeredPatterns.length;
  return found;
}

function addSentences(byPattern: Map<Pattern, Set<number>>, pattern: Pattern, at: Set<number>): void {
  const sentences = byPattern.get(pattern);
  if (!sentences) byPattern.set(pattern, new Set(at));
  else for (const index of at) sentences.add(index);
}

/** The sentences each word of the set is in. */
function scanFor(view: FoldedView, set: NeedleSet): Map<string, Set<number>> {
  const byWord = new Map<string, Set<number>>();
  set.scan(view.folded, (id, end) => {
    const word = set.words[id]!;
    const sentence = view.sentenceIndexAtFolded(end - word.length);
    if (sentence < 0) return;
    let list = byWord.get(word);
    if (!list) byWord.set(word, (list = new Set()));
    list.add(sentence);
  });
  return byWord;
}

/** The word-rule sentences, in order, among those found for a pattern. */
function candidates(pattern: Pattern, seen: Sightings, sentences: readonly Sentence[]): Sentence[] {
  const at = seen.byPattern.get(pattern);
  if (!at) return [];
  const out: Sentence[] = [];
  if (at.size * 8 < sentences.length) {
    for (const index of [...at].sort((a, b) => a - b)) {
      const sentence = sentenceByIndex(sentences, index);
      if (sentence) out.push(sentence);
    }
    return out;
  }
  for (const sentence of sentences) if (at.has(sentence.index)) out.push(sentence);
  return out;
}

/** Binary search: the word-rule sentences are in order of their index. */
function sentenceByIndex(sentences: readonly Sentence[], index: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = sentences[mid]!.index;
    if (at === index) return sentences[mid];
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const spanGroups = new WeakMap<Pattern, number>();

function spanGroupOf(pattern: Pattern): number {
  let index = spanGroups.get(pattern);
  if (index === undefined) {
    index = namedGroupIndex(pattern.re, 'span');
    spanGroups.set(pattern, index);
  }
  return index;
}

const wordLists = new WeakMap<readonly string[], Pattern[]>();

/**
 * The word-rule sentences that contain any of the words (found in the same single pass as
 * the patterns' words): the cheap gate before a rule looks at a sentence closely.
 */
export function sentencesWith(context: RuleContext, words: readonly string[]): Sentence[] {
  let list = wordLists.get(words);
  if (!list) {
    list = [{ re: /(?!)/g, messageId: '', needs: words }];
    wordLists.set(words, list);
  }
  const pattern = list[0]!;
  const view = peopleView(context.doc, context.council);
  register(list);
  const seen = wordSightings(view);
  return candidates(pattern, seen, context.doc.wordSentences);
}

/** Runs the patterns over the word-rule sentences; hits inside a quotation the post reports or condemns are dropped. */
export function findPatterns(context: RuleContext, patterns: readonly Pattern[]): PatternHit[] {
  const { doc } = context;
  const view = peopleView(doc, context.council);
  register(patterns);
  const seen = wordSightings(view);
  const hits: PatternHit[] = [];
  for (const pattern of patterns) {
    const sentences = candidates(pattern, seen, doc.wordSentences);
    if (sentences.length === 0) continue;
    const spanGroup = spanGroupOf(pattern);
    for (const match of view.matchAll(pattern.re, sentences)) {
      const { start, end } = (spanGroup >= 0 ? match.groupSpans[spanGroup] : undefined) ?? match;
      if (isReportedQuote(doc, start, end)) continue;
      hits.push({ pattern, match, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index (0-based, among capture groups) of a named group, counting only capturing brackets. */
function namedGroupIndex(re: RegExp, name: string): number {
  let index = -1;
  const source = re.source;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (source[i] === '[') {
      while (i < source.length && source[i] !== ']') {
        if (source[i] === '\\') i++;
        i++;
      }
      continue;
    }
    if (source[i] !== '(') continue;
    if (source[i + 1] !== '?') {
      index++;
      continue;
    }
    const named = /^\(\?<([a-zA-Z]\w*)>/.exec(source.slice(i));
    if (named) {
      index++;
      if (named[1] === name) return index;
    }
  }
  return -1;
}

/** Keeps one hit per overlapping region (the first, longest), so one passage gets one finding. */
export function dropOverlaps<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const out: T[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) continue;
    out.push(hit);
  }
  return out;
}

/** Regex source for a person the rule cares about: a name, a pronoun, or a role. */
export const PERSON = String.raw`(?:NAME(?:'s)?|you|u|he|she|him|her|they|them|his|their|(?:the|that|this|our|your|my|these|those) (?:[a-z-]+ ){0,2}(?:leader|chair(?:man|woman)?|officers?|councill?ors?|cllrs?|members?|portfolio holder|chief exec(?:utive)?|mayor|clerk|director|manager|mp|opponent|candidate|bloke|man|woman|lad|guy|landlord|neighbou?r|resident|planner|inspector))`;
