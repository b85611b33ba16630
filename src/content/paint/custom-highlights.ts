import type { Severity } from '../../engine/types';

/** Names used in `::highlight()` rules (underlines.css). */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'golden-rule-error',
  warning: 'golden-rule-warning',
  info: 'golden-rule-info',
};

const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Underline {
  severity: Severity;
  range: Range;
}

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Underlines through the CSS Custom Highlight API: the browser paints them and keeps them on
 * the text through scrolling and reflow, and the editor's DOM is never touched.
 */
export class CustomHighlights {
  private readonly byOwner = new Map<object, Underline[]>();

  set(owner: object, underlines: Underline[]): void {
    if (underlines.length === 0) this.byOwner.delete(owner);
    else this.byOwner.set(owner, underlines);
    this.publish();
  }

  delete(owner: object): void {
    if (this.byOwner.delete(owner)) this.publish();
  }

  private publish(): void {
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const ranges = [...this.byOwner.values()].flat().filter((u) => u.severity === severity).map((u) => u.range);
      const name = HIGHLIGHT_NAMES[severity];
      if (ranges.length === 0) {
        CSS.highlights.delete(name);
        continue;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[severity];
      CSS.highlights.set(name, highlight);
    }
  }
}
