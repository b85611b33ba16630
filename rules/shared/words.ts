import type { RuleContext } from '../../src/engine/define-rule';
import { Lexicon, type LexiconEntry } from '../../src/engine/match/lexicon';
import type { RuleId } from '../../src/engine/types';
import { escapeRegExp, execAll } from '../../src/engine/match/regex';
import { PLACE_NAMES } from '../data/profanity';

const councilLexicons = new WeakMap<readonly string[], Map<RuleId, Lexicon<LexiconEntry>>>();

/** The council's extra words and phrases for a rule, as a lexicon; `shape` adds the rule's own fields. */
export function councilLexicon<T extends LexiconEntry>(
  context: RuleContext,
  rule: RuleId,
  shape: (base: LexiconEntry) => T,
): Lexicon<T> {
  const words = context.extraWords;
  let byRule = councilLexicons.get(words);
  if (!byRule) {
    byRule = new Map();
    councilLexicons.set(words, byRule);
  }
  let lexicon = byRule.get(rule);
  if (!lexicon) {
    lexicon = new Lexicon(
      words.map((word) =>
        shape({ match: [word], note: `Added by ${context.council.name}.`, source: `${context.council.name} configuration (${rule})` }),
      ),
    );
    byRule.set(rule, lexicon);
  }
  return lexicon as Lexicon<T>;
}

/** "FFS" → keeps capitals: a replacement for an all-capital or capitalised word follows its case. */
export function keepCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** The span to delete to remove a word cleanly: the word and one space next to it. */
export function removalSpan(text: string, start: number, end: number): { start: number; end: number } {
  if (isSpace(text[end])) return { start, end: end + 1 };
  if (isSpace(text[start - 1])) return { start: start - 1, end };
  return { start, end };
}

/** A space between words, including the no-break spaces rich-text editors put in the text. */
function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0' || char === '\u202f' || char === '\t';
}

/** Place names as they are written on the sign ("Bell End", "Plymouth Hoe"), with a possessive. */
const PLACES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLACE_NAMES.map((p) => escapeRegExp(p.name).replace(/ /g, '\\s+')).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`,
  'gu',
);

type Span = { start: number; end: number };

/** The last post's place names: profanity and personal-attack both ask, once each per post. */
let lastPlaces: { text: string; spans: readonly Span[] } | null = null;

/** Where the text names a real place that contains a swear word or insult ("Bell End", "Twatt"). */
export function placeNameSpans(text: string): readonly Span[] {
  if (lastPlaces?.text !== text) lastPlaces = { text, spans: execAll(PLACES, text).map((m) => ({ start: m.index, end: m.index + m[0].length })) };
  return lastPlaces.spans;
}

/** Whether a span lies inside a place name in the text ("Bell End" is a place, not an insult). */
export function insidePlaceName(text: string, span: Span): boolean {
  return placeNameSpans(text).some((p) => p.start <= span.start && span.end <= p.end);
}

/** Whether `offset` begins a sentence: the start of the text, or after a full stop, ! or ? and a space, or a line break. */
export function startsSentence(text: string, offset: number): boolean {
  return offset === 0 || /(?:[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, offset - 4), offset));
}
