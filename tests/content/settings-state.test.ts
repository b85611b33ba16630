import './embedded-council';
import { describe, expect, it, vi } from 'vitest';
import { SettingsState } from '../../src/content/settings-state';
import { saveUserSettings } from '../../src/settings/store';
import { facebook } from '../../src/sites/facebook';

/** Starts the settings of the Facebook content script, with timers the test drives. */
async function started(now = new Date()) {
  const state = new SettingsState(facebook);
  const onInvalidated = vi.fn();
  await state.start(() => 0, onInvalidated);
  state.refresh(now);
  return state;
}

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('SettingsState', () => {
  it('switches to pre-election on the notice date and back after polling day, by the clock alone', async () => {
    await saveUserSettings({
      preElectionPeriods: [{ noticeDate: '2031-04-01', pollingDay: '2031-05-01' }],
      disabledRules: [], allowWords: [], sites: {}, keepHistory: false,
    });
    const state = await started(day('2031-03-31'));
    const changed = vi.fn();
    state.onChange(changed);
    expect(state.now.strictness).not.toBe('pre-election');
    state.refresh(day('2031-04-01'));
    expect(state.now.strictness).toBe('pre-election');
    state.refresh(day('2031-05-01'));
    expect(state.now.strictness).toBe('pre-election');
    state.refresh(day('2031-05-02'));
    expect(state.now.strictness).not.toBe('pre-election');
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stops while the site is snoozed and starts again when the snooze ends', async () => {
    const until = day('2031-01-01').getTime() + 60 * 60 * 1000;
    await saveUserSettings({
      preElectionPeriods: [], disabledRules: [], allowWords: [], keepHistory: false,
      sites: { facebook: { enabled: true, disabledRules: [], snoozedUntil: until } },
    });
    const state = await started(day('2031-01-01'));
    expect(state.now.active).toBe(false);
    state.refresh(new Date(until + 1));
    expect(state.now.active).toBe(true);
  });

  it('hears changes made in another tab or the popup', async () => {
    const state = await started();
    const changed = new Promise<void>((resolve) => state.onChange(resolve));
    await saveUserSettings({ preElectionPeriods: [], disabledRules: [], allowWords: ['Clownbury'], sites: {}, keepHistory: false });
    await changed;
    expect(state.now.options.allowWords).toEqual(['Clownbury']);
  });

  it('turns a rule off on this site only, and never a rule the council locked on', async () => {
    const state = await started();
    const changed = new Promise<void>((resolve) => state.onChange(resolve));
    expect(await state.turnOffOnSite('shouting')).toBe(true);
    await changed;
    expect(state.now.options.disabledRules).toEqual(['shouting']);
    expect(state.canTurnOff('personal-data')).toBe(false);
    expect(await state.turnOffOnSite('personal-data')).toBe(false);
    expect(state.canTurnOff('unchecked-language')).toBe(false);
  });

  it('gives the rules the post history only while the councillor keeps one, and tells listeners when that changes', async () => {
    await saveUserSettings({ preElectionPeriods: [], disabledRules: [], allowWords: [], sites: {}, keepHistory: false });
    const state = await started();
    const entry = { at: '2031-01-01T12:00:00.000Z', criticised: ['holloway'] };
    state.setHistory([entry]);
    expect(state.keepsHistory).toBe(false);
    expect(state.now.options.history).toEqual([]);
    const changed = new Promise<void>((resolve) => state.onChange(resolve));
    await saveUserSettings({ preElectionPeriods: [], disabledRules: [], allowWords: [], sites: {}, keepHistory: true });
    await changed;
    expect(state.keepsHistory).toBe(true);
    expect(state.now.options.history).toEqual([entry]);
  });
});
