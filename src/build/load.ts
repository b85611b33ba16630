import { loadCouncilConfigFile, type LoadResult } from '../config/load-file';
import { buildProblems } from './manifest';

/** Loads a council configuration for a build: the schema's checks, then the ones only Node can make. Never throws. */
export function loadBuildConfig(path: string): LoadResult {
  const loaded = loadCouncilConfigFile(path);
  if (!loaded.ok) return loaded;
  const problems = buildProblems(loaded.config);
  return problems.length ? { ok: false, path, problems } : loaded;
}

/** The message a refused build prints: every problem, one `path: reason` per line. */
export function formatRefusal(path: string, problems: readonly { path: string; reason: string }[]): string {
  const lines = problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n');
  return `\nThe council configuration ${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${lines}\n\n`;
}
