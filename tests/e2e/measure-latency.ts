/**
 * Keystroke-to-underline latency in the shipped build (a measurement, not a test):
 *
 *   npm run build && node --import tsx tests/e2e/measure-latency.ts [keystrokes=200]
 *
 * On the Lexical (Facebook comment) and Draft.js (X post) fixtures, one key at a time: the page
 * stamps `performance.now()` at the keydown, and again when Golden Rule writes the contract
 * attributes, which it does right after setting the highlight ranges. Latency = that gap minus
 * the debounce (CHECK_DEBOUNCE_MS), so it is the editor's own handling of the key, the timer's
 * lateness, reading the text, the check and the painting. The next key waits for the underline.
 * Also run on a 5,000-character post. Reported besides: the check alone (Golden Rule's
 * `golden-rule check` performance measure) and the main thread's long tasks (> 50 ms).
 * Then the first checks on a newly opened page, typed a word at a time from the moment the
 * page has loaded: the engine's cold start (see src/engine/warm-up.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECK_DEBOUNCE_MS, CHECK_MEASURE } from '../../src/content/session';
import { pageFixture } from './fixtures/catalog';
import { EditorDriver } from './harness/editor';
import { startWorld, type World } from './harness/world';
import { LATENCY_PREFIX, longPost } from './texts';

const KEYSTROKES = Number(process.argv[2] ?? 200);
const TARGETS = [
  { name: 'Lexical (Facebook comment)', page: 'facebook', editor: 'comment' },
  { name: 'Draft.js (X post)', page: 'x', editor: 'post' },
];

interface Result {
  editor: string;
  post: string;
  keystrokes: number;
  /** Samples whose check was not started by the key (see below). */
  leftOut: number;
  medianMs: number;
  p95Ms: number;
  /** The check alone (read the text, lint, paint), as Golden Rule measures it. */
  checkMedianMs: number;
  checkP95Ms: number;
  minMs: number;
  maxMs: number;
  longTasks: number;
  longestTaskMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(world: World, target: (typeof TARGETS)[number], prefix: string, keystrokes: number, post: string): Promise<Result> {
  const tab = await world.open(target.page);
  const editor = new EditorDriver(tab, pageFixture(target.page).editors.find((e) => e.id === target.editor)!);
  await editor.focus();
  let mark = await editor.mark();
  if (prefix.length > 200) await tab.keyboard.insertText(prefix);
  else await editor.type(prefix);
  await editor.waitForContract(['shouting'], undefined, mark, 15_000);
  await tab.waitForTimeout(1_500); // Let any check of the typing land before the first key.

  await tab.evaluate(() => {
    const state = window as unknown as { __keyTimes: number[]; __longTasks: number[] };
    state.__keyTimes = [];
    state.__longTasks = [];
    window.addEventListener('keydown', () => state.__keyTimes.push(performance.now()), { capture: true });
    new PerformanceObserver((list) => state.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });

  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  const gaps: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    mark = await editor.mark();
    await tab.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]!);
    await editor.waitForContract(['shouting'], undefined, mark);
    const [keyTime, checkTimes, checkDuration] = await Promise.all([
      tab.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes.at(-1)!),
      editor.checkTimes(),
      tab.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN, CHECK_MEASURE),
    ]);
    gaps.push(checkTimes[mark]! - keyTime);
    checks.push(checkDuration);
  }
  const longTasks = await tab.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await tab.close();

  // A check sooner than the debounce after the key was started by an earlier change (the
  // key's own check follows): not this key's latency, so left out and counted.
  const latencies = gaps
    .filter((gap) => gap >= CHECK_DEBOUNCE_MS)
    .map((gap) => gap - CHECK_DEBOUNCE_MS)
    .sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const checkDurations = checks.sort((a, b) => a - b);
  return {
    editor: target.name,
    post,
    keystrokes,
    leftOut: keystrokes - latencies.length,
    medianMs: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    checkMedianMs: round(percentile(checkDurations, 50)),
    checkP95Ms: round(percentile(checkDurations, 95)),
    minMs: round(latencies[0]!),
    maxMs: round(latencies.at(-1)!),
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks)),
  };
}

interface FirstChecks {
  editor: string;
  /** Durations of the first checks, in order (ms). */
  checksMs: string;
  longestCheckMs: number;
  longTasks: number;
  longestTaskMs: number;
}

const FIRST_WORDS = 'Thanks to everyone who came to the ward surgery on Saturday, Cllr Dunn is a clown'.split(' ');

async function measureFirstChecks(world: World, target: (typeof TARGETS)[number]): Promise<FirstChecks> {
  const tab = await world.open(target.page);
  await tab.evaluate((name) => {
    const state = window as unknown as { __checks: number[]; __longTasks: number[] };
    state.__checks = [];
    state.__longTasks = [];
    new PerformanceObserver((list) => state.__checks.push(...list.getEntries().filter((e) => e.name === name).map((e) => e.duration))).observe({ type: 'measure' });
    new PerformanceObserver((list) => state.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  }, CHECK_MEASURE);
  const editor = new EditorDriver(tab, pageFixture(target.page).editors.find((e) => e.id === target.editor)!);
  await editor.focus();
  for (const word of FIRST_WORDS) {
    await tab.keyboard.insertText(`${word} `);
    await tab.waitForTimeout(CHECK_DEBOUNCE_MS + 150);
  }
  const { checks, longTasks } = await tab.evaluate(() => {
    const state = window as unknown as { __checks: number[]; __longTasks: number[] };
    return { checks: state.__checks, longTasks: state.__longTasks };
  });
  await tab.close();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    editor: target.name,
    checksMs: checks.map((ms) => round(ms)).join(' '),
    longestCheckMs: round(Math.max(0, ...checks)),
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks)),
  };
}

const world = await startWorld();
const results: Result[] = [];
const firstChecks: FirstChecks[] = [];
try {
  for (const target of TARGETS) firstChecks.push(await measureFirstChecks(world, target));
  for (const target of TARGETS) {
    results.push(await measure(world, target, LATENCY_PREFIX, KEYSTROKES, 'short'));
    results.push(await measure(world, target, longPost().text, Math.ceil(KEYSTROKES / 2), '5,000 characters'));
  }
} finally {
  const problems = await world.close();
  if (problems.length > 0) console.error('Requests beyond the fixtures:', problems);
}

console.log(`Keystroke to underline, minus the ${CHECK_DEBOUNCE_MS} ms debounce (ms):`);
console.table(results);
console.log('First checks on a newly opened page, a word at a time from load (ms):');
console.table(firstChecks);
const out = fileURLToPath(new URL('./.tmp/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}latency.json`, JSON.stringify({ debounceMs: CHECK_DEBOUNCE_MS, results, firstChecks }, null, 2));
