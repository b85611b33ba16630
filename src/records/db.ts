import type { SavedRecord } from './types';

/**
 * Records live in IndexedDB in the extension's own origin (the background and the records page
 * share it; no web page can reach it). Screenshots are Blobs in a store of their own, so listing
 * records does not read every image.
 */
const DB_NAME = 'golden-rule-records';
const DB_VERSION = 1;
const RECORDS = 'records';
const SCREENSHOTS = 'screenshots';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The save was stopped.', 'AbortError'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

export function openRecordsDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SCREENSHOTS)) db.createObjectStore(SCREENSHOTS);
    };
    open.onsuccess = () => {
      const db = open.result;
      // Another page upgrading the database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    open.onerror = () => {
      opening = null;
      reject(open.error);
    };
  });
  return opening;
}

/** The record and its screenshot are written together or not at all. */
export async function putRecord(record: SavedRecord, screenshot: Blob | null): Promise<void> {
  const db = await openRecordsDb();
  const tx = db.transaction([RECORDS, SCREENSHOTS], 'readwrite');
  tx.objectStore(RECORDS).put(record);
  if (screenshot) tx.objectStore(SCREENSHOTS).put(screenshot, record.id);
  await done(tx);
}

/** Newest first. */
export async function listRecords(): Promise<SavedRecord[]> {
  const db = await openRecordsDb();
  const records = await request(db.transaction(RECORDS).objectStore(RECORDS).getAll() as IDBRequest<SavedRecord[]>);
  return records.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getScreenshot(id: string): Promise<Blob | null> {
  const db = await openRecordsDb();
  const blob = await request(db.transaction(SCREENSHOTS).objectStore(SCREENSHOTS).get(id) as IDBRequest<Blob | undefined>);
  return blob ?? null;
}

export async function deleteRecords(ids: readonly string[]): Promise<void> {
  const db = await openRecordsDb();
  const tx = db.transaction([RECORDS, SCREENSHOTS], 'readwrite');
  for (const id of ids) {
    tx.objectStore(RECORDS).delete(id);
    tx.objectStore(SCREENSHOTS).delete(id);
  }
  await done(tx);
}
