/**
 * A hidden copy of a textarea, laid out exactly like it and placed over it, so that the
 * screen position of any character can be measured with a Range (a textarea's own text has
 * no DOM to measure). Lives in Golden Rule's shadow root, never in the page's DOM.
 */

const COPIED_STYLES = [
  'boxSizing', 'width', 'height',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class TextareaMirror {
  private readonly mirror: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    layer: () => HTMLElement,
  ) {
    this.mirror = document.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.className = 'mirror';
    this.textNode = document.createTextNode('');
    this.mirror.append(this.textNode);
    this.layer = layer;
  }

  private readonly layer: () => HTMLElement;

  /** Screen rectangles of `start`–`end` in the textarea as it is now (viewport coordinates). */
  rectsOf(start: number, end: number): DOMRect[] {
    this.sync();
    const length = this.textNode.data.length;
    const range = document.createRange();
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  }

  private sync(): void {
    const { textarea, mirror } = this;
    const layer = this.layer();
    if (mirror.parentNode !== layer) layer.append(mirror);
    const computed = getComputedStyle(textarea);
    const style = mirror.style;
    for (const name of COPIED_STYLES) style[name] = computed[name];
    const rect = textarea.getBoundingClientRect();
    // The textarea's scroll bar narrows its text; the mirror has none, so it is narrowed by hand.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borders);
    style.position = 'fixed';
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width - scrollbar}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
    style.borderStyle = 'solid';
    style.borderColor = 'transparent';
    style.whiteSpace = 'pre-wrap';
    style.overflowWrap = computed.overflowWrap === 'normal' ? 'break-word' : computed.overflowWrap;
    style.overflow = 'hidden';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.margin = '0';
    // A trailing newline only makes a line when something follows it.
    const text = textarea.value.endsWith('\n') ? `${textarea.value}\u200b` : textarea.value;
    if (this.textNode.data !== text) this.textNode.data = text;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }

  dispose(): void {
    this.mirror.remove();
  }
}
