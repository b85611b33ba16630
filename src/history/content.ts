import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SettingsState } from '../content/settings-state';
import { loadUserSettings, watchUserSettings } from '../settings/store';
import type { SiteAdapter } from '../sites/types';
import { historyEntryFor } from './entry';
import { HISTORY_ADD } from './messages';
import { loadHistory, toEngineHistory, watchHistory, type StoredHistoryEntry } from './store';
import { SubmitWatcher } from './submit-watch';

/**
 * The local post history in a page, only with the councillor's consent: earlier posts reach the
 * `repeated-target` rule, and each post sent from a checked box adds an entry (names and checks,
 * never the text).
 */
export function startHistory(ctx: ContentScriptContext, adapter: SiteAdapter, settings: SettingsState): void {
  let consent = false;
  let entries: StoredHistoryEntry[] = [];
  const publish = () => settings.setHistory(consent ? toEngineHistory(entries) : []);

  const watcher = new SubmitWatcher(adapter, (text) => {
    if (!consent) return;
    const entry = historyEntryFor(text, adapter.site, settings.now.options, new Date());
    if (entry) void browser.runtime.sendMessage({ type: HISTORY_ADD, entry }).catch(() => undefined);
  });
  watcher.listen((target, type, handler) => ctx.addEventListener(target, type, handler, { capture: true }));

  ctx.onInvalidated(
    watchUserSettings((user) => {
      if (user.keepHistory === consent) return;
      consent = user.keepHistory;
      publish();
    }),
  );
  ctx.onInvalidated(
    watchHistory((next) => {
      entries = next;
      if (consent) publish();
    }),
  );
  ctx.onInvalidated(() => watcher.stop());
  void Promise.all([loadUserSettings(), loadHistory()])
    .then(([user, stored]) => {
      consent = user.keepHistory;
      entries = stored;
      if (consent && entries.length > 0) publish();
    })
    .catch(() => undefined);
}
