/**
 * The policy at run time, with WXT's fake browser: the background script reads
 * `storage.managed`, applies it and shares the result; pages and content scripts read it
 * (without zod) and hear when it changes; nothing crashes when the browser has no managed
 * storage or it fails.
 */
import './embedded';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { EMBEDDED_COUNCIL_CONFIG } from '../../src/config/embedded';
import { SettingsState } from '../../src/content/settings-state';
import { loadEffectiveCouncil, watchEffectiveCouncil, type EffectiveCouncil } from '../../src/settings/council';
import { effectiveFromPolicy, readManagedPolicy, refreshEffectiveCouncil, startManagedPolicy } from '../../src/settings/managed';
import { COUNCIL_CACHE_KEY, fingerprint } from '../../src/settings/managed-cache';
import { facebook } from '../../src/sites/facebook';

const POLICY = {
  locks: { strictness: true, lockedBy: 'the IT service desk' },
  defaultStrictness: 'pre-election',
  boundaryMessage: '',
};

/** Waits until `check` passes (storage events are asynchronous). */
async function eventually(check: () => void | Promise<void>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

afterEach(() => vi.restoreAllMocks());

describe('the configuration in force at run time', () => {
  it('is the built-in configuration, without notices, when there is no policy', async () => {
    await refreshEffectiveCouncil();
    const council = await loadEffectiveCouncil();
    expect(council.config).toEqual(EMBEDDED_COUNCIL_CONFIG);
    expect(council.notices).toEqual([]);
    expect(council.settings.name).toBe('Eastbridge Borough Council');
  });

  it('applies the administrator’s policy and reports the value it could not use', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    await refreshEffectiveCouncil();
    const council = await loadEffectiveCouncil();
    expect(council.config.locks).toEqual({ ...EMBEDDED_COUNCIL_CONFIG.locks, strictness: true, lockedBy: 'the IT service desk' });
    expect(council.config.defaultStrictness).toBe('pre-election');
    expect(council.config.boundaryMessage).toBe(EMBEDDED_COUNCIL_CONFIG.boundaryMessage);
    expect(council.notices).toEqual([{ key: 'boundaryMessage', message: 'the boundary message must not be empty' }]);
  });

  it('follows a policy change without a restart: background, popup and content script', async () => {
    startManagedPolicy();
    await eventually(async () => expect((await browser.storage.local.get(COUNCIL_CACHE_KEY))[COUNCIL_CACHE_KEY]).toBeDefined());
    const seen: EffectiveCouncil[] = [];
    watchEffectiveCouncil((council) => seen.push(council));
    const state = new SettingsState(facebook);
    await state.start(() => 0, () => undefined);
    expect(state.now.strictness).toBe('standard');

    await fakeBrowser.storage.managed.set(POLICY);
    await eventually(() => expect(seen.at(-1)?.config.locks.strictness).toBe(true));
    expect(seen.at(-1)!.notices).toHaveLength(1);
    await eventually(() => expect(state.now.strictness).toBe('pre-election'));
    // The councillor's own choice no longer counts: the level is locked.
    expect(state.lockedBy).toBe('the IT service desk');

    await fakeBrowser.storage.managed.remove(Object.keys(POLICY));
    await eventually(() => expect(seen.at(-1)?.config.locks.strictness).toBe(false));
    expect(seen.at(-1)!.notices).toEqual([]);
    await eventually(() => expect(state.now.strictness).toBe('standard'));
  });

  it('writes the shared copy again if something clears it', async () => {
    startManagedPolicy();
    await fakeBrowser.storage.managed.set(POLICY);
    await eventually(async () => expect((await loadEffectiveCouncil()).config.locks.strictness).toBe(true));
    await browser.storage.local.clear();
    await eventually(async () => expect((await loadEffectiveCouncil()).config.locks.strictness).toBe(true));
  });

  it('ignores a shared copy made from another build’s configuration', async () => {
    const other = { ...effectiveFromPolicy(POLICY), base: 'another-build' };
    await browser.storage.local.set({ [COUNCIL_CACHE_KEY]: other });
    expect((await loadEffectiveCouncil()).config).toEqual(EMBEDDED_COUNCIL_CONFIG);
    await browser.storage.local.set({ [COUNCIL_CACHE_KEY]: { ...other, base: fingerprint(EMBEDDED_COUNCIL_CONFIG) } });
    expect((await loadEffectiveCouncil()).config.locks.strictness).toBe(true);
    await browser.storage.local.set({ [COUNCIL_CACHE_KEY]: { version: 1, base: fingerprint(EMBEDDED_COUNCIL_CONFIG), config: 'junk' } });
    expect((await loadEffectiveCouncil()).config).toEqual(EMBEDDED_COUNCIL_CONFIG);
  });

  it('takes Firefox’s “no policy” rejection, a throwing API or no managed storage as “no policy”', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toBeUndefined();
    expect((await refreshEffectiveCouncil()).notices).toEqual([]);

    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => {
      throw new Error('storage.managed is not available');
    });
    expect(await readManagedPolicy()).toBeUndefined();

    const managed = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'managed')!;
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
    try {
      expect(await readManagedPolicy()).toBeUndefined();
      expect((await refreshEffectiveCouncil()).config).toEqual(EMBEDDED_COUNCIL_CONFIG);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', managed);
    }
  });

  it('never crashes on a policy of the wrong shape', async () => {
    await fakeBrowser.storage.managed.set({ locks: 'yes', preElectionPeriods: { noticeDate: 'soon' }, words: [1, 2] });
    const result = await refreshEffectiveCouncil();
    expect(result.config).toEqual(EMBEDDED_COUNCIL_CONFIG);
    expect(result.notices.map((n) => n.key).sort()).toEqual(['locks', 'preElectionPeriods', 'words']);
  });
});
