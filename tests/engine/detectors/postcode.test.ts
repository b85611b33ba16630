import { describe, expect, it } from 'vitest';
import { findPostcodes, parsePostcode } from '../../../src/engine/detectors/postcode';
import { POSTCODE_AREAS } from '../../../rules/data/personal-data';

const AREAS = new Set(POSTCODE_AREAS.map((entry) => entry.area));
const spans = (text: string, lowerCase = false) => findPostcodes(text, AREAS, { lowerCase }).map((m) => text.slice(m.start, m.end));

describe('parsePostcode', () => {
  it.each([
    ['NG5 6PW', 'NG5', '6PW'],
    ['SW1A 2AA', 'SW1A', '2AA'],
    ['W1A 1AA', 'W1A', '1AA'],
    ['M1 1AE', 'M1', '1AE'],
    ['B33 8TH', 'B33', '8TH'],
    ['CR2 6XH', 'CR2', '6XH'],
    ['DN55 1PT', 'DN55', '1PT'],
    ['EC1A 1BB', 'EC1A', '1BB'],
    ['ng56pw', 'NG5', '6PW'],
  ])('accepts %s', (value, outward, inward) => {
    expect(parsePostcode(value, AREAS)).toEqual({ outward, inward });
  });

  it.each([
    ['QQ1 1AA', 'no such area'],
    ['NG5 6CW', 'C is not used in the inward code'],
    ['NG5 6PI', 'I is not used in the inward code'],
    ['W1I 1AA', 'I cannot be the third character'],
    ['SW1C 2AA', 'C cannot be the fourth character'],
    ['NG5 7', 'a sector, not a unit'],
    ['NG5', 'a district'],
  ])('rejects %s (%s)', (value) => {
    expect(parsePostcode(value, AREAS)).toBeNull();
  });

  it('knows every UK postcode area once', () => {
    expect(AREAS.size).toBe(POSTCODE_AREAS.length);
    expect(AREAS.size).toBe(124);
  });
});

describe('findPostcodes', () => {
  it('finds full postcodes in text', () => {
    expect(spans("I'm at 8 Heron Close, NG5 6PW. Or SW1A 2AA, or NG56PW.")).toEqual(['NG5 6PW', 'SW1A 2AA', 'NG56PW']);
  });

  it('ignores sectors, districts, road numbers, mixed case and codes inside words or links', () => {
    expect(spans('The NG5 7 sector, the A610, the M1, Ng5 6pw, XNG5 6PW, northdale.gov.uk/NG5-6PW, @NG5 6PW.')).toEqual([]);
  });

  it('reads lower case only when asked', () => {
    expect(spans('my postcode is ng5 6pw')).toEqual([]);
    expect(spans('my postcode is ng5 6pw', true)).toEqual(['ng5 6pw']);
    expect(spans('my postcode is ng56pw', true)).toEqual([]);
  });
});
