/** A rectangle in viewport coordinates, clipped to the viewport and to the boxes that scroll it. */
export function visibleRect(element: HTMLElement, clips: readonly HTMLElement[]): DOMRect | null {
  if (!element.isConnected) return null;
  const rect = element.getBoundingClientRect();
  let top = rect.top;
  let bottom = rect.bottom;
  let left = rect.left;
  let right = rect.right;
  for (const clip of clips) {
    if (!clip.isConnected) continue;
    const box = clip.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
    left = Math.max(left, box.left);
    right = Math.min(right, box.right);
  }
  top = Math.max(top, 0);
  bottom = Math.min(bottom, innerHeight);
  if (bottom - top < 4 || right - left < 4) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}

/** The element's ancestors that clip what is inside them (scrolling panes, dialogs). */
export function clippingAncestors(element: HTMLElement): HTMLElement[] {
  const clips: HTMLElement[] = [];
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') clips.push(node);
  }
  return clips;
}
