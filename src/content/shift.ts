import type { Finding } from '../engine/types';

/** One contiguous change: `removed` characters at `start` became `inserted` characters. */
export interface TextEdit {
  start: number;
  removed: number;
  inserted: number;
}

/** The smallest single change that turns `before` into `after` (never splitting a surrogate pair). */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Keeps the underlines of findings the edit did not touch in place until the next check:
 * those before it stay, those after it move, those it touched are dropped.
 */
export function shiftFindings(findings: readonly Finding[], edit: TextEdit): Finding[] {
  const editEnd = edit.start + edit.removed;
  const delta = edit.inserted - edit.removed;
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= edit.start) {
      kept.push(finding);
    } else if (finding.start >= editEnd) {
      kept.push({
        ...finding,
        start: finding.start + delta,
        end: finding.end + delta,
        suggestions: finding.suggestions.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta })),
      });
    }
  }
  return kept;
}
