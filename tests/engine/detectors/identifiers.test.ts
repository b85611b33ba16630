import { describe, expect, it } from 'vitest';
import {
  findAccountShapes,
  findCardShapes,
  findIbans,
  findNinoShapes,
  findSortCodeShapes,
  findTenDigitNumbers,
  hasCardIssuerPrefix,
  isIssuedNinoPrefix,
  isValidIban,
  isValidNhsNumber,
  luhnValid,
} from '../../../src/engine/detectors/identifiers';

describe('National Insurance numbers', () => {
  it('applies HMRC prefix rules', () => {
    expect(isIssuedNinoPrefix('AB')).toBe(true);
    expect(isIssuedNinoPrefix('ce')).toBe(true);
    for (const prefix of ['QQ', 'DA', 'AD', 'FA', 'IA', 'UA', 'VA', 'AO', 'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(isIssuedNinoPrefix(prefix), prefix).toBe(false);
    }
    expect(isIssuedNinoPrefix('OA')).toBe(true);
  });

  it('finds the shapes people write', () => {
    const text = 'QQ 12 34 56 C, AB123456C, ab 12 34 56, CE-12-34-56-D.';
    expect(findNinoShapes(text).map((m) => [text.slice(m.start, m.end), m.value, m.suffix, m.upperCase])).toEqual([
      ['QQ 12 34 56 C', 'QQ123456C', 'C', true],
      ['AB123456C', 'AB123456C', 'C', true],
      ['ab 12 34 56', 'AB123456', '', false],
      ['CE-12-34-56-D', 'CE123456D', 'D', true],
    ]);
  });

  it('does not read longer numbers or words', () => {
    expect(findNinoShapes('AB 12 34 567, XAB123456C, AB12345, AB 12 34 56E')).toEqual([]);
  });
});

describe('NHS numbers', () => {
  it('checks the modulus 11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('4857773456')).toBe(false);
    expect(isValidNhsNumber('1234567890')).toBe(false); // check digit would be 10
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('finds ten-digit numbers, grouped 3-3-4 or run together', () => {
    const text = 'NHS no. 943 476 5919, 943-476-5919, 9434765919, 943 476-5919, 943 476 59190.';
    expect(findTenDigitNumbers(text).map((m) => [text.slice(m.start, m.end), m.grouped])).toEqual([
      ['943 476 5919', true],
      ['943-476-5919', true],
      ['9434765919', false],
    ]);
  });
});

describe('payment cards', () => {
  it('checks Luhn and issuer prefixes', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(hasCardIssuerPrefix('4111111111111111')).toBe(true);
    expect(hasCardIssuerPrefix('5555555555554444')).toBe(true);
    expect(hasCardIssuerPrefix('378282246310005')).toBe(true);
    expect(hasCardIssuerPrefix('9111111111111111')).toBe(false);
  });

  it('finds grouped and run-together card numbers', () => {
    const text = 'Card 4111 1111 1111 1111, amex 3782 822463 10005, raw 5555555555554444, not 4111 1111 1111.';
    expect(findCardShapes(text).map((m) => [text.slice(m.start, m.end), m.value, m.grouped])).toEqual([
      ['4111 1111 1111 1111', '4111111111111111', true],
      ['3782 822463 10005', '378282246310005', true],
      ['5555555555554444', '5555555555554444', false],
    ]);
  });
});

describe('bank details', () => {
  it('checks IBANs with mod 97', () => {
    expect(isValidIban('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(isValidIban('GB29 NWBK 6016 1331 9268 18')).toBe(false);
    expect(isValidIban('GB29 NWBK 6016 1331 9268')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
  });

  it('finds valid IBANs only', () => {
    const text = 'Pay GB29 NWBK 6016 1331 9268 19 or GB82WEST12345698765432, not GB00 NWBK 6016 1331 9268 19.';
    expect(findIbans(text).map((m) => text.slice(m.start, m.end))).toEqual(['GB29 NWBK 6016 1331 9268 19', 'GB82WEST12345698765432']);
  });

  it('finds sort-code and account-number shapes', () => {
    const text = 'sort code 40-12-76, account 91234567; 40 12 76; 1-2-3; 40-12-76-55; 9123 4567; 123456; 12345678901.';
    expect(findSortCodeShapes(text).map((m) => text.slice(m.start, m.end))).toEqual(['40-12-76', '40 12 76']);
    expect(findAccountShapes(text).map((m) => text.slice(m.start, m.end))).toEqual(['91234567', '9123 4567']);
  });
});
