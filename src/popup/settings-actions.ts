/**
 * The changes the popup and the options page make to the councillor's settings, as pure
 * functions of the current settings. Each is applied with `updateUserSettings`, so the change
 * is saved once and reaches every open tab through `storage.onChanged`. Locks are checked here
 * as well as in the interface: a locked setting is returned unchanged.
 */
import type { CouncilConfig } from '../config/schema';
import type { RuleId, Strictness } from '../engine/types';
import { canTurnOff } from '../settings/resolve';
import type { ElectionPeriod, SiteId, SiteSettings, UserSettings } from '../settings/types';

export const SNOOZE_MS = 60 * 60 * 1000;
export const MAX_WORD_LENGTH = 100;

type Change = (settings: UserSettings) => UserSettings;

function site(settings: UserSettings, id: SiteId): SiteSettings {
  return settings.sites[id] ?? { enabled: true, disabledRules: [] };
}

function withSite(settings: UserSettings, id: SiteId, next: SiteSettings): UserSettings {
  return { ...settings, sites: { ...settings.sites, [id]: next } };
}

export function setStrictness(council: CouncilConfig, level: Strictness): Change {
  return (settings) => (council.locks.strictness ? settings : { ...settings, strictness: level });
}

export function setSiteEnabled(council: CouncilConfig, id: SiteId, enabled: boolean): Change {
  return (settings) => {
    if (council.locks.sites) return settings;
    const { snoozedUntil: _, ...rest } = site(settings, id);
    return withSite(settings, id, { ...rest, enabled });
  };
}

export function snoozeSite(council: CouncilConfig, id: SiteId, now: Date): Change {
  return (settings) =>
    council.locks.sites ? settings : withSite(settings, id, { ...site(settings, id), snoozedUntil: now.getTime() + SNOOZE_MS });
}

export function resumeSite(id: SiteId): Change {
  return (settings) => {
    const { snoozedUntil: _, ...rest } = site(settings, id);
    return withSite(settings, id, { ...rest, enabled: true });
  };
}

/** Turns a rule off everywhere (`site` undefined) or on one site. A locked rule stays on. */
export function turnRuleOff(council: CouncilConfig, rule: RuleId, id?: SiteId): Change {
  return (settings) => {
    if (!canTurnOff(council, rule)) return settings;
    if (!id) return settings.disabledRules.includes(rule) ? settings : { ...settings, disabledRules: [...settings.disabledRules, rule] };
    const mine = site(settings, id);
    return mine.disabledRules.includes(rule) ? settings : withSite(settings, id, { ...mine, disabledRules: [...mine.disabledRules, rule] });
  };
}

/** Undo: turns a rule back on everywhere (`site` undefined) or on one site. */
export function turnRuleOn(rule: RuleId, id?: SiteId): Change {
  return (settings) => {
    if (!id) return { ...settings, disabledRules: settings.disabledRules.filter((r) => r !== rule) };
    const mine = site(settings, id);
    return withSite(settings, id, { ...mine, disabledRules: mine.disabledRules.filter((r) => r !== rule) });
  };
}

export type WordProblem = 'empty' | 'duplicate' | 'too-long';

export function checkAllowWord(settings: UserSettings, word: string): WordProblem | null {
  const clean = word.trim().replace(/\s+/g, ' ');
  if (!clean) return 'empty';
  if (clean.length > MAX_WORD_LENGTH) return 'too-long';
  if (settings.allowWords.some((w) => w.toLocaleLowerCase('en-GB') === clean.toLocaleLowerCase('en-GB'))) return 'duplicate';
  return null;
}

export function addAllowWord(word: string): Change {
  return (settings) => (checkAllowWord(settings, word) ? settings : { ...settings, allowWords: [...settings.allowWords, word.trim().replace(/\s+/g, ' ')] });
}

export function removeAllowWord(word: string): Change {
  return (settings) => ({ ...settings, allowWords: settings.allowWords.filter((w) => w !== word) });
}

export type PeriodProblem = 'missing' | 'order' | 'past';

export function checkPeriod(period: ElectionPeriod, today: string): PeriodProblem | null {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(period.noticeDate) || !date.test(period.pollingDay)) return 'missing';
  if (period.noticeDate > period.pollingDay) return 'order';
  if (period.pollingDay < today) return 'past';
  return null;
}

export function addPeriod(period: ElectionPeriod): Change {
  const name = period.name?.trim();
  const clean: ElectionPeriod = { ...(name ? { name } : {}), noticeDate: period.noticeDate, pollingDay: period.pollingDay };
  return (settings) => ({
    ...settings,
    preElectionPeriods: [...settings.preElectionPeriods, clean].sort((a, b) => a.noticeDate.localeCompare(b.noticeDate)),
  });
}

export function removePeriod(index: number): Change {
  return (settings) => ({ ...settings, preElectionPeriods: settings.preElectionPeriods.filter((_, i) => i !== index) });
}
