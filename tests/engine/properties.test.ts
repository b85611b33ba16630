import { describe, expect, it } from 'vitest';
import { lint, MAX_CHECKED_LENGTH } from '../../src/engine/lint';
import type { Finding, Strictness } from '../../src/engine/types';

/** A small seeded generator, so every run checks the same "random" texts. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'idiot', 'f*ck', 'sh1t', 'Cllr Smith', 'is corrupt', 'the council', '07700 900123', 'NG5 6PW', '"quote', "'", '“', '”', '…',
  '...', '!!!', '???', 'ALL CAPS HERE', '@handle', '#hashtag', 'https://example.gov.uk/a?b=c', 'e@mail.co.uk', '\n', '\n\n',
  '  ', '\t', '🤡', '👍🏽', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'ﬁ', 'ａｂｃ', '𝐟𝐮𝐜𝐤', 'с', 'İ', 'ß', 'é', '\u0301', '\u200d', '\u200b', '\ufeff', '\ud800',
  '\udc00', 'ار', 'עברית', '中文', 'Ελληνικά', '(', ')', '[', '*', '**', '$', '@', '-', '--', '—', 'Dw i', "mae'r", 'a', 'I', '1/6',
];

function randomText(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < 0.45) out += PIECES[Math.floor(next() * PIECES.length)]!;
    else if (r < 0.9) out += ' ';
    else out += String.fromCodePoint(Math.floor(next() * 0x10ffff) & 0x10ffff);
    if (next() < 0.3) out += ' ';
  }
  return out;
}

/** Every finding is inside the text, not empty, sorted, with a message, a why and a link. */
function expectWellFormed(text: string, findings: readonly Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.start).toBeGreaterThanOrEqual(previous);
    previous = f.start;
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\{\{/);
    expect(f.why.length).toBeGreaterThan(0);
    expect(f.url).toMatch(/^https:\/\//);
    for (const s of f.suggestions) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(typeof s.text).toBe('string');
    }
  }
}

