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

/** Every pattern's words, so one pass over a post finds which sentences each pattern needs to look at. */
const registry = new Set<string>();
/** For each word, the patterns that need it. */
const patternsByWord = new Map<string, Pattern[]>();
let needles: NeedleSet | undefined;

const registered = new WeakSet<Pattern>();
const registeredLists = new WeakSet<readonly Pattern[]>();

/** Adds the patterns' words to the shared word set (once per pattern, on first use). */
function register(patterns: readonly Pattern[]): boolean {
  if (registeredLists.has(patterns)) return false;
  registeredLists.add(patterns);
  let added = false;
  let newWords = false;
  for (const pattern of patterns) {
    if (registered.has(pattern)) continue;
    registered.add(pattern);
    added = true;
    for (const word of new Set(pattern.needs)) {
      if (!registry.has(word)) newWords = true;
      registry.add(word);
      let list = patternsByWord.get(word);
      if (!list) patternsByWord.set(word, (list = []));
      list.push(pattern);
    }
  }
  if (newWords) needles = undefined;
  return added;
}

/** What one pass over a post found: for each pattern whose words are there, the sentences (by index) that have them. */
type Sightings = Map<Pattern, Set<number>>;
const sightings = new WeakMap<FoldedView, Sightings>();

function wordSightings(view: FoldedView, sentenceOf: (foldedIndex: number) => number): Sightings {
  let found = sightings.get(view);
  if (found) return found;
  needles ??= new NeedleSet(registry);
  const set = needles;
  const byWord = new Map<string, Set<number>>();
  set.scan(view.folded, (id, end) => {
    const word = set.words[id]!;
    const sentence = sentenceOf(end - word.length);
    if (sentence < 0) return;
    let list = byWord.get(word);
    if (!list) byWord.set(word, (list = new Set()));
    list.add(sentence);
  });
  found = new Map();
  for (const [word, at] of byWord) {
    for (const pattern of patternsByWord.get(word) ?? []) {
      const sentences = found.get(pattern);
      if (!sentences) found.set(pattern, new Set(at));
      else for (const index of at) sentences.add(index);
    }
  }
  sightings.set(view, found);
  return found;
}

/** The word-rule sentences, in order, among those found for a pattern. */
function candidates(pattern: Pattern, seen: Sightings, sentences: readonly Sentence[]): Sentence[] {
  const at = seen.get(pattern);
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
  if (register(list)) sightings.delete(view);
  const seen = wordSightings(view, (at) => view.sentenceIndexAtFolded(at));
  return candidates(pattern, seen, context.doc.wordSentences);
}

/** Runs the patterns over the word-rule sentences; hits inside a quotation the post reports or condemns are dropped. */
export function findPatterns(context: RuleContext, patterns: readonly Pattern[]): PatternHit[] {
  const { doc } = context;
  const view = peopleView(doc, context.council);
  if (register(patterns)) sightings.delete(view);
  const seen = wordSightings(view, (at) => view.sentenceIndexAtFolded(at));
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
