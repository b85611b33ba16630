// @vitest-environment happy-dom
import { byLabel, byText, click, councilWith, fakeServices, finding, mount, settle, type, unmount, waitFor } from './helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp, tabFromHash } from '../../entrypoints/popup/App';
import type { DraftReport } from '../../src/messaging';
import { loadUserSettings, updateUserSettings } from '../../src/settings/store';

const TEXT = 'Cllr Smith is an idiot. THIS IS COMPLETELY UNACCEPTABLE FOR RESIDENTS.';

function draft(partial: Partial<DraftReport> = {}): DraftReport {
  return {
    site: 'x',
    active: true,
    hasDraft: true,
    text: TEXT,
    strictness: 'standard',
    findings: [
      finding(TEXT, 'idiot'),
      finding(TEXT, 'THIS IS COMPLETELY UNACCEPTABLE FOR RESIDENTS', {
        ruleId: 'shouting',
        severity: 'info',
        message: 'Writing in capitals reads as shouting.',
        why: 'The LGA asks councillors to mind their tone.',
        url: 'https://www.eastbridge.gov.uk/councillors/social-media-guidance#tone-of-voice',
      }),
    ],
    ...partial,
  };
}

beforeEach(() => {
  location.hash = '';
});
afterEach(() => unmount());

describe('findings for the current draft', () => {
  it('groups them by severity, worst first, with message, passage, why and the guidance link', async () => {
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    const groups = [...root.querySelectorAll('.group-heading')].map((h) => h.textContent);
    expect(groups).toEqual(['High risk (1)', 'Suggestion (1)']);
    const attack = root.querySelector('li.finding[data-rule="personal-attack"]')!;
    expect(attack.querySelector('.finding-message')!.textContent).toBe('“idiot” is an insult.');
    expect(attack.querySelector('.finding-passage')!.textContent).toContain('“idiot”');
    expect(attack.querySelector('.finding-why')!.textContent).toContain('Section 8.2');
    const link = attack.querySelector<HTMLAnchorElement>('a.finding-link')!;
    expect(link.href).toBe('https://www.eastbridge.gov.uk/councillors/social-media-guidance#tone-respect-and-dignity');
    expect(link.target).toBe('_blank');
    expect(link.getAttribute('aria-label')).toMatch(/personal attack .*new tab/i);
    // The tab shows the count.
    expect(root.querySelector('#tab-findings')!.textContent).toBe('This post2');
  });

  it('clicking a finding asks the page to reveal it (by its index) and brings the page forward', async () => {
    const services = fakeServices({ draft: draft() });
    const root = await mount(<PopupApp services={services} />);
    await click(root.querySelector('li.finding[data-rule="shouting"] .finding-main')!);
    expect(services.reveal).toHaveBeenCalledWith({ tabId: 7, site: 'x' }, 1);
    expect(services.showPage).toHaveBeenCalledWith({ tabId: 7, site: 'x' }, false);
  });

  it('with no draft in focus, says so and checks pasted text with the engine, the strictness and the allow-list', async () => {
    const root = await mount(<PopupApp services={fakeServices({ draft: draft({ hasDraft: false, text: '', findings: [] }) })} />);
    expect(root.querySelector('[data-testid="no-draft"]')!.textContent).toMatch(/No draft in focus.*X/);
    const box = byLabel<HTMLTextAreaElement>(root, 'Paste or type a post to check');
    await type(box, 'ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING');
    await waitFor(() => expect(root.querySelector('[data-testid="paste-result"]')!.textContent).toMatch(/^\d+ things? to check in the text you pasted\.$/));
    expect(root.querySelector('li.finding[data-rule="shouting"]')).not.toBeNull();

    // Relaxed does not check capitals: the same text no longer raises them.
    await updateUserSettings((s) => ({ ...s, strictness: 'relaxed' }));
    await waitFor(() => expect(root.querySelector('li.finding[data-rule="shouting"]')).toBeNull());

    // Clicking a pasted finding selects the passage in the box.
    await updateUserSettings((s) => ({ ...s, strictness: 'standard' }));
    await waitFor(() => expect(root.querySelector('li.finding[data-rule="shouting"]')).not.toBeNull());
    await click(root.querySelector('li.finding[data-rule="shouting"] .finding-main')!);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 47]);
  });

  it('uses the personal allow-list in the paste check', async () => {
    await updateUserSettings((s) => ({ ...s, allowWords: ['idiot'] }));
    const root = await mount(<PopupApp services={fakeServices({ target: null })} />);
    await type(byLabel<HTMLTextAreaElement>(root, 'Paste or type a post to check'), 'Cllr Smith is an idiot. Cllr Jones is a moron.');
    await waitFor(() => expect(root.querySelector('li.finding[data-rule="personal-attack"]')).not.toBeNull());
    expect(root.querySelector('#panel-findings')!.textContent).toContain('“moron”');
    expect(root.querySelector('#panel-findings')!.textContent).not.toContain('“idiot”');
  });

  it('in a tab that is not one of the five sites, says so gracefully', async () => {
    const root = await mount(<PopupApp services={fakeServices({ target: { tabId: 3 }, draft: null })} />);
    expect(root.querySelector('[data-testid="no-draft"]')!.textContent).toMatch(/This tab is not one of them/);
    expect(root.querySelector('#paste-text')).not.toBeNull();
  });

  it('on a supported site without the content script yet, suggests reloading the page', async () => {
    const root = await mount(<PopupApp services={fakeServices({ target: { tabId: 3, site: 'facebook' }, draft: null })} />);
    expect(root.querySelector('[data-testid="no-draft"]')!.textContent).toMatch(/not running in this Facebook tab yet\. Reload/);
  });

  it('when checking is off on the site, says so and turns it back on', async () => {
    await updateUserSettings((s) => ({ ...s, sites: { x: { enabled: false, disabledRules: [] } } }));
    const root = await mount(<PopupApp services={fakeServices({ draft: draft({ active: false }) })} />);
    expect(root.textContent).toContain('Checking is off on X.');
    await click(byText(root, 'button', 'Turn checking back on'));
    expect((await loadUserSettings()).sites.x?.enabled).toBe(true);
  });

  it('shows the administrator’s ignored policy values', async () => {
    const council = councilWith(undefined, [{ key: 'preElectionPeriods.0.pollingDay', message: 'must be a date written YYYY-MM-DD' }]);
    const root = await mount(<PopupApp services={fakeServices({ council, draft: draft() })} />);
    const alert = root.querySelector('.notices')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('preElectionPeriods.0.pollingDay: must be a date written YYYY-MM-DD');
  });
});

