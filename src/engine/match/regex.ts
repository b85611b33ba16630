/**
 * Every match of a global expression, like `text.matchAll(re)` but on the expression itself.
 * `matchAll` copies the expression on each call, and V8 runs a fresh copy in its slow
 * bytecode interpreter until it is compiled again: on a long post that cost more than the
 * matching. The expression's `lastIndex` is left at 0.
 *
 * `notAfter` stands in for a leading lookbehind `(?<!notAfter)` (it tests one character): V8
 * tries a leading lookbehind at every position of the text before anything else, which made one
 * long alternation cost milliseconds on a long post. A match after such a character is dropped
 * and the search goes on from the next character, as the lookbehind would have made it.
 */
export function execAll(re: RegExp, text: string, notAfter?: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs the g flag: ${re}`);
  const unicode = re.unicode || re.unicodeSets;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (notAfter && m.index > 0 && notAfter.test(characterBefore(text, m.index))) {
      re.lastIndex = advance(text, m.index, unicode);
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = 0;
  return out;
}

function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** A literal string as a piece of a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
