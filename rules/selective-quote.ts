import { defineRule } from '../src/engine/define-rule';
import { execAll } from '../src/engine/match/regex';

/** An omission marked inside a quotation: "…", three dots (spaced or not), "[…]". */
const ELLIPSIS = /\.{3,}|\u2026|\. \. \./g;
/**
 * A quotation introduced as an extract: "quote:", "and I quote", "quoting the audit:", "in their words:",
 * "verbatim:", "their exact words:", "in black and white:", Welsh "dyfyniad:".
 */
const QUOTE_INTRO =
  /\b(?:quote|quoting|quoted|to quote|direct quote|(?:his|her|their|its|the) exact words|verbatim|word for word|in black and white|(?:it|this|that) literally says|and i quote|in (?:his|her|their|its) (?:own )?words|(?:his|her|their|its) words(?:,? not mine)?|dyfyniad|dyfynnu|yn (?:ei|eu) g?eiriau (?:ei|eu) hun(?:an)?)(?:,? (?:from |straight from |directly from )?(?:the |his |her |their |its |this |that |a |an |our |my )?(?:[a-z'-]+ ){0,3}?[a-z'-]+)?\s*[:,-]\s*$/;
/** "A quote of £4,500", "quote of the day": the other senses of "quote". */
const NOT_AN_EXTRACT = /\b(?:quote of the (?:day|week|month|year)|(?:a|the|their|his|her|our|my|[a-z]+'s) (?:written |new |revised |first |best |cheapest )?quote)\s*[:,-]?\s*$/;
/** A fragment this short, not a whole sentence, hides what was around it. */
const MAX_FRAGMENT_WORDS = 10;
/** Chants, countdowns and slogans: "3... 2... 1...", "Ready... steady... recycle!" */
const CHANT = /\b(?:shout(?:ed|ing|s)?|chant(?:ed|ing|s)?|sang|sing(?:ing|s)?|count(?:ed|ing|s)? down|countdown|yell(?:ed|ing|s)?|cheer(?:ed|ing|s)?|slogan|motto|strapline|tagline|theme|song|lyrics?|chorus)\b/;
/** What may stand between two fragments stitched together: an ellipsis and spaces. */
const STITCH = /^\s*(?:\.{2,}|\u2026|\. \. \.)\s*$/;

/** The quotation's pieces between ellipses. */
function segments(inner: string): string[] {
  return inner.split(/\.{2,}|\u2026|\. \. \./).map((p) => p.trim()).filter((p) => p !== '' && !/^[?!.,]*$/.test(p));
}

/** "3... 2... 1... go!", "Ready... steady... recycle!": a countdown or a chant, not an extract. */
function isChant(inner: string, sentence: string): boolean {
  const parts = segments(inner);
  if (parts.every((p) => /^[\d\s!?.,]+$|^(?:go|lift ?off|blast ?off|launch)\b[!. ]*$/i.test(p))) return true;
  if (CHANT.test(sentence)) return true;
  return /!\s*$/.test(inner.trim()) && /^\p{Lu}/u.test(inner.trim()) && parts.every((p) => p.split(/\s+/).length <= 2);
}

export default defineRule({
  meta: {
    id: 'selective-quote',
    description: 'Quoting a partial extract (an ellipsis inside quotation marks, a "quote:" fragment) in a way that may change its meaning.',
    sources: ['CG §7.3'],
    section: { ref: 'CG §7.3', anchor: '#information-integrity' },
    why: "Section 7.3 of the council's guidance counts quoting partial extracts from reports, emails or statements in a way that changes their meaning as malinformation.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      ellipsis: 'Words are cut from this quotation; readers cannot see what was left out, which can change its meaning.',
      fragment: 'This quotes a fragment; link to or quote the whole passage so readers can judge its meaning.',
      stitched: 'These quoted words are stitched together from different places; readers cannot see what came between them.',
    },
    examples: {
      valid: [
        'The best conversations started with a resident asking "why can’t the council just…?".',
        'Quoting the report in full: "The proposal would result in a severe impact on the local highway network at peak times and is therefore recommended for refusal." (para 7.4)',
        'Please watch the whole debate, not just the 20 seconds.',
      ],
      invalid: [
        'The officer’s own report says the scheme is "not... viable". Says it all.',
        'Planning report, quote: ‘acceptable impact on residents’. Acceptable to who exactly?',
      ],
    },
  },
  check(context) {
    const { doc, text } = context;
    const quotes = doc.quotes;
    const stitched = new Set<number>();
    // "'ambitious' … 'high risk' … 'unfunded'": fragments from different places joined by ellipses.
    for (let i = 0; i + 1 < quotes.length; i++) {
      let j = i;
      while (j + 1 < quotes.length && STITCH.test(text.slice(quotes[j]!.outerEnd, quotes[j + 1]!.outerStart))) j++;
      if (j === i) continue;
      const first = quotes[i]!;
      const last = quotes[j]!;
      const paragraph = doc.paragraphs.find((p) => p.start <= first.start && first.end <= p.end);
      const sentence = doc.sentenceAt(first.outerStart);
      if ((paragraph && !paragraph.wordRulesApply) || isChant(text.slice(first.start, last.end), sentence ? doc.view.sentence(sentence) : '')) {
        i = j;
        continue;
      }
      context.report({ messageId: 'stitched', start: first.outerStart, end: last.outerEnd });
      for (let k = i; k <= j; k++) stitched.add(k);
      i = j;
    }
    quotes.forEach((quote, index) => {
      if (stitched.has(index)) return;
      const paragraph = doc.paragraphs.find((p) => p.start <= quote.start && quote.end <= p.end);
      if (paragraph && !paragraph.wordRulesApply) return;
      const inner = text.slice(quote.start, quote.end);
      const sentence = doc.sentenceAt(quote.outerStart);
      const folded = sentence ? doc.view.sentence(sentence) : '';
      const omissions = execAll(ELLIPSIS, inner).filter((m) => {
        const afterIt = inner.slice(m.index + m[0].length).trim();
        return afterIt !== '' && !/^[?!.,]*$/.test(afterIt); // a trailing "…?" trails off; it omits nothing
      });
      if (omissions.length > 0) {
        if (!isChant(inner, folded)) context.report({ messageId: 'ellipsis', start: quote.outerStart, end: quote.outerEnd });
        return;
      }
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      const before = doc.view.between(Math.max(0, quote.outerStart - 60), quote.outerStart);
      const wholeSentence = /^\p{Lu}/u.test(inner.trim()) && /[.!?]$/.test(inner.trim());
      // "the contractor's quote: '£4,500 plus VAT'": a price, not an extract.
      const price = /[£$€]|^\s*[\d,.]+\s*(?:k|m|pounds|plus|\+|per|a|an)?\b/i.test(inner);
      if (QUOTE_INTRO.test(before) && !NOT_AN_EXTRACT.test(before) && !price && words <= MAX_FRAGMENT_WORDS && !wholeSentence) {
        context.report({ messageId: 'fragment', start: quote.outerStart, end: quote.outerEnd });
      }
    });
  },
});
