import { t } from '../../ui/strings';
import type { CheckedComment, LayerActions } from './types';

/** "Save a record first": the button, then what happened (with a way out when storage is full). */
export function RecordStep({ comment, actions }: { comment: CheckedComment; actions: LayerActions }) {
  const state = actions.saveState(comment);
  const R = t.records;
  let message: { text: string; tone: 'ok' | 'warning' | 'error' } | null = null;
  if (state?.kind === 'done') {
    const result = state.result;
    if (result.ok) {
      message =
        result.screenshot === 'saved'
          ? { text: R.saved, tone: 'ok' }
          : { text: result.screenshot === 'not-allowed' ? R.savedNoShot : R.savedShotFailed, tone: 'warning' };
      if (result.storage.level === 'low' && result.storage.free !== null) {
        message = { text: `${message.text} ${R.lowSpace(t.dates.bytes(result.storage.free))}`, tone: 'warning' };
      }
    } else {
      message = { text: result.reason === 'full' ? R.full : R.failed(result.message), tone: 'error' };
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
