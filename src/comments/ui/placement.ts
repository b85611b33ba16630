/** How far in from the comment's right edge the pill sits (clear of the sites' ⋯ menus at the far right). */
const RIGHT_INSET = 56;
/** Half the pill's height: it sits astride an edge of the comment. */
const HALF = 10;
const CHAR_WIDTH = 7;
const PADDING = 34;

export interface PillPlace {
  top: number;
  right: number;
}

/** The rectangles of the words' lines on screen. */
export function lineRects(words: Element): DOMRect[] {
  if (!words.isConnected) return [];
  const range = document.createRange();
  range.selectNodeContents(words);
  return [...range.getClientRects()];
}

function overlaps(a: { left: number; right: number; top: number; bottom: number }, lines: readonly DOMRect[]): boolean {
  return lines.some((line) => a.left < line.right && a.right > line.left && a.top < line.bottom && a.bottom > line.top);
}

/**
 * Where a comment's pill goes: astride its top edge at the right; if that would cover the
 * comment's words (a compact layout, as Instagram's), inside its bottom edge at the right, beside
 * the time and Reply; else just inside its top-left corner, over the avatar rather than the words.
 */
export function pillPlace(comment: DOMRect, visible: DOMRect, label: string, lines: readonly DOMRect[]): PillPlace {
  const right = Math.max(4, innerWidth - comment.right + RIGHT_INSET);
  const width = label.length * CHAR_WIDTH + PADDING;
  const x = { left: comment.right - RIGHT_INSET - width, right: comment.right - RIGHT_INSET };
  const scrolledAway = comment.top < visible.top - 1;
  const candidates: PillPlace[] = [
    { top: scrolledAway ? visible.top + 2 : Math.max(2, comment.top - HALF), right },
    { top: Math.min(visible.bottom, innerHeight) - 2 * HALF - 2, right },
  ];
  for (const place of candidates) {
    if (!overlaps({ ...x, top: place.top, bottom: place.top + 2 * HALF }, lines)) return place;
  }
  return { top: Math.max(2, visible.top + 2), right: Math.max(4, innerWidth - comment.left - width - 4) };
}
