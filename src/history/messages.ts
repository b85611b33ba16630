import type { StoredHistoryEntry } from './store';

/** From a content script to the background: the councillor sent a post; keep this much of it. */
export const HISTORY_ADD = 'golden-rule/history-add';

export interface HistoryAddRequest {
  type: typeof HISTORY_ADD;
  entry: StoredHistoryEntry;
}

export function isHistoryAddRequest(message: unknown): message is HistoryAddRequest {
  const m = message as Partial<HistoryAddRequest> | null;
  return !!m && m.type === HISTORY_ADD && typeof m.entry === 'object' && m.entry !== null;
}
