import type { CouncilSettings } from '../../config/types';
import type { FoldedView, Sentence, TextDocument } from '../text/document';
import type { Token } from '../text/tokenise';
import { findPeople } from './people';

/**
 * Context cues shared by the rules: is a passage quoted to report it, condemned, negated,
 * hedged, and who is it about. All work on the folded text (lower case, apostrophes `'`).
 */

const REPORTING =
  /\b(?:call(?:ed|ing|s)?|said|says?|saying|wrote|writes?|writing|post(?:ed|ing|s)?|messag(?:e|ed|es|ing)|tweet(?:ed|s|ing)?|comment(?:ed|s|ing)?|told|tells?|telling|shout(?:ed|ing)?|label+ed|branded|accus(?:ed|ing)|dms?|e-?mail(?:ed)?|text(?:ed)?|sent|receiv(?:e|ed|ing)|things like|words like|such as|screenshot|quote[sd]?|quoting|heckl(?:ed|ing))\b/;

const CONDEMNATION =
  /\b(?:not acceptable|unacceptable|no place|not debate|isn'?t debate|reported (?:it|them|this|that|the|to)|gone to the police|deleted|blocked|banned|racist|sexist|homophobic|transphobic|ableist|bigot|bigoted|bigotry|abuse|abusive|hate crime|hateful|a threat|isn'?t on|won'?t tolerate|will not tolerate|not okay|not ok|they aren'?t|they are not|he isn'?t|she isn'?t|it isn'?t|not true|be kind|stop)\b/;

/** Is the span inside a quotation that the post reports or condemns ("someone called me a '…'")? */
export function isReportedQuote(doc: TextDocument, start: number, end: number): boolean {
  const quote = doc.quoteAround(start, end);
  if (!quote) return false;
  const sentence = doc.sentenceAt(quote.outerStart);
  const around = sentence ? doc.view.sentence(sentence) : '';
  if (REPORTING.test(around)) return true;
  return condemnsSomething(doc.view);
}

const condemns = new WeakMap<FoldedView, boolean>();

/** Whether the post condemns anything anywhere: worked out once per post, not once per quotation. */
function condemnsSomething(view: FoldedView): boolean {
  let found = condemns.get(view);
  if (found === undefined) condemns.set(view, (found = CONDEMNATION.test(view.folded)));
  return found;
}

/**
 * Unquoted report of an insult someone else used: "called me a clown", "I've been called every
 * name", "a resident said I was a liar". Not the author calling someone names ("I'll keep calling him…").
 */
export function isReportedSpeech(doc: TextDocument, sentence: Sentence, start: number): boolean {
  const before = doc.view.between(sentence.start, start).slice(-80);
  return (
    /\b(?:call(?:ed|ing|s)?|label+ed|branded|named) (?:me|us)\b[^.!?]{0,30}$/.test(before) ||
    /\b(?:been|being|get|got|gets) (?:called|labelled|branded)\b[^.!?]{0,30}$/.test(before) ||
    /\b(?:he|she|they|someone|somebody|people|trolls?|a [a-z]+|the [a-z]+) (?:(?:used? to|would|kept|keep) )?(?:call(?:ed|ing)?|label+(?:ed)?|brand(?:ed)?|said|says|wrote|posted|shouted) (?:me|us|i was|i am|i'?m|we were|my [a-z]+|our [a-z]+)\b[^.!?]{0,30}$/.test(before)
  );
}

/** Someone else as the speaker, just before the words: "Cllr Dawson said the leader is…", "a resident called the chair…". */
const SAID_BY_OTHER =
  /(?:NAME|\b(?:he|she|someone|somebody|a (?:resident|member|councill?or|cllr|colleague|man|woman|speaker|heckler)|one of (?:the|their|his|her) [a-z]+)) (?:(?:has |had |then |even |actually )?(?:said|says|claimed|claims|told (?:me|us|the [a-z]+|NAME)|called|described|referred to|shouted|posted|wrote|tweeted))\b[^.!?]{0,40}$/;
/** The author asking for the words back or taking them further. */
const PUSHED_BACK =
  /\b(?:withdraw|withdrawn|retract|retracted|apologi[sz]e|apology|apologised|called (?:it|this|that|her|him|them) out|challenged (?:it|this|that|her|him|them)|complain(?:ed|t)|standards committee|monitoring officer|code of conduct)\b/;

/** Pushback counts in the report's own sentence or the two after it. */
const PUSHBACK_SENTENCES = 3;

/**
 * An insult someone else said, reported without quotation marks and pushed back on straight
 * after: "Cllr Dawson said the leader is an idiot. I've asked her to withdraw it." Reported
 * without any pushback, the post repeats the insult, so it still counts.
 */
export function isReportedAndRejected(doc: TextDocument, sentence: Sentence, start: number): boolean {
  const view = doc.view;
  if (!SAID_BY_OTHER.test(view.between(sentence.start, start).slice(-100))) return false;
  const last = doc.sentences[Math.min(sentence.index + PUSHBACK_SENTENCES, doc.sentences.length) - 1]!;
  const following = view.between(sentence.start, last.end);
  return PUSHED_BACK.test(following) || CONDEMNATION.test(following);
}

/** The folded text of the sentence before `offset`, at most `max` characters. */
export function foldedBefore(doc: TextDocument, sentence: Sentence, offset: number, max = 80): string {
  return doc.view.between(Math.max(sentence.start, offset - max * 2), offset).slice(-max);
}

/** The folded text of the sentence after `offset`, at most `max` characters. */
export function foldedAfter(doc: TextDocument, sentence: Sentence, offset: number, max = 80): string {
  return doc.view.between(offset, Math.min(sentence.end, offset + max * 2)).slice(0, max);
}

const NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wont',
  'cant', 'cannot', 'couldnt', 'wouldnt', 'shouldnt', 'aint', 'hasnt', 'havent', 'hadnt', 'neither', 'nor',
]);

