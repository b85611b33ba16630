import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../src/engine/match/lexicon';
import { isDisclaimed, isNegatedBefore, isReportedQuote, isReportedSpeech, peopleView, PERSON_ROLES } from '../src/engine/nlp/context';
import { INSULTS, type InsultEntry } from './data/personal-attack';
import { findDiscrimination } from './shared/discrimination';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

const insults = new Lexicon(INSULTS);

/** Who a predicate can be said of: a name, a pronoun, or a person by role ("the leader of the council"). */
const SUBJECT = String.raw`(?:NAME|\byou|\bu|\bur|\byour|\bhe|\bshe|\bthey|\bthis (?:guy|bloke|man|woman|lot)|\bthat (?:guy|bloke|man|woman|lot)|\b(?:the|our|this|that|your|my|these|those) (?:[a-z'-]+ ){0,2}${PERSON_ROLES}(?: [a-zA-Z'-]+){0,4}?)`;
const LINK = String.raw`(?:'?s|'?re|\bis|\bare|\bwas|\bwere|\bbe|\bbeing|\bremains?|\b(?:looks?|seems?|sounds?|acts?|acting|behaves?|behaving) like|\bhas (?:shown|proved|proven) (?:himself|herself|themselves) (?:to be )?|\bhas shown (?:he|she|they)(?:'s| is| are)|\bis such|\bproper)`;
const FILLER = String.raw`(?:\s+|\b(?:a|an|the|one|such|so|just|really|truly|total|totally|absolute|absolutely|complete|completely|utter|utterly|right|proper|massive|bloody|effing|f\*+(?:ing|in)|fucking|bunch|pack|shower|load|of|nothing|but|little|sad|pathetic|stupid|bitter|nasty|selfish|useless|big|fat|old|silly|bit|of a|and|frankly|quite|rather|very|an?)\b|,)*`;
const PREDICATE_BEFORE = new RegExp(`${SUBJECT}\\s*${LINK}(?:${FILLER}|[^.!?;:]{0,40}\\b(?:and|or|but also|frankly)\\b${FILLER})$`);
/** "A bunch of clowns", "a shower of muppets": always said of people. */
const GROUP_OF = /\b(?:bunch|load|pack|shower|gang|band|collection|set|lot) of(?: [a-z'*-]+){0,2}\s*$/;
/** "Dinosaurs, the lot of them". */
const THE_LOT_OF_THEM = /^,?\s*(?:the (?:whole )?lot of (?:them|you|'em)|every (?:last )?one of them|all of them)\b/;
const VOCATIVE_BEFORE = new RegExp(String.raw`\b(?:oi|hey|listen|mate)\b,?${FILLER}$|\b(?:you(?:'re| are| r)?|ur|your|u)${FILLER}$`);
const EXCLAMATION_BEFORE = new RegExp(`\\bwhat (?:a|an)${FILLER}$`);
const SELF = /\b(?:i'?m|i am|i was|i feel|i felt|i'?ve been|i have been|call me|me|myself|i)\b[^.!?]*$/;
/** "What a disgrace this council has become": the verdict is on the council (contempt-framing), not a person. */
const GOVERNANCE_AFTER = /^\s*(?:this|that|the|our) (?:council|administration|cabinet|authority|government|system|process|decision|place|town|situation)\b/;

/** "You know you're ugly when…", "you might be a…": a joke about anyone, not aimed at a reader. */
const GENERIC_YOU = /\byou know (?:you'?re|your|you are)\b|\byou might be an?\b|\bif you'?re an?\b[^.!?]*$/;
const FOLLOWED_BY_PERSON = /^(?:\s+little)?\s+(?:man|woman|men|women|bloke|boy|girl|cow|git|person|people|councill?or|cllr|leader|chair|officer|mp|fool|idiot|muppet|clown|lot)\b/;

const RIDICULE: Pattern[] = [
  // Clown emoji or scare-quoted titles aimed at a person: "The 'leader' of our council 🤡🤡"
  { re: new RegExp(String.raw`(?:NAME|\b(?:the|our|your|this|that|my) (?:'|")?(?:so-called )?(?:[a-z]+ )?(?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|member|portfolio holder|cabinet member|expert|officer|opponent|candidate|rival|mp)s?(?:'|")?)[^.!?]{0,100}?🤡+|🤡+[^.!?]{0,40}?(?:NAME|\b(?:leader|chair|councill?or|cllr|mayor|opponent|candidate)\b)`, 'gu'), messageId: 'ridicule', needs: ["🤡"] },
  { re: /\b(?:the|our|your) ['"](?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|expert|cabinet member|portfolio holder)['"]|\bso-called (?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|expert|cabinet member|portfolio holder)\b/g, messageId: 'ridicule', needs: ["'", "\"", "so-called"] },
  // Laughing at a named person's mistakes: "Cllr Ogden's many gaffes 😂", "another Cllr Marsh special 🙄"
  { re: /NAME(?:'s)?[^.!?]{0,40}?\b(?:gaffes?|blunders?|specials?|fails?|cock-?ups?|howlers?|clangers?|incompeten\w*|mess(?:es)?|strikes again|at it again)\b[^.!?]{0,40}?[😂🤣🙄🤡💩🤦]/gu, messageId: 'ridicule', needs: ["NAME"] },
  { re: /\bwhat a (?:joke|clown|muppet|laughing stock|embarrassment) (?:she|he|they|you|NAME) (?:is|are|'s|'re)\b/g, messageId: 'insult', needs: ["what a"] },
  // Belittling commands: "needs to mind her own business", "should get a life"
  { re: /\b(?:needs? to|should|ought to|could do with|wants? to) (?:go and |just )?(?:mind (?:his|her|their|your) own (?:business|beeswax)|get a (?:life|grip)|grow up|wind (?:his|her|their|your) neck in|crawl back under (?:his|her|their|your|a) (?:stone|rock)|shut (?:his|her|their|your) (?:mouth|gob|trap))\b/g, messageId: 'insult', needs: ["own business", "own beeswax", "get a", "grow up", "neck in", "crawl back", "shut"] },
  { re: /(?:NAME|\b(?:he|she|they|you)\b|\bthe (?:leader|chair|councill?or|mayor|officer|member)s?\b)(?: (?:is|are|was|'s|'re))? (?:\w+ )?talking (?:utter |absolute |complete )?(?:sh[i*!1]*te?|sh[i*!1]+t|cr[a*]p|b[o*]ll[o*]cks|pish|out of (?:his|her|their|your) (?:arse|backside|behind))\b/gu, messageId: 'insult', needs: ["talking"] },
];

export default defineRule({
  meta: {
    id: 'personal-attack',
    description: 'Insults, ridicule or mockery aimed at a person or group of people: officers, councillors, residents.',
    sources: ['CG §8.2', 'GM 4.6', 'GM 5.2'],
    section: { ref: 'CG §8.2', anchor: '#tone-respect-and-dignity' },
    why: "Section 8.2 of the council's guidance (tone, respect and dignity of office) asks councillors to avoid language that ridicules or mocks individuals; insults can breach the Code of Conduct's duty of respect.",
    severity: { relaxed: 'warning', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      insult: '“{{text}}” is an insult aimed at a person; criticise what they did, not who they are.',
      ridicule: 'This mocks a person rather than their decisions.',
      discrimination: 'This puts a person down because of who they are.',
    },
    examples: {
      valid: [
        'I’m an absolute idiot — I put the wrong date for the litter pick.',
        'Free family fun day: bouncy castle, clowns and face painting.',
        'Cllr Dawson called me a ‘clown’ at full council. I’m not going to trade insults.',
        'Opinion: the leader’s speech was long on promises and short on numbers.',
        'I don’t reply to trolls and I don’t delete criticism.',
      ],
      invalid: [
        'Cllr Hargreaves is an absolute clown.',
        'The planning officers at this council are a bunch of muppets.',
        'Mate your thick as mince. Read the report.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    const extra = councilLexicon(context, 'personal-attack', (base): InsultEntry => ({ ...base, kind: 'strong' }));
    for (const match of [...insults.find(doc), ...extra.find(doc)]) {
      if (isAimed(context, match)) hits.push({ start: match.start, end: match.end, messageId: 'insult' });
    }
    for (const hit of findPatterns(context, RIDICULE)) {
      if (!isDisclaimed(doc, hit.match.sentence)) hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const hit of findDiscrimination(context)) {
      if (hit.atPerson) hits.push({ start: hit.start, end: hit.end, messageId: 'discrimination' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});

function isAimed(context: RuleContext, match: LexiconMatch<InsultEntry>): boolean {
  const { doc } = context;
  const entry = match.entry;
  const sentence = doc.sentenceAt(match.start);
  if (!sentence) return false;
  const next = doc.tokens[match.tokenEnd];
  if (entry.innocentBefore && next?.joinedToPrevious && entry.innocentBefore.includes(next.norm)) return false;
  if (isReportedQuote(doc, match.start, match.end) || isReportedSpeech(doc, sentence, match.start)) return false;
  if (isNegatedBefore(doc, match.tokenStart, 4) || isDisclaimed(doc, sentence)) return false;
  // "This dumb Berk drives…": a capitalised word mid-sentence is a name, unless it is plainly addressed.
  const first = doc.tokens[match.tokenStart]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(first.raw) && sentence.tokenStart !== match.tokenStart && !/\b(?:you|what an?)\s*$/.test(doc.view.between(sentence.start, match.start))) return false;
  const view = peopleView(doc, context.council);
  const before = view.between(sentence.start, match.start).slice(-120);
  const after = view.between(match.end, sentence.end).slice(0, 40);
  const predicative = PREDICATE_BEFORE.test(before);
  const vocative = VOCATIVE_BEFORE.test(before);
  const aimed = predicative || vocative;
  if (SELF.test(before) && !predicativeOfOther(before)) return false;
  if (GENERIC_YOU.test(before)) return false;
  switch (entry.kind) {
    case 'strong':
    case 'phrase':
      return true;
    case 'noun':
      return aimed || GROUP_OF.test(before) || THE_LOT_OF_THEM.test(after) || (EXCLAMATION_BEFORE.test(before) && !GOVERNANCE_AFTER.test(after));
    case 'adjective':
      return predicative || (vocative && /\byou|\bur|\byour/.test(before.slice(-30))) || FOLLOWED_BY_PERSON.test(after);
  }
}

/** "I think he is a clown": the author is in the clause, but the insult is said of someone else. */
function predicativeOfOther(before: string): boolean {
  return /(?:NAME|\b(?:you|he|she|they)\b)[^.!?]*$/.test(before.replace(/\b(?:i'?m|i am|i was|i feel|i think|i reckon)\b/g, ''));
}
