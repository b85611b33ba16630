import type { SITE_IDS } from '../config/schema';
import type { RuleId, Strictness } from '../engine/types';

export type SiteId = (typeof SITE_IDS)[number];

export interface ElectionPeriod {
  name?: string;
  /** YYYY-MM-DD: the day the notice of election is published (the period starts that day). */
  noticeDate: string;
  /** YYYY-MM-DD: polling day (the period ends at the end of that day). */
  pollingDay: string;
}

export interface SiteSettings {
  /** Checking on this site; on unless the user turned it off. */
  enabled: boolean;
  /** Rules turned off on this site ("turn this rule off on this site"). */
  disabledRules: RuleId[];
  /** Epoch milliseconds until which checking is snoozed on this site. */
  snoozedUntil?: number;
}

/** What the councillor sets; lives in `storage.local` under `settings`. */
export interface UserSettings {
  /** The level outside pre-election periods; the council's default until the councillor picks one. */
  strictness?: Strictness;
  /** Periods the councillor entered, in addition to the council's. */
  preElectionPeriods: ElectionPeriod[];
  /** Rules turned off everywhere (options page). */
  disabledRules: RuleId[];
  /** Personal allow-list of words and names. */
  allowWords: string[];
  sites: Partial<Record<SiteId, SiteSettings>>;
  /** Consent to keep a local history of names criticised in the councillor's own posts (repeated-target). */
  keepHistory: boolean;
}

export const DEFAULT_USER_SETTINGS: UserSettings = {
  preElectionPeriods: [],
  disabledRules: [],
  allowWords: [],
  sites: {},
  keepHistory: false,
};
