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

interface CompiledPhrase {
  body: string;
  lead: boolean;
  trail: boolean;
}

function compilePhrase(phrase: string): CompiledPhrase {
  const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.every((w) => w === '*?')) throw new Error(`empty cue phrase: "${phrase}"`);
  let body = '';
  words.forEach((word, index) => {
    if (word === '*?') {
      body += `(?:${WORD}\\s+)?`;
      return;
    }
    body += compileWord(word);
    if (index < words.length - 1) body += '\\s+';
  });
  const first = words.find((w) => w !== '*?')!;
  const last = words[words.length - 1]!;
  return { body, lead: /^[\p{L}\p{N}(*]/u.test(first), trail: /[\p{L}\p{N})*]$/u.test(last) };
}

const LEAD = '(?<![\\p{L}\\p{N}])';
const TRAIL = '(?![\\p{L}\\p{N}])';

/** The regular-expression source for one phrase. */
export function phraseSource(phrase: string): string {
  const { body, lead, trail } = compilePhrase(phrase);
  return (lead ? LEAD : '') + body + (trail ? TRAIL : '');
}

/**
 * One global regular expression for a list of phrases, longer phrases first (`ignoreCase`:
 * to scan original text rather than a `cueText` window). The word
 * boundaries are written once per group of phrases rather than once per phrase: Unicode
 * property classes are costly to compile, and a list has a hundred phrases.
 */
export function compileCues(phrases: Iterable<string>, options: { ignoreCase?: boolean } = {}): RegExp {
  const flags = options.ignoreCase ? 'giu' : 'gu';
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return new RegExp('(?!)', flags);
  const groups = new Map<string, string[]>();
  for (const phrase of unique) {
    const { body, lead, trail } = compilePhrase(phrase);
    const key = `${lead ? 1 : 0}${trail ? 1 : 0}`;
    const list = groups.get(key) ?? [];
    list.push(body);
    groups.set(key, list);
  }
  const parts = [...groups].map(([key, bodies]) => `${key[0] === '1' ? LEAD : ''}(?:${bodies.join('|')})${key[1] === '1' ? TRAIL : ''}`);
  return new RegExp(parts.join('|'), flags);
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
  for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
    hit = { start: m.index, end: m.index + m[0].length, value: m[0] };
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return hit;
}

/** The first cue in `window`, or undefined. */
export function firstCue(pattern: RegExp, window: string): CueHit | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(window);
  pattern.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length, value: m[0] } : undefined;
}
