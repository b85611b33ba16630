import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../src/engine/match/lexicon';
import { GOVERNANCE, isNegatedBefore, isReportedQuote } from '../src/engine/nlp/context';
import { FRAMING, type FramingEntry } from './data/contempt-framing';
import { dropOverlaps } from './shared/patterns';
import { councilLexicon, keepCase } from './shared/words';

const lexicon = new Lexicon(FRAMING);

/** A governance word that only describes a person's job ("the housing manager") is about a person, not the council. */
const PERSON_AFTER = String.raw`(?! (?:managers?|officers?|directors?|leads?|boss|chiefs?|chair(?:man|woman)?|members?|workers?|clerks?|man|woman|bloke|guy|lady|heads?|assistants?|advisers?|spokes(?:man|woman|person))\b)`;
/** Governance named in the sentence: the council, its bodies, processes and decisions, or "they" running things. */
const GOVERNANCE_WORDS = new RegExp(String.raw`\b${GOVERNANCE}\b${PERSON_AFTER}|\bthey(?:'ve|'re| have| are| were)? (?:decided|run|running|told|telling|keep|kept|closed|cut|said)\b|\b(?:cyngor|gyngor|penderfyniad|benderfyniad|cynllun|gynllun|chynllun|pwyllgor|bwyllgor|cabinet|arweinydd|swyddogion|ymgynghoriad|cyllideb|gyllideb|adran|gwasanaeth|wasanaeth|awdurdod)\b`);
/** Council services people deal with directly: "two hours on hold to the contact centre… it's a disgrace". */
const SERVICE = String.raw`\b(?:contact centre|call centre|customer services?|helpline|switchboard|one-stop shop|(?:bin|refuse|waste|recycling|garden waste) collections?|public toilets|library service|libraries|leisure centres?|council tax|parking (?:fines|charges|permits|enforcement)|planning portal|social services|housing office|repairs (?:team|line|service)|gritters|gritting)\b`;
const GOVERNANCE_OR_SERVICE = new RegExp(`${GOVERNANCE_WORDS.source}|${SERVICE}`);
/** A complaint about the state of a place, not the council: "the state of the underpass is disgraceful". */
const CONDITION = /\b(?:state of|graffiti|litter\w*|fly-?tip\w*|dog (?:mess|fouling|poo)|vandal\w*|dumped|mattress|potholes?)\b/;
/** A next sentence that takes a problem to the council is scrutiny, not the subject of the verdict. */
const TAKEN_TO_COUNCIL = /\b(?:reported|report(?:ing)? (?:it|this)|asked|asking|contacted|emailed|e-mailed|rang|raised|raising|written to|wrote to|logged)\b/;
/** A verdict on a person, not the council. */
const PERSONAL = /\b(?:you'?re|you are|ur|u r|he'?s|she'?s|he is|she is|he was|she was|NAME(?:'s| is| was))\b/;
/** Someone other than the council to blame: "Disgraceful. Someone dumped rubbish outside the council offices." */
const CULPRIT = /\b(?:someone|somebody|vandals?|thie\w+|stole|stolen|smashed|drivers|yobs|louts|kids|fly-?tippers?|idiots?|referee|fans|burglars?|scammers?)\b/;
/** Light-hearted chaos: "an absolute shambles, but a fun one 😂". */
const LIGHT = /\bbut (?:a |such a )?(?:fun|great|good|brilliant|lovely|grand|happy) (?:one|time|night|day|laugh|evening)\b/;
/** A title in quotes for a talk, book or show: "'Cover-ups and stitch-ups: scandal in the Victorian mills'". */
const TITLE_SETTING = /\b(?:talk|lecture|book|novel|film|exhibition|history|historian|play|documentary|podcast|victorian|century|author|launch)\b/;
/** Things that are not governance: a "shambles" about these is just a bad day. */
const NOT_GOVERNANCE =
  /\b(?:weather|rain|snow|wind|sunshine|match|game|quiz|fun run|bake sale|sports day|rehearsals?|football|rugby|cricket|pitch|referee|kitchen|garden|hair|holiday|wedding|party|my (?:day|week|life|morning|desk|inbox)|traffic|jam|fans|stewards|scenes|cake|baking|bake off|haircut|homework|toddler|my kids)\b/;
