// @vitest-environment happy-dom
import { byLabel, click, councilWith, fakeServices, mount, settle, type, unmount } from './helpers';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/App';
import { PopupApp } from '../../entrypoints/popup/App';
import { CLOCK_TICK_MS } from '../../src/popup/state';
import { levelChanges } from '../../src/popup/strictness-summary';
import { loadUserSettings, updateUserSettings } from '../../src/settings/store';

/** Eastbridge's configured period: notice of election 25 March 2027, polling day 6 May 2027. */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

function pill(root: HTMLElement): string {
  return root.querySelector('[data-testid="strictness-pill"]')!.textContent!;
}
function period(root: HTMLElement): string {
  return root.querySelector('[data-testid="period-status"]')!.textContent!.trim();
}

beforeEach(() => {
  location.hash = '#settings';
});
afterEach(() => {
  unmount();
  vi.useRealTimers();
});

describe('pre-election periods switch the strictness by date', () => {
  it('the day before the notice of election: standard, with the countdown to the start', async () => {
    const root = await mount(<PopupApp services={fakeServices({ now: at(2027, 3, 24, 23, 59) })} />);
    expect(pill(root)).toBe('Checking: Standard');
    expect(period(root)).toBe(
      'Borough council elections 2027: pre-election checking switches on by itself on Thursday, 25 March 2027, in 1 day.',
    );
    expect(root.querySelector<HTMLInputElement>('#level-standard')!.checked).toBe(true);
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.levels')!.disabled).toBe(false);
  });

  it('the day of the notice of election: pre-election, 42 days to polling day, the choice held', async () => {
    const root = await mount(<PopupApp services={fakeServices({ now: at(2027, 3, 25, 0, 0) })} />);
    expect(pill(root)).toBe('Checking: Pre-election42 days to polling day');
    expect(period(root)).toMatch(/on until the end of polling day, Thursday, 6 May 2027 — 42 days to go\. \(from your council\)$/);
    expect(root.querySelector<HTMLInputElement>('#level-pre-election')!.checked).toBe(true);
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.levels')!.disabled).toBe(true);
    expect(root.textContent).toContain('Your own choice (Standard) applies again the day after polling day.');
  });

  it('polling day itself, to the last minute: still pre-election', async () => {
    for (const time of [at(2027, 5, 6, 0, 0), at(2027, 5, 6, 23, 59)]) {
      const root = await mount(<PopupApp services={fakeServices({ now: time })} />);
      expect(pill(root)).toBe('Checking: Pre-electionpolling day today');
      expect(period(root)).toBe(
        'Borough council elections 2027: pre-election checking is on. Polling day is today; it switches off at the end of the day. (from your council)',
      );
    }
  });

  it('the day after polling day: back to the councillor’s own choice', async () => {
    await updateUserSettings((s) => ({ ...s, strictness: 'relaxed' }));
    const root = await mount(<PopupApp services={fakeServices({ now: at(2027, 5, 7, 0, 0) })} />);
    expect(pill(root)).toBe('Checking: Relaxed');
    expect(period(root)).toBe('No pre-election period is coming up.');
    expect(root.querySelector<HTMLInputElement>('#level-relaxed')!.checked).toBe(true);
  });

  it('switches by itself at midnight after polling day while the popup stays open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const services = fakeServices({ now: at(2027, 5, 6, 23, 59, ) });
    const root = await mount(<PopupApp services={services} />);
    expect(pill(root)).toMatch(/^Checking: Pre-election/);
    services.clock.now = at(2027, 5, 7, 0, 0);
    await act(async () => {
      vi.advanceTimersByTime(CLOCK_TICK_MS);
    });
    await settle();
    expect(pill(root)).toBe('Checking: Standard');
  });

  it('a period the councillor entered works the same, boundaries included', async () => {
    const mine = { name: 'Ward by-election', noticeDate: '2026-11-10', pollingDay: '2026-12-03' };
    await updateUserSettings((s) => ({ ...s, preElectionPeriods: [mine] }));
    const cases: Array<[Date, RegExp]> = [
      [at(2026, 11, 9), /^Checking: Standard$/],
      [at(2026, 11, 10, 0, 0), /^Checking: Pre-election23 days to polling day$/],
      [at(2026, 12, 2), /^Checking: Pre-election1 day to polling day$/],
      [at(2026, 12, 3, 23, 59), /^Checking: Pre-electionpolling day today$/],
      [at(2026, 12, 4, 0, 0), /^Checking: Standard$/],
    ];
    for (const [now, expected] of cases) {
      const root = await mount(<PopupApp services={fakeServices({ now })} />);
      expect(pill(root), now.toString()).toMatch(expected);
    }
    const root = await mount(<PopupApp services={fakeServices({ now: at(2026, 11, 20) })} />);
    expect(period(root)).toMatch(/^Ward by-election: .* \(added by you\)$/);
  });

  it('the options page adds and removes election dates, refusing bad ones', async () => {
    const services = fakeServices({ now: at(2026, 11, 2) });
    const root = await mount(<OptionsApp services={services} />);
    const submit = async () => {
      await act(async () => {
        root.querySelector<HTMLFormElement>('form.period-form')!.requestSubmit();
      });
      await settle();
    };
    await type(byLabel(root, 'Name (optional)'), 'Ward by-election');
    await type(byLabel(root, 'Notice of election'), '2026-12-03');
    await type(byLabel(root, 'Polling day'), '2026-11-10');
    await submit();
    expect(root.textContent).toContain('Polling day must be on or after the notice of election.');
    expect((await loadUserSettings()).preElectionPeriods).toEqual([]);

    await type(byLabel(root, 'Notice of election'), '2026-10-01');
    await type(byLabel(root, 'Polling day'), '2026-10-30');
    await submit();
    expect(root.textContent).toContain('That polling day has already passed.');

    await type(byLabel(root, 'Notice of election'), '2026-11-10');
    await type(byLabel(root, 'Polling day'), '2026-12-03');
    await submit();
    expect((await loadUserSettings()).preElectionPeriods).toEqual([{ name: 'Ward by-election', noticeDate: '2026-11-10', pollingDay: '2026-12-03' }]);
    expect(root.textContent).toContain('Tuesday, 10 November 2026 to Thursday, 3 December 2026');

    await click(root.querySelector('button[aria-label="Remove Ward by-election"]')!);
    expect((await loadUserSettings()).preElectionPeriods).toEqual([]);
  });
});

