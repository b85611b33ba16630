import { browser } from 'wxt/browser';
import { OPEN_RECORDS, SAVE_RECORD } from '../records/messages';
import type { RecordInput, SaveResult } from '../records/types';
import type { SiteId } from '../settings/types';
import type { PageItem } from './find';
import type { CheckedComment } from './ui/types';

export function commentRecord(site: SiteId, comment: CheckedComment): RecordInput {
  return {
    ...pageRecord(site, comment.item, 'comment', comment.seenAt),
    findings: comment.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      passage: comment.item.text.slice(f.start, f.end),
    })),
  };
}

export function pageRecord(site: SiteId, item: PageItem, kind: RecordInput['kind'], seenAt: Date): RecordInput {
  return {
    kind,
    site,
    text: item.text,
    author: item.author,
    permalink: item.permalink,
    pageUrl: location.href,
    pageTitle: document.title,
    postedAt: item.postedAt,
    seenAt: seenAt.toISOString(),
    findings: [],
  };
}

/**
 * Brings the item on screen, hides Golden Rule's own marks and cards (the screenshot shows the
 * page as the site drew it), and asks the background to capture the tab and keep the record.
 */
export async function saveRecord(record: RecordInput, element: HTMLElement, uiHost: HTMLElement): Promise<SaveResult> {
  const rect = element.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) element.scrollIntoView({ block: 'center', behavior: 'instant' });
  uiHost.style.setProperty('visibility', 'hidden', 'important');
  try {
    await frames(2);
    const answer = (await browser.runtime.sendMessage({ type: SAVE_RECORD, record })) as SaveResult | undefined;
    return answer ?? { ok: false, reason: 'error', message: 'Golden Rule did not answer. Reload the page and try again.' };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    uiHost.style.removeProperty('visibility');
  }
}

export function openRecords(): void {
  void browser.runtime.sendMessage({ type: OPEN_RECORDS }).catch(() => undefined);
}

/** Offers a refused record as a file, from a link that is never added to the page. */
export function downloadRecord(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}
