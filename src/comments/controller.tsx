import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { editorForFocus } from '../content/discovery';
import type { SettingsState } from '../content/settings-state';
import type { Ui } from '../content/ui/Ui';
import { adoptStyles } from '../content/ui/host';
import { SEVERITY_RANK } from '../content/ui/severity';
import type { Finding } from '../engine/types';
import type { SiteAdapter } from '../sites/types';
import { checkAll } from './check';
import { findComments, findPost } from './find';
import { CHECK_COMMENTS, isCommentsRequest, SHOW_COMMENT, type CheckReport } from './messages';
import { relatedComment } from './related';
import { commentRecord, downloadRecord, openRecords, pageRecord, saveRecord } from './save';
import { CommentLayer } from './ui/CommentLayer';
import { clippingAncestors } from './ui/geometry';
import { COMMENTS_CSS } from './ui/styles';
import type { CheckedComment, LayerActions, LayerState, SaveState } from './ui/types';

/** After a check, comments that load later (scrolling, "view more") are checked at most this often. */
const RESCAN_MS = 600;
const EXCERPT = 80;

/**
 * "Check comments": reads the comments on the page, checks each in comment mode, and marks the
 * ones that cross the line in Golden Rule's shadow root. Nothing on the page is hidden, changed
 * or reported; the marks follow the page as it scrolls and reflows.
 */
