/**
 * Spans that word rules must not look inside: links, e-mail addresses, @handles and
 * #hashtags (RULES.md: "words inside URLs, hashtags and @handles" are not flagged).
 */
import { execAll } from '../match/regex';

export type SpecialKind = 'url' | 'email' | 'handle' | 'hashtag';

export interface SpecialSpan {
  kind: SpecialKind;
  start: number;
  end: number;
}

const TLDS =
  'uk|com|org|net|gov|edu|io|co|info|biz|me|tv|eu|ie|wales|cymru|scot|london|nhs|police|ly|gl|app|dev|page|link|news|online|site|xyz|ac|sch';

/**
 * Each pattern runs only around the characters it cannot match without ("@", "#", "://", "www.",
 * a dot before a top-level domain), in a window cut at whitespace: long posts are not scanned
 * position by position with the expensive patterns.
 */
const PATTERNS: Array<[SpecialKind, RegExp, RegExp]> = [
  ['email', /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, /@/g],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, /:\/\/|www\./gi],
  [
    'url',
    new RegExp(`(?<![a-z0-9.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})\\b(?:\\/[^\\s<>"]*)?`, 'giu'),
    new RegExp(`[a-z0-9]\\.(?:${TLDS})\\b`, 'gi'),
  ],
  ['handle', /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]{1,30}/gu, /@/g],
  ['hashtag', /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*(?:#[\p{L}\p{N}_]+)*/gu, /#/g],
];

/** How far a window reaches from an anchor to the whitespace that bounds it. */
const REACH = 512;

const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** Windows of the text, cut at whitespace, around each match of `anchor`; overlapping windows merged. */
function windowsAround(text: string, anchor: RegExp): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    let from = m.index;
    const floor = Math.max(0, m.index - REACH);
    while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = m.index + m[0].length;
    const ceiling = Math.min(text.length, to + REACH);
    while (to < ceiling && !isSpace(text.charCodeAt(to))) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    anchor.lastIndex = Math.max(anchor.lastIndex, to);
  }
  return windows;
}

export function findSpecialSpans(text: string): SpecialSpan[] {
  const spans: SpecialSpan[] = [];
  for (const [kind, pattern, anchor] of PATTERNS) {
    for (const [from, to] of windowsAround(text, anchor)) {
      const window = text.slice(from, to);
      for (const match of execAll(pattern, window)) {
        const start = from + match.index;
        let value = match[0];
        if (kind === 'url') value = trimUrl(value);
        const end = start + value.length;
        if (end > start && !overlapsAny(spans, start, end)) spans.push({ kind, start, end });
      }
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
