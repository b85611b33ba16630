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

  /**
   * Selects the passage and inserts the new text with `execCommand('insertText')`, or pastes it
   * where that would empty a whole text node: the browser then removes the node's element
   * behind the framework's back (Lexical and Draft.js lose track of their DOM), while a paste is
   * applied by the editor itself. Whichever goes first, the other is the fallback.
   */
  async replace(start: number, end: number, text: string): Promise<boolean> {
    const before = this.read();
    const expected = before.slice(0, start) + text + before.slice(end);
    if (!this.element.contains(document.activeElement) && document.activeElement !== this.element) {
      this.element.focus({ preventScroll: true });
    }
    const first = this.rangeOf(start, end);
    if (!first) return false;
    const insert = () => insertText(text);
    const paste = (range: Range) => pasteText(range.startContainer.parentElement ?? this.element, text);
    const attempts = emptiesATextNode(first) ? [paste, insert] : [insert, paste];
    for (const attempt of attempts) {
      const range = this.rangeOf(start, end);
      if (!range) return false;
      await selectAndWait(range);
      attempt(range);
      await settle();
      const after = this.read();
      if (sameText(after, expected)) return true;
      // Anything but "nothing happened" means the editor did something of its own: leave it be.
      if (!sameText(after, before)) return false;
    }
    return false;
  }

  dispose(): void {
    this.map = { text: '', segments: [] };
  }
}

/** Whether the range takes in every character of some text node. */
function emptiesATextNode(range: Range): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer) return startOffset === 0 && endOffset === (startContainer as Text).length;
  return startOffset === 0 || endOffset === (endContainer as Text).length || !!nodeBetween(range);
}

/** A text node wholly inside the range (between its start and end containers). */
function nodeBetween(range: Range): Text | null {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node !== range.startContainer && node !== range.endContainer && range.intersectsNode(node) && (node as Text).length > 0) return node as Text;
  }
  return null;
}
