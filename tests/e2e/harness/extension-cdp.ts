import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

/**
 * What a person does in the browser's own UI, and what the browser decides, done over the
 * DevTools protocol: clicking the extension's toolbar button on a tab (which grants `activeTab`)
 * and the storage quota the extension's origin gets. Needs Chromium started with
 * `--enable-unsafe-extension-debugging` (see EXTENSION_DEBUGGING_ARGS).
 */
export const EXTENSION_DEBUGGING_ARGS = ['--enable-unsafe-extension-debugging'];

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level DevTools session for this context');
  return browser.newBrowserCDPSession();
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Clicks Golden Rule's toolbar button on the tab showing `page` (as a person would; the popup opens). */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  const session = await browserSession(context);
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: TargetInfo[] };
    const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Tells the browser the extension's origin may store only so many bytes, as if the disk were
 * nearly full. The override lasts while the returned session is attached: `set` changes it,
 * `reset` ends it.
 */
export async function quotaOverride(context: BrowserContext, extensionPage: Page): Promise<{ set(bytes: number): Promise<void>; reset(): Promise<void> }> {
  const session = await context.newCDPSession(extensionPage);
  // Node gives non-web schemes the origin "null": the extension's origin is scheme and id.
  const { protocol, host } = new URL(extensionPage.url());
  const origin = `${protocol}//${host}`;
  return {
    set: async (bytes) => void (await session.send('Storage.overrideQuotaForOrigin' as never, { origin, quotaSize: bytes } as never)),
    reset: async () => {
      await session.send('Storage.overrideQuotaForOrigin' as never, { origin } as never).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}

export async function extensionWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
  return running ?? context.waitForEvent('serviceworker');
}
