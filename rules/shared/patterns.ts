import type { RuleContext } from '../../src/engine/define-rule';
import { isReportedQuote, peopleView } from '../../src/engine/nlp/context';
import type { TextMatch } from '../../src/engine/text/document';

/**
 * A regular expression over the folded text of each sentence, where every named person reads
 * `‹name›`, links `‹url›`, handles `‹name›` and hashtags `‹tag›`. Written in lower case with
 * straight apostrophes. Use the `d` flag and a capture group named `span` to flag part of a match.
 */
export interface Pattern {
  re: RegExp;
  messageId: string;
}

export interface PatternHit {
  pattern: Pattern;
  match: TextMatch;
  /** The span to flag: the `span` group if the pattern has one, else the whole match. */
  start: number;
  end: number;
}

/** Runs the patterns over the word-rule sentences; hits inside a quotation the post reports or condemns are dropped. */
export function findPatterns(context: RuleContext, patterns: readonly Pattern[]): PatternHit[] {
  const { doc } = context;
  const view = peopleView(doc, context.council);
  const hits: PatternHit[] = [];
  for (const pattern of patterns) {
    const spanGroup = namedGroupIndex(pattern.re, 'span');
    for (const match of view.matchAll(pattern.re, doc.wordSentences)) {
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
export const PERSON = String.raw`(?:‹name›(?:'s)?|you|u|he|she|him|her|they|them|his|their|(?:the|that|this|our|your|my|these|those) (?:[a-z-]+ ){0,2}(?:leader|chair(?:man|woman)?|officers?|councill?ors?|cllrs?|members?|portfolio holder|chief exec(?:utive)?|mayor|clerk|director|manager|mp|opponent|candidate|bloke|man|woman|lad|guy|landlord|neighbou?r|resident|planner|inspector))`;
