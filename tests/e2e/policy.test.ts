/**
 * End-to-end: an administrator's managed policy, as Debian's Chromium reads it from
 * /etc/chromium/policies/managed/, applied to the package `npm run build:council` makes.
 *
 * The package is built from the example configuration with a signing key made for the test,
 * so its id is fixed and known before the browser starts; the policy file is ADMIN.md's Linux
 * example for that id, with the pre-election period moved to include today. Checks that the
 * extension loads with its generated managed_schema.json, receives the policy, switches to the
 * pre-election level and locks it (popup and page); then, with the browser still running, that
 * a malformed value added to the policy shows a notice in the popup and changes nothing else.
 *
 * Writing the policy folder needs root (CI runs as root); otherwise the tests are skipped.
 * The policy file is removed afterwards.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { parseJsonc } from '../../src/config/jsonc';
import { adminExample } from '../config/admin-examples';
import { readZip } from '../config/zip';
import { FIXTURE_HOSTS, SERVED_PAGES, pageFixture } from './fixtures/catalog';
import { launchChromium, profilePaths } from './harness/browser';
import { bundlePageScripts } from './harness/bundle';
import { makeCertificate } from './harness/cert';
import { EditorDriver } from './harness/editor';
import { startFixtureServer, type FixtureServer } from './harness/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `golden-rule-e2e-${process.pid}.json`);
const EXAMPLE_ID = 'kgdjpbhaecmlnfoiepgjmhbkcoleaobn';
const skip = process.getuid?.() === 0 ? false : `needs root to write ${POLICY_DIR} (CI runs as root); run the e2e tests as root to include this one`;

/** A vote message: checked only at the pre-election level. */
const DRAFT = 'Lovely turnout at the gala. Vote for me on Thursday.';

function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let work: string;
let extensionDir: string;
let extensionId: string;
let expectedId: string;
let context: BrowserContext;
let server: FixtureServer;
let policy: Record<string, unknown>;

function writePolicy(values: Record<string, unknown>): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [expectedId]: values } } }, null, 2));
}

function removePolicy(): void {
  try {
    unlinkSync(POLICY_FILE);
  } catch {
    // Already gone.
  }
}

async function worker(): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return running ?? context.waitForEvent('serviceworker');
}

/** What the background script worked out from the policy (the copy every page reads). */
async function inForce(): Promise<{ config: Record<string, unknown>; notices: Array<{ key: string; message: string }> }> {
  return (await worker()).evaluate(async () => {
    const stored = await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get('managedCouncil');
    return stored.managedCouncil as never;
  });
}

async function until(predicate: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`timed out: ${what}`);
}

