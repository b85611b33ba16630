import { countLabel, worstSeverity } from './severity';
import type { UiActions, UiDraft } from './types';

export const BADGE_SIZE = 22;

/** The count of findings at the compose box's bottom-right corner; opens the list. */
export function Badge({ draft, open, actions }: { draft: UiDraft; open: boolean; actions: UiActions }) {
  const rect = draft.anchorRect();
  if (!rect) return null;
  const count = draft.findings.length;
  const worst = worstSeverity(draft.findings);
  // Astride the box's bottom edge at the right: over the padding rather than the text.
  const left = Math.min(rect.right - BADGE_SIZE - 6, innerWidth - BADGE_SIZE - 4);
  const top = Math.min(rect.bottom - BADGE_SIZE / 2, innerHeight - BADGE_SIZE - 4);
  return (
    <button
      type="button"
      class={`badge ${worst ?? 'clear'}`}
      style={{ left: `${Math.max(0, left)}px`, top: `${Math.max(0, top)}px` }}
      aria-label={`Golden Rule: ${countLabel(count)} in this post`}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-keyshortcuts="Alt+Enter"
      title={`Golden Rule: ${countLabel(count)} (Alt+Enter in the box)`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => actions.togglePanel(event.detail === 0 ? 'keyboard' : 'pointer')}
    >
      {count === 0 ? '✓' : count > 99 ? '99+' : count}
    </button>
  );
}
