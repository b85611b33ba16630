/**
 * Character folding: every code point becomes the plain lower-case form a word list is
 * written in. Look-alike letters from other scripts, full-width and "mathematical" letters,
 * accents and typographic quotes all fold to ASCII.
 */

/** Cyrillic and Greek letters that are drawn like Latin ones (Unicode confusables, the common subset). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ү: 'y', ɑ: 'a',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ς: 's', μ: 'u',
  'ı': 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd',
  // Latin small capitals and IPA letters drawn like plain ones (ɪᴅɪᴏᴛ), used to dodge word lists.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɩ: 'i',
  օ: 'o', ս: 'u', ց: 'g', ո: 'n', ɦ: 'h', ʋ: 'v',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
};

const COMBINING_MARK = /\p{M}/u;
const cache = new Map<string, string>();

/** Folds one code point (given as a string of one or two UTF-16 units). */
export function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const lower = ch.toLowerCase();
  const direct = CONFUSABLES[lower];
  if (direct !== undefined) {
    out = direct;
  } else if (ch.charCodeAt(0) < 0x80) {
    out = lower;
  } else {
    let decomposed = '';
    for (const part of lower.normalize('NFKD')) {
      if (COMBINING_MARK.test(part)) continue;
      decomposed += CONFUSABLES[part] ?? part.toLowerCase();
    }
    out = decomposed || lower;
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/** Folds a whole string (no offset map); for word-list entries and short inputs. */
export function foldString(value: string): string {
  let out = '';
  for (const ch of value) out += foldChar(ch);
  return out;
}
