#!/usr/bin/env node
// The `golden-rule` command. The engine is TypeScript; tsx loads it without a build step.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');

const status = main(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = status;
