import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { expandPhrase, expandWord, Lexicon, matchKey, type LexiconMatch } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import type { Token } from '../src/engine/text/tokenise';
import { execAll } from '../src/engine/match/regex';
import { SWEARING, type SwearEntry } from './data/profanity';
import { councilLexicon, insidePlaceName, keepCase, placeNameSpans, removalSpan, startsSentence } from './shared/words';

const lexicon = new Lexicon(SWEARING);

/** One-word swear words of four letters or more, by key: what letters spelt out one by one ("s.h.i.t") may stand for. */
const SPELT_OUT = new Map<string, SwearEntry>();
for (const entry of SWEARING) {
  if (entry.lang === 'cy') continue;
  for (const phrase of entry.match.flatMap(expandPhrase)) {
    if (/[\s-]/.test(phrase)) continue;
    for (const word of expandWord(phrase)) {
      const key = matchKey(word);
      if (key.length >= 4 && /^[a-z]+$/.test(key) && !SPELT_OUT.has(key)) SPELT_OUT.set(key, entry);
    }
  }
}

const LEET_DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Short everyday words: "sh it" is a split swear word, "as it" is not. */
const COMMON_SHORT = new Set(
  `a i as at it is in on an to of or so no by be he we me my us up do go if am oh ok the and but for you all can her was one our out
  get has him his how man new now old see two way who did its let put say she too use bit ass arse fat pit wit dam ham sit hit kit
  fit nit lit tit cat can cap con fan far fun sun ran run hat war was wan aft off`.split(/\s+/),
);

export default defineRule({
  meta: {
    id: 'profanity',
    description: 'Swearing, including masked forms such as f*ck and sh1t.',
    sources: ['LGA2 abuse guide', "CG Dos and Don'ts"],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts and the LGA's guide to online abuse ask councillors not to post what they would not say at a public meeting, and swearing undermines the dignity of the office.",
    severity: { relaxed: 'warning', standard: 'warning', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      swearing: '“{{text}}” is swearing, which you would not say at a public meeting.',
      masked: '“{{text}}” still reads as swearing with letters hidden.',
      abbreviation: '“{{text}}” stands for swearing.',
    },
    examples: {
      valid: [
        'Great turnout at the Scunthorpe allotment show.',
        'Back from Dorset — yes, we drove past the famous Shitterton sign.',
        'This year’s panto is Dick Whittington.',
        'Bought a new Dutch hoe for the allotment beds.',
      ],
      invalid: ['What a f*cking mess the roadworks are.', 'Sh1t day at full council.', 'FFS. Bins missed again.'],
    },
  },
  check(context) {
    const { doc, text } = context;
    const places = placeNameSpans(text);
    const extra = councilLexicon(context, 'profanity', (base): SwearEntry => ({ ...base, strength: 'moderate' }));
    const reported: Array<{ start: number; end: number }> = [];
    for (const match of [...lexicon.find(doc), ...extra.find(doc)]) {
      if (isInnocent(context, match) || insidePlaceName(text, match)) continue;
      const raw = text.slice(match.start, match.end);
      const masked = doc.tokens.slice(match.tokenStart, match.tokenEnd).some((t) => t.masked || t.norm !== t.raw.toLowerCase());
      const messageId = /^(ffs|wtf|wtaf|stfu|gtfo|omfg|fml|mf)$/i.test(raw) ? 'abbreviation' : masked ? 'masked' : 'swearing';
      context.report({ messageId, start: match.start, end: match.end, suggestions: suggestionsFor(context, match.entry as SwearEntry, match.start, match.end) });
      reported.push(match);
    }
    // The raised middle finger.
    for (const m of execAll(/🖕(?:\p{Emoji_Modifier})?/gu, text)) {
      if (!isReportedQuote(doc, m.index, m.index + m[0].length)) context.report({ messageId: 'swearing', start: m.index, end: m.index + m[0].length });
    }
    // Letters spelt out or split to dodge the list: "s.h.i.t", "f u c k", "sh it".
    for (const hit of spacedOut(context)) {
      if (reported.some((r) => r.start < hit.end && hit.start < r.end) || places.some((p) => p.start < hit.end && hit.start < p.end)) continue;
      if (isReportedQuote(doc, hit.start, hit.end)) continue;
      context.report({ messageId: 'masked', start: hit.start, end: hit.end, suggestions: suggestionsFor(context, hit.entry, hit.start, hit.end) });
    }
  },
});

function suggestionsFor(context: RuleContext, entry: SwearEntry, start: number, end: number) {
  const { text } = context;
  const raw = text.slice(start, end);
  const instead = entry.instead;
  if (instead === undefined) return [];
  if (instead !== '') return [{ text: keepCase(raw, instead) }];
  const span = removalSpan(text, start, end);
  // "Effing roadworks again" → "Roadworks again": the next word starts the sentence now.
  const next = text[span.end];
  if (startsSentence(text, start) && /^\p{Lu}/u.test(raw) && next !== undefined && /\p{Ll}/u.test(next)) {
    return [{ start: span.start, end: span.end + 1, text: next.toUpperCase(), label: `Remove “${raw}”` }];
  }
  return [{ ...span, text: '', label: `Remove “${raw}”` }];
}

