import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import { t } from '../../ui/strings';
import { BADGE_SIZE } from './Badge';
import { SEVERITY_LABEL, countLabel } from './severity';
import type { UiActions, UiDraft } from './types';

const EXCERPT_LENGTH = 40;

/** Every finding in the draft, the character count, and the way to the golden-rule test. */
export function Panel({ draft, takeFocus, actions }: { draft: UiDraft; takeFocus: boolean; actions: UiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.querySelector<HTMLElement>('.item, .link')?.focus();
  }, [takeFocus]);

  const anchor = draft.anchorRect();
  if (!anchor) return null;
  const right = Math.max(8, innerWidth - anchor.right);
  // Clear of the badge, which sits astride the box's bottom edge.
  const badgeTop = anchor.bottom - BADGE_SIZE / 2;
  const above = badgeTop > 320;
  const position = above ? { bottom: `${innerHeight - badgeTop + 6}px` } : { top: `${badgeTop + BADGE_SIZE + 6}px` };
  const count = draft.findings.length;
  const length = [...draft.text].length;
  const over = draft.maxLength !== undefined && length > draft.maxLength;

  return (
    <div
      ref={ref}
      class="panel"
      role="dialog"
      aria-label="Golden Rule: findings in this post"
      style={{ right: `${right}px`, ...position }}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.closePanel(true);
        }
      }}
    >
      <div class="head">
        <h2>Golden Rule: {countLabel(count)}</h2>
        <button type="button" class="close" aria-label="Close" onClick={() => actions.closePanel(true)}>
          ×
        </button>
      </div>
      <p class="meta">
        {actions.siteLabel} · {actions.strictness()} checking
        {draft.maxLength !== undefined && (
          <>
            {' · '}
            <span class={over ? 'over' : ''}>
              {length.toLocaleString('en-GB')} of {draft.maxLength.toLocaleString('en-GB')} characters
            </span>
          </>
        )}
      </p>
      {count === 0 ? (
        <p class="empty">Nothing in this draft goes against the guidance checks.</p>
      ) : (
        <ul>
          {draft.findings.map((finding) => (
            <li>
              <button
                type="button"
                class="item"
                onClick={(event) => actions.openCard(draft, finding, event.detail === 0 ? 'keyboard' : 'pointer')}
              >
                <span class={`dot ${finding.severity}`} aria-hidden="true" />
                <span>
                  <span class="sr-only">{SEVERITY_LABEL[finding.severity]}: </span>
                  {finding.message} <span class="excerpt">“{excerpt(draft.text, finding)}”</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="link" onClick={() => actions.openTest()}>
          Take the golden-rule test
        </button>
        {actions.checkComments && (
          <button type="button" class="link" onClick={() => actions.checkComments?.()}>
            {t.comments.checkOnPage}
          </button>
        )}
      </div>
    </div>
  );
}

function excerpt(text: string, finding: Finding): string {
  const passage = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return passage.length > EXCERPT_LENGTH ? `${passage.slice(0, EXCERPT_LENGTH - 1)}…` : passage;
}
