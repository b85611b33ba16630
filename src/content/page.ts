import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { CommentsController } from '../comments/controller';
import { startHistory } from '../history/content';
import { cardActions, sessionOf } from './card-actions';
import { watchForEditors } from './discovery';
import { EditableField } from './fields/editable-field';
import { TextareaField } from './fields/textarea-field';
import { Interactions } from './interactions';
import { listenToPopup } from './messages';
import { BoxLayer, type BoxSource } from './paint/boxes';
import { CustomHighlights, supportsCustomHighlights } from './paint/custom-highlights';
import { EditorSession, type SessionHost } from './session';
import { SettingsState } from './settings-state';
import { Ui } from './ui/Ui';
import { warmUpWhenIdle } from './warm-up';

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
  private readonly interactions: Interactions;
  private readonly comments: CommentsController;
  private layoutPending = false;
  private warmingUp = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
  ) {
    this.settingsState = new SettingsState(adapter);
    this.ui = new Ui(
      {
        ...cardActions(adapter, this.settingsState, () => this.ui),
        checkComments: () => {
          this.ui.closePanel(false);
          void this.comments.check();
        },
      },
      (draft) => sessionOf(draft).element.focus({ preventScroll: true }),
    );
    this.comments = new CommentsController(adapter, this.ui, this.settingsState);
    this.ui.onReveal = (draft, finding) => sessionOf(draft).reveal(finding);
    this.boxes = new BoxLayer(() => this.ui.paintLayer);
    this.interactions = new Interactions(
      this.ui,
      () => this.sessions.values(),
      () => this.settingsState.now.active,
      (session) => this.focused(session),
    );
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
        whenIdle: (handler, timeout) => ctx.requestIdleCallback(() => handler(), { timeout }),
        onInvalidated: (cb) => ctx.onInvalidated(cb),
      },
      (editor) => this.bind(editor),
    );
    const layout = () => this.requestLayout();
    ctx.addEventListener(document, 'scroll', layout, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', layout, { passive: true });
    ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => this.interactions.keyDown(event), { capture: true });
    ctx.addEventListener(document, 'mousedown', (event: MouseEvent) => this.interactions.pressed(event), { capture: true });
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
    this.comments.start(ctx);
    startHistory(ctx, this.adapter, this.settingsState);
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
    this.requestLayout(true);
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
      this.warmUp();
      this.listen(session);
      if (this.isFocused(session)) this.focused(session);
    } catch (error) {
      console.debug('Golden Rule could not attach to a compose box', error);
    }
  }

  /** Once a compose box is found, get the engine ready in idle time before the first key. */
  private warmUp(): void {
    if (this.warmingUp || !this.settingsState.now.active) return;
    this.warmingUp = true;
    warmUpWhenIdle(this.settingsState.now.options, (run) => this.ctx.requestIdleCallback(run));
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
    const { interactions } = this;
    editor.addEventListener('mousemove', guard((event: MouseEvent) => interactions.pointerMoved(session, event)), options);
    editor.addEventListener('mouseleave', guard(() => interactions.pointerLeft(session)), options);
    // After the click has placed the caret.
    editor.addEventListener('click', guard(() => setTimeout(() => interactions.clicked(session), 0)), options);
    editor.addEventListener('keydown', guard((event: KeyboardEvent) => interactions.typed(session, event)), options);
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

  // Settings, layout, housekeeping

  private settingsChanged(): void {
    const { active } = this.settingsState.now;
    for (const session of this.sessions.values()) {
      if (active) session.invalidate();
      else session.clear();
    }
    this.ui.show(active ? this.currentSession() : null);
  }

  /** Repaints on the next frame; a scroll or resize with nothing on screen is ignored unless `force`. */
  private requestLayout(force = false): void {
    if (this.layoutPending || (!force && this.boxes.isEmpty && !this.ui.isShowing)) return;
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

