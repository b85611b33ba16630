/**
 * Vehicle registration marks (DVLA INF104).
 *
 * - Current format (since September 2001): a two-letter memory tag, a two-digit age
 *   identifier and three random letters ("YX73 KLM"). The memory tag never uses I, Q or Z
 *   and starts with a region letter; the random letters never use I or Q; the age
 *   identifier is March (02, 03 … the year) or September (51, 52 … the year + 50) and is
 *   checked against the date the post is written, so future marks are not read.
 * - Prefix format (1983–2001): an age letter, one to three digits and three letters ("P123 ABC").
 * - Suffix format (1963–1983): three letters, one to three digits and an age letter ("ABC 123D").
 *
 * The older formats look like many other codes, so they are only read in capitals, and callers
 * should only count them next to a cue ("reg", "car", "van").
 */
import { execAll } from '../match/regex';

export type RegistrationFormat = 'current' | 'prefix' | 'suffix';

export interface RegistrationMatch {
  start: number;
  end: number;
  format: RegistrationFormat;
  /** Written in capitals, as registrations usually are. */
  upperCase: boolean;
}

/** First letters of current-format memory tags (DVLA regions). */
const REGION = 'ABCDEFGHKLMNOPRSVWXY';
const CURRENT = /(?<![\p{L}\p{N}_@#/.-])([A-Za-z]{2})(\d{2})[ \u00a0]?([A-Za-z]{3})(?![\p{L}\p{N}_@/-])/gu;
/** The older formats are read in capitals only: in lower case they are ordinary words ("the 123a"). */
const PREFIX = /(?<![\p{L}\p{N}_@#/.-])([A-HJ-NPR-Y])(\d{1,3})[ \u00a0]?([A-HJ-PR-Z]{3})(?![\p{L}\p{N}_@/-])/gu;
const SUFFIX = /(?<![\p{L}\p{N}_@#/.-])([A-HJ-PR-Z]{3})[ \u00a0]?(\d{1,3})([A-HJ-NPR-Y])(?![\p{L}\p{N}_@/-])/gu;

const HAS_DIGIT = /\d/;

/** The newest age identifiers issued by `now`: March ("25") and September ("75"). */
export function latestAgeIdentifiers(now: Date): { march: number; september: number } {
  const year = now.getUTCFullYear() % 100;
  const month = now.getUTCMonth() + 1;
  const march = month >= 3 ? year : year - 1;
  const september = (month >= 9 ? year : year - 1) + 50;
  return { march, september };
}

/** Is this a current-format mark that could have been issued by `now`? */
export function isCurrentFormatRegistration(value: string, now: Date): boolean {
  const compact = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  const m = /^([A-Z])([A-Z])(\d{2})([A-Z]{3})$/.exec(compact);
  if (!m) return false;
  const [, region, office, age, random] = m as unknown as [string, string, string, string, string];
  if (!REGION.includes(region) || /[IQZ]/.test(office) || /[IQ]/.test(random)) return false;
  const id = Number(age);
  const latest = latestAgeIdentifiers(now);
  return (id >= 2 && id <= latest.march && id < 51) || (id >= 51 && id <= latest.september);
}

/** Finds registration-shaped marks: every current-format mark, and prefix and suffix ones. */
export function findRegistrations(text: string, now: Date): RegistrationMatch[] {
  const out: RegistrationMatch[] = [];
  // Every format has a digit; most sentences have none.
  if (!HAS_DIGIT.test(text)) return out;
  const add = (pattern: RegExp, format: RegistrationFormat, valid: (m: RegExpMatchArray) => boolean) => {
    for (const m of execAll(pattern, text)) {
      if (!valid(m)) continue;
      const letters = m[0].replace(/[^A-Za-z]/g, '');
      out.push({ start: m.index, end: m.index + m[0].length, format, upperCase: letters === letters.toUpperCase() });
    }
  };
  add(CURRENT, 'current', (m) => isCurrentFormatRegistration(m[0], now));
  add(PREFIX, 'prefix', () => true);
  add(SUFFIX, 'suffix', () => true);
  return out.sort((a, b) => a.start - b.start);
}
