import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { en, stringsFor } from '../../src/ui/strings';

const CSS = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');

function variables(): Map<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(CSS)![1]!;
  return new Map([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every text colour, on every background it is used on (styles.css). */
const PAIRS: Array<[text: string, background: string]> = [
  ['text', 'bg'],
  ['text', 'bg-subtle'],
  ['muted', 'bg'],
  ['muted', 'bg-subtle'],
  ['muted', 'info-bg'],
  ['muted', 'warning-bg'],
  ['muted', 'error-bg'],
  ['link', 'bg'],
  ['link', 'bg-subtle'],
  ['link', 'info-bg'],
  ['link', 'warning-bg'],
  ['primary', 'bg'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['on-danger', 'danger'],
  ['on-danger', 'error'],
  ['error', 'bg'],
  ['error', 'error-bg'],
  ['warning', 'bg'],
  ['warning', 'warning-bg'],
  ['info', 'bg'],
  ['info', 'info-bg'],
  ['ok', 'bg'],
  ['ok', 'ok-bg'],
  ['pre-election', 'bg'],
  ['pre-election', 'pre-election-bg'],
  ['text', 'info-bg'],
  ['text', 'warning-bg'],
  ['text', 'error-bg'],
  ['text', 'ok-bg'],
  ['danger', 'bg'],
];

describe('WCAG AA contrast of the popup and options page', () => {
  const vars = variables();
  for (const [text, background] of PAIRS) {
    it(`--${text} on --${background} is at least 4.5:1`, () => {
      expect(vars.has(text) && vars.has(background)).toBe(true);
      expect(contrast(vars.get(text)!, vars.get(background)!)).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('the focus ring stands out from the background (3:1, non-text contrast)', () => {
    expect(contrast(vars.get('focus')!, vars.get('bg')!)).toBeGreaterThanOrEqual(3);
  });
  it('the golden-rule box (literal colours) has AA text contrast', () => {
    expect(contrast(vars.get('text')!, '#fdf8e6')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(vars.get('muted')!, '#fdf8e6')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('strings', () => {
  it('every rule has a name; an unknown id still reads well', () => {
    for (const rule of RULES) expect(en.ruleName(rule.meta.id)).toMatch(/^[A-Z][a-z -]+$/);
    expect(en.ruleName('pre-election')).toBe('Pre-election rules');
    expect(en.ruleName('some-new-rule')).toBe('Some new rule');
  });
  it('falls back to English for a language without a translation', () => {
    expect(stringsFor('cy-GB')).toBe(en);
    expect(stringsFor(undefined)).toBe(en);
  });
  it('lists read naturally', () => {
    expect(en.listOf(['A'])).toBe('A');
    expect(en.listOf(['A', 'B'])).toBe('A and B');
    expect(en.listOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(en.listOf(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});