/** A negation among the few words before the token, within its clause ("he is not a liar"). */
export function isNegatedBefore(doc: TextDocument, tokenIndex: number, window = 4): boolean {
  for (let k = 1; k <= window; k++) {
    const token = doc.tokens[tokenIndex - k];
    if (!token) return false;
    if (clauseBreakBetween(doc, token, doc.tokens[tokenIndex - k + 1]!)) return false;
    if (NEGATORS.has(token.norm.replace(/'/g, ''))) return true;
  }
  return false;
}

function clauseBreakBetween(doc: TextDocument, a: Token, b: Token): boolean {
  return /[.,;:!?()\n\u2014\u2013]/.test(doc.text.slice(a.end, b.start));
}

const DISCLAIMER =
  /\b(?:(?:i'?m|i am|we'?re|we are|nobody(?:'s| is)|no one(?:'s| is)|i'?m|this is) not (?:saying|suggesting|accusing|alleging|claiming|implying|calling)|no suggestion|not accusing|to be clear,? i)\b|\b(?:i|we) (?:don'?t|do not|didn'?t|did not) (?:think|believe|reckon|consider)(?: for a (?:minute|moment|second))?(?: that)? (?:NAME|he|she|they|cllr|councill?or|the (?:leader|chair|mayor|officer|officers|councill?ors?))(?:'s| is| are| was| were) (?:a|an) [a-z-]+(?: [a-z-]+)?(?=\s*(?:[.!?;]|$|,? (?:but|i think|just|he|she|they)\b))/;

/** The author says expressly that they are not alleging anything ("I am not saying she lied"). */
export function isDisclaimed(doc: TextDocument, sentence: Sentence): boolean {
  return DISCLAIMER.test(doc.view.sentence(sentence));
}

const HEDGE =
  /\b(?:i think|i believe|i suspect|i feel|in my (?:view|opinion)|my (?:view|opinion)|opinion:|it seems|seems to|might|may have|may be|perhaps|possibly|i wonder (?:if|whether)|i don'?t know|not sure|could be)\b/;

/** The sentence is labelled as opinion or speculation rather than stated as fact. */
export function isHedged(doc: TextDocument, sentence: Sentence): boolean {
  return HEDGE.test(doc.view.sentence(sentence));
}

const named = new WeakSet<TextDocument>();

/**
 * Makes the document's folded view show every named person as `NAME` (handles already are),
 * so patterns can say "NAME is a …" without knowing names. `lint` does this before any rule
 * runs; the view is then the one every rule reads.
 */
export function nameView(doc: TextDocument, council?: CouncilSettings): void {
  if (named.has(doc)) return;
  named.add(doc);
  const people = findPeople(doc, council).filter((p) => p.kind !== 'handle');
  doc.substitute(people.map((p) => ({ start: p.start, end: p.end, placeholder: 'NAME' })));
}

/** The document's folded view with people as `NAME`. */
export function peopleView(doc: TextDocument, council?: CouncilSettings): FoldedView {
  nameView(doc, council);
  return doc.view;
}

/** Words that refer to people by role: the targets `personal-attack` and `defamation-risk` care about. */
export const PERSON_ROLES =
  "(?:leader|deputy leader|chair(?:man|woman|person)?|vice[- ]chair|officers?|councill?ors?|cllrs?|members?|cabinet members?|portfolio holders?|chief exec(?:utive)?|ceo|mayor|clerk|directors?|managers?|head of [a-z]+|mps?|ministers?|opponents?|candidates?|bloke|man|woman|lad|lass|guy|girl|boy|residents?|neighbours?|landlords?|people|person|persons|someone|somebody|whoever|anyone|colleagues?|staff|planners?|inspectors?|wardens?|developers?|applicants?|owner|trolls?|men|women|lads|guys|folk)";

/** Words that refer to institutions and processes: the targets of `contempt-framing`. */
export const GOVERNANCE =
  "(?:council|councils|administration|cabinet|committee|scrutiny|executive|leadership|authority|government|department|directorate|team|service|services|system|process|consultation|decision|decisions|scheme|project|refurb(?:ishment)?|redevelopment|plan|plans|policy|budget|contract|procurement|planning|highways|housing|enforcement|regime|town hall|county hall|city hall|civic centre|the ruling group|ruling group|majority group|party|bosses|officials|set-?up|lot|outfit|board|trust|review|inquiry|investigation|report|process|strategy|response|handling|management)";
