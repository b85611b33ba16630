import type { z } from 'zod';
import { POLICY_KEYS } from './policy';
import { councilConfigSchema } from './schema';
import { unwrapSchema } from './problems';

/**
 * The `managed_schema` for Chrome and Edge (manifest `storage.managed_schema`), generated from
 * the council configuration's zod schema, so the two cannot drift.
 *
 * Chrome's dialect is a small JSON Schema subset (components/policy/core/common/schema.cc):
 * every node has exactly one `type` (array, boolean, integer, number, object, string) or a
 * `$ref`; arrays need `items`; `additionalProperties` must be a schema (never `false`); the top
 * level is an object without `additionalProperties` or `patternProperties`. An invalid schema
 * stops the extension from loading, and a `pattern` is compiled with RE2 (no look-ahead).
 *
 * Deliberately, the schema checks only JSON types, with no `enum`, `pattern` or `required`:
 * Chrome silently drops a top-level policy whose value does not match the schema (the
 * extension never sees it), while the extension checks everything else with zod and names the
 * problem in its popup. Enum-keyed maps (rule ids, sites) list their keys as `properties` for
 * the administrator's benefit and take other keys through `additionalProperties`, so a
 * misspelt rule id reaches the extension and is reported rather than silently dropped.
 */

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

type AnySchema = z.core.$ZodType;

/** The `.describe()` text, on whichever wrapper (default, optional) it was set. */
function descriptionOf(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = (current as { description?: string }).description;
    if (meta) return meta;
    const def = current._zod.def as { innerType?: AnySchema; in?: AnySchema };
    current = def.innerType ?? def.in;
  }
  return undefined;
}

function convert(schema: AnySchema, path: string): ChromeSchema {
  const inner = unwrapSchema(schema);
  const def = inner._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    keyType?: AnySchema;
    valueType?: AnySchema;
    entries?: Record<string, string | number>;
    options?: AnySchema[];
  };
  switch (def.type) {
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: 'number' };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (values.every((v) => typeof v === 'string')) return { type: 'string' };
      throw new Error(`${path}: an enum of non-strings cannot be expressed in Chrome's managed schema`);
    }
    case 'array':
      return { type: 'array', items: convert(def.element!, `${path}[]`) };
    case 'object': {
      const properties: Record<string, ChromeSchema> = {};
      for (const [key, value] of Object.entries(def.shape ?? {})) properties[key] = withDescription(convert(value, `${path}.${key}`), value);
      return { type: 'object', properties };
    }
    case 'record': {
      const value = convert(def.valueType!, `${path}.*`);
      const keyDef = unwrapSchema(def.keyType!)._zod.def as { type: string; entries?: Record<string, string> };
      if (keyDef.type === 'enum' && keyDef.entries) {
        const properties: Record<string, ChromeSchema> = {};
        for (const key of Object.values(keyDef.entries)) properties[key] = value;
        return { type: 'object', properties, additionalProperties: value };
      }
      return { type: 'object', additionalProperties: value };
    }
    case 'union': {
      const branches = (def.options ?? []).map((option, i) => convert(option, `${path}|${i}`));
      const first = JSON.stringify(branches[0]);
      if (branches.length && branches.every((b) => JSON.stringify(b) === first)) return branches[0]!;
      throw new Error(`${path}: a union of different types cannot be expressed in Chrome's managed schema`);
    }
    default:
      throw new Error(`${path}: zod type "${def.type}" cannot be expressed in Chrome's managed schema`);
  }
}

function withDescription(node: ChromeSchema, schema: AnySchema): ChromeSchema {
  const description = descriptionOf(schema);
  return description ? { ...node, description } : node;
}

/** The policy schema: every setting a policy may change (all of the configuration but `extension`). */
export function managedPolicySchema(): ChromeSchema & { properties: Record<string, ChromeSchema> } {
  const properties: Record<string, ChromeSchema> = {};
  for (const key of POLICY_KEYS) {
    const field = councilConfigSchema.shape[key as keyof typeof councilConfigSchema.shape] as AnySchema;
    properties[key] = withDescription(convert(field, key), field);
  }
  return {
    type: 'object',
    title: 'Golden Rule council settings',
    description:
      'Overrides the council configuration built into Golden Rule. Objects are merged key by key; lists and single values replace the built-in value. See ADMIN.md.',
    properties,
  };
}

