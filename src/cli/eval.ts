/**
 * npm run eval -- FILE.jsonl [--verbose]    recall and false flags per rule on a labelled corpus
 * npm run eval -- FILE.csv                  flag rate per label on the Davidson tweets
 */
import { RULE_IDS } from '../../rules/ids';
import { loadDefaultCouncilConfig } from '../config/load-file';
import { toCouncilSettings } from '../config/to-settings';
import { lint } from '../engine/lint';
import type { Finding, Platform } from '../engine/types';
import { PLATFORMS } from '../engine/types';
import { readLabelledPosts, readLabelledTweets } from './corpus';

// `npm run eval -- … | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const files = args.filter((a) => !a.startsWith('-'));
if (files.length === 0) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl|FILE.csv [--verbose]\n');
  process.exit(2);
}

const council = toCouncilSettings(loadDefaultCouncilConfig());
const isFlag = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const isRuleFinding = (f: Finding) => (RULE_IDS as readonly string[]).includes(f.ruleId);
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

for (const file of files) {
  try {
    if (file.endsWith('.csv')) evalTweets(file);
    else evalPosts(file);
  } catch (error) {
    process.stderr.write(`golden-rule eval: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

function evalPosts(file: string): void {
  const posts = readLabelledPosts(file);
  const perRule = new Map<string, { cases: number; caught: number; falseFlags: number }>();
  for (const id of RULE_IDS) perRule.set(id, { cases: 0, caught: 0, falseFlags: 0 });
  let problems = 0;
  let problemsCaught = 0;
  let clean = 0;
  let cleanFlagged = 0;
  for (const post of posts) {
    const platform = (PLATFORMS as readonly string[]).includes(post.platform ?? '') ? (post.platform as Platform) : undefined;
    const findings = lint(post.text, { strictness: post.strictness, platform, council }).filter(isRuleFinding);
    const found = new Set<string>(findings.map((f) => f.ruleId));
    const expected = new Set(post.expect);
    for (const id of expected) {
      const stats = perRule.get(id);
      if (!stats) continue;
      stats.cases++;
      if (found.has(id)) stats.caught++;
      else if (verbose) console.log(`MISS  ${id.padEnd(24)} ${post.id} ${post.strictness}: ${post.text.replace(/\n/g, ' / ').slice(0, 150)}`);
    }
    for (const id of found) {
      if (expected.has(id)) continue;
      perRule.get(id)!.falseFlags++;
      if (verbose) {
        const f = findings.find((x) => x.ruleId === id)!;
        console.log(`FALSE ${id.padEnd(24)} ${post.id} ${post.strictness} «${post.text.slice(f.start, f.end)}»: ${post.text.replace(/\n/g, ' / ').slice(0, 150)}`);
      }
    }
    if (expected.size > 0) {
      problems++;
      if ([...expected].some((id) => found.has(id))) problemsCaught++;
    } else {
      clean++;
      if (findings.some(isFlag)) cleanFlagged++;
    }
  }
  console.log(`${file}: ${posts.length} posts`);
  console.log(`${'rule'.padEnd(26)} cases caught recall  false flags`);
  for (const [id, s] of perRule) {
    console.log(`${id.padEnd(26)} ${String(s.cases).padStart(5)} ${String(s.caught).padStart(6)} ${pct(s.caught, s.cases)} ${String(s.falseFlags).padStart(6)}`);
  }
  const weakest = [...perRule.entries()].filter(([, s]) => s.cases > 0).sort((a, b) => a[1].caught / a[1].cases - b[1].caught / b[1].cases)[0];
  console.log(`lowest rule recall: ${weakest ? `${weakest[0]} ${pct(weakest[1].caught, weakest[1].cases).trim()}` : '-'}`);
  console.log(`problem posts given an expected rule: ${problemsCaught}/${problems} ${pct(problemsCaught, problems).trim()}`);
  console.log(`clean posts given a warning or error: ${cleanFlagged}/${clean} ${pct(cleanFlagged, clean).trim()}`);
}

function evalTweets(file: string): void {
  const tweets = readLabelledTweets(file);
  const byLabel = new Map<string, { rows: number; flagged: number; rules: Map<string, number> }>();
  for (const tweet of tweets) {
    const findings = lint(tweet.text, { strictness: 'standard', platform: 'x', council }).filter(isRuleFinding);
    const flags = findings.filter(isFlag);
    const stats = byLabel.get(tweet.label) ?? { rows: 0, flagged: 0, rules: new Map() };
    stats.rows++;
    if (flags.length > 0) stats.flagged++;
    for (const id of new Set<string>(flags.map((f) => f.ruleId))) stats.rules.set(id, (stats.rules.get(id) ?? 0) + 1);
    byLabel.set(tweet.label, stats);
    if (verbose && ((tweet.label === 'neither') === flags.length > 0)) {
      console.log(`${tweet.label === 'neither' ? 'FALSE' : 'MISS '} ${tweet.label.padEnd(9)} ${tweet.id} ${flags.map((f) => `${f.ruleId}«${tweet.text.slice(f.start, f.end)}»`).join(' ')} | ${tweet.text.replace(/\n/g, ' ').slice(0, 140)}`);
    }
  }
  console.log(`${file}: ${tweets.length} tweets, flagged = at least one warning or error (standard)`);
  for (const [label, s] of [...byLabel].sort()) {
    const top = [...s.rules].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id, n]) => `${id} ${n}`).join(', ');
    console.log(`${label.padEnd(10)} ${String(s.flagged).padStart(5)}/${String(s.rows).padEnd(5)} flagged ${pct(s.flagged, s.rows)}   (${top})`);
  }
}
