/**
 * ADMIN.md's examples are the ones administrators copy: every marked example (JSON, registry,
 * PowerShell, plist) is read out of the file here and checked as Chrome, Edge or Firefox would
 * read it, then against the council configuration schema, with `golden-rule check-policy`'s
 * own checker. (tests/e2e/policy.test.ts applies the Linux policy example to a real Chromium.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultCouncilConfig } from '../../src/config/load-file';
import { managedPolicySchema, type ChromeSchema } from '../../src/config/managed-schema';
import { applyPolicy } from '../../src/config/policy';
import { describePolicyFile } from '../../src/config/policy-file';
import { firefoxAddonId } from '../../src/build/manifest';
import { ADMIN, adminExample } from './admin-examples';

const CONFIG = loadDefaultCouncilConfig();
const IDS = { firefoxId: firefoxAddonId(CONFIG) };
const EXAMPLE_ID = 'kgdjpbhaecmlnfoiepgjmhbkcoleaobn';

/** Windows .reg text: key path → value name → string or DWORD number. */
function parseReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('Windows Registry Editor')) continue;
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      current = {};
      keys.set(key[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!);
  }
  return keys;
}

/** Chrome's registry conversion (registry_dict.cc ConvertRegistryValue), for the top-level settings. */
function fromRegistry(values: Record<string, string | number>): Record<string, unknown> {
  const schema = managedPolicySchema();
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const node: ChromeSchema | undefined = schema.properties[name];
    if (node && (node.type === 'object' || node.type === 'array') && typeof raw === 'string') out[name] = JSON.parse(raw);
    else if (node?.type === 'boolean' && typeof raw === 'number') out[name] = raw !== 0;
    else out[name] = raw;
  }
  return out;
}

/** A property list (dict, array, string, true, false, integer), as macOS preference files hold. */
function parsePlist(text: string): unknown {
  const tokens = [...text.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g)]
    .map((m) => (m[4] !== undefined ? { text: m[4] } : { close: m[1] === '/', tag: m[2]!, empty: m[3] === '/' }))
    .filter((t) => !('text' in t) || t.text!.trim());
  let i = 0;
  const next = () => tokens[i++]!;
  const value = (): unknown => {
    const open = next() as { tag: string; empty: boolean };
    if (open.empty) return open.tag === 'true' ? true : open.tag === 'false' ? false : '';
    if (open.tag === 'plist') {
      const inner = value();
      next();
      return inner;
    }
    if (open.tag === 'dict') {
      const dict: Record<string, unknown> = {};
      while (!('close' in tokens[i]! && (tokens[i] as { close: boolean }).close)) {
        next();
        const key = (next() as { text: string }).text;
        next();
        dict[key] = value();
      }
      next();
      return dict;
    }
    if (open.tag === 'array') {
      const list: unknown[] = [];
      while (!('close' in tokens[i]! && (tokens[i] as { close: boolean }).close)) list.push(value());
      next();
      return list;
    }
    const content = 'text' in tokens[i]! ? (next() as { text: string }).text : '';
    next();
    return open.tag === 'integer' ? Number(content) : content;
  };
  return value();
}

function expectApplies(value: unknown, form: string) {
  const report = describePolicyFile(value, CONFIG, IDS);
  expect(report.lines.filter((l) => l.includes('✗')), report.lines.join('\n')).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.form).toBe(form);
  return report;
}

const PERIOD = [{ name: 'Borough council elections 2027', noticeDate: '2027-03-25', pollingDay: '2027-05-06' }];
const LOCKS = { strictness: true, lockedBy: 'the Monitoring Officer' };

