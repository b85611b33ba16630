import { t } from '../../ui/strings';
import { ruleNames } from './Marks';
import type { CheckedComment, LayerActions } from './types';

const WIDTH = 320;
const GAP = 8;
/** About the nudge's height. */
const ROOM = 190;

/** "Don't feed the trolls": a note beside a reply box opened under a marked comment. Never takes focus. */
export function Nudge({ comment, editor, actions }: { comment: CheckedComment; editor: HTMLElement; actions: LayerActions }) {
  if (!editor.isConnected) return null;
  const rect = editor.getBoundingClientRect();
  if (rect.bottom < 0 || rect.top > innerHeight) return null;
  const left = Math.max(GAP, Math.min(rect.left, innerWidth - WIDTH - GAP));
  // Below the box when there is room, so the comment above it stays in view; else above the box.
  const position = innerHeight - rect.bottom > ROOM ? { top: `${rect.bottom + GAP}px` } : { bottom: `${innerHeight - rect.top + GAP}px` };
  return (
    <div class="comment-nudge" role="note" aria-label={t.comments.nudge.title} style={{ left: `${left}px`, ...position }} onMouseDown={(event) => event.preventDefault()}>
      <p class="title">{t.comments.nudge.title}</p>
      <p>{t.comments.nudge.body(ruleNames(comment).toLowerCase())}</p>
      <div class="buttons">
        <button type="button" class="button quiet" onClick={() => actions.openCard(comment, 'pointer')}>
          {t.comments.nudge.actions}
        </button>
        <button type="button" class="button quiet" onClick={() => actions.dismissNudge()}>
          {t.comments.nudge.dismiss}
        </button>
      </div>
    </div>
  );
}
