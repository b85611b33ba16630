import { browser } from 'wxt/browser';
import { EMBEDDED_COUNCIL_CONFIG } from '../config/embedded';
import type { PolicyNotice } from '../config/policy';
import type { CouncilConfig } from '../config/schema';
import { toCouncilSettings } from '../config/to-settings';
import type { CouncilSettings } from '../config/types';
import { COUNCIL_CACHE_KEY, readCache, REFRESH_COUNCIL_MESSAGE } from './managed-cache';

export type { PolicyNotice } from '../config/policy';

/** The council configuration in force: the embedded one with the administrator's policy applied. */
export interface EffectiveCouncil {
  config: CouncilConfig;
  settings: CouncilSettings;
  notices: PolicyNotice[];
}

/*
 * The administrator's policy (`storage.managed`) is validated and applied by the background
 * script (`managed.ts`, with zod), which shares the result in `storage.local`. This module only
 * reads that result, so the content scripts that use it stay free of zod.
 */

function effective(config: CouncilConfig, notices: PolicyNotice[]): EffectiveCouncil {
  return { config, settings: toCouncilSettings(config), notices };
}

function sameCouncil(a: EffectiveCouncil, b: EffectiveCouncil): boolean {
  return JSON.stringify([a.config, a.notices]) === JSON.stringify([b.config, b.notices]);
}

function fromStored(value: unknown): EffectiveCouncil | undefined {
  const cached = readCache(value, EMBEDDED_COUNCIL_CONFIG);
  return cached ? effective(cached.config, cached.notices) : undefined;
}

/** Wakes the background script to read the policy again; it rewrites the shared copy only if something changed. */
function askForRefresh(): void {
  try {
    const sent = browser.runtime.sendMessage({ type: REFRESH_COUNCIL_MESSAGE }) as Promise<unknown> | undefined;
    void sent?.catch?.(() => undefined);
  } catch {
    // No background to ask (tests, a page of a reloaded extension): the copy we have stands.
  }
}

/**
 * Reads the configuration in force. The managed policy (`storage.managed`, set by an
 * administrator) overrides the embedded configuration; a value that fails validation is
 * ignored and reported in `notices`, never thrown. Until the background script has read the
 * policy, this is the embedded configuration.
 */
export async function loadEffectiveCouncil(): Promise<EffectiveCouncil> {
  askForRefresh();
  try {
    const stored = await browser.storage.local.get(COUNCIL_CACHE_KEY);
    const found = fromStored(stored[COUNCIL_CACHE_KEY]);
    if (found) return found;
  } catch {
    // Storage unavailable: the embedded configuration.
  }
  return effective(EMBEDDED_COUNCIL_CONFIG, []);
}

/**
 * Calls `listener` when the configuration in force changes: the administrator's policy changed
 * (Chrome and Edge apply it at once; Firefox at its next start) and the background script has
 * applied it.
 */
export function watchEffectiveCouncil(listener: (council: EffectiveCouncil) => void): () => void {
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area === 'local' && COUNCIL_CACHE_KEY in changes) {
      const change = changes[COUNCIL_CACHE_KEY]!;
      const next = fromStored(change.newValue);
      if (!next) {
        askForRefresh();
        return;
      }
      // Only a real change: the first copy written without a policy is the embedded configuration
      // everyone already uses, and re-checking every open page for it would be noise.
      const previous = fromStored(change.oldValue) ?? effective(EMBEDDED_COUNCIL_CONFIG, []);
      if (sameCouncil(previous, next)) return;
      listener(next);
    } else if (area === 'managed') {
      // The background script hears this too; ask in case it was not running.
      askForRefresh();
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
