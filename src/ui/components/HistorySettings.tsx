import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clearHistory, exportHistory, loadHistory, watchHistory, type StoredHistoryEntry } from '../../history/store';
import { RECORDS_PATH } from '../../records/messages';
import { useApp } from '../../popup/state';
import { localDate } from '../../settings/resolve';
import { downloadText } from '../download';
import { t } from '../strings';

const H = t.history;

function useHistory(): StoredHistoryEntry[] {
  const [entries, setEntries] = useState<StoredHistoryEntry[]>([]);
  useEffect(() => {
    let live = true;
    void loadHistory().then((loaded) => live && setEntries(loaded), () => undefined);
    const unwatch = watchHistory(setEntries);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return entries;
}

/**
 * Consent to the local post history (off by default), what it holds, export and clear. Turning
 * it off deletes what was kept, so "off" always means nothing is kept.
 */
export function HistorySettings() {
  const { settings, now, update } = useApp();
  const entries = useHistory();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const setConsent = async (on: boolean) => {
    await update((current) => ({ ...current, keepHistory: on }));
    if (!on) await clearHistory();
    setStatus(on ? H.turnedOn : H.turnedOff);
  };

  const save = () => {
    downloadText(exportHistory(entries, now), 'application/json', `golden-rule-history-${localDate(now)}.json`);
    setStatus(H.exported);
  };

  return (
    <section class="card" aria-labelledby="history-heading" data-testid="history-settings">
      <h2 id="history-heading">{H.heading}</h2>
      <p class="muted">{H.intro}</p>
      <div class="switch-row">
        <input
          type="checkbox"
          role="switch"
          class="switch"
          id="keep-history"
          checked={settings.keepHistory}
          aria-describedby="keep-history-how"
          onChange={(event) => void setConsent((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for="keep-history">{H.switchLabel}</label>
      </div>
      <p class="muted small" id="keep-history-how">
        {H.how} {H.offDeletes}
      </p>
      <p data-testid="history-count">{H.count(entries.length)}</p>
      <div class="button-row">
        <button type="button" class="button" disabled={entries.length === 0} onClick={save}>
          {H.export}
        </button>
        {confirming ? null : (
          <button type="button" class="button danger-outline" disabled={entries.length === 0} onClick={() => setConfirming(true)}>
            {H.clear}
          </button>
        )}
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="clear-history-question">
          <p id="clear-history-question">{H.clearConfirm(entries.length)}</p>
          <div class="button-row">
            <button
              type="button"
              class="button danger"
              ref={yes}
              onClick={async () => {
                await clearHistory();
                setConfirming(false);
                setStatus(H.cleared);
              }}
            >
              {H.clearYes}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {H.clearNo}
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p class="form-status ok" role="status" data-testid="history-status">
          {status}
        </p>
      ) : null}
    </section>
  );
}

/** A way to the records page from the options page. */
export function RecordsLink() {
  return (
    <section class="card" aria-labelledby="records-heading">
      <h2 id="records-heading">{H.recordsHeading}</h2>
      <p class="muted">{H.recordsIntro}</p>
      <p>
        <a href={(browser.runtime.getURL as (path: string) => string)(RECORDS_PATH)} target="_blank" rel="noopener">
          {H.openRecords}
        </a>
      </p>
    </section>
  );
}
