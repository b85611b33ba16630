import { useState } from 'preact/hooks';
import type { CheckReport } from '../../comments/messages';
import { browserCommentServices, type CommentServices } from '../../popup/comments-services';
import type { SaveResult } from '../../records/types';
import { saveResultMessage } from '../save-result';
import { t } from '../strings';

const C = t.comments;
const R = t.records;

type Check = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; report: CheckReport } | { kind: 'unavailable' };
type PostRecord = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; message: string; tone: 'ok' | 'warning' | 'error' };

function postMessage(result: SaveResult | { ok: false; reason: 'no-post'; message: string } | null): Exclude<PostRecord, { kind: 'idle' | 'saving' }> {
  if (!result) return { kind: 'done', message: C.notRunning, tone: 'error' };
  if (!result.ok && result.reason === 'no-post') return { kind: 'done', message: R.noPost, tone: 'error' };
  const { text, tone } = saveResultMessage(result);
  return { kind: 'done', message: text, tone };
}

/**
 * The popup's "Comments under this post": check the comments on the page in the tab, go to the
 * marked ones, and save a record of the post (the popup being open lets the browser take the
 * screenshot).
 */
export function CommentsSection({
  tabId,
  onShown,
  services = browserCommentServices,
}: {
  tabId: number | null;
  /** After "Show": bring the page forward. */
  onShown: () => void;
  services?: CommentServices;
}) {
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [post, setPost] = useState<PostRecord>({ kind: 'idle' });
  if (tabId === null) return null;

  const run = async () => {
    setCheck({ kind: 'checking' });
    const report = await services.check(tabId);
    setCheck(report ? { kind: 'done', report } : { kind: 'unavailable' });
  };

  return (
    <section class="comments-section" aria-labelledby="comments-heading" data-testid="comments-section">
      <h2 id="comments-heading">{C.heading}</h2>
      <p class="muted small">{C.intro}</p>
      <div class="button-row">
        <button type="button" class="button primary small" disabled={check.kind === 'checking'} onClick={() => void run()}>
          {check.kind === 'done' ? C.checkAgain : C.check}
        </button>
        <button
          type="button"
          class="button small"
          disabled={post.kind === 'saving'}
          onClick={async () => {
            setPost({ kind: 'saving' });
            setPost(postMessage(await services.recordPost(tabId)));
          }}
        >
          {post.kind === 'saving' ? R.saving : R.savePost}
        </button>
        <button type="button" class="button small" onClick={() => services.openRecords()}>
          {R.open}
        </button>
      </div>
      {post.kind === 'done' ? (
        <p class={`note ${post.tone === 'ok' ? 'ok' : 'warning'}`} role={post.tone === 'error' ? 'alert' : 'status'} data-testid="post-record-status">
          {post.message}
        </p>
      ) : null}
      <div role="status" data-testid="comments-result">
        {check.kind === 'checking' ? <p class="muted">{C.checking}</p> : null}
        {check.kind === 'unavailable' ? <p class="note">{C.notRunning}</p> : null}
        {check.kind === 'done' ? <p>{C.summary(check.report.checked, check.report.flagged.length)}</p> : null}
      </div>
      {check.kind === 'done' && check.report.flagged.length > 0 ? (
        <ul class="finding-list flagged-comments">
          {check.report.flagged.map((comment, index) => (
            <li class={`finding ${comment.severity}`} data-rules={comment.rules.join(' ')}>
              <div class="finding-main flagged-comment">
                <span class="finding-rule">{t.listOf(comment.rules.map((rule) => t.ruleName(rule)), 2)}</span>
                <span class="finding-message">
                  {comment.author || C.unknownAuthor}: {t.quote(comment.excerpt)}
                </span>
              </div>
              <button
                type="button"
                class="button small"
                aria-label={C.showLabel(comment.author || C.unknownAuthor)}
                onClick={async () => {
                  if (await services.show(tabId, index)) onShown();
                }}
              >
                {C.show}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