describe('tabs and keyboard', () => {
  it('opens the golden-rule test from #golden-rule-test (the in-page badge’s link)', async () => {
    expect(tabFromHash('#golden-rule-test')).toBe('golden-rule-test');
    expect(tabFromHash('#nonsense')).toBe('findings');
    location.hash = '#golden-rule-test';
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe('Golden rule test');
    expect(root.querySelector('[data-testid="question-public-meeting"]')).not.toBeNull();
  });

  it('moves between tabs with the arrow keys, Home and End; only the selected tab is in the tab order', async () => {
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    const list = root.querySelector('[role="tablist"]')!;
    const press = async (key: string) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await settle();
    };
    await press('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-golden-rule-test');
    await press('End');
    expect(document.activeElement?.id).toBe('tab-settings');
    await press('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-findings');
    await press('ArrowLeft');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.id).toBe('tab-settings');
    expect([...root.querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0']);
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe('tab-settings');
  });
});

describe('guidance', () => {
  it('links the council’s guidance, the Code of Conduct and the LGA, and copies the boundary message', async () => {
    location.hash = '#guidance';
    const services = fakeServices({ draft: draft() });
    const root = await mount(<PopupApp services={services} />);
    const hrefs = [...root.querySelectorAll<HTMLAnchorElement>('.link-list a')].map((a) => a.href);
    expect(hrefs).toEqual([
      'https://www.eastbridge.gov.uk/councillors/social-media-guidance',
      'https://www.eastbridge.gov.uk/councillors/code-of-conduct',
      expect.stringMatching(/^https:\/\/www\.local\.gov\.uk\/.*social-media-guidance-councillors/),
      expect.stringMatching(/^https:\/\/www\.local\.gov\.uk\/.*digital-citizenship$/),
    ]);
    // A section per rule, from the configuration's anchors.
    const sections = [...root.querySelectorAll<HTMLAnchorElement>('.section-list a')];
    expect(sections.length).toBe(20);
    expect(sections.some((a) => a.href.endsWith('#pre-election-period'))).toBe(true);
    expect(root.textContent).toContain('Jo Stanton, Monitoring Officer');
    await click(byText(root, 'button', 'Copy message'));
    expect(services.copy).toHaveBeenCalledWith('Debate is welcome here; abuse or threats are not. Abusive comments will be removed.');
    expect(root.querySelector('.copy-status')!.textContent).toMatch(/^Copied\./);
  });
});

