import { insertText, pasteText, sameText, selectAndWait, settle } from '../input-path';
import { offsetAt, rangeFor, readEditable, type TextMap } from '../text-map';
import type { EditorField } from './types';

/** A contenteditable editor: Lexical, Draft.js, Quill, ProseMirror/TipTap or a plain one. */
export class EditableField implements EditorField {
  readonly kind = 'editable' as const;
  private map: TextMap = { text: '', segments: [] };

  constructor(readonly element: HTMLElement) {}

  read(): string {
    this.map = readEditable(this.element);
    // A no-break space is one character like a space, so offsets stay the same.
    return this.map.text.replace(/\u00a0/g, ' ');
  }

  rangeOf(start: number, end: number): Range | null {
    return rangeFor(this.map, start, end);
  }

  rectsOf(start: number, end: number): DOMRect[] {
    const range = this.rangeOf(start, end);
    if (!range) return [];
    return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  }

  visibleRect(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  caretOffset(): number | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const node = selection.focusNode;
    if (!node || !this.element.contains(node)) return null;
    return offsetAt(readEditable(this.element), node, selection.focusOffset);
  }

  select(start: number, end: number): void {
    this.read();
    const range = this.rangeOf(start, end);
    this.element.focus({ preventScroll: true });
    if (!range) return;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (range.startContainer.parentElement ?? this.element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const before = this.read();
    const expected = before.slice(0, start) + text + before.slice(end);
    if (!this.element.contains(document.activeElement) && document.activeElement !== this.element) {
      this.element.focus({ preventScroll: true });
    }
    const range = this.rangeOf(start, end);
    if (!range) return false;
    await selectAndWait(range);
    insertText(text);
    await settle();
    const after = this.read();
    if (sameText(after, expected)) return true;
    // Anything but "nothing happened" means the editor did something of its own: leave it be.
    if (!sameText(after, before)) return false;

    const again = this.rangeOf(start, end);
    if (!again) return false;
    await selectAndWait(again);
    pasteText(again.startContainer.parentElement ?? this.element, text);
    await settle();
    return sameText(this.read(), expected);
  }

  dispose(): void {
    this.map = { text: '', segments: [] };
  }
}
