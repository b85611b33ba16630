import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { diffText, shiftFindings } from '../../src/content/shift';

function finding(start: number, end: number): Finding {
  return {
    ruleId: 'shouting', messageId: 'capitals', severity: 'info', start, end, message: '', why: '', url: '',
    suggestions: [{ start, end, text: 'x', label: 'x' }],
  };
}

describe('diffText', () => {
  it.each([
    ['typing at the end', 'Hello', 'Hello!', { start: 5, removed: 0, inserted: 1 }],
    ['deleting in the middle', 'Hello there', 'Hello here', { start: 6, removed: 1, inserted: 0 }],
    ['replacing a word', 'ROAD CLOSED', 'Road closed', { start: 1, removed: 10, inserted: 10 }],
    ['a repeated letter', 'aaa', 'aaaa', { start: 3, removed: 0, inserted: 1 }],
  ])('%s', (_name, before, after, edit) => {
    expect(diffText(before, after)).toEqual(edit);
  });

  it('finds nothing when nothing changed', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    // 😀 and 😃 share their high surrogate.
    const edit = diffText('a😀b', 'a😃b')!;
    expect(edit).toEqual({ start: 1, removed: 2, inserted: 2 });
  });
});

describe('shiftFindings', () => {
  const findings = [finding(0, 4), finding(10, 13)];

  it('keeps findings before the edit and moves those after it', () => {
    const shifted = shiftFindings(findings, { start: 6, removed: 0, inserted: 3 });
    expect(shifted.map((f) => [f.start, f.end])).toEqual([[0, 4], [13, 16]]);
    expect(shifted[1]!.suggestions[0]).toMatchObject({ start: 13, end: 16 });
  });

  it('drops a finding the edit touched', () => {
    expect(shiftFindings(findings, { start: 2, removed: 1, inserted: 0 }).map((f) => [f.start, f.end])).toEqual([[9, 12]]);
  });
});
