import type { Platform } from '../engine/types';
import type { SiteId } from '../settings/types';

/**
 * What Golden Rule needs to know about one site. Adapters are plain data plus small pure
 * functions: no work at import time (WXT imports entrypoints in Node at build time).
 */
export interface SiteAdapter {
  site: SiteId;
  /** The platform the rule engine is told about. */
  platform: Platform;
  /** The name shown in the badge panel and card: "Facebook". */
  label: string;
  /** Match patterns of the pages the content script runs on (also the host permissions). */
  matches: readonly string[];
  /**
   * CSS selectors of compose boxes. Each may match the editor itself (a textarea or the
   * contenteditable root) or an element around it; the editable element inside is bound.
   */
  editors: readonly string[];
  /** Rejects a matched element that is not a compose box (a search field, a direct message). */
  accept?(editor: HTMLElement): boolean;
  /** The element the status badge sits on (its bottom-right corner); the editor by default. */
  anchor?(editor: HTMLElement): Element | null;
  /** The most characters a post or comment in this box may have, when the site has a limit. */
  maxLength(editor: HTMLElement): number | undefined;
}