describe('locks set by the council', () => {
  const locked = councilWith((c) => ({
    ...c,
    defaultStrictness: 'pre-election',
    locks: { strictness: true, sites: true, rules: ['personal-data', 'shouting'], lockedBy: 'the Monitoring Officer' },
  }));

  it('a locked strictness shows who set it and cannot be changed', async () => {
    await updateUserSettings((s) => ({ ...s, strictness: 'relaxed' }));
    const root = await mount(<PopupApp services={fakeServices({ council: locked })} />);
    expect(pill(root)).toBe('Checking: Pre-election');
    const fieldset = root.querySelector<HTMLFieldSetElement>('fieldset.levels')!;
    expect(fieldset.disabled).toBe(true);
    expect(fieldset.getAttribute('aria-describedby')).toBe('strictness-lock');
    expect(root.querySelector('#strictness-lock')!.textContent).toBe(' Set by the Monitoring Officer. You cannot change it.');
    // Even a change event that gets through changes nothing.
    const relaxed = root.querySelector<HTMLInputElement>('#level-relaxed')!;
    await act(async () => {
      relaxed.checked = true;
      relaxed.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadUserSettings()).strictness).toBe('relaxed');
    expect(pill(root)).toBe('Checking: Pre-election');
  });

  it('locked sites cannot be turned off or snoozed', async () => {
    const root = await mount(<PopupApp services={fakeServices({ council: locked })} />);
    const toggle = byLabel(root, 'Check posts on X');
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(true);
    expect(root.textContent).toContain('Set by the Monitoring Officer. You cannot change it.');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Snooze for an hour')).toBe(false);
  });

  it('locked rules cannot be turned off in the options page, and say who locked them', async () => {
    const root = await mount(<OptionsApp services={fakeServices({ council: locked })} />);
    const shouting = byLabel(root, 'Shouting');
    expect(shouting.disabled).toBe(true);
    expect(shouting.checked).toBe(true);
    expect(root.querySelector('li.rule[data-rule="shouting"] .lock')!.textContent).toBe(' Locked by the Monitoring Officer');
    const jargon = byLabel(root, 'Jargon');
    expect(jargon.disabled).toBe(false);
    await click(jargon);
    expect((await loadUserSettings()).disabledRules).toEqual(['jargon']);
  });

  it('a locked rule left in the settings (from before the lock) says it is still checked', async () => {
    await updateUserSettings((s) => ({ ...s, sites: { x: { enabled: true, disabledRules: ['shouting'] } } }));
    const root = await mount(<PopupApp services={fakeServices({ council: locked })} />);
    expect(root.querySelector('.turned-off')!.textContent).toContain('Still checked: locked on by the Monitoring Officer.');
  });
});

describe('one line per level, from the rules’ meta', () => {
  it('lists what changes compared with standard, including the council’s own severity changes', () => {
    const plain = levelChanges(councilWith().settings);
    const relaxed = plain.find((c) => c.level === 'relaxed')!;
    expect(relaxed.off).toContain('shouting');
    expect(relaxed.softer).toContain('personal-attack');
    const pre = plain.find((c) => c.level === 'pre-election')!;
    expect(pre.on).toEqual(['pre-election']);
    expect(pre.stricter).toContain('profanity');
    expect(plain.find((c) => c.level === 'standard')).toMatchObject({ running: 19, total: 20, off: [], on: [] });

    const changed = levelChanges(councilWith((c) => ({ ...c, severity: { shouting: { relaxed: 'info' } } })).settings);
    expect(changed.find((c) => c.level === 'relaxed')!.off).not.toContain('shouting');
  });
});
