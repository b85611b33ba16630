import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../rules/ids';
import { loadBuildConfig } from '../build/load';
import { chromiumExtensionId, firefoxAddonId, packageName } from '../build/manifest';
import { parseJsonc } from '../config/jsonc';
import { DEFAULT_CONFIG_PATH, loadCouncilConfigFile } from '../config/load-file';
import { describePolicyFile } from '../config/policy-file';
import type { CouncilConfig } from '../config/schema';
import { toCouncilSettings } from '../config/to-settings';
import { lint } from '../engine/lint';
import { PLATFORMS, STRICTNESS_LEVELS, type Finding, type LintOptions, type Platform, type Strictness } from '../engine/types';
import { describeConfigChanges } from './config-diff';

const USAGE = `Usage:
  golden-rule lint [--strictness relaxed|standard|pre-election] [--config FILE] [--platform P]
                   [--format text|json] [FILE|-]
  golden-rule lint --jsonl [--strictness S] [--config FILE] [FILE|-]
  golden-rule check-config FILE
  golden-rule check-policy [--config FILE] POLICY
  golden-rule --help | --version

lint          checks a post (a file, or standard input with "-" or no file).
              Exit status: 0 no errors, 1 at least one error finding, 2 bad usage or bad input.
--jsonl       one post per input line, {"id", "text", "strictness"?, "platform"?}; one line of
              {"id", "findings"} per post on output, in the same order.
--config      a council configuration (council.config.json); the embedded default otherwise.
check-config  validates a council configuration and prints what it changes from the default,
              and the names and ids its build will have.
check-policy  checks an administrator's policy (a Chrome/Edge policy file with "3rdparty", a
              Firefox policies.json, or just the values) against the build made from --config
              (the embedded default otherwise): what applies, and what would be ignored and why.
              Exit status: 0 every value applies, 2 something would be ignored or bad input.
`;

export class UsageError extends Error {}

interface LintArgs {
  strictness?: Strictness;
  platform?: Platform;
  config?: string;
  format: 'text' | 'json';
  jsonl: boolean;
  file?: string;
}

export interface Io {
  readFile(path: string): string;
  readStdin(): string;
  stdinIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI and returns its exit status; never throws for bad input. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${readVersion()}\n`);
      return 0;
    }
    if (command === 'lint') return runLint(parseLintArgs(rest), io);
    if (command === 'check-config') return runCheckConfig(rest, io);
    if (command === 'check-policy') return runCheckPolicy(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`golden-rule: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`golden-rule: ${error.message}\n`);
      return 2;
    }
    io.err(`golden-rule: unexpected failure: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

export class InputError extends Error {}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function parseLintArgs(args: readonly string[]): LintArgs {
  const parsed: LintArgs = { format: 'text', jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined || (next.startsWith('--') && next !== '-')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => inline ?? value();
    switch (flag) {
      case '--strictness': {
        const level = take();
        if (!(STRICTNESS_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--strictness must be one of ${STRICTNESS_LEVELS.join(', ')}, not "${level}"`);
        parsed.strictness = level as Strictness;
        break;
      }
      case '--platform': {
        const platform = take();
        if (!(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${platform}"`);
        parsed.platform = platform as Platform;
        break;
      }
      case '--config':
        parsed.config = take();
        break;
      case '--format': {
        const format = take();
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
        parsed.format = format;
        break;
      }
      case '--jsonl':
        parsed.jsonl = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        if (parsed.file !== undefined) throw new UsageError('give one file at most (or - for standard input)');
        parsed.file = arg;
    }
  }
  return parsed;
}

function loadConfig(path: string | undefined): CouncilConfig {
  const result = loadCouncilConfigFile(path ?? DEFAULT_CONFIG_PATH);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n');
    throw new InputError(`the council configuration ${result.path} is not valid:\n${lines}`);
  }
  return result.config;
}

function readInput(file: string | undefined, io: Io): { name: string; text: string } {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY) throw new UsageError('give a file to check, or - to read standard input');
    return { name: '<stdin>', text: io.readStdin() };
  }
  try {
    return { name: file, text: io.readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'error'})`}`);
  }
}

