import { describe, expect, it } from 'vitest';
import { compileCues, cueText, firstCue, lastCue, phraseSource } from '../../../src/engine/detectors/cues';

describe('cue phrases', () => {
  const cues = compileCues(['me', 'council', "council's", 'my *? *? (number|mobile)', "'s house", 'address:', 'urodzon*', 'c/o']);

  it('matches whole words only', () => {
    expect(lastCue(cues, 'call the councillor on')).toBeUndefined();
    expect(lastCue(cues, 'call me on')?.value).toBe('me');
    expect(lastCue(cues, 'comedy')).toBeUndefined();
  });

  it('prefers the longer phrase at the same place', () => {
    expect(lastCue(cues, "the council's line")?.value).toBe("council's");
  });

  it('supports optional words, choices and prefixes', () => {
    expect(lastCue(cues, 'my number')?.value).toBe('my number');
    expect(lastCue(cues, 'my own private mobile')?.value).toBe('my own private mobile');
    expect(lastCue(cues, 'my team')).toBeUndefined();
    expect(lastCue(cues, 'urodzona 3 maja')?.value).toBe('urodzona');
  });

  it('does not bound a phrase on a side that starts or ends with punctuation', () => {
    expect(lastCue(cues, "the landlord's house")?.value).toBe("'s house");
    expect(lastCue(cues, 'home address:')?.value).toBe('address:');
    expect(lastCue(cues, 'both c/o the party')?.value).toBe('c/o');
  });

  it('finds the first and the last cue', () => {
    expect(firstCue(cues, 'me or the council')?.value).toBe('me');
    expect(lastCue(cues, 'me or the council')?.value).toBe('council');
  });

  it('can ignore case for scanning original text', () => {
    const born = compileCues(['born'], { ignoreCase: true });
    expect(lastCue(born, 'BORN 1975')?.value).toBe('BORN');
  });

  it('makes text comparable', () => {
    expect(cueText('Her Daughter’s Number')).toBe("her daughter's number");
  });

  it('rejects empty phrases', () => {
    expect(() => phraseSource('  ')).toThrow();
  });
});
