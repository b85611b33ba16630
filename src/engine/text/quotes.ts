import type { Segment } from './segments';

export interface Quote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the quotation marks. */
  outerStart: number;
  outerEnd: number;
}

const MAX_QUOTE = 1200;
const OPEN_CONTEXT = /[\s([{\u2014\u2013:;,/-]/;
const CLOSE_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013/-]/;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Quotations within each paragraph. Double quotes pair up in order; a single quote only opens
 * after a space or bracket and only closes before a space or punctuation, so apostrophes
 * ("the Echo's photo", "don't") are never taken for quotation marks. Unbalanced marks are ignored.
 */
export function findQuotes(text: string, paragraphs: readonly Segment[]): Quote[] {
  const quotes: Quote[] = [];
  for (const para of paragraphs) {
    let open: { at: number; mark: string } | null = null;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      const isDouble = ch === '"' || ch === '\u201c' || ch === '\u201d' || ch === '\u201e';
      const isSingle = ch === "'" || ch === '\u2018' || ch === '\u2019';
      if (!isDouble && !isSingle) continue;
      const before = i > para.start ? text[i - 1] : undefined;
      const after = i + 1 < para.end ? text[i + 1] : undefined;
      if (open) {
        const sameFamily = isDouble === (open.mark === 'double');
        if (!sameFamily) continue;
        if (isSingle && isLetterOrDigit(before) && isLetterOrDigit(after)) continue; // apostrophe
        const canClose = isDouble ? ch !== '\u201c' : ch !== '\u2018' && (after === undefined || CLOSE_CONTEXT.test(after));
        if (canClose && i > open.at + 1) {
          quotes.push({ start: open.at + 1, end: i, outerStart: open.at, outerEnd: i + 1 });
          open = null;
          continue;
        }
        if (i - open.at > MAX_QUOTE) open = null;
        continue;
      }
      const canOpen =
        (before === undefined || OPEN_CONTEXT.test(before) || before === '"' || before === '\u201c') &&
        after !== undefined &&
        !/\s/.test(after) &&
        (isDouble ? ch !== '\u201d' : ch !== '\u2019' || before === undefined || /\s/.test(before));
      if (canOpen) open = { at: i, mark: isDouble ? 'double' : 'single' };
    }
  }
  return quotes;
}
