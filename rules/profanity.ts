import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { SWEARING, type SwearEntry } from './data/profanity';
import { councilLexicon, keepCase, removalSpan } from './shared/words';

const lexicon = new Lexicon(SWEARING);

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
    const extra = councilLexicon(context, 'profanity', (base): SwearEntry => ({ ...base, strength: 'moderate' }));
    for (const match of [...lexicon.find(context.doc), ...extra.find(context.doc)]) {
      if (isInnocent(context, match)) continue;
      const { doc, text } = context;
      const raw = text.slice(match.start, match.end);
      const masked = doc.tokens.slice(match.tokenStart, match.tokenEnd).some((t) => t.masked || t.norm !== t.raw.toLowerCase());
      const messageId = /^(ffs|wtf|stfu|gtfo|omfg|fml|mf)$/i.test(raw) ? 'abbreviation' : masked ? 'masked' : 'swearing';
      const instead = (match.entry as SwearEntry).instead;
      const suggestions =
        instead === undefined
          ? []
          : instead === ''
            ? [{ ...removalSpan(text, match.start, match.end), text: '', label: `Remove “${raw}”` }]
            : [{ text: keepCase(raw, instead) }];
      context.report({ messageId, start: match.start, end: match.end, suggestions });
    }
  },
});

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
  return false;
}

function isSentenceStartToken(context: RuleContext, index: number): boolean {
  const token = context.doc.tokens[index]!;
  return context.doc.sentenceAt(token.start)?.tokenStart === index;
}
