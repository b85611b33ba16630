import { render } from 'preact';
import type { Finding } from '../../engine/types';
import { Badge } from './Badge';
import { Card } from './Card';
import { attach, createUiLayers, type UiLayers } from './host';
import { Panel } from './Panel';
import { countLabel } from './severity';
import type { CardState, UiActions, UiDraft } from './types';

/** How long the pointer rests on an underline before its card opens, and leaves before it closes. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

export type CardActions = Omit<UiActions, 'openCard' | 'closeCard' | 'pointerOnCard' | 'togglePanel' | 'closePanel'>;

/** The badge, list and card of the page: one shadow root, rendered with Preact. */
export class Ui {
  private layers: UiLayers | null = null;
  private draft: UiDraft | null = null;
  private panel: { takeFocus: boolean } | null = null;
  private card: CardState | null = null;
  private pointerInCard = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = new WeakMap<UiDraft, number>();
  private readonly actions: UiActions;

  constructor(
    cardActions: CardActions,
    /** Gives keyboard focus back to the editor the card or list belongs to. */
    private readonly focusEditor: (draft: UiDraft) => void,
  ) {
    this.actions = {
      ...cardActions,
      openCard: (draft, finding, how) => this.openCard(draft, finding, { pinned: true, takeFocus: how === 'keyboard', reveal: true }),
      closeCard: (returnFocus) => this.closeCard(returnFocus),
      pointerOnCard: (inside) => {
        this.pointerInCard = inside;
        if (!inside) this.scheduleHoverClose();
        else clearTimeout(this.hoverTimer);
      },
      togglePanel: (how) => (this.panel ? this.closePanel(false) : this.openPanel(how === 'keyboard')),
      closePanel: (returnFocus) => this.closePanel(returnFocus),
    };
  }

  /** Called when the card should select its passage in the editor (from the list). */
  onReveal: (draft: UiDraft, finding: Finding) => void = () => {};

  get element(): HTMLElement {
    return this.ensureLayers().host;
  }

  get paintLayer(): HTMLElement {
    return this.ensureLayers().paint;
  }

  get isPanelOpen(): boolean {
    return this.panel !== null;
  }

  /** Whether anything is on screen (a badge, list or card) that must follow the page. */
  get isShowing(): boolean {
    return this.draft !== null || this.card !== null;
  }

  get openCardState(): CardState | null {
    return this.card;
  }

  /** The draft whose badge is shown: the focused editor, or the one focused last. */
  show(draft: UiDraft | null): void {
    if (this.draft !== draft) {
      this.panel = null;
      if (this.card && this.card.draft !== draft) this.card = null;
    }
    this.draft = draft;
    this.update();
  }

  /** A draft's findings changed: the card stays open while its finding is still there (re-checked or not). */
  findingsChanged(draft: UiDraft, announce: boolean): void {
    const card = this.card;
    if (card?.draft === draft && !draft.findings.includes(card.finding)) {
      const same = draft.findings.find((f) => sameFinding(f, card.finding));
      this.card = same ? { ...card, finding: same, takeFocus: false } : null;
    }
    if (announce && this.lastAnnounced.get(draft) !== draft.findings.length) {
      this.lastAnnounced.set(draft, draft.findings.length);
      const count = draft.findings.length;
      this.announce(`Golden Rule: ${countLabel(count)}.${count > 0 ? ' Alt+Enter opens the details.' : ''}`);
    }
    this.update();
  }

  openCard(draft: UiDraft, finding: Finding, how: { pinned: boolean; takeFocus: boolean; reveal?: boolean }): void {
    clearTimeout(this.hoverTimer);
    if (how.reveal) this.onReveal(draft, finding);
    this.panel = null;
    this.card = { draft, finding, pinned: how.pinned, takeFocus: how.takeFocus };
    this.update();
  }

  /** The pointer rests on an underline (or left it: `finding` null). */
  hover(draft: UiDraft, finding: Finding | null): void {
    if (finding) {
      if (this.card?.finding === finding) {
        clearTimeout(this.hoverTimer);
        return;
      }
      if (this.card?.pinned) return;
      clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => {
        // A click or the keyboard may have opened a card meanwhile: that one stays.
        if (!this.card?.pinned) this.openCard(draft, finding, { pinned: false, takeFocus: false });
      }, HOVER_OPEN_MS);
    } else {
      clearTimeout(this.hoverTimer);
      if (this.card && !this.card.pinned) this.scheduleHoverClose();
    }
  }

  closeCard(returnFocus: boolean): void {
    clearTimeout(this.hoverTimer);
    const card = this.card;
    if (!card) return;
    this.card = null;
    this.update();
    if (returnFocus) this.focusEditor(card.draft);
  }

  setCardStatus(card: CardState, status: string): void {
    if (this.card !== card) return;
    this.card = { ...card, status, takeFocus: false };
    this.update();
  }

  openPanel(takeFocus: boolean): void {
    if (!this.draft) return;
    this.card = null;
    this.panel = { takeFocus };
    this.update();
  }

  closePanel(returnFocus: boolean): void {
    if (!this.panel) return;
    this.panel = null;
    this.update();
    if (returnFocus && this.draft) this.focusEditor(this.draft);
  }

  /** A pointer press outside Golden Rule's controls and the editor closes what is open. */
  pressedOutside(): void {
    if (!this.card && !this.panel) return;
    this.card = null;
    this.panel = null;
    this.update();
  }

  announce(message: string): void {
    const live = this.ensureLayers().live;
    live.textContent = '';
    // A fresh text node makes screen readers read the same message again.
    setTimeout(() => (live.textContent = message), 50);
  }

  /** Re-renders (positions follow the editor through scrolling and resizing). */
  update(): void {
    const layers = this.ensureLayers();
    attach(layers.host);
    const { draft, card, panel } = this;
    render(
      <>
        {draft && <Badge draft={draft} open={panel !== null} actions={this.actions} />}
        {draft && panel && <Panel draft={draft} takeFocus={panel.takeFocus} actions={this.actions} />}
        {card && <Card card={card} actions={this.actions} />}
      </>,
      layers.controls,
    );
  }

  dispose(): void {
    clearTimeout(this.hoverTimer);
    if (this.layers) {
      render(null, this.layers.controls);
      this.layers.host.remove();
    }
    this.layers = null;
  }

  private scheduleHoverClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (this.card && !this.card.pinned && !this.pointerInCard) {
        this.card = null;
        this.update();
      }
    }, HOVER_CLOSE_MS);
  }

  private ensureLayers(): UiLayers {
    this.layers ??= createUiLayers();
    return this.layers;
  }
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.messageId === b.messageId && a.start === b.start && a.end === b.end;
}
