import type { Finding, Strictness, Suggestion } from '../../engine/types';

/** An editor session as the badge, panel and card see it. */
export interface UiDraft {
  readonly findings: readonly Finding[];
  readonly text: string;
  readonly maxLength: number | undefined;
  /** Where the badge goes (the compose box), or null when it is not on screen. */
  anchorRect(): DOMRect | null;
  findingRects(finding: Finding): DOMRect[];
}

export interface CardState {
  draft: UiDraft;
  finding: Finding;
  /** Opened by click or keyboard (stays until closed), not by hovering. */
  pinned: boolean;
  /** Move keyboard focus into the card when it opens. */
  takeFocus: boolean;
  /** A message after a fix failed or a rule was turned off. */
  status?: string;
}

export interface UiActions {
  siteLabel: string;
  strictness(): Strictness;
  canTurnOff(ruleId: string): boolean;
  lockedBy(): string;
  applySuggestion(card: CardState, suggestion: Suggestion): void;
  ignore(card: CardState): void;
  turnOff(card: CardState): void;
  openCard(draft: UiDraft, finding: Finding, how: 'pointer' | 'keyboard'): void;
  closeCard(returnFocus: boolean): void;
  /** The pointer entered or left the card (hover cards stay open while it is over them). */
  pointerOnCard(inside: boolean): void;
  togglePanel(how: 'pointer' | 'keyboard'): void;
  closePanel(returnFocus: boolean): void;
  openTest(): void;
  /** "Check comments on this page" (issue 6). */
  checkComments?(): void;
}
