/** One compose box, whatever it is made of: the text, where each character is, and how to change it. */
export interface EditorField {
  readonly element: HTMLElement;
  readonly kind: 'textarea' | 'editable';
  /** Reads the text now in the box (and remembers where each character is). */
  read(): string;
  /** A live DOM range over the text as last read (rich editors only, for the Highlight API). */
  rangeOf?(start: number, end: number): Range | null;
  /** Where the text between `start` and `end` is on screen (viewport coordinates). */
  rectsOf(start: number, end: number): DOMRect[];
  /** The part of the viewport in which the text is visible (underlines are clipped to it). */
  visibleRect(): DOMRect;
  /** The caret's character offset, when the selection is a caret inside this box. */
  caretOffset(): number | null;
  /** Focuses the box, selects the text and scrolls it into view. */
  select(start: number, end: number): void;
  /** Replaces the text through the editor's own input path; resolves to whether it took. */
  replace(start: number, end: number, text: string): Promise<boolean>;
  dispose(): void;
}
