import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Suggestion } from '../engine/types';
import type { SiteAdapter } from '../sites/types';
import { OPEN_TEST_REQUEST } from './background-requests';
import { watchForEditors } from './discovery';
import { EditableField } from './fields/editable-field';
import { TextareaField } from './fields/textarea-field';
import { listenToPopup } from './messages';
import { BoxLayer, type BoxSource } from './paint/boxes';
import { CustomHighlights, supportsCustomHighlights } from './paint/custom-highlights';
import { EditorSession, type SessionHost } from './session';
import { SettingsState } from './settings-state';
import { ruleName } from './ui/severity';
import type { CardState, UiDraft } from './ui/types';
import { Ui } from './ui/Ui';

/** Between these sweeps, removed editors are let go and textareas changed by script are re-read. */
const SWEEP_MS = 1_000;

/** Golden Rule on one page of one site: finds the compose boxes and runs a session for each. */
export class GoldenRulePage implements SessionHost {
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private last: EditorSession | null = null;
  private readonly settingsState: SettingsState;
  private readonly ui: Ui;
  private readonly highlights = supportsCustomHighlights() ? new CustomHighlights() : null;
  private readonly boxes: BoxLayer;
  private readonly boxSources = new Map<EditorSession, BoxSource>();
  private readonly listeners = new Map<EditorSession, AbortController>();
  private readonly resizeObserver = new ResizeObserver(() => this.requestLayout());
  private layoutPending = false;
  private pointer: { session: EditorSession; x: number; y: number } | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
  ) {
    this.settingsState = new SettingsState(adapter);
    this.ui = new Ui(
      {
        siteLabel: adapter.label,
        strictness: () => this.settingsState.now.strictness,
        canTurnOff: (rule) => this.settingsState.canTurnOff(rule),
        lockedBy: this.settingsState.lockedBy,
        applySuggestion: (card, suggestion) => void this.applySuggestion(card, suggestion),
        ignore: (card) => this.ignore(card),
        turnOff: (card) => void this.turnOff(card),
        openTest: () => void browser.runtime.sendMessage({ type: OPEN_TEST_REQUEST }).catch(() => undefined),
      },
      (draft) => sessionOf(draft).element.focus({ preventScroll: true }),
    );
    this.ui.onReveal = (draft, finding) => sessionOf(draft).reveal(finding);
    this.boxes = new BoxLayer(() => this.ui.paintLayer);
  }

  start(): void {
    const { ctx } = this;
    this.settingsState.onChange(() => this.settingsChanged());
    void this.settingsState.start(
      (handler, ms) => ctx.setInterval(handler, ms),
      (cb) => ctx.onInvalidated(cb),
    );
    watchForEditors(
      this.adapter,
      {
        addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        onInvalidated: (cb) => ctx.onInvalidated(cb),
      },
      (editor) => this.bind(editor),
    );
    const layout = () => this.requestLayout();
    ctx.addEventListener(document, 'scroll', layout, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', layout, { passive: true });
    ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => this.keyDown(event), { capture: true });
    ctx.addEventListener(document, 'mousedown', (event: MouseEvent) => this.pressed(event), { capture: true });
    ctx.setInterval(() => this.sweep(), SWEEP_MS);
    listenToPopup(
      {
        adapter: this.adapter,
        active: () => this.settingsState.now.active,
        strictness: () => this.settingsState.now.strictness,
        current: () => this.currentSession(),
      },
      (cb) => ctx.onInvalidated(cb),
    );
    ctx.onInvalidated(() => this.dispose());
  }

  // SessionHost

  settings() {
    return this.settingsState.now;
  }

  repaint(session: EditorSession): void {
    if (this.highlights && session.field.kind === 'editable') {
      const underlines = session.findings.flatMap((finding) => {
        const range = session.field.rangeOf?.(finding.start, finding.end);
        return range ? [{ severity: finding.severity, range }] : [];
      });
      this.highlights.set(session, underlines);
    } else if (session.findings.length > 0) {
      if (!this.boxSources.has(session)) {
        const source: BoxSource = {
          boxes: () => ({
            clip: session.field.visibleRect(),
            items: session.findings.map((f) => ({ severity: f.severity, start: f.start, rects: session.field.rectsOf(f.start, f.end) })),
          }),
        };
        this.boxSources.set(session, source);
        this.boxes.add(source);
      }
    } else {
      this.removeBoxes(session);
    }
    this.requestLayout();
  }

  checked(session: EditorSession): void {
    this.ui.findingsChanged(session, this.isFocused(session));
  }

  isFocused(session: EditorSession): boolean {
    const active = document.activeElement;
    return !!active && (active === session.element || session.element.contains(active));
  }

  maxLength(element: HTMLElement): number | undefined {
    try {
      return this.adapter.maxLength(element);
    } catch {
      return undefined;
    }
  }

  anchor(element: HTMLElement): Element {
    try {
      return this.adapter.anchor?.(element) ?? element;
    } catch {
      return element;
    }
  }

  // Editors

  private bind(editor: HTMLElement): void {
    if (this.sessions.has(editor)) return;
    try {
      const field =
        editor instanceof HTMLTextAreaElement ? new TextareaField(editor, () => this.ui.paintLayer) : new EditableField(editor);
      const session = new EditorSession(field, this);
      this.sessions.set(editor, session);
      this.listen(session);
      if (this.isFocused(session)) this.focused(session);
    } catch (error) {
      console.debug('Golden Rule could not attach to a compose box', error);
    }
  }

  private listen(session: EditorSession): void {
    const controller = new AbortController();
    this.listeners.set(session, controller);
    const options = { signal: controller.signal };
    const editor = session.element;
    const guard =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        try {
          handler(...args);
        } catch (error) {
          console.debug('Golden Rule', error);
        }
      };
    editor.addEventListener('focusin', guard(() => this.focused(session)), options);
    editor.addEventListener('input', guard(() => session.changed()), options);
    editor.addEventListener('mousemove', guard((event: MouseEvent) => this.pointerMoved(session, event)), options);
    editor.addEventListener('mouseleave', guard(() => this.ui.hover(session, null)), options);
    editor.addEventListener('click', guard(() => setTimeout(() => this.clicked(session), 0)), options);
    editor.addEventListener('keydown', guard((event: KeyboardEvent) => this.typed(session, event)), options);
    if (session.field.kind === 'editable') {
      const observer = new MutationObserver(guard(() => session.changed()));
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      controller.signal.addEventListener('abort', () => observer.disconnect());
    }
    this.resizeObserver.observe(editor);
  }

  private focused(session: EditorSession): void {
    this.last = session;
    this.ui.show(this.settingsState.now.active ? session : null);
    session.focused();
  }

  private currentSession(): EditorSession | null {
    return this.last && this.last.element.isConnected ? this.last : null;
  }

  private pointerMoved(session: EditorSession, event: MouseEvent): void {
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

  private clicked(session: EditorSession): void {
    const offset = session.field.caretOffset();
    const finding = offset === null ? undefined : session.findingAt(offset);
    if (finding) this.ui.openCard(session, finding, { pinned: true, takeFocus: false });
    else if (this.ui.openCardState?.draft === session) this.ui.closeCard(false);
  }

  private typed(session: EditorSession, event: KeyboardEvent): void {
    const typing = event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter';
    if (typing && !event.altKey && this.ui.openCardState?.draft === session) this.ui.closeCard(false);
  }

  /** Alt+Enter in a compose box opens the card of the finding at the caret, or the list. Escape closes them. */
  private keyDown(event: KeyboardEvent): void {
    const session = [...this.sessions.values()].find((s) => event.target instanceof Node && (s.element === event.target || s.element.contains(event.target)));
    if (!session || !this.settingsState.now.active) return;
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      this.focused(session);
      const offset = session.field.caretOffset();
      const finding = offset === null ? undefined : session.findingAt(offset);
      if (finding) this.ui.openCard(session, finding, { pinned: true, takeFocus: true });
      else this.ui.openPanel(true);
    } else if (event.key === 'Escape' && this.ui.openCardState) {
      event.preventDefault();
      event.stopPropagation();
      this.ui.closeCard(false);
    }
  }

  private pressed(event: MouseEvent): void {
    const target = event.target;
    if (target === this.ui.element) return;
    if (target instanceof Node && [...this.sessions.keys()].some((editor) => editor.contains(target))) return;
    this.ui.pressedOutside();
  }

  // Card actions

  private async applySuggestion(card: CardState, suggestion: Suggestion): Promise<void> {
    const session = sessionOf(card.draft);
    this.ui.closeCard(false);
    const ok = await session.apply(card.finding, suggestion);
    if (ok) {
      this.ui.announce('Golden Rule changed the text.');
      return;
    }
    const same = session.findings.find((f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start && f.end === card.finding.end);
    const message = 'This box would not take the change. Please edit the text yourself.';
    if (same) {
      this.ui.openCard(session, same, { pinned: true, takeFocus: false });
      const reopened = this.ui.openCardState;
      if (reopened) this.ui.setCardStatus(reopened, message);
    } else {
      this.ui.announce(message);
    }
  }

  private ignore(card: CardState): void {
    const returnFocus = this.focusIsInUi();
    sessionOf(card.draft).ignoreOnce(card.finding);
    this.ui.closeCard(returnFocus);
  }

  private async turnOff(card: CardState): Promise<void> {
    const returnFocus = this.focusIsInUi();
    const name = ruleName(card.finding.ruleId);
    try {
      if (!(await this.settingsState.turnOffOnSite(card.finding.ruleId))) return;
    } catch {
      this.ui.setCardStatus(card, 'The setting could not be saved.');
      return;
    }
    this.ui.closeCard(returnFocus);
    this.ui.announce(`${name} is off on ${this.adapter.label}. Turn it back on in Golden Rule's popup.`);
  }

  private focusIsInUi(): boolean {
    return document.activeElement === this.ui.element;
  }

  // Settings, layout, housekeeping

  private settingsChanged(): void {
    const { active } = this.settingsState.now;
    for (const session of this.sessions.values()) {
      if (active) session.invalidate();
      else session.clear();
    }
    this.ui.show(active ? this.currentSession() : null);
  }

  private requestLayout(): void {
    if (this.layoutPending) return;
    this.layoutPending = true;
    requestAnimationFrame(() => {
      this.layoutPending = false;
      this.boxes.paint();
      this.ui.update();
    });
  }

  private sweep(): void {
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) {
        this.unbind(session);
        continue;
      }
      // A script may set a textarea's value (the site clearing it after posting): no event says so.
      if (session.field.kind === 'textarea') session.changed();
    }
    if (!this.boxes.isEmpty || this.currentSession()) this.requestLayout();
  }

  private unbind(session: EditorSession): void {
    this.listeners.get(session)?.abort();
    this.listeners.delete(session);
    this.resizeObserver.unobserve(session.element);
    this.sessions.delete(session.element);
    this.highlights?.delete(session);
    this.removeBoxes(session);
    session.dispose();
    if (this.last === session) {
      this.last = null;
      this.ui.show(null);
    }
  }

  private removeBoxes(session: EditorSession): void {
    const source = this.boxSources.get(session);
    if (!source) return;
    this.boxes.delete(source);
    this.boxSources.delete(session);
  }

  private dispose(): void {
    for (const session of [...this.sessions.values()]) this.unbind(session);
    this.resizeObserver.disconnect();
    this.ui.dispose();
  }
}

function sessionOf(draft: UiDraft): EditorSession {
  return draft as EditorSession;
}

