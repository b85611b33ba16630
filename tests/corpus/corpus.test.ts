import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../rules/ids';
import { readLabelledPosts, readLabelledTweets } from '../../src/cli/corpus';
import { loadDefaultCouncilConfig } from '../../src/config/load-file';
import { toCouncilSettings } from '../../src/config/to-settings';
import { lint } from '../../src/engine/lint';
import type { Finding, Platform } from '../../src/engine/types';

const council = toCouncilSettings(loadDefaultCouncilConfig());
const shared = (path: string) => fileURLToPath(new URL(`../../../shared/corpus/${path}`, import.meta.url));
const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const isFlag = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** The figures `npm run eval` prints, as numbers. */
function score(path: string) {
  const posts = readLabelledPosts(path);
  const perRule = new Map<string, { cases: number; caught: number }>(RULE_IDS.map((id) => [id, { cases: 0, caught: 0 }]));
  let problems = 0;
  let caught = 0;
  let clean = 0;
  let cleanFlagged = 0;
  for (const post of posts) {
    const findings = lint(post.text, { strictness: post.strictness, platform: post.platform as Platform | undefined, council });
    const found = new Set<string>(findings.map((f) => f.ruleId));
    for (const id of post.expect) {
      const stats = perRule.get(id)!;
      stats.cases++;
      if (found.has(id)) stats.caught++;
    }
    if (post.expect.length) {
      problems++;
      if (post.expect.some((id) => found.has(id))) caught++;
    } else {
      clean++;
      if (findings.some(isFlag)) cleanFlagged++;
    }
  }
  return { caught: caught / problems, cleanFlagged: cleanFlagged / clean, perRule };
}

/**
 * The acceptance figures of the engine issue, on the labelled sets. The dev corpus sits beside
 * the repository (../shared), as it does in CI; the hold-out set was written independently of the rules.
 */
describe.each([
  ['dev corpus', shared('dev.jsonl'), 0.92, 0.05, 0.75],
  ['hold-out corpus', local('holdout.jsonl'), 0.92, 0.05, 0.75],
  ['second hold-out corpus', local('holdout-2.jsonl'), 0.92, 0.05, 0.75],
  // Written independently and measured sealed (73% caught, no clean post flagged) before any rule
  // work looked at it; a floor that keeps its later gains.
  ['third hold-out corpus', local('holdout-3.jsonl'), 0.8, 0.02, 0.35],
  // Written blind to the rules and measured sealed before and after the sixth rule round (145 → 147
  // of 189 caught, 8 of 131 clean posts flagged); its false alarms were then fixed. A floor, not a target.
  ['fifth hold-out corpus', local('holdout-5.jsonl'), 0.75, 0.02, 0.3],
])('%s', (_name, path, minCaught, maxCleanFlagged, minRuleRecall) => {
  it.skipIf(!existsSync(path))('catches problem posts, spares clean ones, and every rule catches its cases', () => {
    const result = score(path);
    expect(result.caught).toBeGreaterThanOrEqual(minCaught);
    expect(result.cleanFlagged).toBeLessThanOrEqual(maxCleanFlagged);
    for (const [id, stats] of result.perRule) {
      if (stats.cases > 0) expect(stats.caught / stats.cases, id).toBeGreaterThanOrEqual(minRuleRecall);
    }
  }, 60_000);
});

describe('Davidson sample', () => {
  const path = shared('davidson/davidson_sample.csv');
  it.skipIf(!existsSync(path))('flags hate and offensive tweets and few of the rest', () => {
    const rates = new Map<string, { rows: number; flagged: number }>();
    for (const tweet of readLabelledTweets(path)) {
      const flagged = lint(tweet.text, { strictness: 'standard', platform: 'x', council }).some(isFlag);
      const r = rates.get(tweet.label) ?? { rows: 0, flagged: 0 };
      r.rows++;
      if (flagged) r.flagged++;
      rates.set(tweet.label, r);
    }
    const rate = (label: string) => rates.get(label)!.flagged / rates.get(label)!.rows;
    expect(rate('hate')).toBeGreaterThanOrEqual(0.9);
    expect(rate('offensive')).toBeGreaterThanOrEqual(0.85);
    expect(rate('neither')).toBeLessThanOrEqual(0.05);
  }, 120_000);
});

/**
 * 700 ordinary posts a councillor might write (weather, sport, events, thanks, advice, fair but
 * robust criticism, scrutiny, planning with an open mind, Welsh), written by two engineers who
 * never saw the rules, half of them with a trap: an innocent sense of a risky-looking word. No
 * post may get a warning or error, except the few below, each a known limitation.
 */
describe('everyday posts', () => {
  /** Light-hearted hearsay the rule cannot tell from a rumour: "I'm told there will be brownies". */
  const KNOWN = new Map([
    ['ev-a-0129', 'unverified-claim'], // "Rumour has it Santa's sleigh will be stopping…"
    ['ev-a-0131', 'speculation-as-fact'], // "The real reason was the pork pies": the author's own reason, said in the sentence before
    ['ev-a-0320', 'unverified-claim'], // "I'm told there will be brownies"
    ['ev-b-0097', 'unverified-claim'], // "…which I'm told were 'character building'"
    ['ev-b-0127', 'unverified-claim'], // "I'm told one of the members made them"
    ['ev-b-0240', 'unverified-claim'], // "…is, I'm told, 'an experience'"
    ['ev-b-0297', 'unverified-claim'], // "Apparently they grow on logs. Who knew?"
  ]);

  it('gives none of them a warning or error at standard strictness, beyond the known few', () => {
    const flagged = new Map<string, string>();
    for (const post of readLabelledPosts(local('everyday.jsonl'))) {
      const rules = lint(post.text, { strictness: 'standard', council }).filter(isFlag).map((f) => f.ruleId);
      if (rules.length > 0) flagged.set(post.id, [...new Set(rules)].join(','));
    }
    expect(Object.fromEntries(flagged)).toEqual(Object.fromEntries(KNOWN));
  }, 60_000);
});
