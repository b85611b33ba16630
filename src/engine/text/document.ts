import { mayMatch } from '../match/prefilter';
import { execAll } from '../match/regex';
import { sentencesThatMayMatch, type SentencedText } from '../match/whole-text-gate';
import { foldChar } from './fold';
import { findQuotes, type Quote } from './quotes';
import { splitParagraphs, splitSentences, type Segment } from './segments';
import { tokenise, type Token } from './tokenise';

export type LanguageCode = 'eng' | 'cym' | 'und' | (string & {});

export interface Paragraph extends Segment {
  index: number;
  language: LanguageCode;
  /** English, Welsh or too short to tell: the word rules run here. */
  wordRulesApply: boolean;
  /** Welsh: the Welsh word lists run here too. */
  welsh: boolean;
}

export interface Sentence extends Segment {
  index: number;
  paragraph: number;
  /** Tokens `tokenStart` (inclusive) to `tokenEnd` (exclusive) lie in this sentence. */
  tokenStart: number;
  tokenEnd: number;
}

/** A regular-expression hit mapped back to the original text. */
export interface TextMatch {
  start: number;
  end: number;
  /** The matched folded text. */
  value: string;
  groups: Array<string | undefined>;
  /** Original offsets of each capture group, where it matched. */
  groupSpans: Array<Segment | undefined>;
  sentence: Sentence;
}

const PLACEHOLDER: Record<string, string> = {
  url: 'URL',
  email: 'EMAIL',
  handle: 'NAME',
  hashtag: 'TAG',
};

/** A span of the text shown to regular expressions as a placeholder, e.g. a person's name as `NAME`. */
export interface Substitution extends Segment {
  placeholder: string;
}

/**
 * A folded copy of the text for regular expressions: lower case, look-alikes and leetspeak
 * folded, whitespace collapsed, links and handles (and any substitutions) replaced by
 * placeholders, with a map from every folded character back to the original offsets.
 */
/** From this size, one pass over the whole text tells which sentences each expression may match (see whole-text-gate.ts). */
const WHOLE_TEXT_GATE_LENGTH = 4_000;
const WHOLE_TEXT_GATE_SENTENCES = 16;

export class FoldedView implements SentencedText {
  readonly folded: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly sentenceStart: Int32Array;
  private readonly sentenceEnd: Int32Array;

