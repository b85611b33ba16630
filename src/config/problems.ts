import type { z } from 'zod';
import { RULE_IDS } from '../../rules/ids';
import { STRICTNESS_LEVELS } from '../engine/types';

/**
 * zod's issues, rewritten for the people who edit a council configuration or a policy: one
 * problem per mistake, at the exact path (an unknown key is reported at the key itself, with a
 * "did you mean"), saying what was expected and what was found.
 */

export interface Problem {
  path: string;
  reason: string;
}

/** A problem with its path as keys, for code that acts on it (a key may itself contain dots). */
export interface LocatedProblem extends Problem {
  keys: string[];
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;
type Path = readonly PropertyKey[];

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/… wrappers. */
export function unwrapSchema(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema for the value at `path`, or undefined where the path leaves the schema. */
export function schemaAt(root: AnySchema, path: Path): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrapSchema(current)._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      valueType?: AnySchema;
      element?: AnySchema;
    };
    if (def.type === 'object') current = def.shape && Object.hasOwn(def.shape, key) ? def.shape[String(key)] : undefined;
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

/** The keys an object or enum-keyed record accepts (undefined for free-form records). */
export function allowedKeys(schema: AnySchema | undefined): { keys: string[]; record: boolean } | undefined {
  if (!schema) return undefined;
  const def = unwrapSchema(schema)._zod.def as { type: string; shape?: Record<string, unknown>; keyType?: AnySchema };
  if (def.type === 'object') return { keys: Object.keys(def.shape ?? {}), record: false };
  if (def.type === 'record' && def.keyType) {
    const keyDef = unwrapSchema(def.keyType)._zod.def as { type: string; entries?: Record<string, string> };
    if (keyDef.type === 'enum' && keyDef.entries) return { keys: Object.values(keyDef.entries), record: true };
  }
  return undefined;
}

export function pathString(path: Path): string {
  return path.length ? path.map(String).join('.') : '(top level)';
}

export function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** How a value looks, briefly: `"purdah"`, `42`, `true`, `a list`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
};

function edits(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest of `options` to a mistyped `value`, if one is close enough to be a likely typo. */
export function didYouMean(value: string, options: readonly string[]): string | undefined {
  const folded = value.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const other = option.toLowerCase().replace(/[\s_-]/g, '');
    const score = other === folded ? 0 : edits(folded, other);
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(folded.length / 3)) ? best : undefined;
}

function kindOf(values: readonly unknown[]): { name: string; list: string } | undefined {
  const same = (known: readonly string[]) => known.length === values.length && known.every((k) => values.includes(k));
  if (same(RULE_IDS)) return { name: 'rule id', list: 'the rule ids are listed in README.md' };
  if (same(STRICTNESS_LEVELS)) return { name: 'strictness level', list: `use ${orList(STRICTNESS_LEVELS)}` };
  if (values.includes('facebook') && values.includes('nextdoor')) return { name: 'site', list: `use ${orList(values.map(String))}` };
  return undefined;
}

function orList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function unknownKey(root: AnySchema, containerPath: Path, key: string): string {
  const allowed = allowedKeys(schemaAt(root, containerPath));
  if (!allowed) return 'is not allowed here';
  const guess = didYouMean(key, allowed.keys);
  if (allowed.record) {
    const kind = kindOf(allowed.keys);
    const what = kind?.name ?? 'key allowed here';
    return guess ? `"${key}" is not a ${what}: did you mean "${guess}"?` : `"${key}" is not a ${what}: ${kind?.list ?? `use ${orList(allowed.keys)}`}`;
  }
  if (guess) return `unknown setting: did you mean "${guess}"?`;
  return `unknown setting (check the spelling; the settings here are ${allowed.keys.filter((k) => k !== '$schema').join(', ')})`;
}

function at(path: Path, reason: string): LocatedProblem {
  return { path: pathString(path), reason, keys: path.map(String) };
}

function describeOne(root: AnySchema, issue: Issue, input: unknown): LocatedProblem[] {
  const path = issue.path;
  const found = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => at([...path, key], unknownKey(root, path, key)));
    case 'invalid_type': {
      if (found === undefined) return [at(path, 'is required')];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [at(path, `must be ${expected} (found ${describeValue(found)})`)];
    }
    case 'invalid_value': {
      const kind = kindOf(issue.values);
      if (kind && typeof found === 'string') {
        const guess = didYouMean(found, issue.values.map(String));
        return [at(path, `${describeValue(found)} is not a ${kind.name}: ${guess ? `did you mean "${guess}"?` : kind.list}`)];
      }
      const values = issue.values.map((v) => (typeof v === 'string' ? v : String(v)));
      return [at(path, `must be one of ${orList(values)} (found ${describeValue(found)})`)];
    }
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'is not an allowed key';
      return [at(path, inner)];
    }
    case 'invalid_format': {
      const shown = typeof found === 'string' && !found.includes('\n') ? ` (found ${describeValue(found)})` : '';
      return [at(path, `${issue.message}${shown}`)];
    }
    case 'invalid_union': {
      const messages = [...new Set(issue.errors.flat().map((e) => e.message))];
      return [at(path, messages.join(', or ') || issue.message)];
    }
    default:
      return [at(path, issue.message)];
  }
}

/** Every issue, with its path as keys, in the order zod found them, without duplicates. */
export function locateIssues(root: AnySchema, issues: readonly Issue[], input: unknown): LocatedProblem[] {
  const seen = new Set<string>();
  const out: LocatedProblem[] = [];
  for (const issue of issues) {
    for (const problem of describeOne(root, issue, input)) {
      const key = `${problem.path}\u0000${problem.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

/** Every issue as `{path, reason}`, in the order zod found them, without duplicates. */
export function describeIssues(root: AnySchema, issues: readonly Issue[], input: unknown): Problem[] {
  return locateIssues(root, issues, input).map(({ path, reason }) => ({ path, reason }));
}
