import { describe, expect, it } from 'vitest';
import personalData from '../../../rules/personal-data';
import { GENERIC_COUNCIL } from '../../../src/config/generic';
import type { RuleContext } from '../../../src/engine/define-rule';
import { findDates } from '../../../src/engine/detectors/dates';
import {
  findAccountShapes,
  findCardShapes,
  findIbans,
  findNinoShapes,
  findSortCodeShapes,
  findTenDigitNumbers,
} from '../../../src/engine/detectors/identifiers';
import { findPhoneNumbers } from '../../../src/engine/detectors/phone';
import { findPostcodes } from '../../../src/engine/detectors/postcode';
import { addressPatterns, findStreetAddresses } from '../../../src/engine/detectors/street-address';
import { findRegistrations } from '../../../src/engine/detectors/vehicle';
import { TextDocument } from '../../../src/engine/text/document';
import { FLAT_WORDS, POSTCODE_AREAS, STREET_TYPES, WELSH_STREET_TYPES } from '../../../rules/data/personal-data';

const AREAS = new Set(POSTCODE_AREAS.map((entry) => entry.area));
const PATTERNS = addressPatterns(
  STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
  WELSH_STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
  FLAT_WORDS,
);
const NOW = new Date('2026-11-22T12:00:00Z');

/** A deterministic pseudo-random string of `length` characters drawn from `alphabet`. */
function randomText(alphabet: string, length: number, seed: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out.push(alphabet[state % alphabet.length]!);
  }
  return out.join('');
}

const MB = 1_000_000;
const INPUTS: Record<string, string> = {
  'digits and separators': randomText('0123456789 -().+/', MB, 1),
  'letters, digits and punctuation': randomText('0123456789 ABCDEFGHKLMNPRSTWXYZabcdefg-/.,:()+@', MB, 2),
  'street words and numbers': randomText('0123456789 Road Street Avenue Close The Beech Oak Flat ', MB, 3),
  'a million zeros and spaces': `0${' 0'.repeat(MB / 2)}`,
  'every Unicode plane': randomText('0 1\u00a0A\u00e9\u0142\u0416\u4e2d\ud83d\ude00\u2013\u2019', MB, 4),
};

function allDetectors(text: string): Array<{ start: number; end: number }> {
  return [
    ...findPhoneNumbers(text),
    ...findPostcodes(text, AREAS, { lowerCase: true }),
    ...findDates(text),
    ...findRegistrations(text, NOW),
    ...findStreetAddresses(text, PATTERNS),
    ...findNinoShapes(text),
    ...findTenDigitNumbers(text),
    ...findCardShapes(text),
    ...findIbans(text),
    ...findSortCodeShapes(text),
    ...findAccountShapes(text),
  ];
}

describe('detectors on hostile input', () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`scan 1 MB of ${name} in linear time`, () => {
      const started = performance.now();
      const spans = allDetectors(text);
      const elapsed = performance.now() - started;
      // About 0.1 s here; the bound only catches runaway backtracking.
      expect(elapsed).toBeLessThan(3000);
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.end).toBeGreaterThan(span.start);
      }
    });
  }

  it('runs the whole rule on 1 MB without throwing, with every span inside the text', () => {
    const text = INPUTS['letters, digits and punctuation']!;
    const doc = new TextDocument(text);
    const reports: Array<{ start: number; end: number }> = [];
    const context = {
      text,
      doc,
      strictness: 'standard',
      platform: 'generic',
      mode: 'post',
      council: GENERIC_COUNCIL,
      history: [],
      extraWords: [],
      now: NOW,
      report: (report: { start: number; end: number }) => reports.push(report),
    } as unknown as RuleContext;
    const started = performance.now();
    personalData.check(context);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays linear when the same address repeats in one long sentence', () => {
    const time = (repeats: number) => {
      const text = 'at 14 Beech Avenue NG5 6PW, call 07700 900123 '.repeat(repeats);
      const doc = new TextDocument(text);
      const context = {
        text, doc, strictness: 'standard', platform: 'generic', mode: 'post', council: GENERIC_COUNCIL,
        history: [], extraWords: [], now: NOW, report: () => undefined,
      } as unknown as RuleContext;
      const started = performance.now();
      personalData.check(context);
      return performance.now() - started;
    };
    time(500);
    const small = time(2_000);
    const large = time(8_000);
    // Four times the text: well under sixteen times the time (quadratic), allowing for noise.
    expect(large).toBeLessThan(Math.max(small * 10, 200));
  });
});
