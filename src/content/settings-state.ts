import { isRuleId } from '../../rules/ids';
import { EMBEDDED_COUNCIL, EMBEDDED_COUNCIL_CONFIG } from '../config/embedded';
import type { CouncilConfig } from '../config/schema';
import type { CouncilSettings } from '../config/types';
import type { HistoryEntry, LintOptions, RuleId, Strictness } from '../engine/types';
import { canTurnOff, disabledRulesFor, effectiveStrictness, isSiteActive } from '../settings/resolve';
import { loadEffectiveCouncil, watchEffectiveCouncil } from '../settings/council';
import { loadUserSettings, updateUserSettings, watchUserSettings } from '../settings/store';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../settings/types';
import type { SiteAdapter } from '../sites/types';

/** How often the date-dependent settings (pre-election periods, snoozes) are looked at again. */
export const SETTINGS_RECHECK_MS = 60_000;

export interface CheckSettings {
  active: boolean;
  strictness: Strictness;
  options: LintOptions;
}

/**
 * The councillor's settings as they apply on this site right now. Changes made in any tab or
 * in the popup arrive through `storage.onChanged`; dates are re-evaluated on a timer, so a
 * pre-election period or a snooze starts and ends without a reload.
 */
export class SettingsState {
  private user: UserSettings = DEFAULT_USER_SETTINGS;
  /** The council's configuration in force: the embedded one until the administrator's policy is read. */
  private council: { config: CouncilConfig; settings: CouncilSettings } = {
    config: EMBEDDED_COUNCIL_CONFIG,
    settings: EMBEDDED_COUNCIL,
  };
  /** The councillor's own earlier posts, as stored (`repeated-target`; issue 6). */
  private history: readonly HistoryEntry[] = [];
  private current: CheckSettings;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly adapter: SiteAdapter) {
    this.current = this.compute(new Date());
  }

  async start(setInterval: (handler: () => void, ms: number) => unknown, onInvalidated: (cb: () => void) => void): Promise<void> {
    onInvalidated(watchUserSettings((settings) => this.apply(settings)));
    onInvalidated(watchEffectiveCouncil((council) => this.applyCouncil(council)));
    setInterval(() => this.refresh(), SETTINGS_RECHECK_MS);
    try {
      const [council, user] = await Promise.all([loadEffectiveCouncil(), loadUserSettings()]);
      this.council = council;
      this.apply(user);
    } catch {
      // Storage unavailable (the extension was reloaded): keep the defaults.
    }
  }

  get now(): CheckSettings {
    return this.current;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the date-dependent parts; tells listeners only when something changed. */
  refresh(now = new Date(), force = false): void {
    const next = this.compute(now);
    if (!force && keyOf(next) === keyOf(this.current)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  /** Whether the councillor agreed to keep a history of their posts on this device. */
  get keepsHistory(): boolean {
    return this.user.keepHistory;
  }

  /** The stored history; it reaches the rules only while the councillor keeps one. */
  setHistory(history: readonly HistoryEntry[]): void {
    this.history = history;
    this.refresh(new Date(), true);
  }

  canTurnOff(rule: string): boolean {
    return isRuleId(rule) && canTurnOff(this.council.config, rule);
  }

  /** The council's configuration in force: contacts and the boundary message (issue 6). */
  get councilConfig(): CouncilConfig {
    return this.council.config;
  }

  get lockedBy(): string {
    return this.council.config.locks.lockedBy;
  }

  /** "Turn this rule off on this site", saved for every tab. */
  async turnOffOnSite(rule: string): Promise<boolean> {
    if (!this.canTurnOff(rule)) return false;
    const site = this.adapter.site;
    await updateUserSettings((settings) => {
      const mine = settings.sites[site] ?? { enabled: true, disabledRules: [] };
      if (mine.disabledRules.includes(rule as RuleId)) return settings;
      return {
        ...settings,
        sites: { ...settings.sites, [site]: { ...mine, disabledRules: [...mine.disabledRules, rule as RuleId] } },
      };
    });
    return true;
  }

  private apply(settings: UserSettings): void {
    const consentChanged = settings.keepHistory !== this.user.keepHistory;
    this.user = settings;
    this.refresh(new Date(), consentChanged);
  }

  private applyCouncil(council: { config: CouncilConfig; settings: CouncilSettings }): void {
    this.council = council;
    this.refresh(new Date(), true);
  }

  private compute(now: Date): CheckSettings {
    const site = this.adapter.site;
    const { config, settings } = this.council;
    const { strictness } = effectiveStrictness(config, this.user, now);
    return {
      active: isSiteActive(config, this.user, site, now),
      strictness,
      options: {
        strictness,
        platform: this.adapter.platform,
        mode: 'post',
        council: settings,
        disabledRules: disabledRulesFor(config, this.user, site),
        allowWords: this.user.allowWords,
        history: this.user.keepHistory ? this.history : [],
      },
    };
  }
}

function keyOf(settings: CheckSettings): string {
  const { active, strictness, options } = settings;
  return JSON.stringify([active, strictness, options.disabledRules, options.allowWords]);
}
