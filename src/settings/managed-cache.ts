import type { PolicyNotice } from '../config/policy';
import type { CouncilConfig } from '../config/schema';

/**
 * The configuration in force, as the background script works it out from the administrator's
 * policy (`src/settings/managed.ts`, with zod) and shares it with every page and content script
 * through `storage.local` (read here, without zod: content scripts stay small).
 */

/** Key in `storage.local`. Written only by the background script. */
export const COUNCIL_CACHE_KEY = 'managedCouncil';

/** Asks the background script to read the policy again (it may have been asleep when it changed). */
export const REFRESH_COUNCIL_MESSAGE = 'golden-rule/refresh-council';

export interface CachedCouncil {
  version: 1;
  /** Fingerprint of the built-in configuration the policy was applied to. */
  base: string;
  config: CouncilConfig;
  notices: PolicyNotice[];
  /** Policy values in force, as dotted paths. */
  applied: string[];
}

/** FNV-1a of the configuration's JSON: tells a cache written by another build of the extension. */
export function fingerprint(config: CouncilConfig): string {
  const text = JSON.stringify(config);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

export function isRefreshRequest(message: unknown): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === REFRESH_COUNCIL_MESSAGE;
}

/** The cached configuration, if it was made from this build's configuration and looks whole. */
export function readCache(value: unknown, embedded: CouncilConfig): CachedCouncil | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const cached = value as Partial<CachedCouncil>;
  if (cached.version !== 1 || cached.base !== fingerprint(embedded)) return undefined;
  const config = cached.config as Partial<CouncilConfig> | undefined;
  if (!config || typeof config !== 'object' || !config.council || !config.guidance || !config.locks || !Array.isArray(config.preElectionPeriods)) return undefined;
  const notices = Array.isArray(cached.notices)
    ? cached.notices.filter((n): n is PolicyNotice => !!n && typeof n.key === 'string' && typeof n.message === 'string')
    : [];
  return { version: 1, base: cached.base, config: config as CouncilConfig, notices, applied: Array.isArray(cached.applied) ? cached.applied : [] };
}
