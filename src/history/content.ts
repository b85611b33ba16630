import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SettingsState } from '../content/settings-state';
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
  const watcher = new SubmitWatcher(
    adapter,
    () => settings.keepsHistory,
    (text) => {
      if (!settings.keepsHistory) return;
      const entry = historyEntryFor(text, adapter.site, settings.now.options, new Date());
      if (entry) void browser.runtime.sendMessage({ type: HISTORY_ADD, entry }).catch(() => undefined);
    },
  );
  watcher.listen((target, type, handler) => ctx.addEventListener(target, type, handler, { capture: true }));
  ctx.onInvalidated(() => watcher.stop());

  const publish = (entries: StoredHistoryEntry[]) => settings.setHistory(toEngineHistory(entries));
  ctx.onInvalidated(watchHistory(publish));
  void loadHistory()
    .then((stored) => {
      if (stored.length > 0) publish(stored);
    })
    .catch(() => undefined);
}
