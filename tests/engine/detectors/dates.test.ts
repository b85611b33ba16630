import { describe, expect, it } from 'vitest';
import { findDates, fullYear } from '../../../src/engine/detectors/dates';

const spans = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.day, d.month, d.year]);

describe('findDates', () => {
  it('reads the ways UK dates are written', () => {
    const text = 'Born 14/06/1975, DOB 3.4.81, on 14-06-75, 14 June 1975, 14th of June 1975, June 14, 1975, 3 Sept 1940, 14 Mehefin 1975.';
    expect(spans(text)).toEqual([
      ['14/06/1975', 14, 6, 1975],
      ['3.4.81', 3, 4, 81],
      ['14-06-75', 14, 6, 75],
      ['14 June 1975', 14, 6, 1975],
      ['14th of June 1975', 14, 6, 1975],
      ['June 14, 1975', 14, 6, 1975],
      ['3 Sept 1940', 3, 9, 1940],
      ['14 Mehefin 1975', 14, 6, 1975],
    ]);
  });

  it('needs a day, a month and a year, and a real date', () => {
    expect(spans('14 June, 1 May, 31/02/2024, 13/13/2020, 14/06, 24/00871/FUL, 07:42, 1.4m, 2019, 10 Oak 1975')).toEqual([]);
  });

  it('looks only in the range given, with offsets into the whole text', () => {
    const text = 'On 1/2/2020 and born 14/06/1975.';
    expect(findDates(text, 16).map((d) => text.slice(d.start, d.end))).toEqual(['14/06/1975']);
  });
});

describe('fullYear', () => {
  it('reads a two-digit year as the latest year not after now', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(fullYear(81, true, now)).toBe(1981);
    expect(fullYear(5, true, now)).toBe(2005);
    expect(fullYear(26, true, now)).toBe(2026);
    expect(fullYear(27, true, now)).toBe(1927);
    expect(fullYear(1975, false, now)).toBe(1975);
  });
});
