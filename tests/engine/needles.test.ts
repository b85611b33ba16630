import { describe, expect, it } from 'vitest';
import { NeedleSet } from '../../src/engine/match/needles';

/** Every (word, end) the set must report, found the slow way. */
function bruteForce(words: readonly string[], text: string, anywhere: boolean): string[] {
  const out: string[] = [];
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  for (let end = 1; end <= text.length; end++) {
    unique.forEach((word) => {
      const start = end - word.length;
      if (start < 0 || text.slice(start, end) !== word) return;
      const wordStart = !anywhere && /[\p{L}\p{N}]/u.test(word[0]!);
      if (wordStart && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) return;
      out.push(`${word}@${end}`);
    });
  }
  return out.sort();
}

function scanAll(set: NeedleSet, text: string): string[] {
  const out: string[] = [];
  set.scan(text, (id, end) => {
    out.push(`${set.words[id]}@${end}`);
  });
  return out.sort();
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const ALPHABET = ['a', 'b', 'c', ' ', "'", 'é', 'ŵ', '1', '-', '😀'];

function pick(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

describe('NeedleSet', () => {
  it('finds overlapping and nested words, only at the start of a word unless told otherwise', () => {
    const set = new NeedleSet(['he', 'she', 'hers', 'his', 'ring']);
    expect(scanAll(set, 'ushers during his ring')).toEqual(['his@17', 'ring@22'].sort());
    const anywhere = new NeedleSet(['he', 'she', 'hers', 'ring'], { anywhere: true });
    expect(scanAll(anywhere, 'ushers during')).toEqual(['he@4', 'hers@6', 'she@4', 'ring@13'].sort());
  });

  it('reports what a brute-force search reports, on random words and texts with non-ASCII characters', () => {
    const next = random(20261122);
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(next, 1 + Math.floor(next() * 4)));
      const text = pick(next, Math.floor(next() * 60));
      for (const anywhere of [false, true]) {
        expect(scanAll(new NeedleSet(words, { anywhere }), text), `${JSON.stringify(words)} in ${JSON.stringify(text)}`).toEqual(
          bruteForce(words, text, anywhere),
        );
      }
    }
  });

  it('has() stops at the first word and is false when none is there', () => {
    const set = new NeedleSet(['idiot', 'clown']);
    expect(set.has('what a clown')).toBe(true);
    expect(set.has('a clownfish? no: idiots')).toBe(true);
    expect(set.has('nothing here, Cllr Idiotson')).toBe(false);
  });
});
