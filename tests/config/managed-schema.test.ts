/**
 * The managed policy schema Chrome and Edge read (`managed_schema.json`), generated from the
 * zod schema: valid in Chrome's dialect (an invalid one stops the extension loading), complete
 * (every setting a policy may change, to every depth), and loose where it must be (types only),
 * so the extension, not Chrome, judges and reports a bad value.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultCouncilConfig } from '../../src/config/load-file';
import { chromeDelivers, chromeSchemaErrors, managedPolicySchema, type ChromeSchema } from '../../src/config/managed-schema';
import { POLICY_KEYS } from '../../src/config/policy';
import { allowedKeys, schemaAt, unwrapSchema } from '../../src/config/problems';
import { councilConfigSchema } from '../../src/config/schema';

const schema = managedPolicySchema();

describe('managed policy schema', () => {
  it('is valid in Chrome’s dialect', () => {
    expect(chromeSchemaErrors(schema)).toEqual([]);
    expect(schema.type).toBe('object');
  });

  it('the checker refuses what Chrome refuses', () => {
    const ok = { type: 'object', properties: { a: { type: 'string' } } };
    expect(chromeSchemaErrors(ok)).toEqual([]);
    expect(chromeSchemaErrors({ ...ok, additionalProperties: { type: 'string' } })).toEqual([
      '(schema): "additionalProperties" and "patternProperties" are not supported at the main schema',
    ]);
    expect(chromeSchemaErrors({ type: 'array', items: { type: 'string' } })).toEqual(['(schema): the main schema must have type "object"']);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: ['string', 'null'] } } })).toEqual([
      '(schema).a: each schema must have exactly one "type" (a string) or a "$ref"',
    ]);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }] } } })).toEqual([
      '(schema).a: each schema must have exactly one "type" (a string) or a "$ref"',
    ]);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'object', additionalProperties: false } } })).toEqual([
      '(schema).a: "additionalProperties" must be a schema object (Chrome does not accept true/false)',
    ]);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'array' } } })).toEqual(['(schema).a: type array must have a schema in "items"']);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'null' } } })).toEqual(['(schema).a: unknown type "null"']);
  });

  it('has every setting a policy may change: all of the configuration but `extension`', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(POLICY_KEYS).not.toContain('extension');
    expect([...POLICY_KEYS, 'extension', '$schema'].sort()).toEqual(Object.keys(councilConfigSchema.shape).sort());
  });

  it('matches the zod schema at every depth (the two cannot drift)', () => {
    const walk = (node: ChromeSchema, path: string[]): void => {
      const zod = schemaAt(councilConfigSchema, path)!;
      expect(zod, path.join('.')).toBeDefined();
      const type = (unwrapSchema(zod)._zod.def as { type: string }).type;
      const expected = { string: 'string', enum: 'string', boolean: 'boolean', number: 'number', array: 'array', object: 'object', record: 'object' }[type];
      expect(node.type, path.join('.')).toBe(expected);
      if (node.type === 'array') walk(node.items!, [...path, '0']);
      if (node.type === 'object') {
        const keys = allowedKeys(zod);
        if (keys) expect(Object.keys(node.properties ?? {}).sort(), path.join('.')).toEqual([...keys.keys].sort());
        for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key]);
        if (node.additionalProperties) walk(node.additionalProperties, [...path, '(any)']);
      }
    };
    for (const [key, node] of Object.entries(schema.properties)) walk(node, [key]);
  });

  it('checks types only: no enum, pattern or required that would make Chrome drop a value silently', () => {
    const text = JSON.stringify(schema);
    expect(text).not.toMatch(/"(enum|pattern|required|format|minLength|anyOf|oneOf|\$schema|default)"/);
  });

  it('lets maps keyed by rule id or site take any key, so a misspelt one reaches the extension', () => {
    for (const key of ['words', 'severity', 'platforms']) {
      expect(schema.properties[key]!.additionalProperties, key).toBeDefined();
      expect(Object.keys(schema.properties[key]!.properties ?? {}).length, key).toBeGreaterThan(4);
    }
    expect(schema.properties.guidance!.properties!.sections!.additionalProperties).toEqual({ type: 'string' });
  });

  it('passes the whole built-in configuration through Chrome unchanged', () => {
    const config = loadDefaultCouncilConfig() as unknown as Record<string, unknown>;
    for (const key of POLICY_KEYS) expect(chromeDelivers(schema, key, config[key]), key).toEqual(config[key]);
  });

  it('describes each setting for the administrator', () => {
    for (const [key, node] of Object.entries(schema.properties)) expect(node.description, key).toMatch(/\w{3}/);
  });
});
