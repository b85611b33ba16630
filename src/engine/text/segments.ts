export interface Segment {
  start: number;
  end: number;
}

/** Lines of text; bilingual posts put each language on its own line. Blank lines are dropped. */
export function splitParagraphs(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const seg = trim(text, start, i);
      if (seg) out.push(seg);
      start = i + 1;
    }
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'cllr', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'vs', 'etc', 'eg', 'ie', 'approx', 'ref', 'cf', 'prof', 'rev',
  'sgt', 'insp', 'supt', 'hon', 'rt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'para', 'p', 'pp', 'fig', 'ltd', 'co', 'inc',
]);

/**
 * Sentences within each paragraph: a break after `.`, `!` or `?` (and runs of them) that is
 * followed by a space, unless the word before is a title or abbreviation ("Cllr. Smith").
 */
export function splitSentences(text: string, paragraphs: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const para of paragraphs) {
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      const ch = text[i]!;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
        let j = i + 1;
        while (j < para.end && /[.!?\u2026"'\u2019\u201d)]/.test(text[j]!)) j++;
        const atBreak = j >= para.end || /\s/.test(text[j]!);
        if (atBreak && !(ch === '.' && isAbbreviation(text, start, i)) && !isEllipsisInsideQuote(text, i, j, para.end)) {
          const seg = trim(text, start, j);
          if (seg) out.push(seg);
          start = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    const seg = trim(text, start, para.end);
    if (seg) out.push(seg);
  }
  return out;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[A-Za-z]/.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true; // initials: "J. Osei"
  return ABBREVIATIONS.has(word);
}

/** `'the junction is... safe'`: an ellipsis followed by more quoted words is not a sentence end. */
function isEllipsisInsideQuote(text: string, from: number, to: number, limit: number): boolean {
  const run = text.slice(from, to);
  if (!/^(\.{2,}|\u2026)$/.test(run)) return false;
  const next = text.slice(to, Math.min(limit, to + 2));
  return /^\s?[a-z]/.test(next);
}

function trim(text: string, start: number, end: number): Segment | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
