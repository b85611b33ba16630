import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../src/engine/match/lexicon';
import { GOVERNANCE, isNegatedBefore, isReportedQuote } from '../src/engine/nlp/context';
import { FRAMING, type FramingEntry } from './data/contempt-framing';
import { councilLexicon, keepCase } from './shared/words';

const lexicon = new Lexicon(FRAMING);

/** Governance named in the sentence: the council, its bodies, processes and decisions, or "they" running things. */
const GOVERNANCE_WORDS = new RegExp(String.raw`\b${GOVERNANCE}\b|\bthey(?:'ve|'re| have| are| were)? (?:decided|run|running|told|telling|keep|kept|closed|cut|said)\b|\bcyngor\b|\bpenderfyniad\b`);
/** Things that are not governance: a "shambles" about these is just a bad day. */
const NOT_GOVERNANCE =
  /\b(?:weather|rain|snow|wind|sunshine|match|game|football|rugby|cricket|pitch|referee|kitchen|garden|hair|holiday|wedding|party|my (?:day|week|life|morning|desk|inbox)|traffic|jam|fans|stewards|scenes)\b/;
/** Places where chaos is just busy: "a total circus at the roundabout at school-run time". */
const BUSY_PLACE = /\b(?:roundabout|junction|car park|carpark|school[- ]run|school gates?|traffic|queue|queues|station|platform|supermarket|a&e|airport|motorway|m\d+|a\d+)\b/;

export default defineRule({
  meta: {
    id: 'contempt-framing',
    description: 'Emotive framing that encourages contempt rather than scrutiny, or casts lawful governance as untrustworthy.',
    sources: ['CG §8.2', 'CG §7.3'],
    section: { ref: 'CG §8.2', anchor: '#tone-respect-and-dignity' },
    why: "Section 8.2 of the council's guidance asks councillors to avoid framing lawful governance as inherently untrustworthy and language that encourages contempt rather than scrutiny.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      process: '“{{text}}” casts a council process as rigged or fake; say what went wrong and what you want done.',
      chaos: '“{{text}}” casts the council as chaotic; say what went wrong and what you want done.',
      judgement: '“{{text}}” invites contempt for the council rather than scrutiny of a decision; give the facts and ask the question.',
    },
    examples: {
      valid: [
        'Honestly, the weather this week has been a shambles. Gritters are out tonight.',
        'This pothole is a disgrace. Reported it again today, third time.',
        'Shambles Market in York is lovely, but our own market on Bridge Street holds its own.',
        '#NorthdaleShambles is trending again. For the record: crews are catching up today.',
        'Disgraceful scenes at the match on Saturday, three stewards hurt.',
      ],
      invalid: [
        'Another stitch-up by cabinet.',
        'This council is an utter disgrace. Nobody should trust a word they say.',
        'The Civic Hall refurb is a total shambles: £2.3m over budget.',
      ],
    },
  },
  check(context) {
    const { doc, text } = context;
    const extra = councilLexicon(context, 'contempt-framing', (base): FramingEntry => ({ ...base, kind: 'process' }));
    for (const match of [...lexicon.find(doc), ...extra.find(doc)]) {
      if (!isContempt(context, match)) continue;
      const instead = match.entry.instead;
      const raw = text.slice(match.start, match.end);
      context.report({
        messageId: match.entry.kind,
        start: match.start,
        end: match.end,
        suggestions: instead ? [{ text: keepCase(raw, instead) }] : [],
      });
    }
  },
});

function isContempt(context: RuleContext, match: LexiconMatch<FramingEntry>): boolean {
  const { doc } = context;
  const sentence = doc.sentenceAt(match.start);
  if (!sentence) return false;
  if (isReportedQuote(doc, match.start, match.end) || isNegatedBefore(doc, match.tokenStart, 3)) return false;
  const first = doc.tokens[match.tokenStart]!;
  // "Shambles Market", "The Farce Theatre": a capitalised name, not a verdict.
  const next = doc.tokens[match.tokenEnd];
  if (/^\p{Lu}\p{Ll}/u.test(first.raw) && next?.joinedToPrevious && /^\p{Lu}/u.test(next.raw)) return false;
  const folded = doc.view.sentence(sentence);
  if (match.entry.kind === 'process') return !NOT_GOVERNANCE.test(folded);
  if (match.entry.kind === 'chaos') return !NOT_GOVERNANCE.test(folded) && (!BUSY_PLACE.test(folded) || GOVERNANCE_WORDS.test(folded));
  // A verdict counts when governance is in the same sentence, or the sentence is "they…" after one about the council.
  if (GOVERNANCE_WORDS.test(folded) && !NOT_GOVERNANCE.test(folded)) return true;
  const previous = doc.sentences[sentence.index - 1];
  return /\b(?:they|them|their|it)\b/.test(folded) && previous !== undefined && previous.paragraph === sentence.paragraph && GOVERNANCE_WORDS.test(doc.view.sentence(previous));
}
