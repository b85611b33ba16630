/**
 * Import FIRST in tests that reach `src/config/embedded.ts`: defines the council constant that
 * `wxt.config.ts` injects at build time (the vitest config does not).
 */
import { loadDefaultCouncilConfig } from '../../src/config/load-file';

(globalThis as { __GOLDEN_RULE_COUNCIL__?: unknown }).__GOLDEN_RULE_COUNCIL__ ??= loadDefaultCouncilConfig();
