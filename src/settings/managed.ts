import { browser } from 'wxt/browser';
import { EMBEDDED_COUNCIL_CONFIG } from '../config/embedded';
import { applyPolicy } from '../config/policy';
import type { CouncilConfig } from '../config/schema';
import { COUNCIL_CACHE_KEY, fingerprint, isRefreshRequest, type CachedCouncil } from './managed-cache';

/**
 * Background script only (it brings zod): reads the administrator's policy from
 * `storage.managed`, applies it over the built-in configuration, and writes the result for
 * every page and content script (`managed-cache.ts`). Runs when the background starts, when the
 * policy changes (Chrome and Edge report it; Firefox reads policies only at start-up) and when a
 * page asks.
 */

interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * The policy, or undefined when there is none or the browser has no managed storage. Firefox
 * rejects with "Managed storage manifest not found" when no policy is set: that is "no policy".
 */
export async function readManagedPolicy(): Promise<Record<string, unknown> | undefined> {
  let area: ManagedArea | undefined;
  try {
    area = (browser.storage as unknown as { managed?: ManagedArea }).managed;
  } catch {
    return undefined;
  }
  if (!area || typeof area.get !== 'function') return undefined;
  try {
    const values = await area.get(null);
    return values && typeof values === 'object' && Object.keys(values).length ? values : undefined;
  } catch {
    return undefined;
  }
}

/** The configuration in force for a policy (pure; the tests call it). */
export function effectiveFromPolicy(policy: unknown, embedded: CouncilConfig = EMBEDDED_COUNCIL_CONFIG): CachedCouncil {
  const { config, notices, applied } = applyPolicy(embedded, policy);
  return { version: 1, base: fingerprint(embedded), config, notices, applied };
}

let running: Promise<CachedCouncil> | undefined;
let again = false;

/** Reads the policy and writes the configuration in force when it changed. One at a time; a request during a run runs once more after it. */
export function refreshEffectiveCouncil(): Promise<CachedCouncil> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let result: CachedCouncil;
    do {
      again = false;
      result = effectiveFromPolicy(await readManagedPolicy());
      const stored = (await browser.storage.local.get(COUNCIL_CACHE_KEY))[COUNCIL_CACHE_KEY];
      if (JSON.stringify(stored) !== JSON.stringify(result)) await browser.storage.local.set({ [COUNCIL_CACHE_KEY]: result });
    } while (again);
    return result;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Call once, synchronously, when the background script starts. */
export function startManagedPolicy(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshEffectiveCouncil().catch(() => undefined);
    // Someone removed the shared copy (storage cleared): write it again.
    else if (area === 'local' && COUNCIL_CACHE_KEY in changes && changes[COUNCIL_CACHE_KEY]?.newValue == null) {
      void refreshEffectiveCouncil().catch(() => undefined);
    }
  });
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isRefreshRequest(message)) return undefined;
    void refreshEffectiveCouncil()
      .catch(() => undefined)
      .then(() => (typeof sendResponse === "function" ? sendResponse({ ok: true }) : undefined));
    return true;
  });
  void refreshEffectiveCouncil().catch(() => undefined);
}
