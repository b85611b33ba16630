import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/define-rule';
import { lint } from '../../src/engine/lint';
import type { Finding, LintOptions, Strictness } from '../../src/engine/types';
import { STRICTNESS_LEVELS } from '../../src/engine/types';

export interface CaseOptions extends Omit<LintOptions, 'strictness'> {
  strictness?: Strictness;
  /** Shown in the test name. */
  name?: string;
}

export type ValidCase = string | (CaseOptions & { text: string });

export interface ExpectedFinding {
  messageId?: string;
  /** The exact message. */
  message?: string;
  /** The flagged passage, `text.slice(start, end)`. */
  span?: string;
  start?: number;
  end?: number;
}

export interface InvalidCase extends CaseOptions {
  text: string;
  findings: readonly ExpectedFinding[];
  /** The text after applying the first suggestion of every finding; required when a finding has one. */
  output?: string;
}

/** The strictness a rule's tests run at by default: `standard`, or the first level where the rule is on. */
export function defaultStrictness(rule: Rule): Strictness {
  if (rule.meta.severity.standard !== 'off') return 'standard';
  return STRICTNESS_LEVELS.find((level) => rule.meta.severity[level] !== 'off') ?? 'standard';
}

export function findingsOf(rule: Rule, text: string, options: CaseOptions = {}): Finding[] {
  const { name: _name, ...rest } = options;
  return lint(text, { strictness: defaultStrictness(rule), ...rest }).filter((f) => f.ruleId === rule.meta.id);
}

/** Applies the first suggestion of each finding, from the end of the text backwards, skipping overlaps. */
export function applyFirstSuggestions(text: string, findings: readonly Finding[]): string {
  const edits = findings
    .map((f) => f.suggestions[0])
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

function caseName(text: string, options: CaseOptions): string {
  const short = text.length > 70 ? `${text.slice(0, 67)}…` : text;
  const extra = [options.name, options.strictness].filter(Boolean).join(', ');
  return JSON.stringify(short) + (extra ? ` (${extra})` : '');
}

/**
 * ESLint-style table tests for one rule: every valid text gives no finding from the rule;
 * every invalid text gives exactly the expected findings (id, message, exact span), and
 * applying the suggestions gives `output`.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const seen = new Set<string>();
  const key = (text: string, options: CaseOptions) => JSON.stringify([text, options.strictness, options.platform, options.mode]);
  describe(`${rule.meta.id}: valid`, () => {
    for (const item of cases.valid) {
      const { text, ...options } = typeof item === 'string' ? { text: item } : item;
      const id = key(text, options);
      if (seen.has(id)) throw new Error(`duplicate test case: ${text}`);
      seen.add(id);
      it(caseName(text, options), () => {
        const found = findingsOf(rule, text, options);
        expect(found.map((f) => `${f.messageId} “${text.slice(f.start, f.end)}”`)).toEqual([]);
      });
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const item of cases.invalid) {
      const { text, findings: expected, output, ...options } = item;
      const id = key(text, options);
      if (seen.has(id)) throw new Error(`duplicate test case: ${text}`);
      seen.add(id);
      if (expected.length === 0) throw new Error(`invalid case needs at least one finding: ${text}`);
      it(caseName(text, options), () => {
        const found = findingsOf(rule, text, options);
        expect(found.length, found.map((f) => `${f.messageId} “${text.slice(f.start, f.end)}”`).join('; ')).toBe(expected.length);
        expected.forEach((want, i) => {
          const got = found[i]!;
          expect(rule.meta.messages[got.messageId], `unknown messageId ${got.messageId}`).toBeDefined();
          expect(got.message).not.toMatch(/\{\{.*\}\}/);
          if (want.messageId !== undefined) expect(got.messageId).toBe(want.messageId);
          if (want.message !== undefined) expect(got.message).toBe(want.message);
          if (want.span !== undefined) expect(text.slice(got.start, got.end)).toBe(want.span);
          if (want.start !== undefined) expect(got.start).toBe(want.start);
          if (want.end !== undefined) expect(got.end).toBe(want.end);
        });
        const fixable = found.some((f) => f.suggestions.length > 0);
        if (fixable) {
          expect(output, 'the rule suggested a rewrite: add `output`').toBeDefined();
          const fixed = applyFirstSuggestions(text, found);
          expect(fixed).toBe(output);
          expect(fixed).not.toBe(text);
        } else {
          expect(output, 'the rule suggested no rewrite, so `output` must not be given').toBeUndefined();
        }
      });
    }
  });
}
