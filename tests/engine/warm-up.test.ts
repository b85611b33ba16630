import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { WarmUp } from '../../src/engine/warm-up';

describe('WarmUp', () => {
  it('checks each distinct rule example once, then reports that it is done', () => {
    const examples = new Set(RULES.flatMap((rule) => [...rule.meta.examples.invalid, ...rule.meta.examples.valid]));
    const warmUp = new WarmUp();
    let steps = 0;
    while (!warmUp.done) {
      const more = warmUp.step();
      steps++;
      expect(more).toBe(steps < examples.size);
    }
    expect(steps).toBe(examples.size);
    expect(warmUp.step()).toBe(false);
  });
});
