import { browser } from 'wxt/browser';
import { RULE_IDS } from '../../rules/ids';
import { STRICTNESS_LEVELS, type RuleId, type Strictness } from '../engine/types';
import { DEFAULT_USER_SETTINGS, type ElectionPeriod, type SiteSettings, type UserSettings } from './types';

/** Key of the councillor's settings in `storage.local`. Every open tab watches it, so changes apply at once. */
export const SETTINGS_KEY = 'settings';

export async function loadUserSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitiseUserSettings(stored[SETTINGS_KEY]);
}

export async function saveUserSettings(settings: UserSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: sanitiseUserSettings(settings) });
}

export async function updateUserSettings(change: (current: UserSettings) => UserSettings): Promise<UserSettings> {
  const next = sanitiseUserSettings(change(await loadUserSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change in any tab or page. Returns an unsubscribe. */
export function watchUserSettings(listener: (settings: UserSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(sanitiseUserSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

const isRule = (value: unknown): value is RuleId => typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Whatever is in storage (an older version, a hand edit, nothing) becomes valid settings:
 * unknown values are dropped, never thrown on. Import from a file is stricter (zod, options page).
 */
export function sanitiseUserSettings(value: unknown): UserSettings {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const strictness = STRICTNESS_LEVELS.includes(raw.strictness as Strictness) ? (raw.strictness as Strictness) : undefined;
  const periods = Array.isArray(raw.preElectionPeriods)
    ? raw.preElectionPeriods.filter(
        (p): p is ElectionPeriod =>
          !!p && typeof p === 'object' && isDate((p as ElectionPeriod).noticeDate) && isDate((p as ElectionPeriod).pollingDay),
      )
    : [];
  const sites: UserSettings['sites'] = {};
  if (raw.sites && typeof raw.sites === 'object') {
    for (const [site, entry] of Object.entries(raw.sites as Record<string, unknown>)) {
      if (!['facebook', 'x', 'instagram', 'linkedin', 'nextdoor'].includes(site) || !entry || typeof entry !== 'object') continue;
      const e = entry as Partial<SiteSettings>;
      sites[site as keyof UserSettings['sites']] = {
        enabled: e.enabled !== false,
        disabledRules: Array.isArray(e.disabledRules) ? e.disabledRules.filter(isRule) : [],
        ...(typeof e.snoozedUntil === 'number' && Number.isFinite(e.snoozedUntil) ? { snoozedUntil: e.snoozedUntil } : {}),
      };
    }
  }
  return {
    ...DEFAULT_USER_SETTINGS,
    ...(strictness ? { strictness } : {}),
    preElectionPeriods: periods.map((p) => ({ ...(typeof p.name === 'string' ? { name: p.name } : {}), noticeDate: p.noticeDate, pollingDay: p.pollingDay })),
    disabledRules: Array.isArray(raw.disabledRules) ? raw.disabledRules.filter(isRule) : [],
    allowWords: Array.isArray(raw.allowWords) ? raw.allowWords.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : [],
    sites,
    keepHistory: raw.keepHistory === true,
  };
}
