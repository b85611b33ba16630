import { editorForFocus } from '../content/discovery';
import type { SiteAdapter } from '../sites/types';

/** After Post or Enter, the box must empty or close within this long for the post to count as sent. */
const SENT_WITHIN_MS = 4_000;
const POLL_MS = 200;
/** A send button is at most this many levels above the box's own container. */
const NEARBY_LEVELS = 8;

/** Buttons that send a post or comment. Each site's own first, then any button named like one. */
const SEND_BUTTONS = [
  // X: "Post" in the composer and the reply box.
  '[data-testid="tweetButton"]',
  '[data-testid="tweetButtonInline"]',
  // LinkedIn: the comment box's and the share dialog's send buttons (old and new DOM).
  'button.comments-comment-box__submit-button',
  'button.share-actions__primary-action',
  '[data-view-name="comment-post"]',
  // Any form's submit button.
  'button[type="submit"]',
  'input[type="submit"]',
];
/** Facebook, Instagram and Nextdoor label their send buttons with words (aria-label or text). */
const SEND_WORDS = /^(?:post|reply|comment|send|share|publish|submit|tweet|postio|anfon|ymateb)$/i;

/**
 * Notices when the councillor sends a post or comment from a box Golden Rule checks: after a
 * click on a send button near the box, Enter, or a form submit, the box empties or disappears.
 * A heuristic: a post that fails to send after the box was cleared still counts, and a post
 * sent by a keyboard shortcut the site handles elsewhere, or scheduled, may not.
 */
export class SubmitWatcher {
  private last: { editor: HTMLElement; text: string } | null = null;
  private pending: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly adapter: SiteAdapter,
    /** Whether to watch at all: off, typing costs nothing (reading a box's text forces a layout). */
    private readonly watching: () => boolean,
    private readonly sent: (text: string) => void,
  ) {}

  listen(add: (target: EventTarget, type: string, handler: (event: Event) => void) => void): void {
    add(document, 'input', (event) => this.typed(event.target));
    add(document, 'keydown', (event) => this.key(event as KeyboardEvent));
    add(document, 'click', (event) => this.clicked(event.target));
    add(document, 'submit', (event) => this.submitted(event.target));
  }

  stop(): void {
    clearInterval(this.pending);
  }

  private typed(target: EventTarget | null): void {
    if (!this.watching()) return;
    const editor = target instanceof Element ? editorForFocus(this.adapter, target) : null;
    if (editor) this.last = { editor, text: read(editor) };
  }

  private key(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !this.watching()) return;
    const editor = event.target instanceof Element ? editorForFocus(this.adapter, event.target) : null;
    if (editor) this.arm(editor, read(editor));
  }

  private clicked(target: EventTarget | null): void {
    const last = this.last;
    if (!last || !(target instanceof Element)) return;
    const button = target.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
    if (!button || !isSendButton(button) || !isNear(button, last.editor)) return;
    this.arm(last.editor, read(last.editor) || last.text);
  }

  private submitted(target: EventTarget | null): void {
    const last = this.last;
    if (last && target instanceof HTMLFormElement && target.contains(last.editor)) this.arm(last.editor, read(last.editor) || last.text);
  }

  /** Watches the box for a moment: emptied or gone means sent; other text means it was not. */
  private arm(editor: HTMLElement, text: string): void {
    if (!text.trim()) return;
    clearInterval(this.pending);
    const started = Date.now();
    this.pending = setInterval(() => {
      const now = editor.isConnected ? read(editor) : '';
      if (now.trim() === '') {
        clearInterval(this.pending);
        this.last = null;
        this.sent(text);
      } else if (now !== text || Date.now() - started > SENT_WITHIN_MS) {
        clearInterval(this.pending);
      }
    }, POLL_MS);
  }
}

function read(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
}

function isSendButton(button: HTMLElement): boolean {
  if (SEND_BUTTONS.some((selector) => button.matches(selector))) return true;
  const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
  return SEND_WORDS.test(name);
}

/** The button belongs to the box: they share a container a few levels up from the box. */
function isNear(button: HTMLElement, editor: HTMLElement): boolean {
  let node: HTMLElement | null = editor;
  for (let level = 0; node && level <= NEARBY_LEVELS; level++, node = node.parentElement) {
    if (node.contains(button)) return true;
  }
  return false;
}
