/**
 * Cue phrases: short, lower-case word sequences that label a nearby piece of data ("my
 * mobile", "council's emergency line", "date of birth"). Compiled once into one regular
 * expression and matched against small windows of text around a candidate.
 *
 * Phrase syntax: words separated by spaces; `*` is any one word, `*?` an optional word,
 * `(a|b)` a choice of words, and a word ending in `*` matches any longer word ("urodzon*").
 * Phrases match whole words; a phrase that starts or ends with punctuation ("'s house",
 * "address:") is not bounded on that side.
 */

const WORD = "[\\p{L}\\p{N}'’-]+";

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compileWord(word: string): string {
  if (word === '*') return `${WORD}`;
  const choice = /^\(([^()]+)\)$/.exec(word);
  if (choice) return `(?:${choice[1]!.split('|').map(compileWord).join('|')})`;
  if (word.length > 1 && word.endsWith('*')) return `${escape(word.slice(0, -1))}\\p{L}*`;
  return escape(word);
}

/** The regular-expression source for one phrase. */
export function phraseSource(phrase: string): string {
  const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('empty cue phrase');
  let source = '';
  words.forEach((word, index) => {
    if (word === '*?') {
      source += `(?:${WORD}\\s+)?`;
      return;
    }
    source += compileWord(word);
    if (index < words.length - 1) source += '\\s+';
  });
  const first = words.find((w) => w !== '*?')!;
  const last = words[words.length - 1]!;
  const lead = /^[\p{L}\p{N}(*]/u.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const trail = /[\p{L}\p{N})*]$/u.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return lead + source + trail;
}

/** One global, case-sensitive (lower-case) regular expression for a list of phrases; longer phrases first. */
export function compileCues(phrases: Iterable<string>): RegExp {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return /(?!)/gu;
  return new RegExp(unique.map(phraseSource).join('|'), 'gu');
}

/** Lower case with typographic apostrophes made plain, the form cue phrases are written in. */
export function cueText(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

export interface CueHit {
  start: number;
  end: number;
  value: string;
}

/** The last cue in `window` (already `cueText`), or undefined. */
export function lastCue(pattern: RegExp, window: string): CueHit | undefined {
  let hit: CueHit | undefined;
  pattern.lastIndex = 0;
  for (const m of window.matchAll(pattern)) hit = { start: m.index, end: m.index + m[0].length, value: m[0] };
  return hit;
}

/** The first cue in `window`, or undefined. */
export function firstCue(pattern: RegExp, window: string): CueHit | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(window);
  pattern.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length, value: m[0] } : undefined;
}
