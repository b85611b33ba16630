/**
 * The text of a contenteditable editor as the rule engine sees it, and the way back from a
 * character offset to a place in the DOM. Blocks (paragraphs, Draft's blocks, list items) are
 * separated by one "\n"; a `<br>` is a "\n" unless it only keeps an empty or ending line open
 * (Lexical, Quill and ProseMirror all put such a `<br>` in empty paragraphs).
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `TextMap.text`. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** The text nodes in document order; the gaps between them are the block separators. */
  segments: TextSegment[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    (element as HTMLElement).style?.display === 'none'
  );
}

export function readEditable(root: Node): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  /** Something (text or an empty line) has been read, so the next block starts a new line. */
  let started = false;
  let pendingBreak = false;

  const breakIfPending = () => {
    if (pendingBreak && started) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        breakIfPending();
        segments.push({ node: child as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
        started = true;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        if (element.tagName.toUpperCase() === 'BR') {
          breakIfPending();
          if (!endsItsLine(element, root)) {
            parts.push('\n');
            length += 1;
          }
          started = true;
          continue;
        }
        const block = isBlock(element);
        if (block && started) pendingBreak = true;
        visit(element);
        if (block && started) pendingBreak = true;
      }
    }
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** A `<br>` with no text or other `<br>` after it in its block only holds the line open. */
function endsItsLine(br: Element, root: Node): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      const found = firstContent(next);
      if (found === 'content') return false;
      if (found === 'block') return true;
    }
    node = node.parentNode;
    if (node && node.nodeType === ELEMENT_NODE && isBlock(node as Element)) return true;
  }
  return true;
}

function firstContent(node: Node): 'content' | 'block' | 'none' {
  if (node.nodeType === TEXT_NODE) return (node as Text).data ? 'content' : 'none';
  if (node.nodeType !== ELEMENT_NODE) return 'none';
  const element = node as Element;
  if (isSkipped(element)) return 'none';
  if (element.tagName.toUpperCase() === 'BR') return 'content';
  if (isBlock(element)) return 'block';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const found = firstContent(child);
    if (found !== 'none') return found;
  }
  return 'none';
}

/** Index of the first segment whose end is after `offset` (binary search). */
function firstEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The DOM place of a character offset. `forward` (a range's start) prefers the start of the
 * next text node at a boundary; `backward` (a range's end) prefers the end of the previous one,
 * so a range never takes in a block separator it does not need.
 */
export function pointAt(map: TextMap, offset: number, direction: 'forward' | 'backward'): DomPoint | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  if (direction === 'forward') {
    const index = firstEndingAfter(segments, offset);
    const segment = segments[index];
    if (!segment) {
      const last = segments[segments.length - 1]!;
      return { node: last.node, offset: last.end - last.start };
    }
    return { node: segment.node, offset: Math.max(0, offset - segment.start) };
  }
  const index = firstEndingAfter(segments, offset - 1);
  const segment = segments[index];
  if (!segment) {
    const last = segments[segments.length - 1]!;
    return { node: last.node, offset: last.end - last.start };
  }
  if (segment.start >= offset) {
    const previous = segments[index - 1];
    return previous ? { node: previous.node, offset: previous.end - previous.start } : { node: segment.node, offset: 0 };
  }
  return { node: segment.node, offset: offset - segment.start };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'forward');
  const to = pointAt(map, end, 'backward');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && end > start) return null;
  return range;
}

/** The character offset of a DOM place (a selection end, say) inside the mapped editor. */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === TEXT_NODE) {
    const segment = map.segments.find((s) => s.node === node);
    if (segment) return segment.start + Math.min(offset, segment.end - segment.start);
  }
  const boundary = node.nodeType === TEXT_NODE ? node.nextSibling : node.childNodes[offset] ?? null;
  for (const segment of map.segments) {
    if (boundary) {
      if (boundary === segment.node || boundary.contains(segment.node)) return segment.start;
      if (boundary.compareDocumentPosition(segment.node) & Node.DOCUMENT_POSITION_FOLLOWING) return segment.start;
    } else if (!node.contains(segment.node) && node.compareDocumentPosition(segment.node) & Node.DOCUMENT_POSITION_FOLLOWING) {
      return segment.start;
    }
  }
  return map.text.length;
}
