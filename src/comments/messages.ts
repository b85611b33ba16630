import type { Severity } from '../engine/types';
import type { SaveResult } from '../records/types';

/** Requests from the popup to the content script in a tab, about the comments on its page. */
export const CHECK_COMMENTS = 'golden-rule/check-comments';
export const SHOW_COMMENT = 'golden-rule/show-comment';
export const RECORD_POST = 'golden-rule/record-post';

export type CommentsRequest =
  | { type: typeof CHECK_COMMENTS }
  /** Scroll to marked comment `index` (of the last check) and open its card. */
  | { type: typeof SHOW_COMMENT; index: number }
  | { type: typeof RECORD_POST };

export interface FlaggedSummary {
  author: string;
  excerpt: string;
  rules: string[];
  severity: Severity;
}

export interface CheckReport {
  checked: number;
  flagged: FlaggedSummary[];
}

export type CommentsResponse<R extends CommentsRequest> = R extends { type: typeof CHECK_COMMENTS }
  ? CheckReport
  : R extends { type: typeof SHOW_COMMENT }
    ? { ok: boolean }
    : SaveResult | { ok: false; reason: 'no-post'; message: string };

export function isCommentsRequest(message: unknown): message is CommentsRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === CHECK_COMMENTS || type === SHOW_COMMENT || type === RECORD_POST;
}
