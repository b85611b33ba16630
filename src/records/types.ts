import type { Severity } from '../engine/types';
import type { SiteId } from '../settings/types';

/** What the page knows about a comment or post when the councillor saves a record of it. */
export interface RecordInput {
  kind: 'comment' | 'post';
  site: SiteId;
  /** The words as shown on the page. */
  text: string;
  /** The author's name as shown ('' when the page did not show one that could be read). */
  author: string;
  /** A link to the comment or post itself, when the page has one. */
  permalink: string | null;
  pageUrl: string;
  pageTitle: string;
  /** When it was posted, as the page said (an ISO date-time or the words shown). */
  postedAt: string | null;
  /** ISO date-time Golden Rule first saw it (the check), or the save for a post. */
  seenAt: string;
  /** The checks it raised: rule id, severity and the message shown. */
  findings: Array<{ ruleId: string; severity: Severity; message: string; passage: string }>;
}

export interface ScreenshotInfo {
  type: string;
  bytes: number;
  /** Hex SHA-256 of the image file, so a copy can be shown to be the one saved. */
  sha256: string;
}

/** Why a record has no screenshot. */
export type NoScreenshot = 'not-allowed' | 'failed';

export interface SavedRecord extends RecordInput {
  id: string;
  /** ISO date-time the record (and its screenshot) was saved. */
  savedAt: string;
  screenshot: ScreenshotInfo | null;
  noScreenshot?: NoScreenshot;
}

export type StorageLevel = 'ok' | 'low' | 'full' | 'unknown';

export interface StorageStatus {
  level: StorageLevel;
  /** Bytes this extension uses, and bytes it may still use (null when the browser does not say). */
  used: number | null;
  free: number | null;
}

/** The background's answer to a save. Nothing is ever lost silently: a refusal carries the record. */
export type SaveResult =
  | { ok: true; id: string; screenshot: 'saved' | NoScreenshot; storage: StorageStatus }
  | { ok: false; reason: 'full' | 'invalid' | 'error'; message: string; storage?: StorageStatus; download?: string };
