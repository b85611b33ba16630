/** Whether an element is editable text: a textarea, or inside a contenteditable that is not switched off. */
export function isEditableElement(element: Element): boolean {
  if (element.tagName === 'TEXTAREA') return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value === null) continue;
    return value !== 'false';
  }
  return false;
}

/** The outermost element of the contenteditable region `element` belongs to (the editor's root). */
export function editingHostOf(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = element.parentElement; parent && isEditableElement(parent); parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

const EDITABLE_INSIDE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The element to check for a selector match: the textarea or editor root itself, or the first one inside it. */
export function resolveEditor(match: Element): HTMLElement | null {
  if (!(match instanceof HTMLElement)) return null;
  if (match instanceof HTMLTextAreaElement) return match.readOnly || match.disabled ? null : match;
  if (isEditableElement(match)) return editingHostOf(match);
  const inner = match.querySelector(EDITABLE_INSIDE);
  return inner ? resolveEditor(inner) : null;
}
