import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { worstSeverity } from '../../content/ui/severity';
import { t } from '../../ui/strings';
import { escalationMail, suggestedActions, telLink } from '../actions';
import { visibleRect } from './geometry';
import { authorOf, pillLabel } from './Marks';
import { lineRects, pillPlace } from './placement';
import { RecordStep } from './RecordStep';
import type { CheckedComment, LayerActions } from './types';

const WIDTH = 360;
const MARGIN = 8;
const TITLE_ID = 'golden-rule-comment-title';
const PILL_HEIGHT = 20;
const GAP = 4;

/**
 * Below the comment's pill if the card fits there, else above it, else on the side with more
 * room, scrolling inside: never over the pill, so the pill still closes it.
 */
function placement(pillTop: number, height: number): Record<string, string> {
  const below = pillTop + PILL_HEIGHT + GAP;
  const roomBelow = innerHeight - MARGIN - below;
  const roomAbove = pillTop - GAP - MARGIN;
  if (height <= roomBelow || roomBelow >= roomAbove) return { top: `${below}px`, maxHeight: `${Math.max(roomBelow, 120)}px` };
  return { bottom: `${innerHeight - (pillTop - GAP)}px`, maxHeight: `${roomAbove}px` };
}

/** Why a comment is marked, and what the guidance says to do about it, in its order. */
export function CommentCard({ comment, takeFocus, actions }: { comment: CheckedComment; takeFocus: boolean; actions: LayerActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useLayoutEffect(() => {
    // The natural height, even while a max-height makes it scroll.
    const measured = ref.current?.scrollHeight ?? 0;
    if (measured !== height) setHeight(measured);
  });
  useEffect(() => {
    if (takeFocus) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [comment, takeFocus]);
  useEffect(() => setCopied('idle'), [comment]);

  const rect = visibleRect(comment.item.element, comment.clips);
  if (!rect) return null;
  const pill = pillPlace(comment.item.element.getBoundingClientRect(), rect, pillLabel(comment), lineRects(comment.item.wordsElement));
  const place = placement(pill.top, height);
  const pillRight = innerWidth - pill.right;
  const left = Math.max(MARGIN, Math.min(pillRight - WIDTH, innerWidth - WIDTH - MARGIN));
  const severity = worstSeverity(comment.findings) ?? 'info';
  const council = actions.council();
  const steps = suggestedActions(comment.findings, actions.site, council);
  const author = authorOf(comment);
  const mo = steps.monitoringOfficer;
  const S = t.comments.steps;

  return (
    <div
      ref={ref}
      class={`comment-card ${severity}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      style={{ left: `${left}px`, ...place }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.closeCard(true);
        }
      }}
    >
      <div class="head">
        <span class={`dot ${severity}`} aria-hidden="true" />
        <h2 id={TITLE_ID}>{t.comments.cardTitle(author)}</h2>
        <button type="button" class="close" aria-label={t.comments.closeSummary} onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </div>
      <h3>{t.comments.why}</h3>
      <ul class="reasons">
        {comment.findings.map((finding) => (
          <li>
            <span class="rule">{t.ruleName(finding.ruleId)}: </span>
            {finding.message}{' '}
            <span class="passage">{t.quote(comment.item.text.slice(finding.start, finding.end))}</span>{' '}
            <a href={finding.url} target="_blank" rel="noopener noreferrer">
              {t.comments.readGuidance}
            </a>
          </li>
        ))}
      </ul>
      <h3>{t.comments.whatToDo}</h3>
      <RecordStep comment={comment} actions={actions} />
      <ol class="steps">
        <li data-step="hide">
          <span class="step">{S.hide}</span>
          <span class="how">{steps.hideHow}</span>
        </li>
        <li data-step="boundary">
          <span class="step">{S.boundary}</span>
          <span class="how">{S.boundaryIntro}</span>
          <blockquote>{steps.boundaryMessage}</blockquote>
          <button
            type="button"
            class="button quiet"
            onClick={async () => setCopied((await actions.copy(steps.boundaryMessage)) ? 'copied' : 'failed')}
          >
            {t.comments.copyBoundary}
          </button>
          <p class="state ok" role="status">
            {copied === 'copied' ? t.comments.copied : copied === 'failed' ? t.comments.copyFailed : ''}
          </p>
        </li>
        <li data-step="report">
          <span class="step">{S.report(actions.siteLabel)}</span>
          <span class="how">{steps.reportHow}</span>
        </li>
        {steps.escalation && (
          <li data-step="escalate">
            <span class="step">
              {steps.escalation === 'threat' ? S.escalate : steps.escalation === 'hate' ? S.escalateHate : S.escalateSafeguarding}
            </span>
            {steps.escalation === 'threat' && <span class="how">{S.escalateIntro} </span>}
            <span class="contacts">
              {mo.email && (
                <a
                  href={escalationMail(mo.email, {
                    author,
                    site: actions.siteLabel,
                    text: comment.item.text,
                    link: comment.item.permalink,
                    page: location.href,
                    seen: comment.seenAt,
                  })}
                >
                  {S.emailMonitoringOfficer(mo.name)}
                </a>
              )}
              {mo.phone && <a href={telLink(mo.phone)}>{S.callMonitoringOfficer(mo.phone)}</a>}
            </span>
            {steps.escalation !== 'safeguarding' && (
              <>
                <span class="how"> {S.emergency(steps.police.emergency)} </span>
                <span class="contacts">
                  <a href={telLink(steps.police.nonEmergency)}>{S.nonEmergency(steps.police.nonEmergency)}</a>
                  {steps.police.url && (
                    <a href={steps.police.url} target="_blank" rel="noopener noreferrer">
                      {S.policeOnline}
                    </a>
                  )}
                </span>
              </>
            )}
          </li>
        )}
      </ol>
      <p class="footnote">{t.comments.neverItself}</p>
    </div>
  );
}
