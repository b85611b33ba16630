import type { CommentSelectors, ContentSelectors, SiteAdapter } from '../sites/types';
import { GENERIC_COMMENTS } from './generic';

/** A comment (or the post) as read from the page: what a record keeps and the check reads. */
export interface PageItem {
  element: HTMLElement;
  /** The element holding the words (the mark keeps clear of them). */
  wordsElement: Element;
  text: string;
  /** The author's name as shown, or '' when it could not be read. */
  author: string;
  /** A link to the item itself, when the page has one. */
  permalink: string | null;
  /** When it was posted, as the page says it (an ISO date-time or the words shown). */
  postedAt: string | null;
}

/** Elements whose text is the councillor's own draft or the page's controls, never a comment's words. */
const NOT_WORDS = 'textarea, [contenteditable="true"], [role="textbox"], button, [role="button"], time, svg, style, script';

export function commentSelectors(adapter: SiteAdapter): CommentSelectors {
  return adapter.comments ?? GENERIC_COMMENTS;
}

/**
 * The comments on the page, in document order, each once: the site's selectors first, the
 * generic guess if those find nothing. Items whose words cannot be read are left out.
 */
export function findComments(adapter: SiteAdapter, root: ParentNode = document): PageItem[] {
  const own = readAll(commentSelectors(adapter), root);
  return own.length > 0 || !adapter.comments ? own : readAll(GENERIC_COMMENTS, root);
}

/** The post the comments are under (the first one found), or null. */
export function findPost(adapter: SiteAdapter, root: ParentNode = document): PageItem | null {
  const selectors = commentSelectors(adapter).post;
  for (const element of matchAll(selectors.items, root)) {
    if (!isAccepted(selectors, element)) continue;
    const item = readItem(element, selectors, []);
    if (item) return item;
  }
  return null;
}

/** The comment an element is in (a click or focus target), among `items`. */
export function itemContaining(items: readonly PageItem[], node: Node): PageItem | undefined {
  let best: PageItem | undefined;
  for (const item of items) {
    if (item.element.contains(node) && (!best || best.element.contains(item.element))) best = item;
  }
  return best;
}

function readAll(selectors: ContentSelectors, root: ParentNode): PageItem[] {
  const elements = matchAll(selectors.items, root).filter((element) => isAccepted(selectors, element));
  const items: PageItem[] = [];
  for (const element of elements) {
    // A reply nested inside a comment's element is read on its own, not as part of the comment.
    const nested = elements.filter((other) => other !== element && element.contains(other));
    const item = readItem(element, selectors, nested);
    if (item) items.push(item);
  }
  return items;
}

function matchAll(selectors: readonly string[], root: ParentNode): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      continue; // An invalid selector (an older browser without :has) never stops the others.
    }
    for (const match of matches) if (match instanceof HTMLElement) found.add(match);
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function isAccepted(selectors: ContentSelectors, element: HTMLElement): boolean {
  try {
    return selectors.accept ? selectors.accept(element) : true;
  } catch {
    return false;
  }
}

function readItem(element: HTMLElement, selectors: ContentSelectors, nested: readonly HTMLElement[]): PageItem | null {
  const own = (node: Element) => !nested.some((inner) => inner.contains(node));
  const authorElement = first(element, selectors.author, (node) => own(node) && clean(textOf(node)) !== '');
  const author = authorElement ? authorName(textOf(authorElement)) : '';
  const words = first(
    element,
    selectors.text,
    (node) => {
      if (!own(node) || insideControl(node, element) || (authorElement && (authorElement.contains(node) || node.contains(authorElement)))) return false;
      const words = clean(textOf(node));
      return words !== '' && words !== author;
    },
  );
  const text = words ? textOf(words).trim() : '';
  if (!words || !text) return null;
  return { element, wordsElement: words, text, author, permalink: permalinkOf(element, selectors, own), postedAt: postedAt(element, selectors, own) };
}

/** Inside a draft, a button or a time of the item's own (the item itself may be a button). */
function insideControl(node: Element, item: HTMLElement): boolean {
  const control = node.closest(NOT_WORDS);
  return control !== null && control !== item && item.contains(control);
}

function first(root: HTMLElement, selectors: readonly string[], test: (node: Element) => boolean): Element | null {
  for (const selector of selectors) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const match of matches) if (test(match)) return match;
  }
  return null;
}

function permalinkOf(element: HTMLElement, selectors: ContentSelectors, own: (node: Element) => boolean): string | null {
  const link = first(element, selectors.permalink, (node) => own(node) && !!(node.closest('a[href]') ?? null));
  const href = link?.closest('a')?.href;
  if (href) return href;
  try {
    return selectors.permalinkOf?.(element) ?? null;
  } catch {
    return null;
  }
}

function postedAt(element: HTMLElement, selectors: ContentSelectors, own: (node: Element) => boolean): string | null {
  const time = first(element, selectors.time, own);
  if (!time) return null;
  return time.getAttribute('datetime') ?? time.getAttribute('title') ?? (clean(textOf(time)) || null);
}

/** What a reader sees: `innerText` where the browser lays text out, `textContent` otherwise. */
function textOf(node: Element): string {
  const text = node instanceof HTMLElement ? node.innerText : undefined;
  return typeof text === 'string' && text !== '' ? text : (node.textContent ?? '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Jane Doe\n@jane\n·\n2h" → "Jane Doe @jane": the name and handle, without the time. */
function authorName(text: string): string {
  return clean(text.split('·')[0] ?? '');
}
