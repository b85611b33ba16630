import type { Severity } from '../../engine/types';

export interface BoxSource {
  /** The underlines' rectangles now, in viewport coordinates, and the area they are clipped to. */
  boxes(): { clip: DOMRect; items: Array<{ severity: Severity; start: number; rects: DOMRect[] }> };
}

/**
 * Underlines drawn as positioned boxes in Golden Rule's shadow root: for textareas (whose text
 * has no DOM) and for browsers without the Custom Highlight API. Repainted on every layout change.
 */
export class BoxLayer {
  private readonly sources = new Set<BoxSource>();
  private readonly pool: HTMLDivElement[] = [];

  constructor(private readonly layer: () => HTMLElement) {}

  get isEmpty(): boolean {
    return this.sources.size === 0;
  }

  add(source: BoxSource): void {
    this.sources.add(source);
  }

  delete(source: BoxSource): void {
    this.sources.delete(source);
  }

  paint(): void {
    const layer = this.layer();
    let used = 0;
    for (const source of this.sources) {
      let painted: ReturnType<BoxSource['boxes']>;
      try {
        painted = source.boxes();
      } catch {
        continue;
      }
      const { clip, items } = painted;
      for (const { severity, start, rects } of items) {
        for (const rect of rects) {
          const left = Math.max(rect.left, clip.left);
          const right = Math.min(rect.right, clip.right);
          const top = Math.max(rect.top, clip.top);
          const bottom = Math.min(rect.bottom, clip.bottom);
          if (right - left < 1 || bottom - top < 1) continue;
          const box = this.box(layer, used++);
          box.className = `box ${severity}`;
          box.dataset.start = String(start);
          box.style.left = `${left}px`;
          box.style.top = `${top}px`;
          box.style.width = `${right - left}px`;
          box.style.height = `${bottom - top}px`;
        }
      }
    }
    for (let i = used; i < this.pool.length; i++) this.pool[i]!.hidden = true;
  }

  private box(layer: HTMLElement, index: number): HTMLDivElement {
    let box = this.pool[index];
    if (!box) {
      box = document.createElement('div');
      box.setAttribute('aria-hidden', 'true');
      this.pool.push(box);
    }
    if (box.parentNode !== layer) layer.append(box);
    box.hidden = false;
    return box;
  }
}