describe('ADMIN.md examples', () => {
  it('the example id is a Chrome/Edge id and the Firefox id is the example configuration’s', () => {
    expect(EXAMPLE_ID).toMatch(/^[a-p]{32}$/);
    expect(IDS.firefoxId).toBe('golden-rule@eastbridge.gov.uk');
    expect(ADMIN).toContain('npm run build:council');
    const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:council']).toBeDefined();
  });

  it('Chrome/Edge install policies (Linux JSON) install the extension', () => {
    const settings = JSON.parse(adminExample('chrome-linux-install'));
    expect(settings.ExtensionSettings[EXAMPLE_ID]).toEqual({ installation_mode: 'force_installed', update_url: 'https://it.eastbridge.gov.uk/golden-rule/updates.xml' });
    expect(expectApplies(settings, 'chromium').lines.join('\n')).toContain(`force_installed ${EXAMPLE_ID}`);
    const forcelist = JSON.parse(adminExample('chrome-linux-forcelist'));
    expect(expectApplies(forcelist, 'chromium').lines.join('\n')).toContain(`force-installs ${EXAMPLE_ID} from https://it.eastbridge.gov.uk/golden-rule/updates.xml`);
  });

  it('the Windows install registry keys are Chrome’s and Edge’s forcelist', () => {
    const keys = parseReg(adminExample('chrome-windows-install'));
    expect([...keys.keys()]).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist',
    ]);
    for (const values of keys.values()) expectApplies({ ExtensionInstallForcelist: Object.values(values) }, 'chromium');
  });

  it('the Linux policy file switches on the pre-election period and locks the strictness', () => {
    const file = JSON.parse(adminExample('chrome-linux-policy'));
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([EXAMPLE_ID]);
    expect(expectApplies(file, 'chromium').lines.join('\n')).toContain('✓ in force: locks.strictness, locks.lockedBy, preElectionPeriods');
    const { config } = applyPolicy(CONFIG, file['3rdparty'].extensions[EXAMPLE_ID]);
    expect(config.locks).toEqual({ ...CONFIG.locks, ...LOCKS });
    expect(config.preElectionPeriods).toEqual(PERIOD);
  });

  it('the Windows registry values are the same policy, for Chrome and Edge', () => {
    const keys = parseReg(adminExample('chrome-windows-policy'));
    const paths = [...keys.keys()];
    expect(paths).toEqual([
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXAMPLE_ID}\\policy`,
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EXAMPLE_ID}\\policy`,
    ]);
    for (const values of keys.values()) {
      const policy = fromRegistry(values);
      expect(policy).toEqual({ defaultStrictness: 'standard', locks: LOCKS, preElectionPeriods: PERIOD });
      expectApplies({ '3rdparty': { extensions: { [EXAMPLE_ID]: policy } } }, 'chromium');
    }
  });

  it('the Intune PowerShell writes the same values', () => {
    const script = adminExample('intune-powershell');
    expect(script).toContain(`'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EXAMPLE_ID}\\policy'`);
    const values = Object.fromEntries([...script.matchAll(/-Name '([^']+)' -Value '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
    const policy = fromRegistry(values);
    expect(policy).toEqual({ locks: LOCKS, preElectionPeriods: PERIOD });
    expectApplies({ '3rdparty': { extensions: { [EXAMPLE_ID]: policy } } }, 'chromium');
  });

  it('the macOS preference file holds the same values', () => {
    const policy = parsePlist(adminExample('macos-plist'));
    expect(policy).toEqual({ locks: LOCKS, preElectionPeriods: PERIOD });
    expectApplies({ '3rdparty': { extensions: { [EXAMPLE_ID]: policy } } }, 'chromium');
  });

  it('the Google Admin console form applies', () => {
    expectApplies(JSON.parse(adminExample('admin-console')), 'admin-console');
  });

  it('Firefox’s policies.json installs the add-on by its id and applies the same settings', () => {
    const file = JSON.parse(adminExample('firefox-policies'));
    const report = expectApplies(file, 'firefox');
    expect(report.lines.join('\n')).toContain('force_installed golden-rule@eastbridge.gov.uk from https://');
    expect(file.policies['3rdparty'].Extensions[IDS.firefoxId]).toEqual({ locks: LOCKS, preElectionPeriods: PERIOD });
  });

  it('the checker catches the mistakes the guide warns about', () => {
    const wrong = describePolicyFile({ '3rdparty': { extensions: { [EXAMPLE_ID]: { locks: { strictness: 'true' }, defaultStrictness: 'purdah' } } } }, CONFIG, IDS);
    expect(wrong.ok).toBe(false);
    expect(wrong.lines.join('\n')).toContain('locks: Chrome and Edge drop this policy before the extension sees it');
    expect(wrong.lines.join('\n')).toContain('defaultStrictness: "purdah" is not a strictness level');
    const firefox = describePolicyFile({ policies: { '3rdparty': { Extensions: { 'golden-rule@other.gov.uk': {} } } } }, CONFIG, IDS);
    expect(firefox.lines.join('\n')).toContain('is not this build\'s add-on id (golden-rule@eastbridge.gov.uk)');
  });
});
