/**
 * Changing text the way the user would, so the editor's own state, undo history and caret
 * follow: select, let the editor see the selection, then insert through the browser.
 */

/** How long to wait for the browser's `selectionchange` before going on anyway. */
const SELECTION_TIMEOUT_MS = 150;

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Editors re-render after an input in a microtask, a task or a frame: wait for all three. */
export async function settle(): Promise<void> {
  await nextTask();
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await nextTask();
}

/**
 * Selects `range` and resolves once the editor has seen it. Draft.js reads the selection on
 * `selectionchange`; inserting before that puts the text at its stale selection.
 */
export async function selectAndWait(range: Range): Promise<void> {
  const selection = document.getSelection();
  if (!selection) return;
  const seen = new Promise<void>((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, SELECTION_TIMEOUT_MS);
    document.addEventListener('selectionchange', done);
  });
  selection.removeAllRanges();
  selection.addRange(range);
  await seen;
  await nextTask();
}

/** Inserts text at the selection through the browser's editing command (fires `input`, joins undo). */
export function insertText(text: string): boolean {
  try {
    return text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A paste of plain text, for editors that ignore `insertText` but handle paste themselves. */
export function pasteText(target: EventTarget, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

export function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');
}