async function openPopup(hash = ''): Promise<Page> {
  const popup = await context.newPage();
  popup.on('pageerror', (error) => console.error('[popup] page error:', error.message));
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${hash}`);
  await popup.locator('.app').waitFor();
  return popup;
}

before(async () => {
  if (skip) return;
  process.on('exit', removePolicy);
  work = mkdtempSync(join(tmpdir(), 'golden-rule-policy-e2e-'));

  // The example configuration, with a key made for this test: the id is fixed before the build.
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ format: 'der', type: 'spki' });
  expectedId = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join('');
  const config = parseJsonc(readFileSync(join(ROOT, 'assets/council.config.json'), 'utf8')) as { extension: Record<string, unknown> };
  config.extension.chromeKey = der.toString('base64');
  const configPath = join(work, 'council.config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));

  // The Chrome package exactly as `npm run build:council` makes it, unpacked as a browser would.
  const out = join(work, 'out');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'src/build/council.ts', configPath, '--out', out, '--browsers', 'chrome'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `build:council failed:\n${build.stdout}\n${build.stderr}`);
  const info = JSON.parse(readFileSync(join(out, 'build-info.json'), 'utf8')) as { files: string[]; chromium: { id: string } };
  assert.equal(info.chromium.id, expectedId, 'the build reports the id the key gives');
  const zipName = info.files.find((file) => file.endsWith('-chrome.zip'))!;
  extensionDir = join(work, 'extension');
  for (const [name, data] of readZip(join(out, zipName))) {
    mkdirSync(dirname(join(extensionDir, name)), { recursive: true });
    writeFileSync(join(extensionDir, name), data);
  }

  // ADMIN.md's Linux example, for this build's id, with the period moved to include today.
  const example = JSON.parse(adminExample('chrome-linux-policy'));
  policy = example['3rdparty'].extensions[EXAMPLE_ID];
  policy.preElectionPeriods = [{ name: 'By-election', noticeDate: isoDay(-2), pollingDay: isoDay(12) }];
  mkdirSync(POLICY_DIR, { recursive: true });
  writePolicy(policy);

  const tls = makeCertificate(work, FIXTURE_HOSTS);
  server = await startFixtureServer(SERVED_PAGES, await bundlePageScripts(SERVED_PAGES.map((page) => page.script)), tls);
  const { profileDir, netLogPath } = profilePaths(work);
  ({ context, extensionId } = await launchChromium({ extensionDir, profileDir, netLogPath, hosts: FIXTURE_HOSTS, port: server.port }));
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.addInitScript(`
    globalThis.__goldenRuleChecks = new WeakMap();
    new MutationObserver((records) => {
      for (const record of records) {
        const times = globalThis.__goldenRuleChecks.get(record.target) ?? [];
        times.push(performance.now());
        globalThis.__goldenRuleChecks.set(record.target, times);
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-golden-rule-findings'] });
  `);
});

after(async () => {
  removePolicy();
  await context?.close();
  await server?.close();
  if (work && !process.env.KEEP_E2E_TMP) rmSync(work, { recursive: true, force: true });
});

test('the package loads with its generated managed_schema.json, under the id its key fixes', { skip }, async () => {
  assert.equal(extensionId, expectedId);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.storage, { managed_schema: 'managed_schema.json' });
});

test('Chromium hands the administrator’s policy to the extension', { skip }, async () => {
  const managed = await (await worker()).evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.managed.get(null));
  assert.deepEqual(managed, policy);
  await until(async () => (await inForce())?.config?.locks !== undefined, 'the background script applies the policy');
  const council = await inForce();
  assert.deepEqual(council.notices, []);
  assert.deepEqual((council.config.locks as Record<string, unknown>).strictness, true);
  assert.deepEqual(council.config.preElectionPeriods, policy.preElectionPeriods);
});

test('the popup shows the pre-election level in force and locked by the Monitoring Officer', { skip }, async () => {
  const popup = await openPopup('#settings');
  await until(async () => /Pre-election/.test(await popup.getByTestId('strictness-pill').innerText()), 'pre-election in the popup');
  assert.match(await popup.getByTestId('strictness-pill').innerText(), /12 days to polling day/);
  for (const level of [/^Relaxed/, /^Standard/, /^Pre-election/]) {
    assert.equal(await popup.getByRole('radio', { name: level }).isDisabled(), true, `${level} cannot be chosen`);
  }
  assert.match(await popup.locator('#strictness-lock').innerText(), /the Monitoring Officer/);
  assert.equal(await popup.locator('.notices').count(), 0, 'no notices for a valid policy');
  await popup.close();
});

test('the page is checked at the pre-election level, whatever the councillor chose', { skip }, async () => {
  // The councillor had picked "relaxed": the locked, pre-election level wins.
  await (await worker()).evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      settings: { strictness: 'relaxed', preElectionPeriods: [], disabledRules: [], allowWords: [], sites: {}, keepHistory: false },
    }),
  );
  const fixture = pageFixture('x');
  const page = await context.newPage();
  await page.goto(`https://${fixture.host}${fixture.path}`);
  await page.waitForFunction(() => window.__fixture?.ready === true || document.getElementById('open-composer') !== null);
  const editor = new EditorDriver(page, fixture.editors.find((e) => e.id === 'post')!);
  await editor.focus();
  await editor.type(DRAFT);
  await until(async () => (await editor.contract()).rules.includes('pre-election'), 'the vote message is flagged at the pre-election level');
});

test('a malformed policy value, added while the browser runs, shows a notice and changes nothing else', { skip }, async () => {
  const before = await inForce();
  const popup = await openPopup();
  writePolicy({ ...policy, defaultStrictness: 'purdah' });

  // Chromium notices the file (its watcher waits for the file to settle) and passes the value on:
  // it is text, as the schema asks; the extension finds it is not a strictness level.
  await until(
    async () => (await (await worker()).evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.managed.get('defaultStrictness'))).defaultStrictness === 'purdah',
    'Chromium reloads the policy file',
    60_000,
  );
  await until(async () => (await popup.locator('.notices').count()) > 0, 'the open popup shows a notice', 15_000);
  const notice = await popup.locator('.notices li').innerText();
  assert.match(notice, /^defaultStrictness: "purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"$/);

  const now = await inForce();
  assert.deepEqual(now.config, before.config, 'everything else in force is unchanged');
  assert.deepEqual(now.notices, [{ key: 'defaultStrictness', message: '"purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"' }]);
  assert.match(await popup.getByTestId('strictness-pill').innerText(), /Pre-election/);
  await popup.close();
});
