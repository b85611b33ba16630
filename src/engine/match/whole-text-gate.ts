import { NeedleSet } from './needles';
import { cachedRequiredLiterals } from './prefilter';

/**
 * `mayMatch` for every sentence of a long text at once. Checking each sentence for an
 * expression's required strings costs a pass over the text per expression; on a long post that
 * was several milliseconds. Here the required strings of every expression seen so far share one
 * automaton, one pass over the text finds which sentences hold each string, and an expression's
 * sentences are the union of its strings' sentences: the same answer as sentence by sentence.
 */

/** A folded text and its sentences' start and end offsets in it (ascending, not overlapping). */
export interface SentencedText {
  readonly folded: string;
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
}

const idOf = new Map<string, number>();
const literals: string[] = [];
const idsOf = new WeakMap<RegExp, Int32Array | null>();
let automaton: NeedleSet | undefined;

interface Sightings {
  /** How much of the registry this text has been scanned for. */
  scanned: number;
  /** For each literal id, the sentences it occurs in (ascending, no repeats). */
  sentences: Array<number[] | undefined>;
}
const sightingsOf = new WeakMap<SentencedText, Sightings>();

function literalIds(re: RegExp): Int32Array | null {
  let ids = idsOf.get(re);
  if (ids !== undefined) return ids;
  const required = cachedRequiredLiterals(re);
  if (required === null) ids = null;
  else {
    ids = new Int32Array(required.length);
    required.forEach((literal, k) => {
      let id = idOf.get(literal);
      if (id === undefined) {
        id = literals.length;
        idOf.set(literal, id);
        literals.push(literal);
      }
      ids![k] = id;
    });
  }
  idsOf.set(re, ids);
  return ids;
}

function scan(text: SentencedText, set: NeedleSet, firstId: number, into: Sightings): void {
  const { sentenceStarts: starts, sentenceEnds: ends } = text;
  let sentence = -1;
  let from = 0;
  let to = 0;
  set.scan(text.folded, (id, end) => {
    const start = end - set.words[id]!.length;
    if (start < from || start >= to) {
      sentence = sentenceAt(starts, ends, start);
      if (sentence < 0) return;
      from = starts[sentence]!;
      to = ends[sentence]!;
    }
    if (end > to) return;
    const list = (into.sentences[firstId + id] ??= []);
    if (list[list.length - 1] !== sentence) list.push(sentence);
  });
}

function sentenceAt(starts: Int32Array, ends: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < starts[mid]!) hi = mid - 1;
    else if (at >= ends[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * One flag per sentence index, set where the expression may match; null when the expression
 * has no required strings (every sentence may match).
 */
export function sentencesThatMayMatch(re: RegExp, text: SentencedText): Uint8Array | null {
  const ids = literalIds(re);
  if (ids === null) return null;
  let found = sightingsOf.get(text);
  if (!found) {
    if (automaton?.words.length !== literals.length) automaton = new NeedleSet(literals, { anywhere: true });
    found = { scanned: literals.length, sentences: [] };
    scan(text, automaton, 0, found);
    sightingsOf.set(text, found);
  } else if (found.scanned < literals.length) {
    // Expressions met for the first time since this text was scanned: look for their new strings only.
    scan(text, new NeedleSet(literals.slice(found.scanned), { anywhere: true }), found.scanned, found);
    found.scanned = literals.length;
  }
  const marks = new Uint8Array(text.sentenceStarts.length);
  for (let k = 0; k < ids.length; k++) {
    const list = found.sentences[ids[k]!];
    if (list) for (const index of list) marks[index] = 1;
  }
  return marks;
}
