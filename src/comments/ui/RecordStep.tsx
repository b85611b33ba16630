import { saveResultMessage, type SaveMessage } from '../../ui/save-result';
import { t } from '../../ui/strings';
import type { CheckedComment, LayerActions } from './types';

/** "Save a record first": the button, then what happened (with a way out when storage is full). */
export function RecordStep({ comment, actions }: { comment: CheckedComment; actions: LayerActions }) {
  const state = actions.saveState(comment);
  const R = t.records;
  let message: SaveMessage | null = null;
  if (state?.kind === 'done') {
    const result = state.result;
    message = saveResultMessage(result);
    if (result.ok && result.storage.level === 'low' && result.storage.free !== null) {
      message = { text: `${message.text} ${R.lowSpace(t.dates.bytes(result.storage.free))}`, tone: 'warning' };
    }
  }
  const failed = state?.kind === 'done' && !state.result.ok;
  return (
    <div class="record" data-step="record">
      <p>
        <span class="step">{t.comments.steps.record}</span> {t.comments.steps.recordWhy}
      </p>
      <button type="button" class="button" disabled={state?.kind === 'saving'} onClick={() => actions.save(comment)}>
        {state?.kind === 'saving' ? R.saving : R.save}
      </button>{' '}
      {state?.kind === 'done' && state.result.ok && (
        <button type="button" class="link" onClick={() => actions.openRecords()}>
          {R.open}
        </button>
      )}
      {failed && state.result.ok === false && state.result.download && (
        <button type="button" class="link" onClick={() => actions.download(comment)}>
          {R.download}
        </button>
      )}
      <p class={`state ${message?.tone ?? ''}`} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