export class CommentsController {
  private checked = new Map<HTMLElement, CheckedComment>();
  /** Findings by comment text: a comment re-rendered by the site is not checked again. */
  private readonly cache = new Map<string, Finding[]>();
  /** When each comment's words were first seen, for its record (kept when the site re-renders it). */
  private readonly firstSeen = new Map<string, Date>();
  private state: LayerState = { flagged: [], summary: null, card: null, nudge: null };
  private readonly saves = new WeakMap<CheckedComment, SaveState>();
  private readonly nudged = new WeakSet<CheckedComment>();
  private layer: HTMLElement | null = null;
  private observer: MutationObserver | null = null;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private framePending = false;
  private generation = 0;
  private nextIndex = 0;
  private readonly actions: LayerActions;
  private ctx: ContentScriptContext | null = null;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly ui: Ui,
    private readonly settings: SettingsState,
  ) {
    this.actions = {
      site: adapter.site,
      siteLabel: adapter.label,
      council: () => settings.councilConfig,
      saveState: (comment) => this.saves.get(comment),
      openCard: (comment, how) => this.openCard(comment, how === 'keyboard'),
      closeCard: (returnFocus) => this.closeCard(returnFocus),
      save: (comment) => void this.save(comment),
      download: (comment) => this.download(comment),
      openRecords,
      copy: async (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
      showNext: () => this.showNext(),
      clearMarks: () => this.clear(),
      closeSummary: () => this.set({ summary: null }),
      dismissNudge: () => this.set({ nudge: null }),
    };
  }

  start(ctx: ContentScriptContext): void {
    this.ctx = ctx;
    const layout = () => this.requestFrame();
    ctx.addEventListener(document, 'scroll', layout, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', layout, { passive: true });
    ctx.addEventListener(document, 'focusin', (event: FocusEvent) => this.focused(event.target), { capture: true });
    ctx.addEventListener(document, 'input', (event: Event) => this.focused(event.target), { capture: true });
    ctx.addEventListener(document, 'mousedown', (event: MouseEvent) => this.pressed(event.target), { capture: true });
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isCommentsRequest(message)) return undefined;
      if (message.type === CHECK_COMMENTS) void this.check().then(sendResponse);
      else if (message.type === SHOW_COMMENT) sendResponse({ ok: this.show(message.index) });
      else void this.recordPost().then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      this.dispose();
    });
  }

  /** Checks every comment on the page now, and those that appear later until the marks are cleared. */
  async check(): Promise<CheckReport> {
    const generation = ++this.generation;
    this.set({ summary: { checked: this.state.summary?.checked ?? 0, flagged: this.state.flagged.length, checking: true } });
    await this.scan(generation);
    this.watch();
    return this.report();
  }

  show(index: number): boolean {
    const comment = this.state.flagged[index];
    if (!comment?.item.element.isConnected) return false;
    comment.item.element.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.openCard(comment, false);
    return true;
  }

  async recordPost() {
    const post = findPost(this.adapter);
    if (!post) return { ok: false as const, reason: 'no-post' as const, message: 'No post found on this page.' };
    return saveRecord(pageRecord(this.adapter.site, post, 'post', new Date()), post.element, this.ui.element);
  }

  private async scan(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const items = findComments(this.adapter);
    // Every text checked so far is in the cache, so only new words are checked (each once).
    const fresh = [...new Set(items.map((item) => item.text))].filter((text) => !this.cache.has(text));
    const options = this.settings.now.options;
    const results = await checkAll(fresh, options, () => generation !== this.generation);
    // Cleared, or checked again, meanwhile: this scan's results are not wanted.
    if (!results || generation !== this.generation) return;
    fresh.forEach((text, index) => this.cache.set(text, sortByRisk(results[index]!)));
    const next = new Map<HTMLElement, CheckedComment>();
    for (const item of items) {
      const previous = this.checked.get(item.element);
      const findings = this.cache.get(item.text) ?? [];
      next.set(
        item.element,
        previous && previous.item.text === item.text
          ? previous
          : { item, findings, seenAt: this.seen(item.text), clips: findings.length > 0 ? clippingAncestors(item.element) : [] },
      );
    }
    this.checked = next;
    const flagged = [...next.values()].filter((c) => c.findings.length > 0);
    const card = this.state.card && flagged.includes(this.state.card.comment) ? this.state.card : null;
    this.set({ flagged, card, summary: { checked: next.size, flagged: flagged.length, checking: false } });
  }

  private seen(text: string): Date {
    let at = this.firstSeen.get(text);
    if (!at) this.firstSeen.set(text, (at = new Date()));
    return at;
  }

  /** New comments (the site loads more as you scroll) are checked too, a moment after they appear. */
  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      if (this.rescanTimer !== undefined) return;
      this.rescanTimer = setTimeout(() => {
        this.rescanTimer = undefined;
        const generation = this.generation;
        this.ctx?.requestIdleCallback(() => void this.scan(generation), { timeout: 1_000 });
      }, RESCAN_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  private report(): CheckReport {
    return {
      checked: this.checked.size,
      flagged: this.state.flagged.map((c) => ({
        author: c.item.author,
        excerpt: c.item.text.length > EXCERPT ? `${c.item.text.slice(0, EXCERPT - 1)}…` : c.item.text,
        rules: [...new Set(c.findings.map((f) => f.ruleId))],
        severity: c.findings[0]!.severity,
      })),
    };
  }

  private openCard(comment: CheckedComment, takeFocus: boolean): void {
    this.set({ card: { comment, takeFocus }, nudge: this.state.nudge?.comment === comment ? null : this.state.nudge });
  }

  private closeCard(returnFocus: boolean): void {
    const card = this.state.card;
    this.set({ card: null });
    if (returnFocus && card) this.layer?.querySelector<HTMLElement>('.comment-mark')?.focus();
  }

  private showNext(): void {
    const { flagged } = this.state;
    if (flagged.length === 0) return;
    this.show(this.nextIndex++ % flagged.length);
  }

  private async save(comment: CheckedComment): Promise<void> {
    if (this.saves.get(comment)?.kind === 'saving') return;
    this.saves.set(comment, { kind: 'saving' });
    this.render();
    const result = await saveRecord(commentRecord(this.adapter.site, comment), comment.item.element, this.ui.element);
    this.saves.set(comment, { kind: 'done', result });
    this.render();
  }

  private download(comment: CheckedComment): void {
    const state = this.saves.get(comment);
    if (state?.kind === 'done' && !state.result.ok && state.result.download) {
      downloadRecord(state.result.download, `golden-rule-record-${comment.seenAt.toISOString().slice(0, 10)}.json`);
    }
  }

  /** A reply box gained focus or got text: is it answering a marked comment? */
  private focused(target: EventTarget | null): void {
    if (this.state.flagged.length === 0 || !(target instanceof Element)) return;
    const editor = editorForFocus(this.adapter, target);
    if (!editor) return;
    const draft = editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
    const comment = relatedComment(editor, draft, [...this.checked.values()]);
    if (!comment || this.nudged.has(comment)) return;
    this.nudged.add(comment);
    this.set({ nudge: { comment, editor } });
  }

  private pressed(target: EventTarget | null): void {
    if (target === this.ui.element || !this.state.card) return;
    this.set({ card: null });
  }

  private clear(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    this.checked = new Map();
    this.set({ flagged: [], summary: null, card: null, nudge: null });
  }

  private set(change: Partial<LayerState>): void {
    this.state = { ...this.state, ...change };
    this.render();
  }

  private requestFrame(): void {
    if (this.framePending || (this.state.flagged.length === 0 && !this.state.nudge)) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.render();
    });
  }

  private render(): void {
    render(<CommentLayer state={this.state} actions={this.actions} />, this.ensureLayer());
  }

  private ensureLayer(): HTMLElement {
    const root = this.ui.element.shadowRoot!;
    // Not isConnected: the page may detach Golden Rule's host for a moment, and the layer is still in it.
    if (this.layer?.getRootNode() === root) return this.layer;
    this.layer = document.createElement('div');
    root.append(this.layer);
    adoptStyles(root, COMMENTS_CSS);
    return this.layer;
  }

  private dispose(): void {
    this.clear();
    if (this.layer) render(null, this.layer);
    this.layer?.remove();
  }
}

function sortByRisk(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start);
}

