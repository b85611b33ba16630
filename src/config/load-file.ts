import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonc } from './jsonc';
import { parseCouncilConfig, type ConfigProblem, type CouncilConfig } from './schema';

/** The embedded default: the commented example for a fictional council. Node only. */
export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL('../../assets/council.config.json', import.meta.url));

export type LoadResult = { ok: true; config: CouncilConfig; path: string } | { ok: false; path: string; problems: ConfigProblem[] };

/** Reads and validates a council configuration file. Never throws. */
export function loadCouncilConfigFile(path: string = DEFAULT_CONFIG_PATH): LoadResult {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'unknown error'})`;
    return { ok: false, path, problems: [{ path: '(file)', reason }] };
  }
  let value: unknown;
  try {
    value = parseJsonc(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, path, problems: [{ path: '(file)', reason: (error as Error).message }] };
  }
  const parsed = parseCouncilConfig(value);
  return parsed.ok ? { ok: true, config: parsed.config, path } : { ok: false, path, problems: parsed.problems };
}

/** Loads the default configuration or throws: for tools where it must exist. */
export function loadDefaultCouncilConfig(): CouncilConfig {
  const result = loadCouncilConfigFile();
  if (!result.ok) {
    throw new Error(`${result.path}: ${result.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  }
  return result.config;
}