function runLint(args: LintArgs, io: Io): number {
  const config = loadConfig(args.config);
  const base: LintOptions = {
    strictness: args.strictness ?? config.defaultStrictness,
    platform: args.platform,
    council: toCouncilSettings(config),
  };
  const input = readInput(args.file, io);
  if (args.jsonl) return runJsonl(input, base, io);
  const text = input.text.replace(/^\uFEFF/, '');
  const findings = lint(text, base);
  if (args.format === 'json') io.out(`${JSON.stringify({ file: input.name, strictness: base.strictness, findings }, null, 2)}\n`);
  else io.out(formatText(input.name, text, findings));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

interface JsonlPost {
  id: unknown;
  text: string;
  strictness?: Strictness;
  platform?: Platform;
}

function runJsonl(input: { name: string; text: string }, base: LintOptions, io: Io): number {
  const posts: JsonlPost[] = [];
  input.text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${input.name}:${index + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not valid JSON`);
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new InputError(`${where}: each line must be a JSON object`);
    const record = row as Record<string, unknown>;
    if (typeof record.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
    if (record.strictness !== undefined && !(STRICTNESS_LEVELS as readonly unknown[]).includes(record.strictness)) {
      throw new InputError(`${where}: "strictness" must be one of ${STRICTNESS_LEVELS.join(', ')}`);
    }
    if (record.platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(record.platform)) {
      throw new InputError(`${where}: "platform" must be one of ${PLATFORMS.join(', ')}`);
    }
    posts.push({
      id: record.id ?? index + 1,
      text: record.text,
      strictness: record.strictness as Strictness | undefined,
      platform: record.platform as Platform | undefined,
    });
  });
  let anyError = false;
  const lines: string[] = [];
  for (const post of posts) {
    const findings = lint(post.text, { ...base, strictness: post.strictness ?? base.strictness, platform: post.platform ?? base.platform });
    if (findings.some((f) => f.severity === 'error')) anyError = true;
    lines.push(JSON.stringify({ id: post.id, findings }));
  }
  io.out(lines.length ? `${lines.join('\n')}\n` : '');
  return anyError ? 1 : 0;
}

/** "post.txt:3:14: error personal-attack: …" with the suggestion and the reason underneath, like a compiler. */
export function formatText(name: string, text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${name}: no findings\n`;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return `${line + 1}:${offset - lineStarts[line]! + 1}`;
  };
  const out: string[] = [];
  for (const f of findings) {
    const passage = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    out.push(`${name}:${position(f.start)}: ${f.severity} ${f.ruleId}: ${f.message}`);
    out.push(`    “${passage.length > 80 ? `${passage.slice(0, 77)}…` : passage}”`);
    for (const s of f.suggestions) out.push(`    suggestion: ${s.label}`);
    out.push(`    why: ${f.why} ${f.url}`);
  }
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  out.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`);
  return `${out.join('\n')}\n`;
}

function runCheckConfig(args: readonly string[], io: Io): number {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('check-config needs exactly one configuration file');
  const path = args[0]!;
  const result = loadBuildConfig(path);
  if (!result.ok) {
    io.err(`${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n${result.problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n')}\n`);
    return 2;
  }
  const defaults = loadConfig(undefined);
  const changes = describeConfigChanges(defaults, result.config);
  io.out(`${path}: valid configuration for ${result.config.council.name}.\n`);
  io.out(changes.length ? `Changes from the embedded default (${defaults.council.name}):\n${changes.map((c) => `  ${c}`).join('\n')}\n` : 'It is the same as the embedded default.\n');
  const config = result.config;
  io.out(
    [
      `Build it with: COUNCIL_CONFIG=${path} npm run build:council`,
      `  packages: ${packageName(config)}-${readVersion()}-{chrome,edge,firefox}.zip`,
      `  Chrome/Edge extension id: ${config.extension.chromeKey ? chromiumExtensionId(config.extension.chromeKey) : 'given by the store (no extension.chromeKey)'}`,
      `  Firefox add-on id: ${firefoxAddonId(config)}`,
      '',
    ].join('\n'),
  );
  return 0;
}

function runCheckPolicy(args: readonly string[], io: Io): number {
  let configPath: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--config') {
      configPath = args[++i];
      if (configPath === undefined) throw new UsageError('--config needs a value');
    } else if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else if (file !== undefined) throw new UsageError('check-policy needs exactly one policy file');
    else file = arg;
  }
  if (file === undefined) throw new UsageError('check-policy needs a policy file');
  const loaded = loadBuildConfig(configPath ?? DEFAULT_CONFIG_PATH);
  if (!loaded.ok) {
    throw new InputError(`the council configuration ${loaded.path} is not valid:\n${loaded.problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n')}`);
  }
  const input = readInput(file, io);
  let value: unknown;
  try {
    value = parseJsonc(input.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${input.name}: ${(error as Error).message}`);
  }
  const config = loaded.config;
  const report = describePolicyFile(value, config, {
    chromiumId: config.extension.chromeKey ? chromiumExtensionId(config.extension.chromeKey) : undefined,
    firefoxId: firefoxAddonId(config),
  });
  io.out(`${input.name}: ${report.lines.join('\n')}\n`);
  return report.ok ? 0 : 2;
}

export const KNOWN_RULES = RULE_IDS;
