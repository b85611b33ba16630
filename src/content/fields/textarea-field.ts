import { insertText, nextTask, pasteText, settle } from '../input-path';
import { TextareaMirror } from './textarea-mirror';
import type { EditorField } from './types';

/** A `<textarea>`, React-controlled or not. Its value is only ever changed through editing commands. */
export class TextareaField implements EditorField {
  readonly kind = 'textarea' as const;
  private readonly mirror: TextareaMirror;

  constructor(
    readonly element: HTMLTextAreaElement,
    mirrorLayer: () => HTMLElement,
  ) {
    this.mirror = new TextareaMirror(element, mirrorLayer);
  }

  read(): string {
    return this.element.value;
  }

  rectsOf(start: number, end: number): DOMRect[] {
    return this.mirror.rectsOf(start, end);
  }

  visibleRect(): DOMRect {
    const { element } = this;
    const outer = element.getBoundingClientRect();
    const left = outer.left + element.clientLeft;
    const top = outer.top + element.clientTop;
    return new DOMRect(left, top, element.clientWidth, element.clientHeight);
  }

  caretOffset(): number | null {
    const { element } = this;
    if (document.activeElement !== element || element.selectionStart !== element.selectionEnd) return null;
    return element.selectionStart;
  }

  select(start: number, end: number): void {
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(start, end);
    this.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const { element } = this;
    const before = element.value;
    const expected = before.slice(0, start) + text + before.slice(end);
    element.focus({ preventScroll: true });
    element.setSelectionRange(start, end);
    insertText(text);
    await nextTask();
    if (element.value === expected) return true;
    if (element.value !== before) return false;
    // Some sites take input through their own paste handler.
    element.setSelectionRange(start, end);
    pasteText(element, text);
    await settle();
    return element.value === expected;
  }

  dispose(): void {
    this.mirror.dispose();
  }
}
