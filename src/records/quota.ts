import type { StorageLevel, StorageStatus } from './types';

/** Never fill the last of the room: the browser needs some for its own bookkeeping. */
export const RESERVE_BYTES = 10_000_000;
/** Below this much room (about a hundred records with screenshots), the councillor is warned. */
export const WARN_FREE_BYTES = 100_000_000;

export function levelOf(used: number, quota: number): StorageLevel {
  const free = quota - used;
  if (free < RESERVE_BYTES) return 'full';
  if (free < WARN_FREE_BYTES || used / quota > 0.9) return 'low';
  return 'ok';
}

/**
 * Room for records: the extension's usage and quota as the browser reports them. With the
 * `unlimitedStorage` permission the quota is the free disk space, so records are never evicted
 * and the warning comes when the disk is nearly full.
 */
export async function storageStatus(): Promise<StorageStatus> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number' || quota <= 0) return { level: 'unknown', used: usage ?? null, free: null };
    return { level: levelOf(usage, quota), used: usage, free: Math.max(0, quota - usage) };
  } catch {
    return { level: 'unknown', used: null, free: null };
  }
}

/** Whether `bytes` more fit, keeping the reserve. An unknown quota is not a reason to refuse. */
export function fits(status: StorageStatus, bytes: number): boolean {
  return status.free === null || status.free - bytes >= RESERVE_BYTES;
}
