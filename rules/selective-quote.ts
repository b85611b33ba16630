import { defineRule } from '../src/engine/define-rule';

/** An omission marked inside a quotation: "…" or three dots. */
const ELLIPSIS = /\.{3,}|\u2026/g;
/** "quote:", "and I quote:", "in their words:" introducing a quotation. */
const QUOTE_INTRO = /\b(?:quote|quoting|and i quote|in (?:his|her|their|its) (?:own )?words)\s*[:,-]\s*$/;
/** A fragment this short, not a whole sentence, hides what was around it. */
const MAX_FRAGMENT_WORDS = 10;

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
    for (const quote of doc.quotes) {
      const paragraph = doc.paragraphs.find((p) => p.start <= quote.start && quote.end <= p.end);
      if (paragraph && !paragraph.wordRulesApply) continue;
      const inner = text.slice(quote.start, quote.end);
      const omissions = [...inner.matchAll(ELLIPSIS)].filter((m) => {
        const afterIt = inner.slice(m.index + m[0].length).trim();
        return afterIt !== '' && !/^[?!.,]*$/.test(afterIt); // a trailing "…?" trails off; it omits nothing
      });
      if (omissions.length > 0) {
        context.report({ messageId: 'ellipsis', start: quote.outerStart, end: quote.outerEnd });
        continue;
      }
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      const before = doc.view.between(Math.max(0, quote.outerStart - 40), quote.outerStart);
      const wholeSentence = /^\p{Lu}/u.test(inner.trim()) && /[.!?]$/.test(inner.trim());
      if (QUOTE_INTRO.test(before) && words <= MAX_FRAGMENT_WORDS && !wholeSentence) {
        context.report({ messageId: 'fragment', start: quote.outerStart, end: quote.outerEnd });
      }
    }
  },
});
