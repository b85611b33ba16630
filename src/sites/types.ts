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
  /** Where the comments under a post are, for "Check comments" (issue 6); a generic guess when absent. */
  comments?: CommentSelectors;
}

/**
 * Where a post's parts are: the elements (`items`) and, inside each, its words, its author as
 * shown, a link to it and its time. Selectors are tried in order, each commented with what it
 * matches and where it comes from: the sites change their markup without notice.
 */
export interface ContentSelectors {
  /** One element per comment or reply (or the post): its box is where the mark goes. */
  items: readonly string[];
  /** Inside an item: its own words (the first match with text that is not the author's name). */
  text: readonly string[];
  /** Inside an item: the author's name as shown. */
  author: readonly string[];
  /** Inside an item: a link to the item itself (the element or the link around it). */
  permalink: readonly string[];
  /** Inside an item: when it was posted (`<time datetime>`, or the time as shown). */
  time: readonly string[];
  /** A link made from the item's attributes, for sites whose comments have no link of their own. */
  permalinkOf?(item: HTMLElement): string | null;
  /** Rejects a matched item that is not one (the post itself among the comments, an advert). */
  accept?(item: HTMLElement): boolean;
}

/** The comment thread under a post, for "Check comments" and "Save record" (issue 6). */
export interface CommentSelectors extends ContentSelectors {
  /** The post the comments are under. */
  post: ContentSelectors;
}
