// @vitest-environment happy-dom
import { byLabel, byText, click, fakeServices, mount, settle, type, unmount } from './helpers';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/App';
import { exportSettings, parseSettingsFile } from '../../src/popup/settings-file';
import { loadUserSettings, updateUserSettings } from '../../src/settings/store';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../../src/settings/types';

const SETTINGS: UserSettings = {
  strictness: 'relaxed',
  preElectionPeriods: [{ name: 'Ward by-election', noticeDate: '2026-11-10', pollingDay: '2026-12-03' }],
  disabledRules: ['jargon', 'copyright'],
  allowWords: ['Clownbury', 'Dick Whittington'],
  sites: { facebook: { enabled: false, disabledRules: ['shouting'] }, x: { enabled: true, disabledRules: [] } },
  keepHistory: true,
};

afterEach(() => {
  unmount();
  vi.restoreAllMocks();
});

/** Picks a file in the import field, as a person would. */
async function pick(root: HTMLElement, name: string, content: string): Promise<void> {
  const input = byLabel(root, 'Load settings from a file');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(10);
}

function status(root: HTMLElement): string {
  return root.querySelector('[data-testid="backup-status"]')?.textContent ?? '';
}

describe('settings round trip', () => {
  it('changes made on the page are saved, and shown again when the page is opened afresh', async () => {
    let root = await mount(<OptionsApp services={fakeServices()} />);
    await type(byLabel(root, 'Word or name'), '  Clownbury  ');
    await act(async () => {
      root.querySelector<HTMLFormElement>('form.inline-form')!.requestSubmit();
    });
    await settle();
    await click(byLabel(root, 'Jargon'));
    await click(root.querySelector('#site-facebook-switch')!);
    await click(root.querySelector('#level-relaxed')!);

    const saved = await loadUserSettings();
    expect(saved).toMatchObject({ strictness: 'relaxed', allowWords: ['Clownbury'], disabledRules: ['jargon'] });
    expect(saved.sites.facebook?.enabled).toBe(false);

    unmount();
    root = await mount(<OptionsApp services={fakeServices()} />);
    expect([...root.querySelectorAll('.chip span')].map((c) => c.textContent)).toEqual(['Clownbury']);
    expect(byLabel(root, 'Jargon').checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('#site-facebook-switch')!.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('#level-relaxed')!.checked).toBe(true);

    // A duplicate (any case) is refused with a reason.
    await type(byLabel(root, 'Word or name'), 'clownbury');
    await act(async () => {
      root.querySelector<HTMLFormElement>('form.inline-form')!.requestSubmit();
    });
    await settle();
    expect(root.textContent).toContain('That is already on your list.');
    await click(root.querySelector('button[aria-label="Remove Clownbury"]')!);
    expect((await loadUserSettings()).allowWords).toEqual([]);
  });

  it('export then import gives back the same settings (the snooze is not exported)', async () => {
    await updateUserSettings(() => ({ ...SETTINGS, sites: { ...SETTINGS.sites, x: { enabled: true, disabledRules: [], snoozedUntil: Date.now() + 1000 } } }));
    const services = fakeServices();
    let root = await mount(<OptionsApp services={services} />);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:settings';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await click(byText(root, 'button', 'Save settings to a file'));
    expect(status(root)).toBe('Settings saved to a file.');
    const file = await blob!.text();
    expect(JSON.parse(file)).toMatchObject({ format: 'golden-rule-settings', version: 1 });

    await click(byText(root, 'button', 'Reset all settings'));
    expect(document.activeElement?.textContent).toBe('Yes, reset');
    await click(byText(root, 'button', 'Cancel'));
    expect(document.activeElement?.textContent).toBe('Reset all settings');
    await click(byText(root, 'button', 'Reset all settings'));
    await click(byText(root, 'button', 'Yes, reset'));
    expect(await loadUserSettings()).toEqual(DEFAULT_USER_SETTINGS);
    expect(status(root)).toBe('Your settings are back to the council’s defaults.');

    unmount();
    root = await mount(<OptionsApp services={services} />);
    await pick(root, 'golden-rule-settings.json', file);
    expect(status(root)).toBe('Settings loaded from the file.');
    expect(await loadUserSettings()).toEqual(SETTINGS);
  });

  it('the file format round-trips on its own', () => {
    const result = parseSettingsFile(exportSettings(SETTINGS, new Date('2026-11-02T10:00:00Z')));
    expect(result).toEqual({ ok: true, settings: SETTINGS });
  });
});

