/**
 * Street addresses: a house number, a capitalised street name and a street type ("14 Beech
 * Avenue", "3 Chapel Row", "Flat 2, 14 Beech Avenue", "12a High St"), or a house number
 * and a Welsh street ("12 Heol y Parc", "3 Stryd Fawr"). The street types are data
 * (`rules/data/personal-data.ts`), compiled once with `addressPatterns`.
 *
 * A flat or room in a named block counts too ("Flat 4, Osprey Court", "Room 12, Oakleigh House").
 * A street name without a number ("on Beech Avenue") is not an address, and neither is a
 * day and month that happens to precede a street type ("14 May Road closures").
 */
import { escapeRegExp, execAll } from '../match/regex';

export interface AddressPatterns {
  english: RegExp;
  welsh: RegExp;
  /** "Flat 4, Osprey Court", "Room 12, Oakleigh House": a flat or room in a named block, with no street number. */
  building: RegExp;
  /** "14 beech avenue": only worth reading after a cue such as "lives at". */
  lowerCase: RegExp;
}

export interface AddressMatch {
  /** Written all in lower case ("14 beech avenue"). */
  lowerCase: boolean;
  start: number;
  end: number;
  /** The house (and flat) number part, from `start`. */
  numberEnd: number;
  /** Where the street name starts. */
  streetStart: number;
  houseNumber: string;
  /** "Beech Avenue". */
  street: string;
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

const BEFORE = '(?<![\\p{L}\\p{N}£$€.,/:#@&+-])';
const NUMBER = '\\d{1,4}[A-Za-z]?(?:[ \\u00a0]?[-\\u2013][ \\u00a0]?\\d{1,4}[A-Za-z]?)?';
const NAME_WORD = "\\p{Lu}[\\p{L}'\\u2019-]*\\.?";

/**
 * Compiles the street types (`english`: words that end a street name; `welsh`: words that
 * start one), the words for a flat ("Flat", "Apartment"), and the street types that are also
 * read in lower case (`lowerCaseTypes`).
 */
export function addressPatterns(
  english: readonly string[],
  welsh: readonly string[],
  flatWords: readonly string[],
  lowerCaseTypes: readonly string[] = [],
  building: { rooms: readonly string[]; names: readonly string[] } = { rooms: [], names: [] },
): AddressPatterns {
  const rooms = building.rooms.flatMap((w) => [w, w.toLowerCase()]);
  const lowerFlat = `(?:(?:${alternation(flatWords.map((w) => w.toLowerCase()))})\\.?[ \\u00a0]+\\d{1,4}[a-z]?,?[ \\u00a0]+)?`;
  const flat = `(?:(?:${alternation(flatWords)})\\.?[ \\u00a0]+\\d{1,4}[A-Za-z]?,?[ \\u00a0]+)?`;
  return {
    english: new RegExp(
      `${BEFORE}(${flat}(${NUMBER}))[ \\u00a0]+((?:${NAME_WORD}[ \\u00a0]+){1,3}?(?:${alternation(english)}))(?![\\p{L}\\p{N}'\\u2019])`,
      'gu',
    ),
    welsh: new RegExp(
      `${BEFORE}(${flat}(${NUMBER}))[ \\u00a0]+((?:${alternation(welsh)})(?:[ \\u00a0]+(?:y|yr|'r))?[ \\u00a0]+\\p{Lu}[\\p{L}'\\u2019-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'\\u2019-]*)?)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    building: new RegExp(
      rooms.length === 0 || building.names.length === 0
        ? '(?!)'
        : `${BEFORE}((?:${alternation(rooms)})\\.?[ \\u00a0]+(\\d{1,4}[A-Za-z]?)),?[ \\u00a0]+((?:${NAME_WORD}[ \\u00a0]+){1,3}?(?:${alternation(building.names)}))(?![\\p{L}\\p{N}'\\u2019])`,
      'gu',
    ),
    lowerCase: new RegExp(
      lowerCaseTypes.length === 0
        ? '(?!)'
        : `${BEFORE}(${lowerFlat}(${NUMBER}))[ \\u00a0]+((?:\\p{Ll}[\\p{Ll}'\\u2019-]*[ \\u00a0]+){1,2}?(?:${alternation(lowerCaseTypes.map((w) => w.toLowerCase()))}))(?![\\p{L}\\p{N}'\\u2019])`,
      'gu',
    ),
  };
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** Finds street addresses, in order; those in lower case too when `lowerCase` is set. */
export function findStreetAddresses(text: string, patterns: AddressPatterns, options: { lowerCase?: boolean } = {}): AddressMatch[] {
  const out: AddressMatch[] = [];
  const list = options.lowerCase
    ? [patterns.english, patterns.welsh, patterns.building, patterns.lowerCase]
    : [patterns.english, patterns.welsh, patterns.building];
  for (const pattern of list) {
    for (const m of execAll(pattern, text)) {
      const numberPart = m[1]!;
      const houseNumber = m[2]!;
      const street = m[3]!;
      const start = m.index;
      const streetStart = start + m[0].length - street.length;
      // "14 May Road closures": a date, not a house.
      if (MONTH.test(street) && Number.parseInt(houseNumber, 10) <= 31) continue;
      const lowerCase = pattern === patterns.lowerCase;
      if (lowerCase && /^(?:the|a|an|on|of|in|at|and|to|my|our|old|new)\s/.test(street)) continue;
      out.push({ lowerCase, start, end: start + m[0].length, numberEnd: start + numberPart.length, streetStart, houseNumber, street });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
