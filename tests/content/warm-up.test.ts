import { describe, expect, it, vi } from 'vitest';
import { warmUpWhenIdle } from '../../src/content/warm-up';
import { WarmUp } from '../../src/engine/warm-up';

function idlePeriods(remaining: number) {
  const queue: Array<(deadline: IdleDeadline) => void> = [];
  return {
    whenIdle: (run: (deadline: IdleDeadline) => void) => void queue.push(run),
    /** Runs the next idle callback with a deadline that always has `remaining` ms left; false if none is waiting. */
    next(): boolean {
      const run = queue.shift();
      run?.({ didTimeout: false, timeRemaining: () => remaining });
      return run !== undefined;
    },
    get waiting() {
      return queue.length;
    },
  };
}

describe('warmUpWhenIdle', () => {
  it('does one example per idle period when the page has no time to spare, and stops asking once done', () => {
    const step = vi.spyOn(WarmUp.prototype, 'step');
    const idle = idlePeriods(0);
    warmUpWhenIdle({}, idle.whenIdle);
    expect(step).not.toHaveBeenCalled();
    let periods = 0;
    while (idle.next()) periods++;
    expect(step.mock.calls.length).toBe(periods);
    expect(periods).toBeGreaterThan(20);
    expect(idle.waiting).toBe(0);
    step.mockRestore();
  });

  it('uses a long idle period for many examples', () => {
    const step = vi.spyOn(WarmUp.prototype, 'step');
    const idle = idlePeriods(1_000);
    warmUpWhenIdle({}, idle.whenIdle);
    expect(idle.next()).toBe(true);
    expect(idle.waiting).toBe(0);
    expect(step.mock.calls.length).toBeGreaterThan(20);
    step.mockRestore();
  });
});
