/**
 * Everything the popup needs from the browser, behind one interface, so the components can be
 * tested with WXT's fake browser and a council configuration of the test's choosing.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentRequest, DraftReport } from '../messaging';
import { loadEffectiveCouncil, watchEffectiveCouncil, type EffectiveCouncil } from '../settings/council';
import { loadUserSettings, updateUserSettings, watchUserSettings } from '../settings/store';
import type { SiteId, UserSettings } from '../settings/types';
import { SITE_ADAPTERS } from '../sites/hosts';
import { MatchPattern } from 'wxt/utils/match-patterns';

/** The tab the popup is about: the active tab, or (when the popup is itself open in a tab) the page the councillor came from. */
export interface TargetTab {
  tabId: number;
  windowId?: number;
  /** The supported site the tab's address belongs to, when the browser lets us see the address. */
  site?: SiteId;
}

export type DraftResult = { kind: 'draft'; report: DraftReport } | { kind: 'no-content-script' };

export interface PopupServices {
  now(): Date;
  loadCouncil(): Promise<EffectiveCouncil>;
  watchCouncil(listener: (council: EffectiveCouncil) => void): () => void;
  loadSettings(): Promise<UserSettings>;
  updateSettings(change: (current: UserSettings) => UserSettings): Promise<UserSettings>;
  watchSettings(listener: (settings: UserSettings) => void): () => void;
  /** Whether this page is open in a tab of its own rather than as the toolbar popup. */
  inTab(): Promise<boolean>;
  findTarget(): Promise<TargetTab | null>;
  getDraft(target: TargetTab): Promise<DraftResult>;
  reveal(target: TargetTab, index: number): Promise<boolean>;
  /** After a reveal: bring the page forward (closes the toolbar popup, or switches tab). */
  showPage(target: TargetTab, inTab: boolean): Promise<void>;
  copy(text: string): Promise<boolean>;
  optionsUrl(): string;
}

/** The supported site a page address belongs to (the content scripts' own match patterns). */
export function siteOfUrl(url: string | undefined): SiteId | undefined {
  if (!url) return undefined;
  try {
    return SITE_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url)))?.site;
  } catch {
    return undefined;
  }
}

type Tab = Browser.tabs.Tab;

function toTarget(tab: Tab | undefined): TargetTab | null {
  if (!tab || tab.id === undefined) return null;
  return { tabId: tab.id, windowId: tab.windowId, site: siteOfUrl(tab.url) };
}

async function currentTab(): Promise<Tab | undefined> {
  try {
    return await browser.tabs.getCurrent();
  } catch {
    return undefined;
  }
}

/** Ids of the tabs showing this extension's own pages, where the browser can say (Chromium 116+, Firefox 128+). */
async function ownTabIds(): Promise<Set<number>> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { contextTypes: string[] }) => Promise<Array<{ tabId: number }>>;
  };
  try {
    const contexts = (await runtime.getContexts?.({ contextTypes: ['TAB'] })) ?? [];
    return new Set(contexts.map((context) => context.tabId));
  } catch {
    return new Set();
  }
}

/**
 * The toolbar popup is about the active tab. Opened in a tab of its own (the in-page badge opens
 * `popup.html#golden-rule-test` from a compose box), it is about the tab that opened it if the
 * browser says which; otherwise the one of the five sites used last (in this window first), as
 * that is where the councillor came from; otherwise the last other tab used.
 */
export async function findTargetTab(): Promise<TargetTab | null> {
  const self = await currentTab();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return toTarget(active);
  }
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => undefined);
    if (tab) return toTarget(tab);
  }
  const own = await ownTabIds();
  const ownUrl = (browser.runtime.getURL as (path: string) => string)('/');
  const isPage = (tab: Tab | undefined): tab is Tab =>
    !!tab && tab.id !== undefined && tab.id !== self.id && !own.has(tab.id) && !(tab.url ?? '').startsWith(ownUrl);
  if (self.openerTabId !== undefined) {
    // Opened from another of this extension's pages (the options page, say): not the one we want.
    const opener = await browser.tabs.get(self.openerTabId).catch(() => undefined);
    if (isPage(opener)) return toTarget(opener);
  }
  const others = (await browser.tabs.query({}))
    .filter(isPage)
    .sort(
      (a, b) =>
        Number(b.windowId === self.windowId) - Number(a.windowId === self.windowId) ||
        (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
    );
  return toTarget(others.find((tab) => siteOfUrl(tab.url) !== undefined) ?? others[0]);
}

async function send<R>(tabId: number, request: ContentRequest): Promise<R | undefined> {
  return (await browser.tabs.sendMessage(tabId, request)) as R | undefined;
}

function isDraftReport(value: unknown): value is DraftReport {
  const v = value as DraftReport | null;
  return !!v && typeof v === 'object' && typeof v.site === 'string' && Array.isArray(v.findings) && typeof v.text === 'string';
}

export const browserServices: PopupServices = {
  now: () => new Date(),
  loadCouncil: loadEffectiveCouncil,
  watchCouncil: watchEffectiveCouncil,
  loadSettings: loadUserSettings,
  updateSettings: updateUserSettings,
  watchSettings: watchUserSettings,
  inTab: async () => (await currentTab()) !== undefined,
  findTarget: findTargetTab,
  async getDraft(target) {
    try {
      const report = await send<DraftReport>(target.tabId, { type: 'golden-rule/get-draft' });
      return isDraftReport(report) ? { kind: 'draft', report } : { kind: 'no-content-script' };
    } catch {
      // "Could not establish connection. Receiving end does not exist.": not one of the five sites,
      // or a page opened before the extension was installed.
      return { kind: 'no-content-script' };
    }
  },
  async reveal(target, index) {
    try {
      const answer = await send<{ ok: boolean }>(target.tabId, { type: 'golden-rule/reveal', index });
      return answer?.ok === true;
    } catch {
      return false;
    }
  },
  async showPage(target, inTab) {
    if (!inTab) {
      window.close();
      return;
    }
    await browser.tabs.update(target.tabId, { active: true }).catch(() => undefined);
    if (target.windowId !== undefined) await browser.windows.update(target.windowId, { focused: true }).catch(() => undefined);
  },
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Older Firefox without a user-activation grant for the async API: the old way.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    }
  },
  optionsUrl: () => (browser.runtime.getURL as (path: string) => string)('/options.html'),
};
