/**
 * npm run bench: median time per post for the whole engine (all rules and language detection)
 * over the Davidson sample, the dev corpus and one 63,206-character post, next to alex on the
 * same texts in the same run, plus memory. Measures; never asserts.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { text as alex } from 'alex';
import { build } from 'esbuild';
import { loadDefaultCouncilConfig } from '../config/load-file';
import { toCouncilSettings } from '../config/to-settings';
import type { lint as Lint } from '../engine/lint';
import type { LintOptions } from '../engine/types';
import { trimLanguageDataForEsbuild } from '../build/trim-language-data';
import { readLabelledPosts, readLabelledTweets } from './corpus';

// The engine as it ships: bundled and minified by esbuild, as the extension's build does with Vite.
const bundle = join(mkdtempSync(join(tmpdir(), 'golden-rule-bench-')), 'engine.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('../engine/lint.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  minify: true,
  outfile: bundle,
  logLevel: 'error',
  plugins: [trimLanguageDataForEsbuild()],
});
const { lint } = (await import(pathToFileURL(bundle).href)) as { lint: typeof Lint };

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const DAVIDSON = `${SHARED}davidson/davidson_sample.csv`;
const DEV = `${SHARED}dev.jsonl`;
/** Facebook's post limit. */
const LONG_POST_LENGTH = 63_206;

const council = toCouncilSettings(loadDefaultCouncilConfig());
const options: LintOptions = { strictness: 'pre-election', council, platform: 'facebook' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Times `run` on every text, `rounds` times, after a warm-up (50 texts, or 5 runs of a short set); returns per-text medians in ms. */
function timeEach(texts: readonly string[], run: (text: string) => unknown, rounds: number): number[] {
  const warmUp = texts.length >= 50 ? texts.slice(0, 50) : Array.from({ length: 5 }, () => texts).flat();
  for (const text of warmUp) run(text);
  const samples = texts.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, i) => {
      const start = process.hrtime.bigint();
      run(text);
      samples[i]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return samples.map(median);
}

function longPost(source: readonly string[]): string {
  let out = '';
  let i = 0;
  while (out.length < LONG_POST_LENGTH) out += `${source[i++ % source.length]}\n\n`;
  return out.slice(0, LONG_POST_LENGTH);
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

const runEngine = (text: string) => lint(text, options);
const runAlex = (text: string) => alex(text);

const sets: Array<{ name: string; texts: string[]; rounds: number }> = [];
if (existsSync(DAVIDSON)) sets.push({ name: 'Davidson sample (tweets)', texts: readLabelledTweets(DAVIDSON).map((t) => t.text), rounds: 5 });
if (existsSync(DEV)) sets.push({ name: 'dev corpus (councillor drafts)', texts: readLabelledPosts(DEV).map((p) => p.text), rounds: 5 });
if (sets.length === 0) {
  process.stderr.write(`golden-rule bench: no corpus found under ${SHARED}\n`);
  process.exit(2);
}
const long = longPost(sets.flatMap((s) => s.texts));
sets.push({ name: `one ${LONG_POST_LENGTH.toLocaleString('en-GB')}-character post`, texts: [long], rounds: 15 });

console.log(`golden-rule bench — Node ${process.version}, the bundled engine, strictness pre-election (every rule on), median of repeated runs per text`);
console.log(`${'texts'.padEnd(34)} ${'n'.padStart(5)}  ${'engine median'.padStart(13)}  ${'p95'.padStart(9)}  ${'alex median'.padStart(11)}  ${'alex/engine'.padStart(11)}`);
// The engine on every set first, then alex: each is timed without the other's garbage on the heap.
const engineTimes = sets.map((set) => timeEach(set.texts, runEngine, set.rounds));
const alexTimes = sets.map((set) => timeEach(set.texts, runAlex, Math.max(1, Math.ceil(set.rounds / 2))));
sets.forEach((set, i) => {
  const engine = engineTimes[i]!;
  const reference = alexTimes[i]!;
  const ratio = median(reference) / median(engine);
  console.log(
    `${set.name.padEnd(34)} ${String(set.texts.length).padStart(5)}  ${fmt(median(engine)).padStart(13)}  ${fmt(percentile(engine, 0.95)).padStart(9)}  ${fmt(median(reference)).padStart(11)}  ${`${ratio.toFixed(1)}×`.padStart(11)}`,
  );
});

globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 20; i++) runEngine(long);
const after = process.memoryUsage().heapUsed;
const memory = process.memoryUsage();
console.log(
  `memory: heap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, RSS ${(memory.rss / 2 ** 20).toFixed(1)} MiB; heap growth over 20 long-post checks ${((after - before) / 2 ** 20).toFixed(1)} MiB (no forced GC)`,
);
