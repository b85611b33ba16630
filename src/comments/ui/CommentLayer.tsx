import { CommentCard } from './CommentCard';
import { Marks } from './Marks';
import { Nudge } from './Nudge';
import { Summary } from './Summary';
import type { LayerActions, LayerState } from './types';

/** Everything "Check comments" draws, in Golden Rule's own shadow root: nothing is added to the site's DOM. */
export function CommentLayer({ state, actions }: { state: LayerState; actions: LayerActions }) {
  return (
    <div class="comments">
      <Marks flagged={state.flagged} open={state.card?.comment ?? null} actions={actions} />
      {state.nudge && <Nudge comment={state.nudge.comment} editor={state.nudge.editor} actions={actions} />}
      {state.summary && <Summary summary={state.summary} actions={actions} />}
      {state.card && <CommentCard comment={state.card.comment} takeFocus={state.card.takeFocus} actions={actions} />}
    </div>
  );
}
