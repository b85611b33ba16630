import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, normalisePhone, ukNumberKind } from '../../../src/engine/detectors/phone';

const found = (text: string) => findPhoneNumbers(text).map((m) => [text.slice(m.start, m.end), m.number, m.kind]);

describe('findPhoneNumbers', () => {
  it.each([
    ['07700 900274', '07700900274', 'mobile'],
    ['07700900274', '07700900274', 'mobile'],
    ['+44 7700 900561', '07700900561', 'mobile'],
    ['+447700900561', '07700900561', 'mobile'],
    ['0044 7700 900561', '07700900561', 'mobile'],
    ['+44 29 2018 0457', '02920180457', 'geographic'],
    ['+44 (0)29 2018 0457', '02920180457', 'geographic'],
    ['0115 496 0712', '01154960712', 'geographic'],
    ['0115-496-0712', '01154960712', 'geographic'],
    ['(01632) 960 500', '01632960500', 'geographic'],
    ['020 7946 0018', '02079460018', 'geographic'],
    ['016977 4567', '0169774567', 'geographic'],
    ['0300 500 8080', '03005008080', 'non-geographic'],
    ['0800 123 4567', '08001234567', 'non-geographic'],
    ['0800 123 456', '0800123456', 'non-geographic'],
    ['0345 988 1188', '03459881188', 'non-geographic'],
    ['0560 123 4567', '05601234567', 'voip'],
    ['+48 600 123 456', '+48600123456', 'international'],
  ])('reads %s', (written, number, kind) => {
    expect(found(`Call ${written} today.`)).toEqual([[written, number, kind]]);
  });

  it.each([
    'Planning ref 24/00871/FUL was refused.',
    'Highways ref HW-770134 and parks ref PK-20419.',
    'The bus left at 07:42 and cost £1.4m in 2024.',
    'Meeting on 01/04/2024 at 10, 0.5% turnout.',
    'Call 999, 101, 111 or 105.',
    'Open 0900-1700 on weekdays.',
    '1,200 signatures, +500 since Monday.',
    'Order 07700900274123 was posted.',
    'Code A07700900274 is wrong.',
    'Invalid 0412 345 678 and 0612 345 678 ranges.',
    'The 024 prefix alone.',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the number before a trailing group that would make it too long', () => {
    expect(found('Call 07700 900274 24/7')).toEqual([['07700 900274', '07700900274', 'mobile']]);
  });

  it('finds two numbers in a row', () => {
    expect(found('Home 0115 496 0712, mobile 07700 900123.').map((f) => f[0])).toEqual(['0115 496 0712', '07700 900123']);
  });

  it('gives offsets into the text', () => {
    const [match] = findPhoneNumbers('Ring me on 07700 900274!');
    expect(match).toMatchObject({ start: 11, end: 23 });
  });
});

describe('ukNumberKind', () => {
  it('follows the numbering plan lengths', () => {
    expect(ukNumberKind('07700900274')).toBe('mobile');
    expect(ukNumberKind('0770090027')).toBeNull();
    expect(ukNumberKind('0207946001')).toBeNull();
    expect(ukNumberKind('02179460018')).toBeNull();
    expect(ukNumberKind('09011234567')).toBe('non-geographic');
    expect(ukNumberKind('04123456789')).toBeNull();
  });
});

describe('normalisePhone', () => {
  it('compares the ways one number is written', () => {
    const forms = ['01632 960000', '+44 1632 960000', '+44 (0)1632 960 000', '0044 1632 960000', '(01632) 960-000'];
    expect(new Set(forms.map(normalisePhone))).toEqual(new Set(['01632960000']));
  });

  it('keeps other countries apart', () => {
    expect(normalisePhone('+48 600 123 456')).toBe('+48600123456');
    expect(normalisePhone('no digits')).toBeNull();
  });
});
