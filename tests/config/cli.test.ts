/**
 * The administrator's commands in the CLI: `check-config` (names and ids of the build) and
 * `check-policy` (what a policy file would do). `lint` and the basics are in tests/cli.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExtensionId } from '../../src/build/manifest';
import { runCli as run } from '../cli/run-cli';
import { adminExample } from './admin-examples';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), 'golden-rule-cli-admin-'));
const KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const CONFIG = join(dir, 'northdale.json');
writeFileSync(
  CONFIG,
  JSON.stringify({
    council: { name: 'Northdale Borough Council', shortName: 'Northdale' },
    extension: { displayName: 'Golden Rule for Northdale', chromeKey: KEY },
    guidance: { url: 'https://northdale.example/guide', codeOfConductUrl: 'https://northdale.example/code' },
    contacts: { monitoringOfficer: { name: 'A. Officer' } },
  }),
);
const ID = chromiumExtensionId(KEY);

describe('golden-rule check-config, for a build', () => {
  it('prints the packages’ names and the extension ids', () => {
    const { status, out } = run(['check-config', CONFIG]);
    expect(status).toBe(0);
    expect(out).toContain(`packages: golden-rule-northdale-${VERSION}-{chrome,edge,firefox}.zip`);
    expect(out).toContain(`Chrome/Edge extension id: ${ID}`);
    expect(out).toContain('Firefox add-on id: golden-rule-northdale@councils.golden-rule.invalid');
  });
});

describe('golden-rule check-policy', () => {
  const policyFor = (id: string, values: unknown) => JSON.stringify({ '3rdparty': { extensions: { [id]: values } } });

  it('accepts ADMIN.md’s Linux policy for the example configuration', () => {
    const { status, out } = run(['check-policy', 'policy.json'], { 'policy.json': adminExample('chrome-linux-policy') });
    expect(out).toContain('✓ in force: locks.strictness, locks.lockedBy, preElectionPeriods');
    expect(status).toBe(0);
  });

  it('says what Chrome would drop and what the extension would ignore, and exits 2', () => {
    const policy = policyFor(ID, { locks: { strictness: 'true' }, defaultStrictness: 'purdah', boundaryMessage: 'Be kind.' });
    const { status, out } = run(['check-policy', '--config', CONFIG, 'policy.json'], { 'policy.json': policy });
    expect(status).toBe(2);
    expect(out).toContain('✗ locks: Chrome and Edge drop this policy before the extension sees it: a value in it has the wrong type');
    expect(out).toContain('✗ defaultStrictness: "purdah" is not a strictness level: use "relaxed", "standard" or "pre-election" (shown in the popup; the built-in value stays)');
    expect(out).toContain('✓ in force: boundaryMessage');
  });

  it('spots a policy written for another extension id', () => {
    const { status, out } = run(['check-policy', `--config=${CONFIG}`, 'policy.json'], { 'policy.json': policyFor('kgdjpbhaecmlnfoiepgjmhbkcoleaobn', {}) });
    expect(status).toBe(2);
    expect(out).toContain(`"kgdjpbhaecmlnfoiepgjmhbkcoleaobn" is not this build's id (${ID}): the policy would not reach it`);
  });

  it('reads just the settings, with comments', () => {
    const { status, out } = run(['check-policy', 'p.json'], { 'p.json': '// settings only\n{ "defaultStrictness": "relaxed" }' });
    expect(status).toBe(0);
    expect(out).toContain('✓ in force: defaultStrictness');
  });

  it('refuses bad usage and unreadable input with exit 2', () => {
    expect(run(['check-policy']).status).toBe(2);
    expect(run(['check-policy', 'a.json', 'b.json']).err).toContain('check-policy needs exactly one policy file');
    expect(run(['check-policy', 'missing.json']).err).toBe('golden-rule: missing.json: no such file\n');
    expect(run(['check-policy', 'bad.json'], { 'bad.json': '{ "locks": ' }).err).toMatch(/^golden-rule: bad\.json: not valid JSON/);
  });
});
