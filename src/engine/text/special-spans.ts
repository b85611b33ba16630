/**
 * Spans that word rules must not look inside: links, e-mail addresses, @handles and
 * #hashtags (RULES.md: "words inside URLs, hashtags and @handles" are not flagged).
 */

export type SpecialKind = 'url' | 'email' | 'handle' | 'hashtag';

export interface SpecialSpan {
  kind: SpecialKind;
  start: number;
  end: number;
}

const TLDS =
  'uk|com|org|net|gov|edu|io|co|info|biz|me|tv|eu|ie|wales|cymru|scot|london|nhs|police|ly|gl|app|dev|page|link|news|online|site|xyz|ac|sch';

/** Each pattern runs only when the text has what it cannot match without; most posts have no "@" or "://". */
const PATTERNS: Array<[SpecialKind, RegExp, (text: string) => boolean]> = [
  ['email', /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, (t) => t.includes('@')],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, (t) => t.includes('://') || /www\./i.test(t)],
  [
    'url',
    new RegExp(`(?<![a-z0-9.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})\\b(?:\\/[^\\s<>"]*)?`, 'giu'),
    (t) => HAS_TLD.test(t),
  ],
  ['handle', /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]{1,30}/gu, (t) => t.includes('@')],
  ['hashtag', /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*(?:#[\p{L}\p{N}_]+)*/gu, (t) => t.includes('#')],
];

const HAS_TLD = new RegExp(`[a-z0-9]\\.(?:${TLDS})\\b`, 'i');

const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

export function findSpecialSpans(text: string): SpecialSpan[] {
  const spans: SpecialSpan[] = [];
  for (const [kind, pattern, worthTrying] of PATTERNS) {
    if (!worthTrying(text)) continue;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      let value = match[0];
      if (kind === 'url') value = trimUrl(value);
      const end = start + value.length;
      if (end > start && !overlapsAny(spans, start, end)) spans.push({ kind, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function trimUrl(value: string): string {
  let trimmed = value.replace(TRAILING_PUNCTUATION, '');
  // Keep a closing bracket that belongs to the URL, e.g. wikipedia links.
  const opens = (trimmed.match(/\(/g) ?? []).length;
  const closes = (trimmed.match(/\)/g) ?? []).length;
  if (opens > closes && value.length > trimmed.length && value[trimmed.length] === ')') trimmed += ')';
  return trimmed;
}

function overlapsAny(spans: readonly SpecialSpan[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