  constructor(private readonly doc: TextDocument, substitutions: readonly Substitution[] = []) {
    const text = doc.text;
    const chunks: string[] = [];
    let length = 0;
    let starts = new Int32Array(text.length + 16);
    let ends = new Int32Array(text.length + 16);
    let lastChar = '';
    const emit = (value: string, start: number, end: number, exact: boolean) => {
      if (length + value.length > starts.length) {
        const grownStarts = new Int32Array((length + value.length) * 2);
        const grownEnds = new Int32Array((length + value.length) * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      for (let k = 0; k < value.length; k++) {
        starts[length + k] = exact ? start + k : start;
        ends[length + k] = exact ? start + k + 1 : end;
      }
      length += value.length;
      chunks.push(value);
      lastChar = value[value.length - 1] ?? lastChar;
    };
    const emitGap = (from: number, to: number) => {
      let i = from;
      while (i < to) {
        const code = text.charCodeAt(i);
        if (code === 10) {
          emit('\n', i, i + 1, true);
          i++;
          continue;
        }
        if (code === 32 || code === 9 || code === 13 || code === 0xa0 || (code > 0x7f && /\s/.test(text[i]!))) {
          if (lastChar !== ' ' && lastChar !== '\n') emit(' ', i, i + 1, false);
          i++;
          continue;
        }
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
        const ch = width === 1 ? text[i]! : text.slice(i, i + 2);
        const folded = code < 0x80 ? (code >= 65 && code <= 90 ? ch.toLowerCase() : ch) : foldChar(ch);
        emit(folded, i, i + width, folded.length === width);
        i += width;
      }
    };
    const subs = substitutions.length > 1 ? [...substitutions].sort((a, b) => a.start - b.start) : substitutions;
    let sub = 0;
    let last = 0;
    for (const token of doc.tokens) {
      if (token.start < last) continue;
      while (sub < subs.length && subs[sub]!.end <= token.start) sub++;
      const current = subs[sub];
      if (token.start > last) emitGap(last, token.start);
      if (current && current.start <= token.start && token.start < current.end) {
        emit(current.placeholder, current.start, current.end, false);
        last = current.end;
        sub++;
        continue;
      }
      const placeholder = PLACEHOLDER[token.kind];
      if (placeholder) emit(placeholder, token.start, token.end, false);
      else emit(token.norm, token.start, token.end, token.norm.length === token.end - token.start);
      last = token.end;
    }
    emitGap(last, text.length);
    this.folded = chunks.join('');
    this.starts = starts.subarray(0, length);
    this.ends = ends.subarray(0, length);
    this.sentenceStart = new Int32Array(doc.sentences.length);
    this.sentenceEnd = new Int32Array(doc.sentences.length);
    for (const s of doc.sentences) {
      this.sentenceStart[s.index] = this.indexAtOrAfter(s.start);
      this.sentenceEnd[s.index] = this.indexAtOrAfter(s.end);
    }
  }

  /** The sentence whose folded range contains a folded index, or -1. */
  sentenceIndexAtFolded(at: number): number {
    let lo = 0;
    let hi = this.sentenceStart.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at < this.sentenceStart[mid]!) hi = mid - 1;
      else if (at >= this.sentenceEnd[mid]!) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The first folded index whose original start is at or after `offset`. */
  indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Maps a folded range back to original offsets. */
  originalSpan(foldedStart: number, foldedEnd: number): Segment {
    if (foldedEnd <= foldedStart) {
      const at = this.starts[foldedStart] ?? this.doc.text.length;
      return { start: at, end: at };
    }
    return { start: this.starts[foldedStart]!, end: this.ends[foldedEnd - 1]! };
  }

  /** The folded text between two original offsets. */
  between(start: number, end: number): string {
    return this.folded.slice(this.indexAtOrAfter(start), this.indexAtOrAfter(end));
  }

  get sentenceStarts(): Int32Array {
    return this.sentenceStart;
  }

  get sentenceEnds(): Int32Array {
    return this.sentenceEnd;
  }

  sentenceStartIndex(sentence: Sentence): number {
    return this.sentenceStart[sentence.index]!;
  }

  private readonly sentenceText: Array<string | undefined> = [];

  sentence(sentence: Sentence): string {
    let folded = this.sentenceText[sentence.index];
    if (folded === undefined) {
      folded = this.folded.slice(this.sentenceStart[sentence.index], this.sentenceEnd[sentence.index]);
      this.sentenceText[sentence.index] = folded;
    }
    return folded;
  }

  /**
   * Runs a global regular expression over the folded text of each sentence given and maps
   * each hit back to the original text. Use the `d` flag to get capture-group spans.
   */
  matchAll(pattern: RegExp, sentences: readonly Sentence[]): TextMatch[] {
    if (!pattern.global) throw new Error(`pattern ${pattern} needs the g flag`);
    const out: TextMatch[] = [];
    const gate = sentences.length >= WHOLE_TEXT_GATE_SENTENCES && this.folded.length >= WHOLE_TEXT_GATE_LENGTH ? sentencesThatMayMatch(pattern, this) : undefined;
    for (const sentence of sentences) {
      if (gate && gate[sentence.index] !== 1) continue;
      const base = this.sentenceStart[sentence.index]!;
      const folded = this.sentence(sentence);
      if (gate === undefined && !mayMatch(pattern, folded)) continue;
      for (const m of execAll(pattern, folded)) {
        if (m[0].length === 0) continue;
        const span = this.originalSpan(base + m.index, base + m.index + m[0].length);
        const groupSpans: Array<Segment | undefined> = [];
        const indices = (m as RegExpMatchArray & { indices?: Array<[number, number] | undefined> }).indices;
        if (indices) {
          for (let g = 1; g < indices.length; g++) {
            const pair = indices[g];
            groupSpans.push(pair ? this.originalSpan(base + pair[0], base + pair[1]) : undefined);
          }
        }
        out.push({ start: span.start, end: span.end, value: m[0], groups: m.slice(1), groupSpans, sentence });
      }
    }
    return out;
  }
}

/** The analysed post every rule reads: tokens, paragraphs with their language, sentences and quotations. */
export class TextDocument {
  readonly tokens: Token[];
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  readonly quotes: Quote[];
  private tokenPositions?: Map<string, number[]>;
  private tokenParagraph: Int32Array;
  private plainView?: FoldedView;

  constructor(readonly text: string) {
    this.tokens = tokenise(text);
    const paraSegments = splitParagraphs(text);
    this.paragraphs = paraSegments.map((p, index) => ({
      start: p.start,
      end: p.end,
      index,
      language: 'und',
      wordRulesApply: true,
      welsh: false,
    }));
    const sentenceSegments = splitSentences(text, paraSegments);
    this.tokenParagraph = new Int32Array(this.tokens.length);
    this.sentences = this.assignTokens(sentenceSegments);
    this.quotes = findQuotes(text, paraSegments);
  }

  private assignTokens(segments: Segment[]): Sentence[] {
    const sentences: Sentence[] = [];
    let t = 0;
    let p = 0;
    for (const seg of segments) {
      while (p < this.paragraphs.length - 1 && this.paragraphs[p]!.end < seg.start) p++;
      while (t < this.tokens.length && this.tokens[t]!.end <= seg.start) {
        this.tokenParagraph[t] = p;
        t++;
      }
      const tokenStart = t;
      while (t < this.tokens.length && this.tokens[t]!.start < seg.end) {
        this.tokenParagraph[t] = p;
        t++;
      }
      sentences.push({ start: seg.start, end: seg.end, index: sentences.length, paragraph: p, tokenStart, tokenEnd: t });
    }
    return sentences;
  }

  /** The folded text without substitutions. */
  private substitutions: readonly Substitution[] = [];

  /**
   * Sets what the folded view shows as placeholders (people as `NAME`); call before the view is
   * first used. One view serves every rule.
   */
  substitute(substitutions: readonly Substitution[]): void {
    if (this.plainView) throw new Error('substitute() must come before the folded view is built');
    this.substitutions = substitutions;
  }

  get view(): FoldedView {
    this.plainView ??= new FoldedView(this, this.substitutions);
    return this.plainView;
  }

  /** Shorthand for `doc.view.matchAll`, over the word-rule sentences by default. */
  matchAll(pattern: RegExp, sentences: readonly Sentence[] = this.wordSentences): TextMatch[] {
    return this.view.matchAll(pattern, sentences);
  }

  /** Tokens of a sentence, or of a range of token indices. */
  sentenceTokens(sentence: Sentence): Token[] {
    return this.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  }

  paragraphOfToken(token: Token): Paragraph {
    return this.paragraphs[this.tokenParagraph[token.index]!]!;
  }

  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Indices of word tokens with this norm. */
  positionsOf(norm: string): readonly number[] {
    if (!this.tokenPositions) {
      const map = new Map<string, number[]>();
      for (const token of this.tokens) {
        const list = map.get(token.norm);
        if (list) list.push(token.index);
        else map.set(token.norm, [token.index]);
      }
      this.tokenPositions = map;
    }
    return this.tokenPositions.get(norm) ?? [];
  }

  hasAny(norms: Iterable<string>): boolean {
    for (const norm of norms) if (this.positionsOf(norm).length > 0) return true;
    return false;
  }

  /** The quotation that contains the whole span, if any. */
  quoteAround(start: number, end: number): Quote | undefined {
    return this.quotes.find((q) => q.start <= start && end <= q.end);
  }

  private wordSentenceCache?: Sentence[];

  setLanguage(paragraph: number, language: LanguageCode, wordRulesApply: boolean, welsh: boolean): void {
    const p = this.paragraphs[paragraph];
    if (!p) return;
    p.language = language;
    p.wordRulesApply = wordRulesApply;
    p.welsh = welsh;
    this.wordSentenceCache = undefined;
    this.wordTokenCache = undefined;
  }

  private wordTokenCache?: Uint8Array;

  /** 1 for each word token the word rules may read (in an English, Welsh or undetermined paragraph). */
  get wordTokenMask(): Uint8Array {
    if (!this.wordTokenCache) {
      const mask = new Uint8Array(this.tokens.length);
      for (let i = 0; i < this.tokens.length; i++) {
        if (this.tokens[i]!.kind === 'word' && this.paragraphs[this.tokenParagraph[i]!]?.wordRulesApply !== false) mask[i] = 1;
      }
      this.wordTokenCache = mask;
    }
    return this.wordTokenCache;
  }

  /** Sentences the word rules may read (English, Welsh or undetermined paragraphs). */
  get wordSentences(): Sentence[] {
    this.wordSentenceCache ??= this.sentences.filter((s) => this.paragraphs[s.paragraph]?.wordRulesApply !== false);
    return this.wordSentenceCache;
  }

  wordRulesApplyAt(token: Token): boolean {
    return this.paragraphOfToken(token).wordRulesApply;
  }
}
