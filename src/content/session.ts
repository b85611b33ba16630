import { lint } from '../engine/lint';
import type { Finding, Suggestion } from '../engine/types';
import { clearContract, writeContract } from './contract';
import type { EditorField } from './fields/types';
import { diffText, shiftFindings } from './shift';
import type { UiDraft } from './ui/types';

/** Quiet time after the last change before the draft is checked… */
export const CHECK_DEBOUNCE_MS = 250;
/** …but while typing on, it is checked at least this often. */
export const CHECK_MAX_WAIT_MS = 1_000;
/** Each check's duration is in the page's performance timeline under this name (DevTools shows it). */
export const CHECK_MEASURE = 'golden-rule check';

export interface SessionHost {
  settings(): { active: boolean; options: Parameters<typeof lint>[1] };
  /** The findings or their place on screen changed. */
  repaint(session: EditorSession): void;
  /** A check finished (the list, badge and card follow). */
  checked(session: EditorSession): void;
  isFocused(session: EditorSession): boolean;
  maxLength(element: HTMLElement): number | undefined;
  anchor(element: HTMLElement): Element;
}

/** One bound compose box: its text, the findings shown for it, and the checks as it changes. */
export class EditorSession implements UiDraft {
  /** The text as last read; `findings` are offsets into it. */
  text = '';
  findings: readonly Finding[] = [];
  /** The text the last check ran on (null: never checked, or checking is off). */
  private checkedText: string | null = null;
  private readonly ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChangeAt: number | null = null;

  constructor(
    readonly field: EditorField,
    private readonly host: SessionHost,
  ) {
    this.text = field.read();
  }

  get element(): HTMLElement {
    return this.field.element;
  }

  get maxLength(): number | undefined {
    return this.host.maxLength(this.element);
  }

  /** The text may have changed (input, a mutation, a paste, the site clearing the box). */
  changed(): void {
    const now = this.field.read();
    const edit = diffText(this.text, now);
    if (!edit) return;
    this.text = now;
    this.findings = shiftFindings(this.findings, edit);
    this.host.repaint(this);
    if (this.host.isFocused(this)) this.scheduleCheck();
  }

  /** Focus arrived: check at once if the text is not what was last checked. */
  focused(): void {
    this.changed();
    if (this.checkedText !== this.text) this.checkNow();
  }

  scheduleCheck(): void {
    const now = Date.now();
    this.firstChangeAt ??= now;
    const wait = Math.min(CHECK_DEBOUNCE_MS, Math.max(0, this.firstChangeAt + CHECK_MAX_WAIT_MS - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), wait);
  }

  checkNow(): void {
    clearTimeout(this.timer);
    this.firstChangeAt = null;
    const { active, options } = this.host.settings();
    if (!active) {
      this.clear();
      return;
    }
    const started = performance.now();
    this.text = this.field.read();
    this.checkedText = this.text;
    this.findings = lint(this.text, options).filter((finding) => !this.ignored.has(this.ignoreKey(finding)));
    this.host.repaint(this);
    writeContract(this.element, this.findings);
    this.host.checked(this);
    // Only the latest is kept, so a long session does not fill the timeline.
    performance.clearMeasures(CHECK_MEASURE);
    performance.measure(CHECK_MEASURE, { start: started });
  }

  /** Settings changed: the next check counts as new. */
  invalidate(): void {
    this.checkedText = null;
    if (this.host.isFocused(this) || this.findings.length > 0) this.checkNow();
  }

  /** Checking is off here: no underlines, no contract attributes. */
  clear(): void {
    clearTimeout(this.timer);
    this.checkedText = null;
    this.findings = [];
    this.host.repaint(this);
    clearContract(this.element);
    this.host.checked(this);
  }

  ignoreOnce(finding: Finding): void {
    this.ignored.add(this.ignoreKey(finding));
    this.findings = this.findings.filter((f) => f !== finding);
    this.host.repaint(this);
    writeContract(this.element, this.findings);
    this.host.checked(this);
  }

  async apply(finding: Finding, suggestion: Suggestion): Promise<boolean> {
    const current = this.field.read();
    // The draft changed since the check: the offsets may point elsewhere now.
    if (current.slice(finding.start, finding.end) !== this.text.slice(finding.start, finding.end)) return false;
    // Only the characters that differ are replaced: a smaller edit disturbs the editor's DOM less.
    const edit = diffText(current.slice(suggestion.start, suggestion.end), suggestion.text);
    const ok =
      !edit ||
      (await this.field.replace(
        suggestion.start + edit.start,
        suggestion.start + edit.start + edit.removed,
        suggestion.text.slice(edit.start, edit.start + edit.inserted),
      ));
    this.changed();
    this.checkNow();
    return ok;
  }

  reveal(finding: Finding): void {
    this.field.select(finding.start, finding.end);
  }

  findingAt(offset: number): Finding | undefined {
    return this.findings.find((f) => f.start <= offset && offset <= f.end);
  }

  findingAtPoint(x: number, y: number): Finding | undefined {
    const slack = 2;
    return this.findings.find((finding) =>
      this.field
        .rectsOf(finding.start, finding.end)
        .some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack),
    );
  }

  findingRects(finding: Finding): DOMRect[] {
    if (!this.findings.includes(finding)) return [];
    return this.field.rectsOf(finding.start, finding.end);
  }

  anchorRect(): DOMRect | null {
    if (!this.element.isConnected) return null;
    const rect = this.host.anchor(this.element).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) return null;
    return rect;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.findings = [];
    this.host.repaint(this);
    clearContract(this.element);
    this.field.dispose();
  }

  private ignoreKey(finding: Finding): string {
    return `${finding.ruleId}\u0000${this.text.slice(finding.start, finding.end)}`;
  }
}
