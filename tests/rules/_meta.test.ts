import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { RULE_IDS } from '../../rules/ids';
import { lint } from '../../src/engine/lint';
import type { Strictness } from '../../src/engine/types';
import { STRICTNESS_LEVELS } from '../../src/engine/types';
import { rulesTable } from '../../src/cli/rules-table';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The severity table of ../shared/RULES.md: the public contract for default severities. */
function catalogue(): Map<string, Record<Strictness, string>> {
  const table = new Map<string, Record<Strictness, string>>();
  for (const line of read('../shared/RULES.md').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id) continue;
    table.set(id, { relaxed: cells[4]!, standard: cells[5]!, 'pre-election': cells[6]! });
  }
  return table;
}

describe('the rule registry', () => {
  it('registers every id of RULES.md, once, in its order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
    expect([...catalogue().keys()]).toEqual([...RULE_IDS]);
  });

  it('has one module per rule in rules/, named by its id, and nothing else', () => {
    const modules = readdirSync(new URL('rules/', root))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'ids.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(modules).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(read(`rules/${id}.ts`)).toContain(`id: '${id}'`);
  });
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  const meta = rule.meta;

  it('has the default severities of RULES.md', () => {
    expect(meta.severity).toEqual(catalogue().get(id));
  });

  it('is documented: description, sources, a one-sentence why that names its section, and a link anchor', () => {
    expect(meta.description.length).toBeGreaterThanOrEqual(20);
    expect(meta.sources.length).toBeGreaterThan(0);
    expect(meta.section.anchor).toMatch(/^#[a-z0-9-]+$/);
    expect(meta.why).toMatch(/^[A-Z].*[.]$/s);
    expect(meta.why.split(/(?<=[.!?])\s+(?=[A-Z])/).length, 'one sentence').toBe(1);
    const body = meta.section.ref.replace(/^(?:CG|GM|DSC|LGA1|LGA2),?\s*/, '');
    const named = /\d+(?:\.\d+)?/.exec(body)?.[0] ?? body;
    expect(meta.why, `why should name ${meta.section.ref}`).toContain(named);
  });

  it('has messages in plain English with no leftover placeholders beyond its data', () => {
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(meta.messages)) {
      expect(message.length).toBeLessThan(220);
      expect(message).toMatch(/[.?]$/);
    }
  });

  it('has a test table', () => {
    expect(existsSync(new URL(`tests/rules/${id}.test.ts`, root))).toBe(true);
  });

  const strictness = meta.examples.strictness ?? (meta.severity.standard !== 'off' ? 'standard' : STRICTNESS_LEVELS.find((s) => meta.severity[s] !== 'off')!);

  it.each(meta.examples.invalid.map((text) => [text]))('flags its own example %j', (text) => {
    expect(meta.examples.invalid.length).toBeGreaterThan(0);
    const found = lint(text, { strictness }).filter((f) => f.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(meta.examples.valid.map((text) => [text]))('leaves its own example alone: %j', (text) => {
    const found = lint(text, { strictness }).filter((f) => f.ruleId === id);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });

  it('has at least two valid and two invalid examples', () => {
    expect(meta.examples.valid.length).toBeGreaterThanOrEqual(2);
    expect(meta.examples.invalid.length).toBeGreaterThanOrEqual(2);
  });
});

describe('README', () => {
  it('lists every rule with its severities, generated from the rules themselves (npm run docs:rules)', () => {
    const readme = read('README.md');
    const section = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(section, 'README needs a <!-- rules:start --> … <!-- rules:end --> section').toBeDefined();
    expect(section).toBe(rulesTable());
  });
});