/** Places where chaos is just busy: "a total circus at the roundabout at school-run time". */
const BUSY_PLACE = /\b(?:roundabout|junction|car park|carpark|school[- ]run|school gates?|traffic|queue|queues|station|platform|supermarket|a&e|airport|motorway|m\d+|a\d+)\b/;
/** Literal senses, by the word flagged: the circus on the rec, the pantomime cow, whitewashing a wall, covering up in the sun. */
const LITERAL: ReadonlyArray<[RegExp, RegExp]> = [
  [/circus|clown/, /\b(?:tickets?|big top|acrobats?|trapeze|ringmaster|jugglers?|juggling|skills|workshop|performers?|coming to|comes to|in town|on the (?:rec|green|field|common|park)|at the (?:rec|park|showground)|animals|clowns,|tent|matinee|show ?times?|children'?s party|kids'? party|birthday|face paint\w*|balloons?|entertainers?|rush hour)\b/],
  [/panto/, /\b(?:cow|horse|dame|villain|season|tickets?|rehearsals?|cast|auditions?|theatre|christmas|oh no|behind you|box office|aladdin|cinderella|dick whittington|mother goose|jack and the beanstalk|snow white|peter pan)\b/],
  [/farce/, /\b(?:theatre|play|comedy|tickets?|stage|cast|production|matinee|rehearsals?|am-?dram|dramatic society|players|box office|whitehall farce)\b/],
  [/whitewash/, /\b(?:walls?|fence|shed|hut|stone|cottage|ceiling|paint|brush|barn|brick|lime|outbuilding|volunteers will|scouts?)\b/],
  [/cover/, /\b(?:sun ?cream|suncream|sunscreen|sun|skin|hats?|cold|warm|wrap up|plasterboard|paint|graffiti|tattoos?|mosaic|sheet|tarpaulin|tarp|heat)\b/],
  [/fat cats/, /\b(?:dogs?|pets?|vets?|kittens?|catter(?:y|ies)|rescue|adopt|diet|weigh|moggy|feline)\b/],
  [/rubber/, /\b(?:craft|ink|stamping|card-?making|stationery|fair|scrapbook)\b/],
  [/puppets/, /\b(?:puppet show|puppetry|theatre|punch and judy|glove|marionettes?)\b/],
  [/pile of/, /\b(?:rubble|bricks|leaves|snow|paperwork|papers|forms|letters|sand|logs|wood|stones|sandbags|boxes|books|clothes|donations|presents|grit|salt|washing|ironing|post)\b/],
  [/circus|clown/, /\b(?:fun day|gala|carnival|fete|f\u00eate|parade|hired|booked|entertain\w*|magic show)\b/],
  [/tick/, /\b(?:form|forms|on the|online|if you|to (?:say|opt|confirm|show|indicate|agree|register|apply)|ballot paper|postal vote|application)\b/],
];
/** Names that may come before a capitalised word without making it a proper name: "Labour Shambles". */
const NOT_A_NAME_BEFORE = /^(?:labour|tory|tories|conservative|lib|dem|dems|green|reform|plaid|snp|council|cabinet|county|city|borough|town|what|total|utter|complete|absolute|another|this|a|an)$/i;
/** Process words that scare quotes cast as fake: "the 'consultation'", "three 'updates'". */
const SCARE_QUOTED = /^(?!(?:the|a|an|our|this|that|your|my) )(?:[a-z-]+ )?(?:consultation|consultations|engagement|listening(?: events?| exercise| sessions?)?|review|reviews|updates?|independent(?: review| report| panel)?|investigation|inquiry|scrutiny|democracy|transparency|improvements?|plan|strategy|public meeting|drop-?in|feedback|regeneration|savings|efficiencies|modernisation|partnership|open meeting|conversation|listening|answers?|response|council|cabinet|leadership|administration|service|services|support|help|transparent|transparency|open|openness|accountable|accountability|fair|fairness|priorities|investment|value for money|engagement|consulted)$/;
const SCARE_BEFORE = /\b(?:the|a|an|this|that|their|its|our|his|her|these|those|so-called|another|latest|two|three|four|five|six|several|more)\s*$/;
const PROMOTION = /\b(?:have your say|join us|come along|take part|get involved|we'?ve launched|we'?re launching|sign up|book (?:your|a) place|drop in|pop along|all welcome)\b/;
const WORD_ABOUT = /\b(?:word|words|term|phrase|called|labelled|titled|named|entitled|marked|headed|means|meaning)\b[^.!?]{0,20}$/;

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
      scare: 'Scare quotes around “{{text}}” cast a council process as fake; say what was wrong with it.',
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
    const found: Array<{ start: number; end: number }> = [];
    const accepted = [...lexicon.find(doc), ...extra.find(doc)].filter((match) => isContempt(context, match));
    for (const match of dropOverlaps(accepted)) {
      const instead = match.entry.instead;
      const raw = text.slice(match.start, match.end);
      found.push(match);
      context.report({
        messageId: match.entry.kind,
        start: match.start,
        end: match.end,
        suggestions: instead ? [rewrite(context, match, keepCase(raw, instead))] : [],
      });
    }
    // "three 'updates' from cabinet", "the 'listening events'": scare quotes cast a process as fake.
    for (const quote of doc.quotes) {
      const inner = text.slice(quote.start, quote.end).trim();
      if (!SCARE_QUOTED.test(inner) || found.some((f) => f.start < quote.outerEnd && quote.outerStart < f.end)) continue;
      const before = doc.view.between(Math.max(0, quote.outerStart - 40), quote.outerStart);
      if (!SCARE_BEFORE.test(before) || WORD_ABOUT.test(before)) continue;
      if (/^\s*(?:section|page|tab|form|button|link|option|menu|box|heading|column|field|category|item|document|pack|leaflet|booklet|webpage|portal)\b/i.test(text.slice(quote.outerEnd, quote.outerEnd + 20))) continue;
      const sentence = doc.sentenceAt(quote.outerStart);
      if (!sentence || NOT_GOVERNANCE.test(doc.view.sentence(sentence)) || isReportedQuote(doc, quote.start, quote.end)) continue;
      // "We've launched a 'listening exercise' — have your say!": quotes for emphasis in the council's own invitation.
      if (PROMOTION.test(doc.view.folded)) continue;
      context.report({ messageId: 'scare', data: { text: inner }, start: quote.outerStart, end: quote.outerEnd });
    }
  },
});

