import { browser } from 'wxt/browser';
import { RULE_IDS } from '../../rules/ids';
import type { HistoryEntry, RuleId } from '../engine/types';
import type { SiteId } from '../settings/types';

/** Key in `storage.local`. Written only with the councillor's consent (`settings.keepHistory`). */
export const HISTORY_KEY = 'history';
/** Older entries are dropped: `repeated-target` looks back two months; a year is kept for export. */
export const HISTORY_KEEP_DAYS = 365;
export const HISTORY_MAX_ENTRIES = 1_000;

/** One of the councillor's own posts: who it criticised and what the checks raised. Never its text. */
export interface StoredHistoryEntry extends HistoryEntry {
  site: SiteId;
  rules: RuleId[];
}

const SITES: readonly string[] = ['facebook', 'x', 'instagram', 'linkedin', 'nextdoor'];

/** Whatever is stored becomes valid entries; anything else is dropped. */
export function sanitiseHistory(value: unknown): StoredHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw): StoredHistoryEntry[] => {
    const entry = raw as Partial<StoredHistoryEntry> | null;
    if (!entry || typeof entry.at !== 'string' || !Number.isFinite(Date.parse(entry.at))) return [];
    if (typeof entry.site !== 'string' || !SITES.includes(entry.site)) return [];
    const criticised = Array.isArray(entry.criticised) ? entry.criticised.filter((k): k is string => typeof k === 'string' && k.length <= 100) : [];
    const rules = Array.isArray(entry.rules) ? entry.rules.filter((r): r is RuleId => (RULE_IDS as readonly string[]).includes(r as string)) : [];
    return [{ at: entry.at, site: entry.site as SiteId, criticised, rules }];
  });
}

export async function loadHistory(): Promise<StoredHistoryEntry[]> {
  const stored = await browser.storage.local.get(HISTORY_KEY);
  return sanitiseHistory(stored[HISTORY_KEY]);
}

/** Adds an entry, dropping those older than a year and the oldest beyond the limit. */
export async function addHistoryEntry(entry: StoredHistoryEntry, now = new Date()): Promise<StoredHistoryEntry[]> {
  const since = now.getTime() - HISTORY_KEEP_DAYS * 86_400_000;
  const kept = [...(await loadHistory()), ...sanitiseHistory([entry])]
    .filter((e) => Date.parse(e.at) >= since)
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-HISTORY_MAX_ENTRIES);
  await browser.storage.local.set({ [HISTORY_KEY]: kept });
  return kept;
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

export function watchHistory(listener: (entries: StoredHistoryEntry[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && HISTORY_KEY in changes) listener(sanitiseHistory(changes[HISTORY_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The file "Export history" saves. */
export function exportHistory(entries: readonly StoredHistoryEntry[], now: Date): string {
  return `${JSON.stringify({ format: 'golden-rule-history', version: 1, exportedAt: now.toISOString(), entries }, null, 2)}\n`;
}

/** What the rule engine reads. */
export function toEngineHistory(entries: readonly StoredHistoryEntry[]): HistoryEntry[] {
  return entries.filter((e) => e.criticised.length > 0).map((e) => ({ at: e.at, criticised: e.criticised }));
}
