import { t } from '../../ui/strings';
import type { LayerActions, LayerState } from './types';

/** After a check: how many comments were checked and marked, with the way to the next one and to clear the marks. */
export function Summary({ summary, actions }: { summary: NonNullable<LayerState['summary']>; actions: LayerActions }) {
  return (
    <div class="comment-summary" role="status" aria-label={t.comments.heading}>
      <span class="text">{summary.checking ? t.comments.checking : t.comments.summary(summary.checked, summary.flagged)}</span>
      {!summary.checking && summary.flagged > 0 && (
        <button type="button" class="button quiet" onClick={() => actions.showNext()}>
          {t.comments.next}
        </button>
      )}
      {!summary.checking && summary.flagged > 0 && (
        <button type="button" class="button quiet" onClick={() => actions.clearMarks()}>
          {t.comments.clearMarks}
        </button>
      )}
      <button type="button" class="close" aria-label={t.comments.closeSummary} onClick={() => actions.closeSummary()}>
        ×
      </button>
    </div>
  );
}
