/**
 * `npm run build:council -- path/to/council.config.json` (or `COUNCIL_CONFIG=… npm run build:council`):
 * the Chrome, Edge and Firefox packages of Golden Rule for one council, named after it, in
 * `.output/councils/<short name>/` (or `--out DIR`).
 *
 * The configuration is checked first; a bad one stops the build with every problem listed as
 * `path: reason`, and nothing is written. Each browser is built by `wxt zip` into a temporary
 * folder, and the packages are moved into place only when all of them built.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG_PATH } from '../config/load-file';
import { MANAGED_SCHEMA_FILE, managedPolicySchema } from '../config/managed-schema';
import { fileSlug } from '../config/slug';
import { formatRefusal, loadBuildConfig } from './load';
import { chromiumExtensionId, firefoxAddonId, packageName } from './manifest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BROWSERS = ['chrome', 'edge', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];

const USAGE = `Usage: npm run build:council -- [CONFIG] [--out DIR] [--browsers chrome,edge,firefox]
       COUNCIL_CONFIG=CONFIG npm run build:council

Builds the Chrome, Edge and Firefox packages of Golden Rule for the council configuration CONFIG
(default: $COUNCIL_CONFIG, else the embedded example, assets/council.config.json), into
.output/councils/<short name>/ unless --out is given. See ADMIN.md.
`;

export interface BuildOptions {
  config: string;
  out?: string;
  browsers: Browser[];
}

export interface BuildInfo {
  council: string;
  shortName: string;
  version: string;
  outDir: string;
  files: string[];
  chromium: { id: string | null; updateUrl: string | null };
  firefox: { id: string };
}

export class BuildError extends Error {}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BuildOptions | 'help' {
  const options: Partial<BuildOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new BuildError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--out') options.out = value();
    else if (arg === '--browsers') {
      const list = value().split(',').map((b) => b.trim()).filter(Boolean);
      const unknown = list.filter((b) => !(BROWSERS as readonly string[]).includes(b));
      if (unknown.length || !list.length) throw new BuildError(`--browsers takes ${BROWSERS.join(', ')} (comma-separated), not "${unknown.join(',')}"`);
      options.browsers = list as Browser[];
    } else if (arg.startsWith('-')) throw new BuildError(`unknown option "${arg}"`);
    else if (options.config) throw new BuildError('give one configuration file');
    else options.config = arg;
  }
  return {
    config: resolve(options.config ?? env.COUNCIL_CONFIG ?? DEFAULT_CONFIG_PATH),
    out: options.out && resolve(options.out),
    browsers: options.browsers ?? [...BROWSERS],
  };
}

/** WXT's command-line script (its package.json is not exported, so found from the entry point up). */
function wxtBin(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('wxt'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(dir, pkg.bin.wxt!);
}

/** Builds the packages; throws BuildError (with every problem of a bad configuration) and writes nothing on failure. */
export function buildCouncil(options: BuildOptions, log: (line: string) => void = () => undefined): BuildInfo {
  const loaded = loadBuildConfig(options.config);
  if (!loaded.ok) throw new BuildError(formatRefusal(options.config, loaded.problems));
  const config = loaded.config;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const outDir = options.out ?? join(ROOT, '.output', 'councils', fileSlug(config.council.shortName));

  const work = mkdtempSync(join(tmpdir(), 'golden-rule-build-'));
  const outputs: string[] = [];
  try {
    for (const browser of options.browsers) {
      log(`Building the ${browser} package for ${config.council.name}…`);
      const run = spawnSync(process.execPath, [wxtBin(), 'zip', '-b', browser], {
        cwd: ROOT,
        env: { ...process.env, COUNCIL_CONFIG: options.config, GOLDEN_RULE_OUT_DIR: work },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      outputs.push(`--- wxt zip -b ${browser}:\n${run.stdout.slice(-1500)}${run.stderr.slice(-1500)}`);
      if (run.status !== 0) {
        throw new BuildError(`wxt zip -b ${browser} failed (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
      }
    }
    const zips = readdirSync(work).filter((name) => name.endsWith('.zip'));
    const expected = options.browsers.map((browser) => `${packageName(config)}-${version}-${browser}.zip`);
    const missing = expected.filter((name) => !zips.includes(name));
    if (missing.length) {
      throw new BuildError(`the build did not make ${missing.join(', ')} (made: ${zips.join(', ') || 'nothing'})\n${outputs.join('\n')}\n`);
    }

    // Everything built: only now write the output folder.
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const name of zips) {
      copyFileSync(join(work, name), join(outDir, name));
      files.push(name);
    }
    writeFileSync(join(outDir, MANAGED_SCHEMA_FILE), `${JSON.stringify(managedPolicySchema(), null, 2)}\n`);
    copyFileSync(options.config, join(outDir, 'council.config.json'));
    files.push(MANAGED_SCHEMA_FILE, 'council.config.json');
    const info: BuildInfo = {
      council: config.council.name,
      shortName: config.council.shortName,
      version,
      outDir,
      files: [...files, 'build-info.json'].sort(),
      chromium: {
        id: config.extension.chromeKey ? chromiumExtensionId(config.extension.chromeKey) : null,
        updateUrl: config.extension.updateUrl ?? null,
      },
      firefox: { id: firefoxAddonId(config) },
    };
    writeFileSync(join(outDir, 'build-info.json'), `${JSON.stringify({ ...info, outDir: undefined }, null, 2)}\n`);
    return info;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function summary(info: BuildInfo): string {
  const where = relative(process.cwd(), info.outDir) || '.';
  return [
    '',
    `Golden Rule ${info.version} for ${info.council}, in ${where}/:`,
    ...info.files.map((file) => `  ${file}`),
    '',
    info.chromium.id
      ? `Chrome/Edge extension id: ${info.chromium.id} (fixed by extension.chromeKey)`
      : 'Chrome/Edge extension id: given by the store (no extension.chromeKey in the configuration)',
    ...(info.chromium.updateUrl ? [`Chrome/Edge update URL:   ${info.chromium.updateUrl}`] : []),
    `Firefox add-on id:        ${info.firefox.id}`,
    '',
    'Next: ADMIN.md explains how to publish or host these packages and set the policy.',
    '',
  ].join('\n');
}

function main(): number {
  let options: BuildOptions | 'help';
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`build:council: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const info = buildCouncil(options, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(summary(info));
    return 0;
  } catch (error) {
    process.stderr.write(error instanceof BuildError ? error.message : `build:council: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
