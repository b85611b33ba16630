import type { Finding, Strictness } from './engine/types';
import type { SiteId } from './settings/types';

/**
 * Messages between the popup (and other extension pages) and the content script in a tab.
 * Sent with `browser.tabs.sendMessage(tabId, request)`; the content script answers.
 */
export type ContentRequest =
  | { type: 'golden-rule/get-draft' }
  /** Scroll to, select and focus the passage of finding `index` in the current draft. */
  | { type: 'golden-rule/reveal', index: number };

export interface DraftReport {
  site: SiteId;
  /** Checking is on for this site right now. */
  active: boolean;
  /** An editor is (or was last) focused: the findings below are for its text. */
  hasDraft: boolean;
  text: string;
  findings: Finding[];
  strictness: Strictness;
}

export type ContentResponse<R extends ContentRequest> = R extends { type: 'golden-rule/get-draft' }
  ? DraftReport
  : R extends { type: 'golden-rule/reveal' }
    ? { ok: boolean }
    : never;
