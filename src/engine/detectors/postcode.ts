/**
 * Full UK unit postcodes ("NG5 6PW", "SW1A 2AA", "W1A 1AA"), validated against the
 * Royal Mail format: outward code A9, A99, A9A, AA9, AA99 or AA9A; inward code a digit and
 * two letters other than C, I, K, M, O and V. A postcode sector ("NG5 7") or district
 * ("NG5") is not a unit postcode and is not matched.
 */
import { execAll } from '../match/regex';

export interface PostcodeMatch {
  start: number;
  end: number;
  /** "NG5", upper case. */
  outward: string;
  /** "6PW", upper case. */
  inward: string;
  /** Written in capitals, as postcodes usually are. */
  upperCase: boolean;
}

/**
 * One- and two-letter areas are separate patterns: each starts with a fixed run of letters
 * and a digit, which the regular-expression engine rejects quickly at almost every position
 * of ordinary text (one pattern with `[A-Za-z]{1,2}` is twenty times slower).
 */
const CANDIDATES = [
  /(?<![\p{L}\p{N}_@./-])([A-Za-z]{2}\d[A-Za-z\d]?)([ \u00a0]?)(\d[A-Za-z]{2})(?![\p{L}\p{N}_@/-])/gu,
  /(?<![\p{L}\p{N}_@./-])([A-Za-z]\d[A-Za-z\d]?)([ \u00a0]?)(\d[A-Za-z]{2})(?![\p{L}\p{N}_@/-])/gu,
];

/** Third character of an A9A outward code. */
const THIRD_LETTER = /^[ABCDEFGHJKPSTUW]$/;
/** Fourth character of an AA9A outward code. */
const FOURTH_LETTER = /^[ABEHMNPRVWXY]$/;
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;

/**
 * Checks a postcode's shape and its area (`areas`: the known postcode areas, upper case).
 * Returns the outward and inward codes, or null.
 */
export function parsePostcode(value: string, areas: ReadonlySet<string>): { outward: string; inward: string } | null {
  const compact = value.replace(/[\s\u00a0]+/g, '').toUpperCase();
  const m = /^([A-Z]{1,2})(\d)([A-Z\d]?)(\d[A-Z]{2})$/.exec(compact);
  if (!m) return null;
  const [, area, digit, extra, inward] = m as unknown as [string, string, string, string, string];
  if (!areas.has(area)) return null;
  if (!INWARD.test(inward)) return null;
  if (extra && !/\d/.test(extra)) {
    if (area.length === 1 && !THIRD_LETTER.test(extra)) return null;
    if (area.length === 2 && !FOURTH_LETTER.test(extra)) return null;
  }
  return { outward: area + digit + extra, inward };
}

/**
 * Finds postcodes. Mixed-case ("Ng5 6pw") is never read as a postcode; lower case only when
 * `lowerCase` is set (the caller decides, e.g. after the word "postcode"). Without a space,
 * only capitals count ("NG56PW").
 */
export function findPostcodes(text: string, areas: ReadonlySet<string>, options: { lowerCase?: boolean } = {}): PostcodeMatch[] {
  const out: PostcodeMatch[] = [];
  for (const pattern of CANDIDATES) {
    for (const m of execAll(pattern, text)) {
      const raw = m[1]! + m[3]!;
      const upperCase = raw === raw.toUpperCase();
      const lowerCase = raw === raw.toLowerCase();
      if (!upperCase && !(lowerCase && options.lowerCase)) continue;
      if (!m[2] && !upperCase) continue;
      const parsed = parsePostcode(raw, areas);
      if (!parsed) continue;
      out.push({ start: m.index, end: m.index + m[0].length, ...parsed, upperCase });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
