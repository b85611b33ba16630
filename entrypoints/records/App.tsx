import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadEffectiveCouncil } from '../../src/settings/council';
import { deleteRecords, getScreenshot, listRecords } from '../../src/records/db';
import { isRecordsChanged } from '../../src/records/messages';
import { storageStatus } from '../../src/records/quota';
import { blobToDataUrl, recordsJson, reportHtml } from '../../src/records/report';
import type { SavedRecord, StorageStatus } from '../../src/records/types';
import { localDate } from '../../src/settings/resolve';
import { RecordCard } from '../../src/ui/components/RecordCard';
import { downloadText } from '../../src/ui/download';
import { t } from '../../src/ui/strings';

const R = t.records;

type Status = { message: string; tone: 'ok' | 'error' } | null;

function useRecords() {
  const [records, setRecords] = useState<SavedRecord[] | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    try {
      setRecords(await listRecords());
      setFailed(false);
    } catch {
      setFailed(true);
    }
    setStorage(await storageStatus());
  }, []);
  useEffect(() => {
    void reload();
    const onMessage = (message: unknown) => {
      if (isRecordsChanged(message)) void reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    const wake = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', wake);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      document.removeEventListener('visibilitychange', wake);
    };
  }, [reload]);
  return { records, storage, failed, reload };
}

function StorageNote({ storage }: { storage: StorageStatus | null }) {
  if (!storage) return null;
  if (storage.level === 'unknown' || storage.free === null) return <p class="muted small">{R.storageUnknown}</p>;
  const free = t.dates.bytes(storage.free);
  if (storage.level === 'low' || storage.level === 'full') {
    return (
      <p class="note warning storage-warning" role="alert" data-testid="storage-warning">
        {R.storageLow(free)}
      </p>
    );
  }
  return (
    <p class="muted small" data-testid="storage">
      {R.storage(t.dates.bytes(storage.used ?? 0), free)}
    </p>
  );
}

/** The records page: every saved record, newest first; export a selection, delete with a question first. */
export function RecordsApp() {
  const { records, storage, failed, reload } = useRecords();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.title = R.pageTitle;
    document.documentElement.lang = t.locale;
  }, []);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // Only records still listed count as chosen, so one deleted elsewhere drops out of the selection.
  const chosen = (records ?? []).filter((record) => selected.has(record.id));

  const exportAs = async (kind: 'html' | 'json') => {
    if (chosen.length === 0) return setStatus({ message: R.nothingSelected, tone: 'error' });
    const screenshots = new Map<string, string>();
    for (const record of chosen) {
      const blob = await getScreenshot(record.id);
      if (blob) screenshots.set(record.id, await blobToDataUrl(blob));
    }
    const meta = { council: (await loadEffectiveCouncil()).config.council.name, exportedAt: new Date() };
    const name = `golden-rule-records-${localDate(meta.exportedAt)}`;
    if (kind === 'html') downloadText(reportHtml(chosen, screenshots, meta), 'text/html', `${name}.html`);
    else downloadText(recordsJson(chosen, screenshots, meta), 'application/json', `${name}.json`);
    setStatus({ message: R.exported(chosen.length, kind === 'html' ? 'HTML' : 'JSON'), tone: 'ok' });
  };

  const remove = async () => {
    const ids = chosen.map((r) => r.id);
    await deleteRecords(ids);
    setConfirming(false);
    setSelected(new Set());
    setStatus({ message: R.deleted(ids.length), tone: 'ok' });
    await reload();
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div class="options-page records-page">
      <header class="top">
        <div class="brand">
          <h1>{R.pageTitle}</h1>
        </div>
      </header>
      <p class="muted">{R.intro}</p>
      <StorageNote storage={storage} />
      {failed ? (
        <p class="note warning" role="alert">
          {R.loadFailed}
        </p>
      ) : null}
      {records === null ? (
        <p class="loading">{t.loading}</p>
      ) : records.length === 0 ? (
        <p class="note" data-testid="no-records">
          {R.empty}
        </p>
      ) : (
        <>
          <div class="records-bar" role="toolbar" aria-label={R.pageTitle}>
            <span class="count" data-testid="record-count">
              {R.count(records.length)} · {R.selected(chosen.length)}
            </span>
            <button type="button" class="button small" onClick={() => setSelected(new Set(chosen.length === records.length ? [] : records.map((r) => r.id)))}>
              {chosen.length === records.length ? R.selectNone : R.selectAll}
            </button>
            <button type="button" class="button small primary" onClick={() => void exportAs('html')}>
              {R.exportHtml}
            </button>
            <button type="button" class="button small" onClick={() => void exportAs('json')}>
              {R.exportJson}
            </button>
            <button
              type="button"
              class="button small danger-outline"
              onClick={() => (chosen.length === 0 ? setStatus({ message: R.nothingSelected, tone: 'error' }) : setConfirming(true))}
            >
              {R.delete}
            </button>
          </div>
          <p class="muted small">{R.exportHint}</p>
          {confirming ? (
            <div class="confirm card" role="group" aria-labelledby="delete-question">
              <p id="delete-question">{R.deleteConfirm(chosen.length)}</p>
              <div class="button-row">
                <button type="button" class="button danger" ref={confirmButton} onClick={() => void remove()}>
                  {R.deleteYes}
                </button>
                <button type="button" class="button" onClick={() => setConfirming(false)}>
                  {R.deleteNo}
                </button>
              </div>
            </div>
          ) : null}
          {status ? (
            <p class={`form-status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="records-status">
              {status.message}
            </p>
          ) : null}
          <ul class="record-list">
            {records.map((record) => (
              <RecordCard key={record.id} record={record} selected={selected.has(record.id)} onSelect={(on) => toggle(record.id, on)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
