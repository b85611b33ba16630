import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { FIXTURE_HOSTS, SERVED_PAGES, pageFixture } from '../fixtures/catalog';
import { launchChromium, profilePaths } from './browser';
import { bundlePageScripts } from './bundle';
import { makeCertificate } from './cert';
import { requestsInNetLog, type LoggedRequest } from './netlog';
import { startFixtureServer, type FixtureServer } from './server';

/** The production build, exactly as `wxt build` leaves it (in GOLDEN_RULE_OUT_DIR when that is set). */
export const EXTENSION_DIR = process.env.GOLDEN_RULE_OUT_DIR
  ? join(process.env.GOLDEN_RULE_OUT_DIR, 'chrome-mv3')
  : fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

/**
 * Counts, per element, each time Golden Rule writes the contract (once per check, even when the
 * value stays the same) and when, and notes when text last changed in any editor: a contract
 * written after that describes the text as it is now. Tests wait for that; the latency
 * measurement reads the times.
 */
const COUNT_CHECKS = `
  globalThis.__goldenRuleChecks = new WeakMap();
  globalThis.__goldenRuleLastEdit = 0;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (record.type !== 'attributes') {
        const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
        if (node?.isContentEditable) globalThis.__goldenRuleLastEdit = now;
        continue;
      }
      const times = globalThis.__goldenRuleChecks.get(record.target) ?? [];
      times.push(now);
      globalThis.__goldenRuleChecks.set(record.target, times);
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-golden-rule-findings'], childList: true, characterData: true, subtree: true });
  // A textarea's text is not in the DOM: its edits show only as input events.
  addEventListener('input', () => (globalThis.__goldenRuleLastEdit = performance.now()), true);
`;

export interface World {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Opens a fixture page at its real address (`spa`: it mounts its editors only after in-page navigation). */
  open(pageId: string, options?: { spa?: boolean }): Promise<Page>;
  /** Writes the councillor's settings into the extension's storage, as the popup would. */
  setUserSettings(settings: Record<string, unknown>): Promise<void>;
  getUserSettings(): Promise<unknown>;
  /** Closes everything; returns every request beyond the fixture pages' own (should be none). */
  close(): Promise<string[]>;
}

export async function startWorld(options: { extraArgs?: string[] } = {}): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), 'golden-rule-e2e-'));
  const tls = makeCertificate(root, FIXTURE_HOSTS);
  const bundles = await bundlePageScripts(SERVED_PAGES.map((page) => page.script));
  const server = await startFixtureServer(SERVED_PAGES, bundles, tls);
  const { profileDir, netLogPath } = profilePaths(root);
  // A copy, so a rebuild while the tests run cannot change what the browser loads.
  const extensionDir = join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const { context, extensionId } = await launchChromium({
    extensionDir,
    profileDir,
    netLogPath,
    hosts: FIXTURE_HOSTS,
    port: server.port,
    extraArgs: options.extraArgs,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // tsx keeps function names with an `__name` helper that page-side callbacks would lack.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.addInitScript(COUNT_CHECKS);

  return {
    context,
    extensionId,
    server,
    async open(pageId, { spa = false } = {}) {
      const page = pageFixture(pageId);
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`[${pageId}] page error:`, error.message));
      await tab.goto(`https://${page.host}${page.path}${spa ? '?spa' : ''}`);
      await tab.waitForFunction(() => window.__fixture?.ready === true || document.getElementById('open-composer') !== null);
      return tab;
    },
    async setUserSettings(settings) {
      await (await extensionWorker(context, extensionId)).evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    },
    async getUserSettings() {
      return (await extensionWorker(context, extensionId)).evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    },
    async close() {
      await context.close();
      await server.close();
      const problems = unexpectedRequests(requestsInNetLog(netLogPath), server);
      if (!process.env.KEEP_E2E_TMP) rmSync(root, { recursive: true, force: true });
      return problems;
    },
  };
}

async function extensionWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
  return running ?? context.waitForEvent('serviceworker');
}

declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

/**
 * Chromium's own services, which it calls whatever extensions are loaded (account list, update
 * checks, the spelling dictionary): started by the browser itself, never by a page or extension.
 */
const CHROMIUM_SERVICE_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com', 'redirector.gvt1.com'];

/** Anything requested that is not a fixture page's own file, whoever asked for it. */
function unexpectedRequests(logged: readonly LoggedRequest[], server: FixtureServer): string[] {
  const problems = server.requests.filter((r) => !r.expected).map((r) => `fixture server was asked for https://${r.host}${r.path}`);
  for (const { url, initiator } of logged) {
    const host = new URL(url).hostname;
    if (FIXTURE_HOSTS.includes(host)) continue;
    if (initiator === null && CHROMIUM_SERVICE_HOSTS.includes(host)) continue;
    problems.push(`request to ${url} (initiator: ${initiator ?? 'the browser'})`);
  }
  if (logged.length === 0) problems.push('the NetLog recorded no requests at all: network recording is broken');
  return problems;
}
