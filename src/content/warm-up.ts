import { WarmUp } from '../engine/warm-up';
import type { LintOptions } from '../engine/types';

/** Leave the page at least this much of each idle period. */
const SPARE_IDLE_MS = 8;

export type WhenIdle = (run: (deadline: IdleDeadline) => void) => void;

/**
 * Warms the engine up in the page's idle time, one example post per step and as many steps as
 * each idle period allows, so the user's first check is as quick as the ones after it.
 */
export function warmUpWhenIdle(options: LintOptions, whenIdle: WhenIdle): void {
  const warmUp = new WarmUp(options);
  const run = (deadline: IdleDeadline) => {
    do {
      if (!warmUp.step()) return;
    } while (deadline.timeRemaining() > SPARE_IDLE_MS);
    whenIdle(run);
  };
  whenIdle(run);
}
