import { describe, expect, it } from 'vitest';
import { findRegistrations, isCurrentFormatRegistration, latestAgeIdentifiers } from '../../../src/engine/detectors/vehicle';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('vehicle registrations', () => {
  it('knows which age identifiers have been issued', () => {
    expect(latestAgeIdentifiers(NOW)).toEqual({ march: 26, september: 76 });
    expect(latestAgeIdentifiers(new Date('2026-02-10T12:00:00Z'))).toEqual({ march: 25, september: 75 });
  });

  it.each([
    ['YX73 KLM', true],
    ['YF68OPL', true],
    ['AB02 CDE', true],
    ['AB51 CDE', true],
    ['AB26 CDE', true],
    ['AB76 CDE', true],
    ['AB27 CDE', false], // March 2027
    ['AB77 CDE', false], // September 2027
    ['AB01 CDE', false], // never issued
    ['AB50 CDE', false],
    ['IB73 KLM', false], // I is not a region
    ['AQ73 KLM', false], // Q is not an office letter
    ['YX73 KIM', false], // I is not used in the random letters
  ])('%s is a current-format mark: %s', (value, expected) => {
    expect(isCurrentFormatRegistration(value, NOW)).toBe(expected);
  });

  it('finds current, prefix and suffix formats', () => {
    const text = 'YX73 KLM, P123 ABC, ABC 123D, yx73 klm, p123 abc, A6 road, X1YZ.';
    expect(findRegistrations(text, NOW).map((m) => [text.slice(m.start, m.end), m.format, m.upperCase])).toEqual([
      ['YX73 KLM', 'current', true],
      ['P123 ABC', 'prefix', true],
      ['ABC 123D', 'suffix', true],
      ['yx73 klm', 'current', false],
    ]);
  });
});