describe('settings reach storage (and so every tab)', () => {
  it('the strictness choice is saved through the settings store', async () => {
    location.hash = '#settings';
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    await click(root.querySelector('#level-relaxed')!);
    expect((await loadUserSettings()).strictness).toBe('relaxed');
    expect(root.querySelector('[data-testid="strictness-pill"]')!.textContent).toBe('Checking: Relaxed');
    // The change arrives through storage.onChanged, as in every other tab.
    const seen: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => seen.push(changes));
    await click(root.querySelector('#level-pre-election')!);
    expect(seen.length).toBe(1);
  });

  it('each level is explained in one line made from the rules’ meta', async () => {
    location.hash = '#settings';
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    const line = (level: string) => root.querySelector(`#level-${level}-line`)!.textContent!;
    expect(line('relaxed')).toMatch(/^Turns off .*shouting|^Turns off /i);
    expect(line('standard')).toMatch(/^The usual level: 19 of 20 checks run\. Your council’s default\.$/);
    expect(line('pre-election')).toMatch(/Adds pre-election rules\./);
  });

  it('snoozes the current site for an hour, resumes it, and undoes a rule turned off on a site', async () => {
    location.hash = '#settings';
    await updateUserSettings((s) => ({ ...s, disabledRules: ['jargon'], sites: { facebook: { enabled: true, disabledRules: ['shouting'] } } }));
    const services = fakeServices({ draft: draft() });
    const root = await mount(<PopupApp services={services} />);
    await click(byText(root, 'button', 'Snooze for an hour'));
    expect((await loadUserSettings()).sites.x?.snoozedUntil).toBe(services.clock.now.getTime() + 3_600_000);
    expect(root.textContent).toContain('Snoozed until 11:00.');
    await click(byText(root, 'button', 'Resume now'));
    expect((await loadUserSettings()).sites.x?.snoozedUntil).toBeUndefined();

    expect(root.querySelector('.turned-off')!.textContent).toMatch(/Everywhere.*Jargon.*On Facebook.*Shouting/);
    await click(root.querySelector('button[aria-label="Turn shouting back on (on facebook)"]')!);
    const after = await loadUserSettings();
    expect(after.sites.facebook?.disabledRules).toEqual([]);
    expect(after.disabledRules).toEqual(['jargon']);
    await click(root.querySelector('button[aria-label="Turn jargon back on (everywhere)"]')!);
    expect((await loadUserSettings()).disabledRules).toEqual([]);
    expect(root.textContent).toContain('You have not turned any checks off.');
  });

  it('turns checking off and on for the current site', async () => {
    location.hash = '#settings';
    const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
    const toggle = byLabel(root, 'Check posts on X');
    expect(toggle.getAttribute('role')).toBe('switch');
    await click(toggle);
    expect((await loadUserSettings()).sites.x?.enabled).toBe(false);
    await click(byLabel(root, 'Check posts on X'));
    expect((await loadUserSettings()).sites.x?.enabled).toBe(true);
  });
});

describe('screen-reader labels', () => {
  /** The accessible name, roughly as a browser computes it for these simple controls. */
  function nameOf(element: HTMLElement, root: HTMLElement): string {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(' ').map((id) => root.querySelector(`#${id}`)?.textContent ?? '').join(' ').trim();
    const aria = element.getAttribute('aria-label');
    if (aria) return aria.trim();
    if (element.id) {
      const label = root.querySelector(`label[for="${element.id}"]`);
      if (label) return label.textContent!.trim();
    }
    return (element.textContent ?? '').trim();
  }

  for (const hash of ['', '#golden-rule-test', '#guidance', '#settings']) {
    it(`every control has a name (${hash || '#findings'})`, async () => {
      location.hash = hash;
      await updateUserSettings((s) => ({ ...s, disabledRules: ['jargon'] }));
      const root = await mount(<PopupApp services={fakeServices({ draft: draft() })} />);
      const controls = [...root.querySelectorAll<HTMLElement>('button, a, input, textarea, select, [role="tab"], [role="tabpanel"], [role="tablist"]')];
      expect(controls.length).toBeGreaterThan(3);
      for (const control of controls) expect(nameOf(control, root), control.outerHTML.slice(0, 120)).not.toBe('');
    });
  }

  it('every control of the options page has a name', async () => {
    const { OptionsApp } = await import('../../entrypoints/options/App');
    await updateUserSettings((s) => ({ ...s, allowWords: ['Clownbury'], sites: { x: { enabled: true, disabledRules: ['jargon'] } } }));
    const root = await mount(<OptionsApp services={fakeServices()} />);
    const controls = [...root.querySelectorAll<HTMLElement>('button, a, input, textarea, select')];
    expect(controls.length).toBeGreaterThan(30);
    for (const control of controls) expect(nameOf(control, root), control.outerHTML.slice(0, 120)).not.toBe('');
  });
});
