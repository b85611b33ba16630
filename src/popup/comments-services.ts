import { browser } from 'wxt/browser';
import { CHECK_COMMENTS, RECORD_POST, SHOW_COMMENT, type CheckReport, type CommentsRequest } from '../comments/messages';
import { openRecords } from '../comments/save';
import type { SaveResult } from '../records/types';

/** What the popup's comments section asks of the page in the tab (and of the background). */
export interface CommentServices {
  check(tabId: number): Promise<CheckReport | null>;
  show(tabId: number, index: number): Promise<boolean>;
  recordPost(tabId: number): Promise<SaveResult | { ok: false; reason: 'no-post'; message: string } | null>;
  openRecords(): void;
}

async function send<R>(tabId: number, request: CommentsRequest): Promise<R | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as R | undefined) ?? null;
  } catch {
    // No content script in the tab (not one of the five sites, or opened before Golden Rule was installed).
    return null;
  }
}

export const browserCommentServices: CommentServices = {
  check: (tabId) => send<CheckReport>(tabId, { type: CHECK_COMMENTS }),
  show: async (tabId, index) => (await send<{ ok: boolean }>(tabId, { type: SHOW_COMMENT, index }))?.ok === true,
  recordPost: (tabId) => send(tabId, { type: RECORD_POST }),
  openRecords,
};
