import { foldChar } from './fold';
import { findSpecialSpans, type SpecialKind } from './special-spans';

export type TokenKind = 'word' | 'number' | SpecialKind;

export interface Token {
  index: number;
  kind: TokenKind;
  start: number;
  end: number;
  raw: string;
  /**
   * The folded form word lists are matched against: lower case, look-alikes folded,
   * leetspeak decoded ("sh1t" → "shit"). Masking characters stay as `*` ("f**k").
   */
  norm: string;
  /** The norm without apostrophes: how word lists look tokens up ("you're" → "youre"). */
  key: string;
  /** The norm contains `*`, standing for hidden letters. */
  masked: boolean;
  /** Only whitespace or hyphens separate this token from the previous one. */
  joinedToPrevious: boolean;
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '$': 's', '@': 'a', '!': 'i', '|': 'l', '#': '*',
};

/** Road numbers, postcode districts, times and quantities: "A55", "NG5", "SW1A", "4pm", "3rd", "1.4m". */
const UPPER_CODE = /^[A-Z]{1,2}\d{1,4}[A-Z]{0,2}$/;
const LOOKS_LIKE_CODE =
  /^(?:\d+(?:st|nd|rd|th|am|pm|m|bn|k|p|s|mph|km|kg|ft|yr|yrs|x|g|ml|l|cm|mm|hr|hrs|h|min|mins|sec|secs|gb|mb|kw|kwh))$/i;

const ASCII_WORD = /^[A-Za-z0-9']+$/;

/** One to three spaces, tabs or hyphens (not a dash "--"): the words belong to one phrase. */
function isJoiningGap(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 3) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 45) hyphens++;
    else if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return hyphens < 2;
}

function isWordChar(code: number, ch: string): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{M}]/u.test(ch);
}

/**
 * Splits text into word, number and special (URL, e-mail, handle, hashtag) tokens. Masked
 * swearing stays one token: `f*ck`, `f**king`, `sh!t`, `a$$`, `tw@t`.
 */
export function tokenise(text: string): Token[] {
  const specials = findSpecialSpans(text);
  const tokens: Token[] = [];
  let special = 0;
  let i = 0;
  let lastEnd = 0;
  const n = text.length;

  const push = (kind: TokenKind, start: number, end: number, norm: string, masked: boolean) => {
    tokens.push({
      index: tokens.length,
      kind,
      start,
      end,
      raw: text.slice(start, end),
      norm,
      key: norm.includes("'") ? norm.replace(/'/g, '') : norm,
      masked,
      joinedToPrevious: tokens.length > 0 && isJoiningGap(text, lastEnd, start),
    });
    lastEnd = end;
  };

  while (i < n) {
    const next = specials[special];
    if (next && i >= next.start) {
      let norm = '';
      for (const ch of text.slice(next.start, next.end)) norm += foldChar(ch);
      push(next.kind, next.start, next.end, norm, false);
      i = next.end;
      special++;
      continue;
    }
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    const startsMasked = (ch === '$' || ch === '*') && isLetter(text[i + 1]);
    if (!isWordChar(code, ch) && !startsMasked) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    const limit = next ? next.start : n;
    let hasLetter = false;
    let hasDigit = false;
    let hasSymbol = false;
    while (i < limit) {
      const c = text.charCodeAt(i);
      const cur = text[i]!;
      const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const chunk = width === 2 ? text.slice(i, i + 2) : cur;
      if (isWordChar(c, chunk)) {
        if (c >= 48 && c <= 57) hasDigit = true;
        else hasLetter = true;
        i += width;
        continue;
      }
      const prev = text[i - 1];
      const after = text[i + 1];
      if ((cur === "'" || cur === '\u2019') && i > start && isLetter(prev) && isLetter(after)) {
        i++;
        continue;
      }
      if (cur === '*' && i > start) {
        hasSymbol = true;
        i++;
        continue;
      }
      if (cur === '*' && i === start) {
        i++;
        continue;
      }
      if ((cur === '@' || cur === '!' || cur === '|' || cur === '#') && isLetter(prev) && isLetter(after)) {
        hasSymbol = true;
        i++;
        continue;
      }
      if (cur === '$' && (i === start ? isLetter(after) : isLetter(prev) || prev === '$')) {
        hasSymbol = true;
        i++;
        continue;
      }
      break;
    }
    if (i === start) {
      i++;
      continue;
    }
    const raw = text.slice(start, i);
    const obfuscated = hasLetter && (hasSymbol || (hasDigit && !LOOKS_LIKE_CODE.test(raw) && !UPPER_CODE.test(raw)));
    let norm = '';
    if (!obfuscated && ASCII_WORD.test(raw)) {
      norm = raw.toLowerCase();
    } else {
      for (const piece of raw) {
        const folded = foldChar(piece);
        norm += obfuscated ? (LEET[folded] ?? folded) : folded;
      }
    }
    const kind: TokenKind = hasLetter || norm.includes('*') ? 'word' : 'number';
    push(kind, start, i, norm, norm.includes('*'));
  }
  return tokens;
}
