import type { RecordInput, SaveResult } from './types';

/** Requests from content scripts to the background about records (the background answers). */
export const SAVE_RECORD = 'golden-rule/save-record';
export const OPEN_RECORDS = 'golden-rule/open-records';
/** From the background to the extension's pages: the list of records changed. */
export const RECORDS_CHANGED = 'golden-rule/records-changed';

export const RECORDS_PATH = '/records.html';

export interface SaveRecordRequest {
  type: typeof SAVE_RECORD;
  record: RecordInput;
}

export type { SaveResult };

function typed(message: unknown): string | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}

export function isSaveRecordRequest(message: unknown): message is SaveRecordRequest {
  return typed(message) === SAVE_RECORD && typeof (message as SaveRecordRequest).record === 'object';
}

export function isOpenRecordsRequest(message: unknown): boolean {
  return typed(message) === OPEN_RECORDS;
}

export function isRecordsChanged(message: unknown): boolean {
  return typed(message) === RECORDS_CHANGED;
}
