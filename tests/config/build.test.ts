/**
 * `npm run build:council`, as an administrator runs it, on a custom configuration: the three
 * packages are made (real `wxt zip` builds, about a minute in all), named after the council, with
 * the configuration's values baked in, Firefox's add-on id, Chrome/Edge's fixed id, update URL and
 * managed policy schema. A bad configuration stops the build with every problem and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeSchemaErrors, managedPolicySchema } from '../../src/config/managed-schema';
import { readZip } from './zip';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), 'golden-rule-build-test-'));
const OUT = join(dir, 'out');

const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
/** The id Chromium gives an extension with this key, worked out here independently of src/build. */
const ID = [...createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 32)]
  .map((c) => 'abcdefghijklmnop'[parseInt(c, 16)])
  .join('');

const CONFIG = join(dir, 'northdale.config.json');
writeFileSync(
  CONFIG,
  `// Northdale's configuration, with comments as an administrator writes it.
{
  "council": { "name": "Northdale Borough Council", "shortName": "Northdale", "website": "https://www.northdale.gov.uk" },
  "extension": {
    "displayName": "Golden Rule for Northdale",
    "chromeKey": "${KEY}",
    "updateUrl": "https://it.northdale.gov.uk/golden-rule/updates.xml"
  },
  "guidance": { "url": "https://www.northdale.gov.uk/social-media", "codeOfConductUrl": "https://www.northdale.gov.uk/code" },
  "contacts": { "monitoringOfficer": { "name": "Sam Okafor", "email": "monitoring.officer@northdale.gov.uk" } },
  "acronyms": { "NTP": "Northdale Transport Partnership" },
  "defaultStrictness": "relaxed",
  "locks": { "strictness": true, "rules": ["personal-data"], "lockedBy": "the Monitoring Officer" }
}
`,
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/build/council.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const manifestOf = (zip: Map<string, Buffer>) => JSON.parse(zip.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
const scriptsOf = (zip: Map<string, Buffer>, under = '') =>
  [...zip].filter(([name]) => name.startsWith(under) && name.endsWith('.js')).map(([, data]) => data.toString('utf8'));

describe('npm run build:council', () => {
  let built: ReturnType<typeof run>;
  const name = (browser: string) => `golden-rule-northdale-${VERSION}-${browser}.zip`;

  beforeAll(() => {
    built = run([CONFIG, '--out', OUT]);
  }, 600_000);

  it('makes the Chrome, Edge and Firefox packages, named after the council', () => {
    expect(built.status, `${built.out}\n${built.err}`).toBe(0);
    expect(built.err).toBe('');
    expect(readdirSync(OUT).sort()).toEqual(
      ['build-info.json', 'council.config.json', name('chrome'), name('edge'), name('firefox'), name('sources'), 'managed_schema.json'].sort(),
    );
    expect(built.out).toContain(`Chrome/Edge extension id: ${ID} (fixed by extension.chromeKey)`);
    expect(built.out).toContain('Firefox add-on id:        golden-rule@northdale.gov.uk');
  });

  it('gives Chrome and Edge the fixed id, the update URL and the generated policy schema', () => {
    for (const browser of ['chrome', 'edge']) {
      const zip = readZip(join(OUT, name(browser)));
      const manifest = manifestOf(zip);
      expect(manifest.manifest_version, browser).toBe(3);
      expect(manifest.name).toBe('Golden Rule for Northdale');
      expect(manifest.description).toContain('Northdale Borough Council');
      expect(manifest.version).toBe(VERSION);
      expect(manifest.key).toBe(KEY);
      expect(manifest.update_url).toBe('https://it.northdale.gov.uk/golden-rule/updates.xml');
      expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
      expect(manifest.browser_specific_settings).toBeUndefined();
      const shipped = JSON.parse(zip.get('managed_schema.json')!.toString('utf8'));
      expect(shipped).toEqual(managedPolicySchema());
      expect(chromeSchemaErrors(shipped)).toEqual([]);
    }
    expect(JSON.parse(readFileSync(join(OUT, 'managed_schema.json'), 'utf8'))).toEqual(managedPolicySchema());
  });

  it('gives Firefox the add-on id derived from the council’s website, and no Chromium-only keys', () => {
    const zip = readZip(join(OUT, name('firefox')));
    const manifest = manifestOf(zip);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'golden-rule@northdale.gov.uk', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(manifest.key).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
    expect(manifest.storage).toBeUndefined();
    expect(zip.has('managed_schema.json')).toBe(false);
  });

  it('bakes the council’s configuration into every package, and not the default', () => {
    for (const browser of ['chrome', 'edge', 'firefox']) {
      const code = scriptsOf(readZip(join(OUT, name(browser)))).join('\n');
      expect(code, browser).toContain('Northdale Transport Partnership');
      expect(code).toContain('monitoring.officer@northdale.gov.uk');
      expect(code).toContain(KEY.slice(20, 60));
      expect(code).not.toContain('Eastbridge Borough Council');
    }
  });

  it('keeps zod out of the content scripts (it validates the policy in the background script only)', () => {
    const zip = readZip(join(OUT, name('chrome')));
    const content = [...zip].filter(([file]) => file.startsWith('content-scripts/') && file.endsWith('.js'));
    expect(content.length).toBe(5);
    for (const [file, data] of content) expect(data.toString('utf8'), file).not.toMatch(/_zod|ZodError|\$ZodType/);
    expect(zip.get('background.js')!.toString('utf8')).toMatch(/_zod/);
  });

  it('records what it built', () => {
    const info = JSON.parse(readFileSync(join(OUT, 'build-info.json'), 'utf8'));
    expect(info).toMatchObject({
      council: 'Northdale Borough Council',
      version: VERSION,
      chromium: { id: ID, updateUrl: 'https://it.northdale.gov.uk/golden-rule/updates.xml' },
      firefox: { id: 'golden-rule@northdale.gov.uk' },
    });
    expect(readFileSync(join(OUT, 'council.config.json'), 'utf8')).toBe(readFileSync(CONFIG, 'utf8'));
  });
});

describe('a bad configuration', () => {
  const BAD = join(dir, 'bad.config.json');
  writeFileSync(
    BAD,
    JSON.stringify({
      council: { name: 'Southdale', shortName: 'Southdale' },
      extension: { displayName: 'Golden Rule', firefoxId: 'southdale' },
      guidance: { url: 'http://southdale.example/guide', codeOfConductUrl: 'https://southdale.example/code' },
      contacts: { monitoringOfficer: { name: 'A. Officer' } },
      defaultStrictness: 'purdah',
      locks: { rules: ['persnal-data'] },
    }),
  );
  const EXPECTED = [
    '  extension.firefoxId: must look like golden-rule@council.gov.uk (or a {GUID}) (found "southdale")',
    '  guidance.url: must be a web address starting with https://',
    '  defaultStrictness: "purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"',
    '  locks.rules.0: "persnal-data" is not a rule id: did you mean "personal-data"?',
  ];

  it('stops build:council with every problem as path: reason, and writes nothing', () => {
    const out = join(dir, 'bad-out');
    const refused = run(['--out', out], { COUNCIL_CONFIG: BAD });
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(`The council configuration ${BAD} has 4 problems; nothing was built:`);
    for (const line of EXPECTED) expect(refused.err).toContain(line);
    expect(existsSync(out)).toBe(false);
  });

  it('stops a plain `wxt build` the same way', () => {
    const out = join(dir, 'bad-wxt');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, COUNCIL_CONFIG: BAD, GOLDEN_RULE_OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    for (const line of EXPECTED) expect(result.stderr).toContain(line);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a key that is not a public key, checked by OpenSSL', () => {
    const config = JSON.parse(readFileSync(BAD, 'utf8'));
    Object.assign(config, { defaultStrictness: 'standard', locks: {} });
    config.extension = { displayName: 'Golden Rule', chromeKey: Buffer.from('0'.repeat(120)).toString('base64').replace(/^../, 'MI') };
    config.guidance.url = 'https://southdale.example/guide';
    const path = join(dir, 'bad-key.json');
    writeFileSync(path, JSON.stringify(config));
    const refused = run([path, '--out', join(dir, 'bad-key-out')]);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/extension\.chromeKey: /);
    expect(existsSync(join(dir, 'bad-key-out'))).toBe(false);
  });
});