describe('importing a broken file changes nothing', () => {
  const broken: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "golden-rule-settings", ', /It is not a JSON file/],
    ['some other JSON', '{"name": "my-package", "version": "1.0.0"}', /It is not a Golden Rule settings file/],
    ['a JSON array', '[1, 2, 3]', /It is not a Golden Rule settings file/],
    ['a newer format', '{"format": "golden-rule-settings", "version": 2, "settings": {}}', /newer version of Golden Rule \(format 2\)/],
    [
      'an unknown rule',
      '{"format": "golden-rule-settings", "version": 1, "settings": {"disabledRules": ["jargon", "be-nice"]}}',
      /settings\.disabledRules\.1: not a check Golden Rule knows/,
    ],
    [
      'dates the wrong way round',
      '{"format": "golden-rule-settings", "version": 1, "settings": {"preElectionPeriods": [{"noticeDate": "2027-05-06", "pollingDay": "2027-03-25"}]}}',
      /settings\.preElectionPeriods\.0\.pollingDay: polling day must be on or after the notice of election/,
    ],
    [
      'an impossible date',
      '{"format": "golden-rule-settings", "version": 1, "settings": {"preElectionPeriods": [{"noticeDate": "2027-02-30", "pollingDay": "2027-03-25"}]}}',
      /settings\.preElectionPeriods\.0\.noticeDate: must be a date written YYYY-MM-DD/,
    ],
    [
      'an unknown site and key',
      '{"format": "golden-rule-settings", "version": 1, "settings": {"sites": {"myspace": {"enabled": false}}, "colour": "red"}}',
      /(?=[\s\S]*settings: unexpected “colour”)(?=[\s\S]*settings\.sites\.myspace: not a site Golden Rule knows)/,
    ],
    [
      'a wrong type',
      '{"format": "golden-rule-settings", "version": 1, "settings": {"allowWords": "Clownbury", "keepHistory": "yes"}}',
      /(?=[\s\S]*settings\.allowWords: must be a list \[ … \])(?=[\s\S]*settings\.keepHistory: must be true or false)/,
    ],
  ];

  for (const [what, content, reason] of broken) {
    it(`${what}: refused with the reason`, async () => {
      await updateUserSettings(() => SETTINGS);
      const before = await loadUserSettings();
      const root = await mount(<OptionsApp services={fakeServices()} />);
      await pick(root, 'settings.json', content);
      const shown = root.querySelector('[data-testid="backup-status"]')!;
      expect(shown.getAttribute('role')).toBe('alert');
      expect(shown.textContent).toMatch(/^“settings\.json” was not loaded, and nothing was changed:/);
      expect(shown.textContent).toMatch(reason);
      expect(await loadUserSettings()).toEqual(before);
      // The page still shows the settings as they were.
      expect(root.querySelector<HTMLInputElement>('#level-relaxed')!.checked).toBe(true);
    });
  }

  it('a file over 1 MB is refused without being read', async () => {
    const root = await mount(<OptionsApp services={fakeServices()} />);
    await pick(root, 'huge.json', `{"pad": "${'x'.repeat(1_100_000)}"}`);
    expect(status(root)).toMatch(/larger than 1 MB/);
    expect(await loadUserSettings()).toEqual(DEFAULT_USER_SETTINGS);
  });
});

describe('the options page', () => {
  it('lists every rule from the rules’ meta with its severity at each level', async () => {
    const root = await mount(<OptionsApp services={fakeServices()} />);
    const rules = root.querySelectorAll('li.rule');
    expect(rules.length).toBe(20);
    const shouting = root.querySelector('li.rule[data-rule="shouting"]')!;
    expect([...shouting.querySelectorAll('.sev-tag')].map((t) => t.textContent)).toEqual([
      'Relaxed: off',
      'Standard: Suggestion',
      'Pre-election: Suggestion',
    ]);
    // The council's locked rules (Eastbridge locks personal-data, threats and discrimination).
    expect(byLabel(root, 'Personal data').disabled).toBe(true);
  });

  it('each site has its own switch, snooze state and turned-off rules with undo', async () => {
    await updateUserSettings((s) => ({ ...s, sites: { linkedin: { enabled: true, disabledRules: ['jargon'], snoozedUntil: new Date(2026, 10, 2, 10, 30).getTime() } } }));
    const root = await mount(<OptionsApp services={fakeServices()} />);
    const linkedin = root.querySelector('[data-site="linkedin"]')!.parentElement!;
    expect(linkedin.textContent).toContain('Snoozed until 10:30.');
    await click(linkedin.querySelector('button[aria-label="Turn jargon back on (on linkedin)"]')!);
    expect((await loadUserSettings()).sites.linkedin?.disabledRules).toEqual([]);
    expect(root.querySelectorAll('.site-card').length).toBe(5);
  });
});
