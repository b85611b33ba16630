/**
 * The administrator's managed policy over the built-in configuration (`src/config/policy.ts`):
 * what applies, how objects and lists combine, and that a bad value is left out with a notice
 * that names it while everything else still applies. Never throws, whatever the policy holds.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultCouncilConfig } from '../../src/config/load-file';
import { chromeDelivers, managedPolicySchema } from '../../src/config/managed-schema';
import { applyPolicy, POLICY_KEYS } from '../../src/config/policy';
import { councilConfigSchema, type CouncilConfig } from '../../src/config/schema';

const BASE = loadDefaultCouncilConfig();
const base = (): CouncilConfig => structuredClone(BASE);
const byKey = <T extends { key: string }>(items: readonly T[]) => [...items].sort((a, b) => a.key.localeCompare(b.key));

describe('applying a policy', () => {
  it('changes nothing without a policy', () => {
    for (const policy of [undefined, null, {}]) {
      expect(applyPolicy(base(), policy)).toEqual({ config: BASE, notices: [], applied: [] });
    }
  });

  it('merges objects key by key: one lock changes, the others stay', () => {
    const { config, notices, applied } = applyPolicy(base(), { locks: { strictness: true }, defaultStrictness: 'pre-election' });
    expect(notices).toEqual([]);
    expect(applied).toEqual(['locks.strictness', 'defaultStrictness']);
    expect(config.locks).toEqual({ ...BASE.locks, strictness: true });
    expect(config.defaultStrictness).toBe('pre-election');
    expect({ ...config, locks: BASE.locks, defaultStrictness: BASE.defaultStrictness }).toEqual(BASE);
  });

  it('replaces lists whole: the policy’s pre-election periods and locked rules are the ones in force', () => {
    const periods = [{ name: 'By-election', noticeDate: '2026-11-20', pollingDay: '2026-12-17' }];
    const { config, notices } = applyPolicy(base(), { preElectionPeriods: periods, locks: { rules: ['profanity'] } });
    expect(notices).toEqual([]);
    expect(config.preElectionPeriods).toEqual(periods);
    expect(config.locks.rules).toEqual(['profanity']);
  });

  it('adds to maps by key: one rule’s words, one acronym, one site', () => {
    const { config, notices } = applyPolicy(base(), { words: { profanity: ['blimey'] }, acronyms: { CIL: 'Community Infrastructure Levy' }, platforms: { nextdoor: false } });
    expect(notices).toEqual([]);
    expect(config.words).toEqual({ ...BASE.words, profanity: ['blimey'] });
    expect(config.acronyms).toEqual({ ...BASE.acronyms, CIL: 'Community Infrastructure Levy' });
    expect(config.platforms).toEqual({ ...BASE.platforms, nextdoor: false });
  });

  it('leaves out a bad value with a notice naming it, and applies the rest', () => {
    const { config, notices, applied } = applyPolicy(base(), {
      locks: { strictness: true, lockedBy: '' },
      defaultStrictness: 'purdah',
      boundaryMessage: 'Be kind.',
    });
    expect(byKey(notices)).toEqual([
      { key: 'defaultStrictness', message: '"purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"' },
      { key: 'locks.lockedBy', message: 'lockedBy must not be empty' },
    ]);
    expect(applied).toEqual(['locks.strictness', 'boundaryMessage']);
    expect(config.locks).toEqual({ ...BASE.locks, strictness: true });
    expect(config.defaultStrictness).toBe(BASE.defaultStrictness);
    expect(config.boundaryMessage).toBe('Be kind.');
  });

  it('ignores a whole list when one item is bad, and says so', () => {
    const { config, notices } = applyPolicy(base(), {
      preElectionPeriods: [
        { noticeDate: '2027-03-25', pollingDay: '2027-05-06' },
        { noticeDate: '2027-04-01', pollingDay: '6 May' },
      ],
      locks: { rules: ['personal-data', 'persnal-data'] },
    });
    expect(byKey(notices)).toEqual([
      { key: 'locks.rules.1', message: '"persnal-data" is not a rule id: did you mean "personal-data"? (so the whole locks.rules list is ignored)' },
      { key: 'preElectionPeriods.1.pollingDay', message: 'must be a date written YYYY-MM-DD (found "6 May") (so the whole preElectionPeriods list is ignored)' },
    ]);
    expect(config.preElectionPeriods).toEqual(BASE.preElectionPeriods);
    expect(config.locks.rules).toEqual(BASE.locks.rules);
  });

  it('leaves out only the bad entry of a map, even when its key has dots in it', () => {
    const { config, notices } = applyPolicy(base(), { acronyms: { 'E.B.C.': '', CIL: 'Community Infrastructure Levy' } });
    expect(notices).toEqual([{ key: 'acronyms.E.B.C.', message: 'the expansion must not be empty' }]);
    expect(config.acronyms).toEqual({ ...BASE.acronyms, CIL: 'Community Infrastructure Levy' });
  });

  it('names unknown settings, with a suggestion, at any depth', () => {
    const { notices, applied } = applyPolicy(base(), { lock: { strictness: true }, locks: { strictnes: true }, words: { profanty: ['x'] } });
    expect(byKey(notices)).toEqual([
      { key: 'lock', message: 'unknown setting: did you mean "locks"?' },
      { key: 'locks.strictnes', message: 'unknown setting: did you mean "strictness"?' },
      { key: 'words.profanty', message: '"profanty" is not a rule id: did you mean "profanity"?' },
    ]);
    expect(applied).toEqual([]);
  });

  it('never writes __proto__ or constructor into the configuration', () => {
    const policy = JSON.parse('{"__proto__": {"polluted": true}, "locks": {"__proto__": {"polluted": true}, "strictness": true}}');
    const { config, notices } = applyPolicy(base(), policy);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(config.locks.strictness).toBe(true);
    expect(byKey(notices)).toEqual([
      { key: '__proto__', message: 'unknown setting (check the spelling in ADMIN.md)' },
      { key: 'locks.__proto__', message: 'unknown setting' },
    ]);
  });

  it('points a guessed name to the real setting', () => {
    const { notices } = applyPolicy(base(), { strictness: 'pre-election', purdah: true });
    expect(byKey(notices)).toEqual([
      { key: 'purdah', message: 'unknown setting: did you mean "preElectionPeriods" ([{"noticeDate": "YYYY-MM-DD", "pollingDay": "YYYY-MM-DD"}])?' },
      { key: 'strictness', message: 'unknown setting: did you mean "defaultStrictness" (and "locks": {"strictness": true} to lock it)?' },
    ]);
  });

  it('refuses settings fixed at build time', () => {
    const { config, notices } = applyPolicy(base(), { extension: { displayName: 'Other' } });
    expect(notices).toEqual([{ key: 'extension', message: 'is fixed when the extension is built and cannot be changed by policy (see ADMIN.md)' }]);
    expect(config).toEqual(BASE);
  });

  it('refuses a contact the built-in configuration lacks, given without its name', () => {
    const noComms = base();
    delete noComms.contacts.communications;
    const { config, notices } = applyPolicy(noComms, { contacts: { communications: { email: 'press@eastbridge.gov.uk' } } });
    expect(notices).toEqual([{ key: 'contacts.communications.name', message: 'is required' }]);
    expect(config.contacts.communications).toBeUndefined();
  });

  it('checks a value given as an object where the configuration has text', () => {
    const { notices } = applyPolicy(base(), { defaultStrictness: { level: 'relaxed' } });
    expect(notices).toEqual([{ key: 'defaultStrictness', message: 'must be one of "relaxed", "standard" or "pre-election" (found an object)' }]);
  });

  it('refuses a policy that is not a set of settings', () => {
    for (const policy of ['strict', 42, [1, 2], true]) {
      expect(applyPolicy(base(), policy)).toEqual({
        config: BASE,
        notices: [{ key: '(policy)', message: 'must be a set of named settings; the whole policy is ignored' }],
        applied: [],
      });
    }
  });

  it('never throws, and always gives a valid configuration, whatever the policy holds', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = [...POLICY_KEYS, 'strictness', 'rules', 'name', 'noticeDate', 'pollingDay', 'x', 'profanity', 'standard', '__proto__', 'constructor'];
    const value = (depth: number): unknown => {
      const kind = depth > 3 ? Math.floor(random() * 5) : Math.floor(random() * 7);
      switch (kind) {
        case 0: return pick(['', 'pre-election', '2027-05-06', 'https://x.example', 'error', 'x'.repeat(500), '\u0000']);
        case 1: return pick([0, -1, 1.5, 1e308, NaN]);
        case 2: return pick([true, false]);
        case 3: return null;
        case 4: return undefined;
        case 5: return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
        default: return Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 4) }, () => [pick(keys), value(depth + 1)]));
      }
    };
    for (let i = 0; i < 400; i++) {
      const policy = Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 5) }, () => [pick(keys), value(1)]));
      const result = applyPolicy(base(), policy);
      expect(councilConfigSchema.safeParse(result.config).success).toBe(true);
      expect(Array.isArray(result.notices)).toBe(true);
    }
  });
});

describe('what Chrome passes on before the extension checks it', () => {
  const schema = managedPolicySchema();

  it('drops a value of the wrong JSON type, and unknown keys inside objects', () => {
    expect(chromeDelivers(schema, 'locks', { strictness: 'true' })).toBeUndefined();
    expect(chromeDelivers(schema, 'locks', { strictness: true, strictnes: true })).toEqual({ strictness: true });
    expect(chromeDelivers(schema, 'colour', 'red')).toBeUndefined();
    expect(chromeDelivers(schema, 'preElectionPeriods', [{ noticeDate: '2027-03-25', pollingDay: 20270506 }])).toBeUndefined();
  });

  it('passes a text value the extension then refuses, so the popup can name it', () => {
    expect(chromeDelivers(schema, 'defaultStrictness', 'purdah')).toBe('purdah');
    expect(applyPolicy(base(), { defaultStrictness: 'purdah' }).notices).toHaveLength(1);
    // Misspelt rule ids and sites pass too (maps take any key), and are reported.
    expect(chromeDelivers(schema, 'words', { profanty: ['x'] })).toEqual({ profanty: ['x'] });
  });
});
