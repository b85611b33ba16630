/**
 * The council configuration schema: the shipped example is valid, and each kind of mistake an
 * editor of `council.config.json` makes is reported once, at its exact path, with a reason
 * that says what is wrong (and what was found).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_PATH, loadCouncilConfigFile } from '../../src/config/load-file';
import { parseJsonc } from '../../src/config/jsonc';
import { parseCouncilConfig, type CouncilConfigInput } from '../../src/config/schema';
import { fileSlug } from '../../src/config/slug';
import { readFileSync } from 'node:fs';

/** The shipped example, as written (comments and all), parsed but not validated. */
const EXAMPLE = parseJsonc(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')) as CouncilConfigInput & Record<string, unknown>;

type Json = Record<string, unknown>;
const example = (): Json => structuredClone(EXAMPLE) as Json;

function problemsOf(config: unknown): string[] {
  const result = parseCouncilConfig(config);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.reason}`);
}

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PUBLIC_KEY = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const PRIVATE_KEY = keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

/** [what the editor did, the change, every problem reported (exactly)] */
const BROKEN: Array<[string, (c: Json) => void, string[]]> = [
  ['misspelt a top-level section', (c) => { c.councl = c.council; delete c.council; }, ['council: is required', 'councl: unknown setting: did you mean "council"?']],
  ['added a key that means nothing', (c) => { c.colour = 'red'; }, [
    'colour: unknown setting (check the spelling; the settings here are council, extension, guidance, contacts, allowList, words, severity, acronyms, people, defaultStrictness, preElectionPeriods, platforms, locks, boundaryMessage)',
  ]],
  ['left the council name empty', (c) => { (c.council as Json).name = '  '; }, ['council.name: the council name must not be empty']],
  ['gave a short name with no letters', (c) => { (c.council as Json).shortName = '!!!'; }, ['council.shortName: must contain letters or digits (it names the build files)']],
  ['gave a long name as the short name', (c) => { (c.council as Json).shortName = 'The Royal Borough of Eastbridge and Westhaven'; }, ['council.shortName: must be at most 40 characters']],
  ['used an http:// website', (c) => { (c.council as Json).website = 'http://www.eastbridge.gov.uk'; }, ['council.website: must be a web address starting with https://']],
  ['wrote a display name too long for the stores', (c) => { (c.extension as Json).displayName = 'Golden Rule social media checker for Eastbridge councillors'; }, ['extension.displayName: must be at most 45 characters (the stores’ limit)']],
  ['gave a Firefox id without @', (c) => { (c.extension as Json).firefoxId = 'golden-rule-eastbridge'; }, ['extension.firefoxId: must look like golden-rule@council.gov.uk (or a {GUID}) (found "golden-rule-eastbridge")']],
  ['pasted the .pem file with its BEGIN line', (c) => { (c.extension as Json).chromeKey = `-----BEGIN PUBLIC KEY-----\n${PUBLIC_KEY}\n-----END PUBLIC KEY-----`; }, [
    'extension.chromeKey: must be base64 (letters, digits, +, / and = only, on one line, without BEGIN/END lines)',
  ]],
  ['pasted the private key', (c) => { (c.extension as Json).chromeKey = PRIVATE_KEY; }, [
    'extension.chromeKey: is a PRIVATE key: never put it in the configuration; give the public key (openssl rsa -pubout, see ADMIN.md)',
  ]],
  ['pasted a fragment of the key', (c) => { (c.extension as Json).chromeKey = PUBLIC_KEY.slice(0, 60); }, [
    'extension.chromeKey: is too short to be a public key: give the whole base64 public key (see ADMIN.md)',
  ]],
  ['gave an ftp update URL', (c) => { (c.extension as Json).updateUrl = 'ftp://it.eastbridge.gov.uk/updates.xml'; }, ['extension.updateUrl: must be a web address starting with https://']],
  ['left out the guidance URL', (c) => { delete (c.guidance as Json).url; }, ['guidance.url: is required']],
  ['misspelt a rule id in the sections', (c) => { ((c.guidance as Json).sections as Json).profanty = '#swearing'; }, ['guidance.sections.profanty: "profanty" is not a rule id: did you mean "profanity"?']],
  ['wrote a section as words', (c) => { ((c.guidance as Json).sections as Json).profanity = 'section 4'; }, [
    'guidance.sections.profanity: must be an #anchor in the guidance page, such as #section-3, or a web address starting with https://',
  ]],
  ['gave a number for the Code of Conduct', (c) => { (c.guidance as Json).codeOfConductUrl = 5; }, ['guidance.codeOfConductUrl: must be text in quotes (found 5)']],
  ['wrote an e-mail address in words', (c) => { ((c.contacts as Json).monitoringOfficer as Json).email = 'jo at eastbridge'; }, [
    'contacts.monitoringOfficer.email: must be an e-mail address such as name@council.gov.uk (found "jo at eastbridge")',
  ]],
  ['wrote a phone number in words', (c) => { ((c.contacts as Json).communications as Json).phone = 'ring the press office'; }, [
    'contacts.communications.phone: must be a phone number (digits, spaces, brackets, dashes, optional +) (found "ring the press office")',
  ]],
  ['left out the Monitoring Officer’s name', (c) => { delete ((c.contacts as Json).monitoringOfficer as Json).name; }, ['contacts.monitoringOfficer.name: is required']],
  ['gave an e-mail domain with @', (c) => { (c.allowList as Json).emailDomains = ['@eastbridge.gov.uk']; }, [
    'allowList.emailDomains.0: must be a domain such as northdale.gov.uk (no @, no https://) (found "@eastbridge.gov.uk")',
  ]],
  ['gave a two-digit phone number', (c) => { (c.allowList as Json).phoneNumbers = ['01632 960000', '12']; }, [
    'allowList.phoneNumbers.1: must be a phone number (digits, spaces, brackets, dashes, optional +) (found "12")',
  ]],
  ['gave one word instead of a list', (c) => { (c.words as Json)['confidential-information'] = 'pink papers'; }, [
    'words.confidential-information: must be a list [ … ] (found "pink papers")',
  ]],
  ['added words for a rule that does not exist', (c) => { (c.words as Json).gossip = ['rumour']; }, ['words.gossip: "gossip" is not a rule id: the rule ids are listed in README.md']],
  ['invented a severity', (c) => { c.severity = { profanity: { standard: 'fatal' } }; }, [
    'severity.profanity.standard: must be one of "error", "warning", "info" or "off" (found "fatal")',
  ]],
  ['used the old word for pre-election as a level', (c) => { c.severity = { profanity: { purdah: 'error' } }; }, [
    'severity.profanity.purdah: "purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"',
  ]],
  ['gave a one-letter acronym', (c) => { (c.acronyms as Json).E = 'Eastbridge'; }, ['acronyms.E: is not an acronym: use 2–12 letters, digits, & or .']],
  ['left an acronym unexplained', (c) => { (c.acronyms as Json).EBC = ''; }, ['acronyms.EBC: the expansion must not be empty']],
  ['gave one councillor instead of a list', (c) => { (c.people as Json).councillors = 'Jo Bloggs'; }, ['people.councillors: must be a list [ … ] (found "Jo Bloggs")']],
  ['set the default strictness to "purdah"', (c) => { c.defaultStrictness = 'purdah'; }, [
    'defaultStrictness: "purdah" is not a strictness level: use "relaxed", "standard" or "pre-election"',
  ]],
  ['wrote polling day in words', (c) => { (c.preElectionPeriods as Json[])[0]!.pollingDay = '6 May 2027'; }, [
    'preElectionPeriods.0.pollingDay: must be a date written YYYY-MM-DD (found "6 May 2027")',
  ]],
  ['swapped the notice date and polling day', (c) => { c.preElectionPeriods = [{ noticeDate: '2027-05-06', pollingDay: '2027-03-25' }]; }, [
    'preElectionPeriods.0.pollingDay: must be on or after noticeDate (2027-05-06), not before it',
  ]],
  ['typed the wrong year for the notice', (c) => { c.preElectionPeriods = [{ noticeDate: '2026-03-25', pollingDay: '2027-05-06' }]; }, [
    'preElectionPeriods.0.noticeDate: is 407 days before pollingDay (2027-05-06); the notice of election is published at most about five weeks before polling day: check the year',
  ]],
  ['named the start date "start"', (c) => { c.preElectionPeriods = [{ start: '2027-03-25', noticeDate: '2027-03-25', pollingDay: '2027-05-06' }]; }, [
    'preElectionPeriods.0.start: unknown setting (check the spelling; the settings here are name, noticeDate, pollingDay)',
  ]],
  ['listed Twitter as a platform', (c) => { (c.platforms as Json).twitter = true; }, [
    'platforms.twitter: "twitter" is not a site: use "facebook", "x", "instagram", "linkedin" or "nextdoor"',
  ]],
  ['wrote "yes" for a platform', (c) => { (c.platforms as Json).x = 'yes'; }, ['platforms.x: must be true or false (found "yes")']],
  ['put true in quotes for a lock', (c) => { (c.locks as Json).strictness = 'true'; }, ['locks.strictness: must be true or false (found "true")']],
  ['misspelt a locked rule', (c) => { (c.locks as Json).rules = ['persnal-data']; }, ['locks.rules.0: "persnal-data" is not a rule id: did you mean "personal-data"?']],
  ['misspelt a lock', (c) => { (c.locks as Json).site = true; }, ['locks.site: unknown setting: did you mean "sites"?']],
  ['left the boundary message blank', (c) => { c.boundaryMessage = ''; }, ['boundaryMessage: the boundary message must not be empty']],
];

describe('council configuration schema', () => {
  it('accepts the shipped, commented example (the embedded default)', () => {
    const loaded = loadCouncilConfigFile();
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.config.council.shortName).toBe('Eastbridge');
  });

  it('accepts a minimal configuration and fills in the defaults', () => {
    const result = parseCouncilConfig({
      council: { name: 'Testshire County Council', shortName: 'Testshire' },
      guidance: { url: 'https://testshire.example/guide', codeOfConductUrl: 'https://testshire.example/code' },
      contacts: { monitoringOfficer: { name: 'A. Officer' } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.defaultStrictness).toBe('standard');
    expect(result.config.locks).toEqual({ strictness: false, rules: [], sites: false, lockedBy: 'your council' });
    expect(result.config.extension.displayName).toBe('Golden Rule');
  });

  it('accepts a real public key, and a {GUID} Firefox id', () => {
    const config = example();
    (config.extension as Json).chromeKey = PUBLIC_KEY;
    (config.extension as Json).firefoxId = '{4f1c7a9e-2b3d-4e5f-8a6b-7c8d9e0f1a2b}';
    expect(problemsOf(config)).toEqual([]);
  });

  it(`has ${BROKEN.length} broken configurations to check (at least 25)`, () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(25);
  });

  for (const [what, change, expected] of BROKEN) {
    it(`says exactly what is wrong when the editor ${what}`, () => {
      const config = example();
      change(config);
      expect(problemsOf(config)).toEqual(expected);
    });
  }

  it('reports every problem at once, not just the first', () => {
    const picked = [
      'left the council name empty',
      'used an http:// website',
      'gave a Firefox id without @',
      'gave an ftp update URL',
      'wrote a section as words',
      'gave an e-mail domain with @',
      'invented a severity',
      'set the default strictness to "purdah"',
      'wrote polling day in words',
      'put true in quotes for a lock',
    ].map((what) => BROKEN.find(([name]) => name === what)!);
    const config = example();
    for (const [, change] of picked) change(config);
    expect(problemsOf(config).sort()).toEqual(picked.flatMap(([, , expected]) => expected).sort());
  });

  it('refuses a configuration that is not an object', () => {
    expect(problemsOf([])).toEqual(['(top level): must be an object { … } (found a list)']);
    expect(problemsOf(null)).toEqual(['(top level): must be an object { … } (found null)']);
  });
});

describe('loading a configuration file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golden-rule-config-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('names a missing file', () => {
    expect(loadCouncilConfigFile(join(dir, 'nowhere.json'))).toMatchObject({ ok: false, problems: [{ path: '(file)', reason: 'file not found' }] });
  });

  it('names the line and column of a JSON syntax error', () => {
    const loaded = loadCouncilConfigFile(write('syntax.json', '{\n  "council": {\n    "name": "X"\n    "shortName": "Y"\n  }\n}'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]!.reason).toMatch(/^not valid JSON at line 4, column 5/);
  });

  it('reads comments, trailing commas and a byte-order mark', () => {
    const text = readFileSync(DEFAULT_CONFIG_PATH, 'utf8').replace('"shortName": "Eastbridge",', '"shortName": "Eastbridge", // short\n');
    expect(loadCouncilConfigFile(write('bom.json', `\uFEFF${text.replace(/\n}\s*$/, ',\n}\n')}`)).ok).toBe(true);
  });
});

describe('file names from the short name', () => {
  it('keeps letters and digits, drops accents and punctuation', () => {
    expect(fileSlug('Eastbridge')).toBe('eastbridge');
    expect(fileSlug('Ynys Môn')).toBe('ynys-mon');
    expect(fileSlug('Brighton & Hove')).toBe('brighton-hove');
    expect(fileSlug('  St. Helens  ')).toBe('st-helens');
    expect(fileSlug('!!!')).toBe('');
  });
});
