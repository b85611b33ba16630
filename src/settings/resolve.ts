import type { CouncilConfig } from '../config/schema';
import type { RuleId, Strictness } from '../engine/types';
import type { ElectionPeriod, SiteId, UserSettings } from './types';

export type StrictnessReason = 'chosen' | 'council-default' | 'locked' | 'pre-election-period';

export interface PeriodStatus {
  period: ElectionPeriod;
  source: 'council' | 'you';
  /** Whole days from today to polling day (0 on polling day), or to the notice date for an upcoming period. */
  days: number;
}

export interface EffectiveStrictness {
  strictness: Strictness;
  reason: StrictnessReason;
  locked: boolean;
  lockedBy: string;
  /** The pre-election period in force today, if any. */
  active?: PeriodStatus;
  /** The next period to start, if none is in force. */
  upcoming?: PeriodStatus;
}

/** A local calendar date as YYYY-MM-DD (the periods are written that way and are local dates). */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/**
 * The period in force on `now` (from the notice date to polling day, both inclusive), else the
 * next one to start.
 */
export function periodStatus(
  council: readonly ElectionPeriod[],
  mine: readonly ElectionPeriod[],
  now: Date,
): { active?: PeriodStatus; upcoming?: PeriodStatus } {
  const today = localDate(now);
  const all = [
    ...council.map((period) => ({ period, source: 'council' as const })),
    ...mine.map((period) => ({ period, source: 'you' as const })),
  ];
  const active = all
    .filter(({ period }) => period.noticeDate <= today && today <= period.pollingDay)
    .sort((a, b) => a.period.pollingDay.localeCompare(b.period.pollingDay))[0];
  if (active) return { active: { ...active, days: daysBetween(today, active.period.pollingDay) } };
  const upcoming = all
    .filter(({ period }) => period.noticeDate > today)
    .sort((a, b) => a.period.noticeDate.localeCompare(b.period.noticeDate))[0];
  return upcoming ? { upcoming: { ...upcoming, days: daysBetween(today, upcoming.period.noticeDate) } } : {};
}

/**
 * The strictness in force: pre-election during a period (the council's or the councillor's),
 * otherwise the council's level when it is locked, otherwise the councillor's choice or the
 * council's default.
 */
export function effectiveStrictness(council: CouncilConfig, user: UserSettings, now: Date): EffectiveStrictness {
  const { active, upcoming } = periodStatus(council.preElectionPeriods, user.preElectionPeriods, now);
  const locked = council.locks.strictness;
  const lockedBy = council.locks.lockedBy;
  if (active) return { strictness: 'pre-election', reason: 'pre-election-period', locked, lockedBy, active };
  if (locked) return { strictness: council.defaultStrictness, reason: 'locked', locked, lockedBy, upcoming };
  if (user.strictness) return { strictness: user.strictness, reason: 'chosen', locked, lockedBy, upcoming };
  return { strictness: council.defaultStrictness, reason: 'council-default', locked, lockedBy, upcoming };
}

/** Whether checking runs on a site now: on for the council, not turned off or snoozed by the user (unless locked). */
export function isSiteActive(council: CouncilConfig, user: UserSettings, site: SiteId, now: Date): boolean {
  if (council.platforms[site] === false) return false;
  if (council.locks.sites) return true;
  const mine = user.sites[site];
  if (mine?.enabled === false) return false;
  return !(mine?.snoozedUntil !== undefined && mine.snoozedUntil > now.getTime());
}

/** Rules off on a site: the councillor's global and per-site choices, minus the rules the council locked on. */
export function disabledRulesFor(council: CouncilConfig, user: UserSettings, site: SiteId | undefined): RuleId[] {
  const off = new Set<RuleId>([...user.disabledRules, ...(site ? (user.sites[site]?.disabledRules ?? []) : [])]);
  for (const id of council.locks.rules) off.delete(id);
  return [...off].sort();
}

export function canTurnOff(council: CouncilConfig, rule: RuleId): boolean {
  return !council.locks.rules.includes(rule);
}
