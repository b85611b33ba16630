import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint';
import { mayMatch, requiredLiterals } from '../../src/engine/match/prefilter';

describe('requiredLiterals', () => {
  it.each([
    [/\b(?:tell|ring) (?:him|her)\b/g, ['tell him', 'tell her', 'ring him', 'ring her']],
    [/\bday \d+ of\b/, ['day ']],
    [/\bneighbou?rs?\b/, ['neighbours', 'neighbour', 'neighbors', 'neighbor']],
    [/x{2,3}yz/, ['yz']],
    [/(?<![a-z])(?<span>cllr) [a-z]+/d, ['cllr ']],
    [/a?b/, ['ab', 'b']],
  ])('%s needs one of %j', (re, literals) => {
    expect(requiredLiterals(re)?.sort()).toEqual([...literals].sort());
  });

  it.each([
    ['case-insensitive', /foo/i],
    ['optional everything', /(?:foo)?\d*/],
    ['one side of a choice unknown', /foo|\d+/],
    ['a back-reference only', /(\w)\1/],
  ])('gives up: %s', (_why, re) => {
    expect(requiredLiterals(re)).toBeNull();
  });

  it('keeps UTF-16 halves apart in a class without the u flag', () => {
    // "[🔪🔫]" matches either half of either emoji, so "😀" (same high half) must not be ruled out.
    expect(mayMatch(/[🔪🔫]/, '😀')).toBe(true);
    expect(/[🔪🔫]/.test('😀')).toBe(true);
  });

  it('rules out a text without the strings, and never one the expression matches', () => {
    const re = /\b(?:tell|ring) (?:him|her) (?:every|each) day\b/g;
    expect(mayMatch(re, 'we should write to the council')).toBe(false);
    expect(mayMatch(re, 'ring him every day')).toBe(true);
  });
});

describe('mayMatch on the engine’s own expressions', () => {
  const seen = new Set<RegExp>();
  const exec = RegExp.prototype.exec;
  const texts = readFileSync(new URL('../../../shared/corpus/dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

  beforeAll(() => {
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      seen.add(this);
      return exec.call(this, s);
    };
    for (const text of texts) lint(text, { strictness: 'pre-election' });
  }, 60_000);
  afterAll(() => {
    RegExp.prototype.exec = exec;
  });

  it('never rules out a text an expression matches (every expression run on the dev corpus)', () => {
    RegExp.prototype.exec = exec;
    const subjects = texts.flatMap((text) => [text, text.toLowerCase()]);
    const wrong: string[] = [];
    let gated = 0;
    for (const re of seen) {
      if (re.sticky || requiredLiterals(re) === null) continue;
      gated++;
      const copy = new RegExp(re.source, re.flags.replace('g', ''));
      for (const s of subjects) if (!mayMatch(re, s) && copy.test(s)) wrong.push(`${re} on ${JSON.stringify(s.slice(0, 80))}`);
    }
    expect(gated).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  }, 120_000);
});
