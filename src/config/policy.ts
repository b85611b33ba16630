import { didYouMean, locateIssues, schemaAt, unwrapSchema } from './problems';
import { councilConfigSchema, type CouncilConfig } from './schema';

/**
 * The administrator's managed policy (`storage.managed`: Chrome/Edge `3rdparty` policy, Firefox
 * `policies.json`) applied over the configuration built into the extension.
 *
 * A policy is a partial council configuration: any top-level key except `extension` (fixed
 * at build time). Objects are merged key by key, to any depth (`{"locks": {"strictness": true}}`
 * changes only that lock); lists and single values replace the built-in value. The result is
 * validated with the same zod schema as `council.config.json`; each policy value that makes it
 * invalid is left out (the built-in value stays) and reported as a notice, and the rest still
 * apply. Never throws.
 */

/** A value an administrator set by policy that could not be used, shown in the popup. */
export interface PolicyNotice {
  /** The policy key, e.g. `preElectionPeriods.0.pollingDay`. */
  key: string;
  message: string;
}

export interface PolicyResult {
  config: CouncilConfig;
  notices: PolicyNotice[];
  /** The policy values in force, as dotted paths (`locks.strictness`). */
  applied: string[];
}

/** Settings that are fixed when the extension is built. */
const BUILD_ONLY = new Set(['extension']);

/** The top-level keys a policy may set. */
export const POLICY_KEYS: readonly string[] = Object.keys(councilConfigSchema.shape).filter((key) => key !== '$schema' && !BUILD_ONLY.has(key));

/** Keys never written into a configuration object (prototype pollution). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Unit {
  path: string[];
  value: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The policy's leaves: single values and whole lists. Objects are walked into where the
 * configuration has an object (an empty one changes nothing); anywhere else an object is a
 * value like any other, and is checked as one.
 */
function unitsOf(value: unknown, path: string[], out: Unit[], notices: PolicyNotice[]): void {
  if (UNSAFE_KEYS.has(path.at(-1)!)) {
    notices.push({ key: path.join('.'), message: 'unknown setting' });
    return;
  }
  if (isPlainObject(value)) {
    const schema = schemaAt(councilConfigSchema, path);
    const type = schema ? (unwrapSchema(schema)._zod.def as { type: string }).type : undefined;
    if (type === 'object' || type === 'record') {
      for (const [key, inner] of Object.entries(value)) unitsOf(inner, [...path, key], out, notices);
      return;
    }
  }
  out.push({ path, value });
}

/** What an unknown top-level key probably meant. */
function unknownTopLevel(key: string): string {
  if (/strict|level/i.test(key)) return 'unknown setting: did you mean "defaultStrictness" (and "locks": {"strictness": true} to lock it)?';
  if (/purdah|election|poll|notice/i.test(key)) return 'unknown setting: did you mean "preElectionPeriods" ([{"noticeDate": "YYYY-MM-DD", "pollingDay": "YYYY-MM-DD"}])?';
  const guess = didYouMean(key, POLICY_KEYS);
  return guess ? `unknown setting: did you mean "${guess}"?` : 'unknown setting (check the spelling in ADMIN.md)';
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (!isPlainObject(next)) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[path.at(-1)!] = structuredClone(value);
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((key, i) => path[i] === key);

/**
 * The policy values a problem comes from: those at or under its path, or the value (a list)
 * that contains it; failing that, those under its nearest common parent (e.g. a contact the
 * built-in configuration lacks, given without its required name).
 */
function culprits(problemPath: readonly string[], units: readonly Unit[]): Unit[] {
  for (let length = problemPath.length; length >= 0; length--) {
    const prefix = problemPath.slice(0, length);
    const found = units.filter((unit) => startsWith(unit.path, prefix) || (length === problemPath.length && startsWith(prefix, unit.path)));
    if (found.length) return found;
  }
  return [];
}

export function applyPolicy(base: CouncilConfig, policy: unknown): PolicyResult {
  const notices: PolicyNotice[] = [];
  if (policy === undefined || policy === null) return { config: base, notices, applied: [] };
  if (!isPlainObject(policy)) {
    return { config: base, notices: [{ key: '(policy)', message: 'must be a set of named settings; the whole policy is ignored' }], applied: [] };
  }

  let units: Unit[] = [];
  for (const [key, value] of Object.entries(policy)) {
    if (key === '$schema') continue;
    if (BUILD_ONLY.has(key)) {
      notices.push({ key, message: 'is fixed when the extension is built and cannot be changed by policy (see ADMIN.md)' });
      continue;
    }
    if (!POLICY_KEYS.includes(key)) {
      notices.push({ key, message: unknownTopLevel(key) });
      continue;
    }
    unitsOf(value, [key], units, notices);
  }

  // Apply everything, check, leave out what the problems come from, and check again.
  for (let round = 0; round <= units.length; round++) {
    const candidate = structuredClone(base) as Record<string, unknown>;
    for (const unit of units) setAt(candidate, unit.path, unit.value);
    const result = councilConfigSchema.safeParse(candidate);
    if (result.success) return { config: result.data, notices, applied: units.map((unit) => unit.path.join('.')) };

    const rejected = new Set<Unit>();
    for (const problem of locateIssues(councilConfigSchema, result.error.issues, candidate)) {
      const path = problem.keys;
      const from = culprits(path, units);
      if (!from.length) continue;
      for (const unit of from) rejected.add(unit);
      const list = from.find((unit) => Array.isArray(unit.value) && path.length > unit.path.length);
      const key = problem.path;
      const message = list ? `${problem.reason} (so the whole ${list.path.join('.')} list is ignored)` : problem.reason;
      if (!notices.some((n) => n.key === key && n.message === message)) notices.push({ key, message });
    }
    if (!rejected.size) break;
    units = units.filter((unit) => !rejected.has(unit));
  }
  // Unreachable with a valid base configuration: keep the built-in configuration whole.
  return { config: base, notices, applied: [] };
}
