import type { CouncilConfig } from './schema';
import { toCouncilSettings } from './to-settings';
import type { CouncilSettings } from './types';

declare const __GOLDEN_RULE_COUNCIL__: CouncilConfig;

/**
 * The council configuration baked in at build time (`wxt.config.ts` validates the file given by
 * `COUNCIL_CONFIG`, or `assets/council.config.json`, and defines it). Extension code only:
 * Node tools load the file with `src/config/load-file.ts`.
 */
export const EMBEDDED_COUNCIL_CONFIG: CouncilConfig = __GOLDEN_RULE_COUNCIL__;

export const EMBEDDED_COUNCIL: CouncilSettings = toCouncilSettings(EMBEDDED_COUNCIL_CONFIG);
