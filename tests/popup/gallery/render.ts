/**
 * Renders the gallery states (entry.tsx) in Debian's Chromium and writes
 * tests/e2e/screenshots/gallery-<state>.png. Run: npx tsx tests/popup/gallery/render.ts
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../e2e/harness/browser';
import { loadDefaultCouncilConfig } from '../../../src/config/load-file';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'golden-rule-gallery-'));
const shots = fileURLToPath(new URL('../../e2e/screenshots', import.meta.url));
mkdirSync(shots, { recursive: true });

await build({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [preact()],
  define: { __GOLDEN_RULE_COUNCIL__: JSON.stringify(loadDefaultCouncilConfig()) },
  resolve: { alias: { 'wxt/browser': join(here, 'browser-shim.ts') } },
  build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(here, 'index.html'), onLog: () => undefined } },
});

// Module scripts do not load from file://: serve the build on loopback.
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://gallery').pathname;
  try {
    const body = readFileSync(join(out, path === '/' ? 'index.html' : path));
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const [state, width] of [['locked', 400], ['notices', 400], ['polling-day', 400], ['site-off', 400], ['options-locked', 900]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 600 } });
  await page.goto(`${origin}/?state=${state}`);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  await page.screenshot({ path: join(shots, `gallery-${state}.png`), fullPage: true });
  await page.close();
}
await browser.close();
server.close();
console.log(`gallery screenshots in ${shots}`);
