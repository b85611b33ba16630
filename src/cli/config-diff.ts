import type { CouncilConfig } from '../config/schema';

/** One line per setting that differs between two configurations: "guidance.url: … → …". */
export function describeConfigChanges(before: CouncilConfig, after: CouncilConfig): string[] {
  const changes: string[] = [];
  walk(before, after, '', changes);
  return changes;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? '(not set)' : text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

function walk(before: unknown, after: unknown, path: string, out: string[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((item) => !before.some((b) => JSON.stringify(b) === JSON.stringify(item)));
    const removed = before.filter((item) => !after.some((a) => JSON.stringify(a) === JSON.stringify(item)));
    if (added.length) out.push(`${path}: added ${added.map(show).join(', ')}`);
    if (removed.length) out.push(`${path}: removed ${removed.map(show).join(', ')}`);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push(`${path}: ${show(before)} → ${show(after)}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
