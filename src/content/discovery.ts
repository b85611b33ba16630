import type { SiteAdapter } from '../sites/types';
import { editingHostOf, isEditableElement, resolveEditor } from './editable';

/** Page changes are coalesced: at most one scan for new editors per this many milliseconds… */
const SCAN_THROTTLE_MS = 200;
/** …run when the page is idle, or after this long at the latest. */
const SCAN_IDLE_TIMEOUT_MS = 500;

export interface DiscoveryEnv {
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): unknown;
  /** Runs `handler` when the page is idle (or after `timeout` ms at the latest). */
  whenIdle(handler: () => void, timeout: number): unknown;
  onInvalidated(cb: () => void): void;
}

/** Every compose box on the page that matches one of the adapter's selectors, each once. */
export function findEditors(adapter: SiteAdapter, root: ParentNode = document): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of adapter.editors) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      continue; // An invalid selector never stops the others.
    }
    for (const match of matches) {
      const editor = resolveEditor(match);
      if (editor && isAccepted(adapter, editor)) found.add(editor);
    }
  }
  return [...found];
}

/** The compose box a focused element belongs to, if it is one of the adapter's. */
export function editorForFocus(adapter: SiteAdapter, target: Element): HTMLElement | null {
  if (!(target instanceof HTMLElement) || !isEditableElement(target)) return null;
  const editor = target instanceof HTMLTextAreaElement ? target : editingHostOf(target);
  const matched = adapter.editors.some((selector) => {
    try {
      return editor.matches(selector) || editor.closest(selector) !== null || editor.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
  return matched && isAccepted(adapter, editor) ? editor : null;
}

function isAccepted(adapter: SiteAdapter, editor: HTMLElement): boolean {
  try {
    return adapter.accept ? adapter.accept(editor) : true;
  } catch {
    return false;
  }
}

/**
 * Calls `onEditor` for compose boxes already on the page and for each one that appears later:
 * after single-page navigation, in dialogs, or when it is focused.
 */
export function watchForEditors(adapter: SiteAdapter, env: DiscoveryEnv, onEditor: (editor: HTMLElement) => void): () => void {
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    for (const editor of findEditors(adapter)) onEditor(editor);
  };
  const scheduleScan = () => {
    if (scheduled) return;
    scheduled = true;
    env.setTimeout(() => env.whenIdle(scan, SCAN_IDLE_TIMEOUT_MS), SCAN_THROTTLE_MS);
  };

  const observer = new MutationObserver(scheduleScan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  env.onInvalidated(() => observer.disconnect());

  env.addEventListener(
    document,
    'focusin',
    (event) => {
      const editor = event.target instanceof Element ? editorForFocus(adapter, event.target) : null;
      if (editor) onEditor(editor);
    },
    { capture: true },
  );
  env.addEventListener(window, 'wxt:locationchange', scheduleScan);
  scan();
  return scan;
}
