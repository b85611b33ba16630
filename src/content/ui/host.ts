import { UI_CSS } from './styles';

export interface UiLayers {
  host: HTMLElement;
  root: ShadowRoot;
  /** Underline boxes and textarea mirrors. */
  paint: HTMLElement;
  /** Badge, card and panel (rendered by Preact). */
  controls: HTMLElement;
  /** A polite live region for screen readers. */
  live: HTMLElement;
}

/**
 * Golden Rule's one element in the page: a zero-sized, fixed host at the end of the document
 * with an open shadow root, so the page's CSS cannot reach in and nothing is added to an editor.
 */
export function createUiLayers(): UiLayers {
  const host = document.createElement('golden-rule-ui');
  const style = host.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('inset', '0 auto auto 0', 'important');
  style.setProperty('width', '0', 'important');
  style.setProperty('height', '0', 'important');
  style.setProperty('overflow', 'visible', 'important');
  style.setProperty('z-index', '2147483647', 'important');
  style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, UI_CSS);
  const paint = layer(root, 'paint');
  const controls = layer(root, 'ui');
  const live = layer(root, 'sr-only');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  // Keep the page's own shortcuts and "click outside closes the dialog" handlers out of our controls.
  for (const type of ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'focusin', 'focusout']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  attach(host);
  return { host, root, paint, controls, live };
}

/** Puts the host back if the page replaced its body or removed it. */
export function attach(host: HTMLElement): void {
  if (!host.isConnected) (document.body ?? document.documentElement).append(host);
}

function layer(root: ShadowRoot, className: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  root.append(element);
  return element;
}

/** Adds a style sheet to the shadow root (a `<style>` element where constructable sheets are missing). */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
