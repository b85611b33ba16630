import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH');
  return found;
}

export interface LaunchOptions {
  extensionDir: string;
  profileDir: string;
  netLogPath: string;
  /** Hostnames to send to the fixture server on 127.0.0.1:port; every other name fails to resolve. */
  hosts: readonly string[];
  port: number;
  extraArgs?: string[];
}

/** Debian's Chromium, headless, with the production build loaded as an unpacked extension. */
export async function launchChromium(options: LaunchOptions): Promise<{ context: BrowserContext; extensionId: string }> {
  // No spelling dictionary download: Chromium fetches one for any spellchecked field otherwise.
  mkdirSync(join(options.profileDir, 'Default'), { recursive: true });
  writeFileSync(
    join(options.profileDir, 'Default', 'Preferences'),
    JSON.stringify({ browser: { enable_spellchecking: false }, spellcheck: { dictionaries: [], use_spelling_service: false } }),
  );
  const rules = [...options.hosts.map((host) => `MAP ${host}:443 127.0.0.1:${options.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 820 },
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      `--log-net-log=${options.netLogPath}`,
      '--net-log-capture-mode=Default',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,SpellCheck,AutofillServerCommunication',
      '--disable-spell-checking',
      '--allow-browser-signin=false',
      '--extensions-update-frequency=86400',
      ...(options.extraArgs ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { context, extensionId: new URL(worker.url()).host };
}

export function profilePaths(root: string): { profileDir: string; netLogPath: string } {
  return { profileDir: join(root, 'profile'), netLogPath: join(root, 'netlog.json') };
}
