import { browser } from 'wxt/browser';
import type { ContentRequest, DraftReport } from '../messaging';
import type { SiteAdapter } from '../sites/types';
import type { EditorSession } from './session';

export interface DraftSource {
  adapter: SiteAdapter;
  active(): boolean;
  strictness(): DraftReport['strictness'];
  /** The focused editor's session, or the one focused last. */
  current(): EditorSession | null;
}

export function draftReport(source: DraftSource): DraftReport {
  const session = source.current();
  return {
    site: source.adapter.site,
    active: source.active(),
    hasDraft: session !== null,
    text: session?.text ?? '',
    findings: session ? [...session.findings] : [],
    strictness: source.strictness(),
  };
}

function isContentRequest(message: unknown): message is ContentRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'golden-rule/get-draft' || type === 'golden-rule/reveal';
}

/** Answers the popup: the current draft's findings, and "show me this one". */
export function listenToPopup(source: DraftSource, onInvalidated: (cb: () => void) => void): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isContentRequest(message)) return undefined;
    if (message.type === 'golden-rule/get-draft') {
      const session = source.current();
      // A draft changed since its last check is checked now, so the popup never shows stale findings.
      if (session && source.active()) {
        session.changed();
        session.checkNow();
      }
      sendResponse(draftReport(source));
      return undefined;
    }
    const session = source.current();
    const finding = session?.findings[message.index];
    if (session && finding) session.reveal(finding);
    sendResponse({ ok: !!finding });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
