/**
 * Telephone numbers in free text: UK numbers written nationally ("07700 900274",
 * "(01632) 960 500", "020 7946 0018") or internationally ("+44 7700 900561", "+44 (0)29
 * 2018 0457", "0044 …"), and other countries' numbers written with a `+`. Lengths and
 * ranges follow Ofcom's National Telephone Numbering Plan, so planning references
 * ("24/00871/FUL"), times ("07:42"), money and years are never read as numbers.
 *
 * One pass over the text; each candidate is read with a small hand-written scanner (no
 * backtracking regular expression), so the cost is linear in the length of the text.
 */
import { execAll } from '../match/regex';

export type PhoneKind =
  /** 07 (mobiles, pagers and 070 personal numbers). */
  | 'mobile'
  /** 01 and 02 (landlines). */
  | 'geographic'
  /** 055 and 056 (corporate and internet telephony). */
  | 'voip'
  /** 03, 08 and 09: charged and free-phone numbers organisations publish. */
  | 'non-geographic'
  /** A number outside the UK, written with `+` and its country code. */
  | 'international';

export interface PhoneMatch {
  start: number;
  end: number;
  /** UK numbers: the national form with its leading 0 ("07700900274"); others: "+" and digits. */
  number: string;
  kind: PhoneKind;
}

/** Where a number can start: `+`, `(0` or `0`, not inside a word, reference, time or amount. */
const START = /(?<![\p{L}\p{N}_/.:£$€#@&=%+\\-])(?:\+(?=\d)|\((?=0\d)|0(?=\d))/gu;

const MAX_DIGITS = 15;
const MAX_GROUPS = 7;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return /[\p{L}\p{N}]/u.test(ch);
}

interface Group {
  digits: string;
  /** Offset just after the group's last digit (or its closing bracket). */
  end: number;
}

/**
 * Reads digit groups from `at`: runs of digits separated by one space, hyphen, dot or
 * bracket ("(01632) 960 500", "0115-496-0712"). Stops at anything else.
 */
function readGroups(text: string, at: number): Group[] {
  const groups: Group[] = [];
  let i = at;
  let total = 0;
  if (text[i] === '(') i++;
  while (i < text.length && groups.length < MAX_GROUPS) {
    const startDigits = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === startDigits) break;
    const digits = text.slice(startDigits, i);
    total += digits.length;
    if (total > MAX_DIGITS) break;
    let end = i;
    if (text[i] === ')') {
      end = i + 1;
    }
    groups.push({ digits, end });
    // A separator: at most three characters from " -.()\u00a0\u2013", at most one space, then a digit.
    let k = i;
    let spaces = 0;
    let marks = 0;
    while (k < text.length && k - i < 3) {
      const ch = text[k]!;
      if (ch === ' ' || ch === '\u00a0') spaces++;
      else if (ch === '-' || ch === '.' || ch === '\u2013') marks++;
      else if (ch !== '(' && ch !== ')') break;
      k++;
    }
    if (k === i || spaces > 1 || marks > 1 || !isDigit(text.charCodeAt(k))) break;
    i = k;
  }
  return groups;
}

/** The kind of a UK number in national form, or null when no such number exists. */
export function ukNumberKind(national: string): PhoneKind | null {
  if (!/^0\d+$/.test(national)) return null;
  const length = national.length;
  switch (national[1]) {
    case '1':
      return length === 10 || length === 11 ? 'geographic' : null;
    case '2':
      return length === 11 && /^02[03489]/.test(national) ? 'geographic' : null;
    case '3':
      return length === 11 && /^03[0347]/.test(national) ? 'non-geographic' : null;
    case '5':
      if (length === 11 && /^05[56]/.test(national)) return 'voip';
      return length === 10 && national.startsWith('0500') ? 'non-geographic' : null;
    case '7':
      return length === 11 ? 'mobile' : null;
    case '8':
      if (national.startsWith('0800')) return length === 10 || length === 11 ? 'non-geographic' : null;
      return length === 11 && /^08(?:08|4|7)/.test(national) ? 'non-geographic' : null;
    case '9':
      return length === 11 && /^09[01]/.test(national) ? 'non-geographic' : null;
    default:
      return null;
  }
}

/**
 * The comparable form of a written number: UK numbers in national form ("01632960000" for
 * "+44 (0)1632 960 000"), other international numbers as "+" and digits; null when the
 * text holds no digits.
 */
export function normalisePhone(written: string): string | null {
  const trimmed = written.trim();
  let digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (!digits) return null;
  const plus = trimmed.startsWith('+');
  if (plus || digits.startsWith('00')) {
    if (!plus) digits = digits.slice(2);
    if (digits.startsWith('44')) return `0${digits.slice(2).replace(/^0/, '')}`;
    return `+${digits}`;
  }
  return digits;
}

/** Finds telephone numbers in the text, in order. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  let resumeAt = 0;
  for (const m of execAll(START, text)) {
    const start = m.index;
    if (start < resumeAt) continue;
    const found = readNumber(text, start);
    if (found) {
      out.push(found);
      resumeAt = found.end;
    }
  }
  return out;
}

function readNumber(text: string, start: number): PhoneMatch | null {
  const plus = text[start] === '+';
  const groups = readGroups(text, plus ? start + 1 : start);
  if (groups.length === 0) return null;
  // Try the longest run of groups first, so "07700 900274 24/7" keeps its number.
  for (let n = groups.length; n >= 1; n--) {
    const digits = groups.slice(0, n).map((g) => g.digits).join('');
    const end = groups[n - 1]!.end;
    if (isWordCode(text, end)) continue;
    const match = classify(text, start, end, digits, plus);
    if (match) return match;
  }
  return null;
}

function classify(text: string, start: number, end: number, digits: string, plus: boolean): PhoneMatch | null {
  if (plus || digits.startsWith('00')) {
    const international = plus ? digits : digits.slice(2);
    if (international.startsWith('44')) {
      // "+44 (0)20 …": the bracketed trunk 0 is written but not dialled.
      let rest = international.slice(2);
      if (rest.startsWith('0') && /\(0\)/.test(text.slice(start, end))) rest = rest.slice(1);
      const national = `0${rest}`;
      const kind = ukNumberKind(national);
      return kind ? { start, end, number: national, kind } : null;
    }
    if (!plus) return null;
    if (international.length < 8 || international.length > 15 || international.startsWith('0')) return null;
    return { start, end, number: `+${international}`, kind: 'international' };
  }
  const kind = ukNumberKind(digits);
  return kind ? { start, end, number: digits, kind } : null;
}
