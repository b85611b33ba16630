import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isEngineNotice } from '../../engine/types';
import { SEVERITY_LABEL, ruleName } from './severity';
import type { CardState, UiActions } from './types';

const GAP = 6;
const WIDTH = 340;
/** Kept clear at the viewport's edges. */
const MARGIN = 8;

/** The finding's explanation and actions, next to the underlined passage. */
export function Card({ card, actions }: { card: CardState; actions: UiActions }) {
  const { finding } = card;
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const titleId = 'golden-rule-card-title';

  // The card's height is known only once it is drawn: measure it, then place it where it fits.
  useLayoutEffect(() => {
    const measured = ref.current?.offsetHeight ?? 0;
    if (measured !== height) setHeight(measured);
  });

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('button.fix') ?? ref.current?.querySelector<HTMLElement>('button.link');
    if (card.takeFocus) first?.focus();
  }, [card.finding, card.takeFocus]);

  const rect = card.draft.findingRects(finding)[0];
  if (!rect) return null;
  const top = cardTop(rect, height);
  const left = cardLeft(rect, top, height);
  const canTurnOff = actions.canTurnOff(finding.ruleId);
  const isRule = !isEngineNotice(finding.ruleId);

  return (
    <div
      ref={ref}
      class={`card ${finding.severity}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      style={{ left: `${left}px`, top: `${top}px` }}
      onMouseEnter={() => actions.pointerOnCard(true)}
      onMouseLeave={() => actions.pointerOnCard(false)}
      onMouseDown={(event) => {
        // Keep the caret in the editor when the card is used with the mouse.
        if (!(event.target as Element).closest('a')) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.closeCard(true);
        }
      }}
    >
      <div class="head">
        <span class={`dot ${finding.severity}`} aria-hidden="true" />
        <span class="title">
          {SEVERITY_LABEL[finding.severity]} · {ruleName(finding.ruleId)}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </div>
      <p class="message" id={titleId}>
        {finding.message}
      </p>
      <p class="why">
        {finding.why}{' '}
        <a href={finding.url} target="_blank" rel="noopener noreferrer">
          Read the guidance
        </a>
      </p>
      {finding.suggestions.length > 0 && (
        <div class="fixes" role="group" aria-label="Suggested rewrites">
          {finding.suggestions.map((suggestion) => (
            <button type="button" class="fix" onClick={() => actions.applySuggestion(card, suggestion)}>
              {suggestion.label}
            </button>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" class="link" onClick={() => actions.ignore(card)}>
          Ignore this once
        </button>
        {isRule &&
          (canTurnOff ? (
            <button type="button" class="link" onClick={() => actions.turnOff(card)}>
              Turn this rule off on {actions.siteLabel}
            </button>
          ) : (
            <span class="locked">Always on: set by {actions.lockedBy()}</span>
          ))}
      </div>
      {card.status && (
        <p class="status" role="alert">
          {card.status}
        </p>
      )}
    </div>
  );
}

/** Below the passage if the card fits there, else above it, else wherever it best stays on screen. */
function cardTop(passage: DOMRect, height: number): number {
  const below = passage.bottom + GAP;
  const above = passage.top - GAP - height;
  let top = below;
  if (below + height > innerHeight - MARGIN) {
    const roomBelow = innerHeight - MARGIN - below;
    const roomAbove = passage.top - GAP - MARGIN;
    if (above >= MARGIN || roomAbove > roomBelow) top = above;
  }
  return Math.max(MARGIN, Math.min(top, innerHeight - MARGIN - height));
}

/** Under or over the passage, from its left; beside it when the card could only fit on top of it. */
function cardLeft(passage: DOMRect, top: number, height: number): number {
  const clamp = (left: number) => Math.max(MARGIN, Math.min(left, innerWidth - WIDTH - MARGIN));
  const coversPassage = top < passage.bottom && top + height > passage.top;
  if (!coversPassage) return clamp(passage.left);
  if (passage.left - GAP - WIDTH >= MARGIN) return passage.left - GAP - WIDTH;
  if (passage.right + GAP + WIDTH <= innerWidth - MARGIN) return passage.right + GAP;
  return clamp(passage.left);
}
