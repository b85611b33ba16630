import type { CheckedComment } from './ui/types';

/**
 * The marked comment a reply box answers, if any: the box is inside it; or the box starts with
 * "@name" of its author (Instagram and X fill that in when you click Reply); or the box sits in
 * a reply dialog that shows it (X); or the box is in the comment's own thread, below it, in a
 * container that does not also hold the comments before it (a reply box, not the post's main box).
 * A heuristic: a box that is none of these is taken to answer the post.
 */
export function relatedComment(editor: HTMLElement, draft: string, checked: readonly CheckedComment[]): CheckedComment | undefined {
  const live = checked.filter((c) => c.item.element.isConnected);
  const marked = live.filter((c) => c.findings.length > 0);
  if (marked.length === 0) return undefined;

  const inside = marked.find((c) => c.item.element.contains(editor));
  if (inside) return inside;

  const mention = /^\s*@([\w.]+)/.exec(draft)?.[1]?.toLowerCase();
  if (mention) {
    const named = marked.find((c) => c.item.author.toLowerCase().replace(/\s+/g, '').includes(mention));
    if (named) return named;
  }

  const dialog = editor.closest('[role="dialog"]');
  if (dialog) {
    const shown = marked.find((c) => dialog.contains(c.item.element));
    if (shown) return shown;
  }

  // The smallest container around the box that holds any comment: a thread, or the whole list.
  for (let node = editor.parentElement; node && node !== document.body; node = node.parentElement) {
    const within = live.filter((c) => node.contains(c.item.element));
    if (within.length === 0) continue;
    const before = within.filter((c) => c.item.element.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING);
    // The whole list (every comment on the page is here, and more than one): the post's own box.
    if (within.length === live.length && live.length > 1) return undefined;
    return before.find((c) => c.findings.length > 0);
  }
  return undefined;
}