// ---------------------------------------------------------------------------------------------
// Chrome's own checks, for the build and the tests: the schema's validity, and which policy
// values Chrome passes on to `storage.managed`.

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
const COMMON = ['description', 'id', 'sensitiveValue', 'title', 'type'];
const ATTRIBUTES: Record<string, string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'maximum', 'minimum'],
  number: COMMON,
  object: [...COMMON, 'additionalProperties', 'patternProperties', 'properties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
};

const isDict = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The reasons Chrome would refuse this schema (and so refuse to load the extension), as
 * `path: reason`; empty when it is valid. Stricter than Chrome in one way: an attribute Chrome
 * does not know (and would ignore) is reported too, so nothing in the file is dead weight.
 */
export function chromeSchemaErrors(schema: unknown): string[] {
  const errors: string[] = [];
  if (!isDict(schema)) return ['(schema): must be a JSON object'];
  if (schema.type !== 'object') errors.push('(schema): the main schema must have type "object"');
  if ('additionalProperties' in schema || 'patternProperties' in schema) {
    errors.push('(schema): "additionalProperties" and "patternProperties" are not supported at the main schema');
  }
  check(schema, '(schema)', errors);
  return errors;
}

function check(node: Record<string, unknown>, path: string, errors: string[]): void {
  if ('$ref' in node) {
    for (const key of Object.keys(node)) if (!['$ref', 'description', 'title'].includes(key)) errors.push(`${path}: "${key}" is not allowed beside $ref`);
    return;
  }
  const type = node.type;
  if (typeof type !== 'string') {
    errors.push(`${path}: each schema must have exactly one "type" (a string) or a "$ref"`);
    return;
  }
  if (!TYPES.includes(type)) {
    errors.push(`${path}: unknown type "${type}"`);
    return;
  }
  for (const key of Object.keys(node)) if (!ATTRIBUTES[type]!.includes(key)) errors.push(`${path}: attribute "${key}" is not allowed for type ${type}`);
  for (const key of ['description', 'title', 'id', 'pattern']) if (key in node && typeof node[key] !== 'string') errors.push(`${path}: "${key}" must be a string`);
  if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0)) errors.push(`${path}: "enum" must be a non-empty list`);
  if (type === 'array') {
    if (!isDict(node.items)) errors.push(`${path}: type array must have a schema in "items"`);
    else check(node.items, `${path}.items`, errors);
  }
  if (type === 'object') {
    for (const key of ['properties', 'patternProperties'] as const) {
      if (!(key in node)) continue;
      const map = node[key];
      if (!isDict(map)) {
        errors.push(`${path}: "${key}" must be an object`);
        continue;
      }
      for (const [name, child] of Object.entries(map)) {
        if (!isDict(child)) errors.push(`${path}.${name}: must be a schema object`);
        else check(child, `${path}.${name}`, errors);
      }
    }
    if ('additionalProperties' in node) {
      if (!isDict(node.additionalProperties)) errors.push(`${path}: "additionalProperties" must be a schema object (Chrome does not accept true/false)`);
      else check(node.additionalProperties, `${path}.additionalProperties`, errors);
    }
    if ('required' in node) {
      const required = node.required;
      const props = isDict(node.properties) ? node.properties : {};
      if (!Array.isArray(required) || required.some((r) => typeof r !== 'string' || !(r in props))) {
        errors.push(`${path}: "required" must list names from "properties"`);
      }
    }
  }
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * What Chrome does with one top-level policy value before the extension sees it (schema_map.cc
 * FilterBundle, Schema::Normalize with SCHEMA_ALLOW_UNKNOWN): unknown keys inside objects are
 * dropped; a value of the wrong type anywhere drops the whole policy. Returns the value the
 * extension receives, or undefined when Chrome drops it.
 */
export function chromeDelivers(schema: ChromeSchema & { properties: Record<string, ChromeSchema> }, name: string, value: unknown): unknown {
  const node = schema.properties[name];
  return node ? normalize(node, value) : undefined;
}

function normalize(node: ChromeSchema, value: unknown): unknown {
  const type = jsonType(value);
  if (!(type === node.type || (type === 'integer' && node.type === 'number'))) return undefined;
  if (node.type === 'array') {
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const normal = normalize(node.items!, item);
      if (normal === undefined) return undefined;
      out.push(normal);
    }
    return out;
  }
  if (node.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const child = node.properties?.[key] ?? node.additionalProperties;
      if (!child) continue;
      const normal = normalize(child, inner);
      if (normal === undefined) return undefined;
      out[key] = normal;
    }
    return out;
  }
  return value;
}
