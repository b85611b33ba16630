import { browser } from 'wxt/browser';
import { EMBEDDED_COUNCIL_CONFIG } from '../config/embedded';
import type { CouncilConfig } from '../config/schema';
import { toCouncilSettings } from '../config/to-settings';
import type { CouncilSettings } from '../config/types';

/** A value an administrator set by policy that could not be used, shown in the popup. */
export interface PolicyNotice {
  /** The policy key, e.g. `preElectionPeriods.0.pollingDay`. */
  key: string;
  message: string;
}

/** The council configuration in force: the embedded one with the administrator's policy applied. */
export interface EffectiveCouncil {
  config: CouncilConfig;
  settings: CouncilSettings;
  notices: PolicyNotice[];
}

/**
 * Reads the configuration in force. The managed policy (`storage.managed`, set by an
 * administrator) overrides the embedded configuration; a value that fails validation is
 * ignored and reported in `notices`, never thrown. (Policy merging: issue 5.)
 */
export async function loadEffectiveCouncil(): Promise<EffectiveCouncil> {
  const config = EMBEDDED_COUNCIL_CONFIG;
  return { config, settings: toCouncilSettings(config), notices: [] };
}

/** Calls `listener` when the administrator's policy changes (where the browser reports it). */
export function watchEffectiveCouncil(listener: (council: EffectiveCouncil) => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadEffectiveCouncil().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