/** The calmer word, with "a"/"an" before it put right: "an omnishambles" becomes "a mess". */
function rewrite(context: RuleContext, match: LexiconMatch<FramingEntry>, replacement: string): { start?: number; text: string } {
  const previous = context.doc.tokens[match.tokenStart - 1];
  if (!previous || /[.!?]/.test(context.text.slice(previous.end, match.start))) return { text: replacement };
  const article = previous.raw.toLowerCase();
  const wanted = /^[aeiou]/i.test(replacement) ? 'an' : 'a';
  if ((article !== 'a' && article !== 'an') || article === wanted) return { text: replacement };
  return { start: previous.start, text: `${keepCase(previous.raw, wanted)}${context.text.slice(previous.end, match.start)}${replacement}` };
}

/** "Zippo's Circus", "the Shambles in York": a capitalised word after a name or "the", mid-sentence, is a proper name. */
function isProperName(context: RuleContext, match: LexiconMatch<FramingEntry>, sentenceStart: number): boolean {
  const { doc } = context;
  const first = doc.tokens[match.tokenStart]!;
  if (!/^\p{Lu}\p{Ll}/u.test(first.raw)) return false;
  const sentence = doc.sentenceAt(match.start);
  if (sentence) {
    const words = context.text.slice(sentence.start, sentence.end).match(/\p{L}+/gu) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 3 && capitalised / words.length > 0.6) return false; // Title Case Or Shouting
  }
  const previous = doc.tokens[match.tokenStart - 1];
  if (!previous || previous.start < sentenceStart) return false;
  if (/^the$/i.test(previous.raw)) return true;
  return /^\p{Lu}/u.test(previous.raw) && !NOT_A_NAME_BEFORE.test(previous.raw.replace(/'s$/i, '')) && previous.start > sentenceStart;
}

function isContempt(context: RuleContext, match: LexiconMatch<FramingEntry>): boolean {
  const { doc } = context;
  const sentence = doc.sentenceAt(match.start);
  if (!sentence) return false;
  if (isReportedQuote(doc, match.start, match.end) || isNegatedBefore(doc, match.tokenStart, 3)) return false;
  // "I'm hopeless at the pub quiz": about the author.
  if (/\b(?:i'?m|i am|i was|im)\s+(?:\w+\s+)?$/.test(doc.view.between(Math.max(0, match.start - 20), match.start))) return false;
  const first = doc.tokens[match.tokenStart]!;
  // "Shambles Market", "The Farce Theatre": a capitalised name, not a verdict.
  const next = doc.tokens[match.tokenEnd];
  if (/^\p{Lu}\p{Ll}/u.test(first.raw) && next?.joinedToPrevious && /^\p{Lu}/u.test(next.raw)) return false;
  const folded = doc.view.sentence(sentence);
  if (isProperName(context, match, sentence.start)) return false;
  const word = doc.view.between(match.start, match.end);
  if (LITERAL.some(([head, literal]) => head.test(word) && literal.test(folded))) return false;
  if (match.entry.kind === 'process') {
    const quote = doc.quoteAround(match.start, match.end);
    if (quote && TITLE_SETTING.test(folded)) return false;
    return !NOT_GOVERNANCE.test(folded);
  }
  const previous = doc.sentences[sentence.index - 1];
  const following = doc.sentences[sentence.index + 1];
  const previousText = previous !== undefined && previous.paragraph === sentence.paragraph ? doc.view.sentence(previous) : '';
  const nextText = following !== undefined && following.paragraph === sentence.paragraph ? doc.view.sentence(following) : '';
  if (match.entry.kind === 'chaos') {
    if (GOVERNANCE_WORDS.test(folded)) return !NOT_GOVERNANCE.test(folded);
    return !NOT_GOVERNANCE.test(folded) && !NOT_GOVERNANCE.test(previousText) && !LIGHT.test(folded) && !BUSY_PLACE.test(folded);
  }
  // A verdict counts when governance is in the same sentence, or the sentence is "they…" or a bare verdict ("Gwarthus.",
  // "Utter joke.") beside one about the council or a service it runs.
  // The words of the verdict itself ("couldn't organise a pub quiz") don't make it about a quiz.
  const outside = `${doc.view.between(sentence.start, match.start)} ${doc.view.between(match.end, sentence.end)}`;
  if (GOVERNANCE_WORDS.test(folded) && !NOT_GOVERNANCE.test(outside)) return true;
  if (NOT_GOVERNANCE.test(outside)) return false;
  if (GOVERNANCE_OR_SERVICE.test(folded)) return !CONDITION.test(folded);
  // "You're a disgrace" is about a person, whatever the sentence before was about.
  const linked = (/\b(?:they|them|their|it|this lot)\b/.test(folded) || wordCount(folded) <= 6) && !PERSONAL.test(outside);
  if (!linked) return false;
  if (GOVERNANCE_OR_SERVICE.test(previousText) && !CONDITION.test(previousText) && !NOT_GOVERNANCE.test(previousText)) return true;
  // Looking ahead only from a bare verdict ("Shameful. The council has cut…"), and not when the next sentence names someone else to blame.
  return wordCount(folded) <= 6 && GOVERNANCE_WORDS.test(nextText) && !TAKEN_TO_COUNCIL.test(nextText) && !NOT_GOVERNANCE.test(nextText) && !CONDITION.test(nextText) && !CULPRIT.test(nextText);
}

function wordCount(folded: string): number {
  return folded.split(/\s+/).filter((w) => /[a-z\u00c0-\u024f]/.test(w)).length;
}
