/**
 * Identity and money numbers with a published format or check digit: National Insurance
 * numbers (HMRC prefix rules), NHS numbers (modulus 11), payment cards (Luhn), IBANs
 * (mod 97), sort codes and account numbers. Each finder is one linear regular-expression
 * pass; whether a candidate counts (a cue nearby, a valid check digit) is for the caller.
 */
import { execAll } from '../match/regex';

export interface NumberMatch {
  start: number;
  end: number;
  /** The digits (and letters, for NI numbers and IBANs) without spaces or hyphens. */
  value: string;
}

/* ------------------------------------------------------------------ National Insurance */

export interface NinoMatch extends NumberMatch {
  prefix: string;
  /** A, B, C or D; empty when the number is written without it. */
  suffix: string;
  /** Written in capitals. */
  upperCase: boolean;
}

const NINO = /(?<![\p{L}\p{N}])([A-Za-z]{2})[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})(?:[ \u00a0-]?([A-Da-d]))?(?![\p{L}\p{N}])/gu;

/** Prefixes HMRC never issues (NIM39110). */
const NINO_UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * HMRC's rules for a real prefix: neither letter is D, F, I, Q, U or V; the second is not
 * O; and BG, GB, KN, NK, NT, TN and ZZ are not used.
 */
export function isIssuedNinoPrefix(prefix: string): boolean {
  const p = prefix.toUpperCase();
  if (!/^[A-Z]{2}$/.test(p)) return false;
  if (/[DFIQUV]/.test(p)) return false;
  if (p[1] === 'O') return false;
  return !NINO_UNUSED_PREFIXES.has(p);
}

/** Everything shaped like a National Insurance number ("AB 12 34 56 C", "QQ123456C", "ab123456"). */
export function findNinoShapes(text: string): NinoMatch[] {
  const out: NinoMatch[] = [];
  for (const m of execAll(NINO, text)) {
    const prefix = m[1]!;
    const suffix = m[5] ?? '';
    const letters = prefix + suffix;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: (prefix + m[2] + m[3] + m[4] + suffix).toUpperCase(),
      prefix: prefix.toUpperCase(),
      suffix: suffix.toUpperCase(),
      upperCase: letters === letters.toUpperCase(),
    });
  }
  return out;
}

/* ------------------------------------------------------------------ NHS number */

export interface NhsShape extends NumberMatch {
  /** Written 3-3-4 with one kind of separator ("943 476 5919", "943-476-5919"). */
  grouped: boolean;
}

const TEN_DIGITS = /(?<![\p{L}\p{N}£$€.,/-])(\d{3})([ \u00a0-]?)(\d{3})\2(\d{4})(?![\p{N}]|[.,/-]\d|\p{L})/gu;

/** The NHS number's modulus 11 check: weights 10 to 2, check digit 11 − remainder (11 → 0, 10 → invalid). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/** Ten-digit numbers written 3-3-4 or run together. */
export function findTenDigitNumbers(text: string): NhsShape[] {
  const out: NhsShape[] = [];
  for (const m of execAll(TEN_DIGITS, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1]! + m[3]! + m[4]!, grouped: m[2] !== '' });
  }
  return out;
}

/* ------------------------------------------------------------------ payment cards */

/** The Luhn (mod 10) check used by payment card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the card schemes used in the UK (Visa, Mastercard, Amex, Maestro, Discover, Diners, JCB). */
export function hasCardIssuerPrefix(digits: string): boolean {
  return /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|3(?:0[0-5]|[68])|35|5018|5020|5038|6304|67|6011|65)/.test(digits);
}

export interface CardShape extends NumberMatch {
  /** Written in groups ("4111 1111 1111 1111", Amex "3782 822463 10005"). */
  grouped: boolean;
}

const CARD = /(?<![\p{L}\p{N}£$€.,/-])(?:\d{4}([ \u00a0-])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ \u00a0-])\d{6}\2\d{5}|\d{13,19})(?![\p{N}]|[.,/-]\d|\p{L})/gu;

/** Card-shaped numbers: 4-4-4-4(-3), 4-6-5, or 13 to 19 digits run together. */
export function findCardShapes(text: string): CardShape[] {
  const out: CardShape[] = [];
  for (const m of execAll(CARD, text)) {
    const value = m[0].replace(/\D/g, '');
    out.push({ start: m.index, end: m.index + m[0].length, value, grouped: value.length !== m[0].length });
  }
  return out;
}

/* ------------------------------------------------------------------ bank details */

const IBAN = /(?<![\p{L}\p{N}])([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/gu;

/** ISO 13616's mod 97 check. */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith('GB') && compact.length !== 22) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const digit of part) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** IBANs with a valid check ("GB29 NWBK 6016 1331 9268 19"). */
export function findIbans(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of execAll(IBAN, text)) {
    if (!/\d{4}/.test(m[0].replace(/\s/g, '').slice(4))) continue;
    if (isValidIban(m[0])) out.push({ start: m.index, end: m.index + m[0].length, value: m[0].replace(/\s/g, '') });
  }
  return out;
}

const SORT_CODE = /(?<![\p{L}\p{N}£$€./:-])(\d{2})([- \u00a0\u2013])(\d{2})\2(\d{2})(?![\p{L}\p{N}]|[-./:\u2013]\d)/gu;

/** Six digits written 2-2-2 ("40-12-76", "40 12 76"). */
export function findSortCodeShapes(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of execAll(SORT_CODE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1]! + m[3]! + m[4]! });
  }
  return out;
}

const ACCOUNT = /(?<![\p{L}\p{N}£$€.,/:-])(?:\d{7,10}|\d{4}[ \u00a0]\d{4})(?![\p{L}\p{N}]|[.,/:-]\d)/gu;

/** Bank account numbers: 7 to 10 digits, or 8 written 4 4 ("9123 4567"). */
export function findAccountShapes(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of execAll(ACCOUNT, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0].replace(/\D/g, '') });
  }
  return out;
}
