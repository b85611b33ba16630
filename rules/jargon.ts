import { defineRule, type RuleContext } from '../src/engine/define-rule';
import type { Sentence, TextDocument } from '../src/engine/text/document';
import { foldString } from '../src/engine/text/fold';
import { escapeRegExp, execAll } from '../src/engine/match/regex';
import { CAPITALISED_WORDS, isKnownAcronym, JARGON, type JargonEntry } from './data/acronyms';

interface Term {
  forms: readonly string[];
  plain: string;
  notBefore?: readonly string[];
}

const BUILT_IN: readonly Term[] = JARGON.map((entry: JargonEntry) => ({
  forms: [entry.term, ...(entry.forms ?? [])],
  plain: entry.plain,
  ...(entry.notBefore ? { notBefore: entry.notBefore } : {}),
}));

/**
 * One case-sensitive expression for all terms, longest first: "SEND" is jargon, "send" is not.
 * A term must not be glued to a letter, digit or "&" on either side (`GLUED` before it).
 */
function compile(terms: readonly Term[]): RegExp {
  const forms = terms.flatMap((t) => t.forms).sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?:${forms.join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
}
const GLUED = /[\p{L}\p{N}&]/u;

const builtInPattern = compile(BUILT_IN);
const cache = new WeakMap<Record<string, string>, { pattern: RegExp; byForm: Map<string, Term> }>();

function termsFor(acronyms: Record<string, string>) {
  let entry = cache.get(acronyms);
  if (!entry) {
    const council = Object.entries(acronyms).map(([term, plain]) => ({ forms: [term, `${term}s`], plain }));
    const all = [...council, ...BUILT_IN];
    const byForm = new Map<string, Term>();
    for (const term of all) for (const form of term.forms) if (!byForm.has(form)) byForm.set(form, term);
    entry = { pattern: council.length ? compile(all) : builtInPattern, byForm };
    cache.set(acronyms, entry);
  }
  return entry;
}

export default defineRule({
  meta: {
    id: 'jargon',
    description: 'Acronyms and council-speak that residents may not understand, with the plain phrase.',
    sources: ['LGA2 abuse guide (avoid acronyms and council-speak)'],
    section: { ref: 'LGA2, tackling online abuse', anchor: '#plain-english' },
    why: "The LGA's guide to tackling online abuse asks councillors to avoid acronyms and council-speak: residents who cannot follow a post are more likely to be frustrated by it.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'info' },
    scope: 'words',
    checksComments: false,
    messages: {
      acronym: '“{{text}}” may mean nothing to residents; say “{{plain}}”.',
      unknownAcronym: '“{{text}}” may mean nothing to residents; spell it out the first time you use it.',
    },
    examples: {
      valid: [
        'If you can’t get a GP appointment, NHS 111 can help out of hours.',
        'Following the consultation, the council has made a Traffic Regulation Order (the legal order needed to change parking rules).',
        'Please send me your photos of the flooding.',
      ],
      invalid: ['Good news: the S106 money from Lowfield is being released for the play park.', 'Out on the estate today with the RSL and the ASB team.'],
    },
  },
  check(context) {
    const { doc, text } = context;
    const { pattern, byForm } = termsFor(context.council.acronyms);
    let post: string | undefined;
    const seen = new Set<Term>();
    const known = new Set<string>();
    for (const match of execAll(pattern, text, GLUED)) {
      const term = byForm.get(match[0]);
      if (term) known.add(match[0]);
      if (!term || seen.has(term)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (term.notBefore && term.notBefore.includes(/^\s+([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '')) continue;
      const sentence = acronymSentence(doc, start, end);
      if (!sentence) continue;
      seen.add(term);
      post ??= foldString(text);
      if (isExplained(text, post, start, end, term)) continue;
      const plain = term.plain;
      // An English gloss dropped into a Welsh sentence would read badly: say what it means, offer no rewrite.
      const welsh = doc.paragraphs[sentence.paragraph]?.language === 'cym' || welshSentence(doc.view.sentence(sentence));
      context.report({
        messageId: 'acronym',
        data: { plain },
        start,
        end,
        suggestions: welsh ? [] : [{ text: `${match[0]} (${plain})`, label: `Explain it: “${match[0]} (${plain})”` }],
      });
    }
    reportUnknownAcronyms(context, known);
  },
});

/**
 * An acronym the list does not know ("NRW", "ORP", "ECO4"): three to five capitals, or three or
 * four and a digit. Not a word in capitals ("NOT", "FREE"), an acronym everyone knows, a postcode
 * or registration (one or two letters then digits), a run of capitals, or one explained in place.
 */
const UNKNOWN_ACRONYM = /(?:[A-Z]{3,5}|[A-Z]{3,4}\d)s?/g;
/** What may not touch an acronym: letters, digits, and the marks of handles, links, masked words and compounds. */
const NOT_BEFORE = /[\p{L}\p{N}&'’@#*/.-]/u;
const NOT_AFTER = /[\p{L}\p{N}&'’/-]/u;

function reportUnknownAcronyms(context: RuleContext, known: ReadonlySet<string>): void {
  const { doc, text } = context;
  if (!/[A-Z]{3}/.test(text)) return;
  const seen = new Set<string>();
  for (const match of execAll(UNKNOWN_ACRONYM, text)) {
    const word = match[0];
    // A lookbehind here would be tried at every position of a long post; the neighbours are checked by hand.
    if (NOT_BEFORE.test(text.charAt(match.index - 1)) || NOT_AFTER.test(text.charAt(match.index + word.length))) continue;
    const bare = word.endsWith('s') ? word.slice(0, -1) : word;
    if (seen.has(bare) || known.has(word) || known.has(bare)) continue;
    if (CAPITALISED_WORDS.has(bare) || CAPITALISED_WORDS.has(word) || isKnownAcronym(word, context.council) || isKnownAcronym(bare, context.council)) continue;
    const start = match.index;
    const end = start + word.length;
    if (!acronymSentence(doc, start, end)) continue;
    // The second half of a registration: "YX73 KLM".
    if (/[A-Z]{2}\d{2}\s$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    seen.add(bare);
    if (explainedInPlace(text, start, end)) continue;
    context.report({ messageId: 'unknownAcronym', start, end });
  }
}

/** Common Welsh words that are not English ones: three in a sentence make it Welsh, even inside an English paragraph. */
const WELSH_WORDS = /(?<![\p{L}'])(?:mae|mae'r|yn|yr|i'r|o'r|gyda|ydy|fydd|bydd|roedd|hefyd|wedi|newydd|cyngor|sydd|bod|dros|ein|eich|y|ond|neu|gan|fel|ar|am|i)(?![\p{L}'])/gu;

function welshSentence(folded: string): boolean {
  const found = new Set(folded.match(WELSH_WORDS) ?? []);
  // "a", "i", "am", "ar" are English or Welsh; they only count with two words English does not have.
  const strong = [...found].filter((word) => !['i', 'am', 'ar', 'y'].includes(word));
  return strong.length >= 2 && found.size >= 3;
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * The sentence of a capitalised word that can be an acronym at all: in a paragraph the word rules
 * check, not part of a link, handle or hashtag, and not one word of a run of capitals (shouting).
 */
function acronymSentence(doc: TextDocument, start: number, end: number): Sentence | undefined {
  const sentence = doc.sentenceAt(start);
  if (!sentence || !doc.paragraphs[sentence.paragraph]?.wordRulesApply) return undefined;
  // Tokens are in order and do not overlap: only the last one starting at or before the word can hold it.
  const token = doc.tokens[tokenAt(doc.tokens, start)];
  if (token && token.kind !== 'word' && token.kind !== 'number' && end <= token.end) return undefined;
  if (inCapitalsRun(doc.tokens, start, end)) return undefined;
  return sentence;
}

/** The index of the last token starting at or before `offset` (tokens are in order): a binary search, so long posts stay linear. */
function tokenAt(tokens: TextDocument['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** "PLEASE SEND PHOTOS": a capital word among capital words is shouting, not an acronym. */
function inCapitalsRun(tokens: TextDocument['tokens'], start: number, end: number): boolean {
  const found = tokenAt(tokens, start);
  const at = found >= 0 && tokens[found]!.start === start ? found : found + 1;
  if (at >= tokens.length) return false;
  let last = at;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  const before = tokens[at - 1];
  const after = tokens[last + 1];
  return (before?.kind === 'word' && ALL_CAPS.test(before.raw)) || (after?.kind === 'word' && ALL_CAPS.test(after.raw));
}

/** "S106 – the money developers pay…", "the HMO, a house shared by…": the term glossed in apposition. */
const GLOSS_AFTER =
  /^["'”’]?(?:\s*,\s*(?:a|an|which is|which means|meaning|i\.e\.?|ie|or|in other words|that is|that'?s|basically|short for)\b|\s*(?:—|–|-|:)\s*(?:a|an|the|which|that|meaning|i\.e\.?|ie|or|in other words|basically|that'?s|that is)\b|\s+(?:stands for|means|is short for)\b)/i;
const GLOSS_BEFORE = /\b(?:known as|called|so-called|short for|what we call)(?: an?| the)?\s*["'“‘]?$/i;

/** Explained where it stands: "HMO (house in multiple occupation)", "house in multiple occupation (HMO)", "S106 – the money…". */
function explainedInPlace(text: string, start: number, end: number): boolean {
  if (/^\s*\(/.test(text.slice(end, end + 3))) return true;
  if (/\(\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return GLOSS_AFTER.test(text.slice(end, end + 30)) || GLOSS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** Already explained in place, or the full phrase used somewhere in the post. */
function isExplained(text: string, post: string, start: number, end: number, term: Term): boolean {
  if (explainedInPlace(text, start, end)) return true;
  const plain = foldString(term.plain);
  return plain.length > 6 && post.includes(plain);
}
