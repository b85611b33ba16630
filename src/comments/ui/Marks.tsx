import { worstSeverity } from '../../content/ui/severity';
import { t } from '../../ui/strings';
import { visibleRect } from './geometry';
import { lineRects, pillPlace } from './placement';
import type { CheckedComment, LayerActions } from './types';

/** The bar runs down just outside the comment's left edge, clear of its words. */
const BAR_OFFSET = 5;

/** The rule names of a comment's findings, each once, worst first: "Threat or incitement, Swearing". */
export function ruleNames(comment: CheckedComment): string {
  return t.listOf([...new Set(comment.findings.map((f) => t.ruleName(f.ruleId)))], 2);
}

/** What the pill says: the worst rule's name, "+" when there are others. */
export function pillLabel(comment: CheckedComment): string {
  const kinds = new Set(comment.findings.map((f) => f.ruleId)).size;
  return `${t.ruleName(comment.findings[0]?.ruleId ?? '')}${kinds > 1 ? ' +' : ''}`;
}

export function authorOf(comment: CheckedComment): string {
  return comment.item.author || t.comments.unknownAuthor;
}

/** A bar down the comment's left edge and a pill naming what it raises; the pill opens the card. */
export function Marks({ flagged, open, actions }: { flagged: readonly CheckedComment[]; open: CheckedComment | null; actions: LayerActions }) {
  return (
    <>
      {flagged.map((comment) => {
        const rect = visibleRect(comment.item.element, comment.clips);
        if (!rect) return null;
        const severity = worstSeverity(comment.findings) ?? 'info';
        const first = comment.findings[0];
        const label = pillLabel(comment);
        const { top, right } = pillPlace(comment.item.element.getBoundingClientRect(), rect, label, lineRects(comment.item.wordsElement));
        return (
          <>
            <div
              class={`comment-bar ${severity}`}
              data-rules={[...new Set(comment.findings.map((f) => f.ruleId))].sort().join(' ')}
              style={{ left: `${rect.left >= BAR_OFFSET ? rect.left - BAR_OFFSET : rect.left}px`, top: `${rect.top}px`, height: `${rect.height}px` }}
              aria-hidden="true"
            />
            <button
              type="button"
              class={`comment-mark ${severity}`}
              style={{ top: `${top}px`, right: `${right}px` }}
              aria-label={t.comments.markLabel(authorOf(comment), ruleNames(comment))}
              aria-haspopup="dialog"
              aria-expanded={open === comment}
              title={first ? first.message : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => (open === comment ? actions.closeCard(false) : actions.openCard(comment, event.detail === 0 ? 'keyboard' : 'pointer'))}
            >
              <span class="glyph" aria-hidden="true">
                ⚑
              </span>
              {label}
            </button>
          </>
        );
      })}
    </>
  );
}
