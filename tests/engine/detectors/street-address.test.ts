import { describe, expect, it } from 'vitest';
import { addressPatterns, findStreetAddresses } from '../../../src/engine/detectors/street-address';
import { BUILDING_ADDRESS, FLAT_WORDS, STREET_TYPES, WELSH_STREET_TYPES } from '../../../rules/data/personal-data';

const PATTERNS = addressPatterns(
  STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
  WELSH_STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
  FLAT_WORDS,
  STREET_TYPES.filter((t) => t.lowerCase).flatMap((t) => [t.name, ...(t.forms ?? [])]),
);
const found = (text: string) => findStreetAddresses(text, PATTERNS).map((a) => [text.slice(a.start, a.end), a.houseNumber, a.street]);

describe('findStreetAddresses', () => {
  it.each([
    ['14 Beech Avenue', '14', 'Beech Avenue'],
    ['3 Chapel Row', '3', 'Chapel Row'],
    ['8 Heron Close', '8', 'Heron Close'],
    ['12a High St', '12a', 'High St'],
    ['221B Baker Street', '221B', 'Baker Street'],
    ['14-16 Beech Avenue', '14-16', 'Beech Avenue'],
    ["5 St John's Road", '5', "St John's Road"],
    ['3 The Street', '3', 'The Street'],
    ['12 Heol y Parc', '12', 'Heol y Parc'],
    ['3 Stryd Fawr', '3', 'Stryd Fawr'],
  ])('reads %s', (address, houseNumber, street) => {
    expect(found(`They live at ${address}, I think.`)).toEqual([[address, houseNumber, street]]);
  });

  it('keeps a flat number with the address', () => {
    expect(found('Flat 2, 14 Beech Avenue has no heating.')).toEqual([['Flat 2, 14 Beech Avenue', '14', 'Beech Avenue']]);
  });

  it.each([
    'the new crossing on Beech Avenue',
    'Proof of address needed.',
    '46 surgeries and 900 cases',
    '14 beech avenue in lower case',
    'the A610 Nuthall Road',
    'from 14 May Road closures apply',
    'Unit 3, Station Yard',
    'ref 24/00871 Station Road',
    '£3 Market Place stalls',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads lower case only when asked, and only with unambiguous street words', () => {
    const text = 'She lives at 14 beech avenue, a 12 mins walk or 10 minutes drive away, 2 doors close by.';
    expect(findStreetAddresses(text, PATTERNS).map((a) => text.slice(a.start, a.end))).toEqual([]);
    expect(findStreetAddresses(text, PATTERNS, { lowerCase: true }).map((a) => [text.slice(a.start, a.end), a.lowerCase])).toEqual([
      ['14 beech avenue', true],
    ]);
  });

  it('reads a flat or room in a named block when given the building words', () => {
    const withBuildings = addressPatterns(
      STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
      WELSH_STREET_TYPES.flatMap((t) => [t.name, ...(t.forms ?? [])]),
      FLAT_WORDS,
      [],
      BUILDING_ADDRESS,
    );
    const read = (text: string) => findStreetAddresses(text, withBuildings).map((a) => [text.slice(a.start, a.end), a.houseNumber, a.street]);
    expect(read('Nora in flat 9, Larch Court is 91.')).toEqual([['flat 9, Larch Court', '9', 'Larch Court']]);
    expect(read('Cards to Room 7, Willow Lodge, please.')).toEqual([['Room 7, Willow Lodge', '7', 'Willow Lodge']]);
    expect(read('Flat 2, 14 Beech Avenue has no heating.')).toEqual([['Flat 2, 14 Beech Avenue', '14', 'Beech Avenue']]);
    expect(read('Unit 3, Station Yard')).toEqual([]);
    expect(found('Nora in flat 9, Larch Court is 91.')).toEqual([]);
  });
});