/**
 * Swear words spelt out letter by letter ("s.h.i.t", "f u c k", "b-o-l-l-o-c-k-s") or split in two
 * ("sh it", "fu ck"), where at least one part is not an everyday word.
 */
function spacedOut(context: RuleContext): Array<{ start: number; end: number; entry: SwearEntry }> {
  const { doc, text } = context;
  const tokens = doc.tokens;
  const out: Array<{ start: number; end: number; entry: SwearEntry }> = [];
  const isLetter = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.raw.length === 1 && /^\p{L}$/u.test(t.norm);
  const gapOk = (a: Token, b: Token) => /^[ .\-_*·•]{1,2}$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!doc.wordRulesApplyAt(first)) continue;
    if (isLetter(first) && (i === 0 || !isLetter(tokens[i - 1]) || !gapOk(tokens[i - 1]!, first))) {
      let j = i;
      while (isLetter(tokens[j + 1]) && gapOk(tokens[j]!, tokens[j + 1]!)) j++;
      if (j - i + 1 >= 3) {
        const word = tokens.slice(i, j + 1).map((t) => t.norm).join('');
        const entry = SPELT_OUT.get(word);
        // "s.h.i.t. show": the last dot belongs to the word when the sentence carries on.
        const last = tokens[j]!.end;
        const end = text[last - 1] !== '.' && /^\.\s+\p{Ll}/u.test(text.slice(last, last + 3)) ? last + 1 : last;
        if (entry) out.push({ start: first.start, end, entry });
        i = j;
        continue;
      }
    }
    // Digits for letters in capitals, read as a code by the tokeniser: "SH1T".
    if (first.kind === 'word' && /\d/.test(first.norm) && /^[a-z0-9]+$/.test(first.norm)) {
      const entry = SPELT_OUT.get(first.norm.replace(/[013457]/g, (d) => LEET_DIGITS[d]!));
      if (entry) out.push({ start: first.start, end: first.end, entry });
    }
    const second = tokens[i + 1];
    if (!second || first.kind !== 'word' || second.kind !== 'word' || text.slice(first.end, second.start) !== ' ') continue;
    if (first.masked || second.masked || /\d/.test(first.raw + second.raw)) continue;
    const entry = SPELT_OUT.get(first.key + second.key);
    if (!entry || (COMMON_SHORT.has(first.key) && COMMON_SHORT.has(second.key))) continue;
    if (Math.min(first.key.length, second.key.length) > 2 && Math.max(first.key.length, second.key.length) > 3) continue;
    out.push({ start: first.start, end: second.end, entry });
  }
  return out;
}

function isInnocent(context: RuleContext, match: LexiconMatch<SwearEntry>): boolean {
  const { doc, text } = context;
  const entry = match.entry;
  const first = doc.tokens[match.tokenStart]!;
  const previous = doc.tokens[match.tokenStart - 1];
  const next = doc.tokens[match.tokenEnd];
  if (isReportedQuote(doc, match.start, match.end)) return true;
  if (entry.innocentAfter && previous && first.joinedToPrevious && entry.innocentAfter.includes(previous.norm)) return true;
  if (entry.innocentBefore && next && next.joinedToPrevious && entry.innocentBefore.includes(next.norm)) return true;
  if (entry.innocentWith) {
    const sentence = doc.sentenceAt(match.start);
    if (sentence && doc.sentenceTokens(sentence).some((t) => entry.innocentWith!.includes(t.norm))) return true;
  }
  // A capitalised "Dick" or "Ass." next to another name or title is a name or abbreviation.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(first.raw);
  if (capitalised && /^(dick|ass)$/.test(first.norm)) {
    const nameNext = next && next.joinedToPrevious && /^\p{Lu}/u.test(next.raw);
    const namePrevious = previous && first.joinedToPrevious && /^\p{Lu}/u.test(previous.raw) && !isSentenceStartToken(context, previous.index);
    if (nameNext || namePrevious || text[first.end] === '.') return true;
  }
  // A mild word inside a proper name mid-sentence ("Westward Hoe Road", "Slag Lane").
  if (capitalised && entry.strength !== 'strong' && !isSentenceStartToken(context, first.index)) {
    const nextIsName = next && next.joinedToPrevious && /^(?:Road|Rd|Lane|Street|St|Hill|End|Bottom|Common|Green|Farm|Wood|Way|Close|Avenue|Park|Bridge)$/.test(next.raw);
    const previousIsName = previous && first.joinedToPrevious && /^\p{Lu}\p{Ll}/u.test(previous.raw) && !isSentenceStartToken(context, previous.index);
    if (nextIsName || previousIsName) return true;
  }
  return false;
}

function isSentenceStartToken(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index]!;
  return context.doc.sentenceAt(token.start)?.tokenStart === index;
}
