import type { EditorSession } from './session';
import type { Ui } from './ui/Ui';

/**
 * Pointer and keyboard in and around the compose boxes: hovering an underline opens its card,
 * a click in one pins it, Alt+Enter opens it (or the list) from the keyboard, Escape and typing
 * close it, and a press anywhere else closes what is open.
 */
export class Interactions {
  private pointer: { session: EditorSession; x: number; y: number } | null = null;

  constructor(
    private readonly ui: Ui,
    private readonly sessions: () => Iterable<EditorSession>,
    private readonly isActive: () => boolean,
    /** Makes the session the one the badge and popup are about. */
    private readonly focused: (session: EditorSession) => void,
  ) {}

  pointerMoved(session: EditorSession, event: MouseEvent): void {
    const pending = this.pointer;
    this.pointer = { session, x: event.clientX, y: event.clientY };
    if (pending) return;
    requestAnimationFrame(() => {
      const pointer = this.pointer;
      this.pointer = null;
      if (!pointer || pointer.session.findings.length === 0) return;
      this.ui.hover(pointer.session, pointer.session.findingAtPoint(pointer.x, pointer.y) ?? null);
    });
  }

  pointerLeft(session: EditorSession): void {
    this.ui.hover(session, null);
  }

  /** After a click has placed the caret: the card of the finding under it. */
  clicked(session: EditorSession): void {
    const finding = this.findingAtCaret(session);
    if (finding) this.ui.openCard(session, finding, { pinned: true, takeFocus: false });
    else if (this.ui.openCardState?.draft === session) this.ui.closeCard(false);
  }

  typed(session: EditorSession, event: KeyboardEvent): void {
    const typing = event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter';
    if (typing && !event.altKey && this.ui.openCardState?.draft === session) this.ui.closeCard(false);
  }

  /** Window-level, capture phase, so the editor never sees the keys used here. */
  keyDown(event: KeyboardEvent): void {
    const target = event.target;
    const session = [...this.sessions()].find((s) => target instanceof Node && s.element.contains(target));
    if (!session || !this.isActive()) return;
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      this.focused(session);
      const finding = this.findingAtCaret(session);
      if (finding) this.ui.openCard(session, finding, { pinned: true, takeFocus: true });
      else this.ui.openPanel(true);
    } else if (event.key === 'Escape' && (this.ui.openCardState || this.ui.isPanelOpen)) {
      event.preventDefault();
      event.stopPropagation();
      this.ui.closeCard(false);
      this.ui.closePanel(false);
    }
  }

  pressed(event: MouseEvent): void {
    const target = event.target;
    if (target === this.ui.element) return;
    if (target instanceof Node && [...this.sessions()].some((s) => s.element.contains(target))) return;
    this.ui.pressedOutside();
  }

  private findingAtCaret(session: EditorSession) {
    const offset = session.field.caretOffset();
    return offset === null ? undefined : session.findingAt(offset);
  }
}