describe('lint on hostile input', () => {
  const strictnesses: Strictness[] = ['relaxed', 'standard', 'pre-election'];

  it.each(Array.from({ length: 60 }, (_, i) => [i]))('random text %i: no throw, findings well formed, same result twice', (seed) => {
    const next = random(seed + 1);
    const text = randomText(next, 20 + Math.floor(next() * 800));
    const strictness = strictnesses[seed % 3]!;
    const first = lint(text, { strictness });
    expectWellFormed(text, first);
    expect(lint(text, { strictness })).toEqual(first);
    expect(first.filter((f) => f.ruleId === 'rule-failed')).toEqual([]);
  });

  it('takes every Unicode plane, lone surrogates and control characters', () => {
    let text = '';
    for (let plane = 0; plane <= 16; plane++) {
      for (let k = 0; k < 64; k++) text += String.fromCodePoint(plane * 0x10000 + ((k * 977) % 0xfffe));
      text += ' idiot ';
    }
    text += '\ud800\udbff x \udc00 \u0000\u0007\u001b \u2028\u2029';
    const findings = lint(text, { strictness: 'pre-election' });
    expectWellFormed(text, findings);
    expect(findings.filter((f) => f.ruleId === 'rule-failed')).toEqual([]);
  });

  it('copes with unbalanced and nested quotation marks', () => {
    for (const text of ['"', "'", '“', '”', '"""', "'''", '"a \'b "c\' d', '“open but never closed idiot', "'tis the season's end' '", '"'.repeat(500)]) {
      const findings = lint(text, {});
      expectWellFormed(text, findings);
    }
  });

  it('checks 1 MB of text in bounded time, up to its limit, and says it stopped there', () => {
    const next = random(99);
    const text = randomText(next, 1_000_000);
    const started = performance.now();
    const findings = lint(text, { strictness: 'pre-election' });
    const elapsed = performance.now() - started;
    expectWellFormed(text, findings);
    expect(findings.some((f) => f.messageId === 'truncated')).toBe(true);
    expect(Math.max(...findings.map((f) => f.end))).toBeLessThanOrEqual(MAX_CHECKED_LENGTH);
    // A generous bound that only a pathological (super-linear) slowdown would break.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);

  it('survives pathological repetition without backtracking blow-ups', () => {
    for (const text of ['a'.repeat(50_000), '*'.repeat(50_000), 'f*'.repeat(20_000), '!'.repeat(50_000), 'you '.repeat(10_000) + 'idiot', "'s ".repeat(15_000), 'Cllr '.repeat(10_000)]) {
      const started = performance.now();
      const findings = lint(text, { strictness: 'pre-election' });
      expectWellFormed(text, findings);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  }, 90_000);

  it('returns nothing for empty, blank and non-string input', () => {
    expect(lint('')).toEqual([]);
    expect(lint('   \n\t ')).toEqual([]);
    expect(lint(undefined as unknown as string)).toEqual([]);
    expect(lint(42 as unknown as string)).toEqual([]);
  });

  it('isolates a rule that throws and still runs the others', async () => {
    const { RULES } = await import('../../rules/index');
    const rule = RULES.find((r) => r.meta.id === 'jargon')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const text = 'What a f*cking mess, said the MTFS.';
      const findings = lint(text, { strictness: 'standard' });
      const failed = findings.find((f) => f.ruleId === 'rule-failed');
      expect(failed?.message).toContain('jargon');
      expect(failed?.message).toContain('boom');
      expect(findings.some((f) => f.ruleId === 'profanity')).toBe(true);
    } finally {
      rule.check = original;
    }
  });
});

describe('lint options', () => {
  it('sorts findings by position', () => {
    const text = 'FFS. Cllr Jones is corrupt and a f*cking idiot. Call me on 07700 900123.';
    const findings = lint(text, { strictness: 'standard' });
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['profanity', 'defamation-risk', 'personal-attack', 'personal-data']));
  });

  it('skips disabled rules and honours the personal allow-list', () => {
    const text = 'What a f*cking idiot.';
    expect(lint(text, { disabledRules: ['profanity'] }).map((f) => f.ruleId)).toEqual(['personal-attack']);
    expect(lint('Lovely walk past Clownbury clowns', { allowWords: ['clowns'] })).toEqual([]);
  });

  it('reads allow-list words the way it reads the post: leetspeak, look-alikes, phrases', () => {
    expect(lint('Sh1t day at the depot.', { allowWords: ['Sh1t'] }).some((f) => f.ruleId === 'profanity')).toBe(false);
    expect(lint('Sh1t day at the depot.', { allowWords: ['shit'] }).some((f) => f.ruleId === 'profanity')).toBe(false);
    expect(lint('Sh1t day at the depot.', { allowWords: ['depot'] }).some((f) => f.ruleId === 'profanity')).toBe(true);
  });

  it('uses per-rule severity overrides from the council configuration', async () => {
    const { GENERIC_COUNCIL } = await import('../../src/config/generic');
    const council = { ...GENERIC_COUNCIL, severity: { profanity: { standard: 'error' as const }, jargon: { standard: 'off' as const } } };
    const findings = lint('Sh1t, the MTFS again.', { strictness: 'standard', council });
    expect(findings.find((f) => f.ruleId === 'profanity')?.severity).toBe('error');
    expect(findings.some((f) => f.ruleId === 'jargon')).toBe(false);
  });

  it('links each finding to the council’s section for the rule', async () => {
    const { GENERIC_COUNCIL } = await import('../../src/config/generic');
    const council = { ...GENERIC_COUNCIL, guidance: { url: 'https://example.gov.uk/guide', sections: { profanity: '#swearing' } } };
    const [finding] = lint('Sh1t.', { council });
    expect(finding?.url).toBe('https://example.gov.uk/guide#swearing');
  });

  it('checks comments with the rules about others’ words only', () => {
    const text = 'I know where you live, Cllr Jones. Apparently the council is closing the tip.';
    const ids = lint(text, { mode: 'comment' }).map((f) => f.ruleId);
    expect(ids).toContain('threat-or-incitement');
    expect(ids).not.toContain('unverified-claim');
  });

  it('gives a post in another language one notice, not false alarms', () => {
    const text = 'Drodzy mieszkańcy, punkt recyklingu przy ulicy Długiej będzie zamknięty w niedzielę z powodu prac konserwacyjnych.';
    const findings = lint(text, { strictness: 'pre-election' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['unchecked-language', 'info']]);
    expect(findings[0]!.message).toContain('Polish');
  });

  it('still finds personal data in another language', () => {
    const text = 'Mój prywatny numer telefonu to 07700 900274, dzwońcie śmiało w sprawie ulicy Długiej.';
    expect(lint(text).map((f) => f.ruleId)).toEqual(['unchecked-language', 'personal-data']);
  });
});
