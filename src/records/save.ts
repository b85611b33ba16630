import { browser } from 'wxt/browser';
import { putRecord } from './db';
import { fits, storageStatus } from './quota';
import { parseRecordInput } from './schema';
import type { NoScreenshot, SavedRecord, SaveResult } from './types';

export interface Capture {
  blob: Blob;
  dataUrl: string;
}

/**
 * A screenshot of the visible part of the tab. Chrome allows it with the `activeTab` permission,
 * which it grants when the councillor clicks Golden Rule's toolbar button on the tab (and keeps
 * until the tab leaves the site); the five sites' host permissions are not enough.
 */
export async function captureTab(windowId: number | undefined): Promise<Capture | NoScreenshot> {
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'png' });
    return { blob: dataUrlToBlob(dataUrl), dataUrl };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /activeTab|all_urls|permission/i.test(message) ? 'not-allowed' : 'failed';
  }
}

/** Decoded here rather than fetched: a `data:` fetch would show up as a request. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks the record, captures the tab and keeps both. A record that cannot be kept (no room, a
 * storage error) comes back whole, screenshot included, for the councillor to download.
 */
export async function saveRecordFromTab(input: unknown, windowId: number | undefined, now = new Date()): Promise<SaveResult> {
  const parsed = parseRecordInput(input);
  if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.message };
  const capture = await captureTab(windowId);
  const shot = typeof capture === 'string' ? null : capture;
  const record: SavedRecord = {
    ...parsed.record,
    id: crypto.randomUUID(),
    savedAt: now.toISOString(),
    screenshot: shot ? { type: shot.blob.type || 'image/png', bytes: shot.blob.size, sha256: await sha256(shot.blob) } : null,
    ...(typeof capture === 'string' ? { noScreenshot: capture } : {}),
  };
  const download = () => `${JSON.stringify({ format: 'golden-rule-record', version: 1, record, screenshot: shot?.dataUrl ?? null }, null, 2)}\n`;
  const before = await storageStatus();
  const size = (shot?.blob.size ?? 0) + JSON.stringify(record).length * 2;
  if (!fits(before, size)) return { ok: false, reason: 'full', message: 'no room left', storage: before, download: download() };
  try {
    await putRecord(record, shot?.blob ?? null);
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return {
      ok: false,
      reason: full ? 'full' : 'error',
      message: error instanceof Error ? error.message : String(error),
      storage: before,
      download: download(),
    };
  }
  return { ok: true, id: record.id, screenshot: shot ? 'saved' : (capture as NoScreenshot), storage: await storageStatus() };
}
