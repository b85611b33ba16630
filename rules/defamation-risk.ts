import { defineRule } from '../src/engine/define-rule';
import { isDisclaimed, isNegatedBefore, isReportedQuote } from '../src/engine/nlp/context';
import { Lexicon } from '../src/engine/match/lexicon';
import { execAll } from '../src/engine/match/regex';
import {
  ALLEGATIONS_CY, BODIES, BRIBES, BUSINESS_SUFFIXES, CULPRIT_CRIMES, DECEIVING, FAKING_VERBS, LABELS, LYING, ORGANISATIONS, OWNERS,
  PROPERTY, RECORDS, ROLES, THEFT_VERBS, TRADE_CRIMES, type TermGroup,
} from './data/defamation-risk';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const alt = (group: TermGroup): string => `(?:${group.terms.join('|')})`;
/** A long list split into a few shorter alternations: each compiles much faster than one long one. */
const chunks = (group: TermGroup, size: number): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < group.terms.length; i += size) out.push(group.terms.slice(i, i + size));
  return out;
};

/** A modifier before a role: "the former finance director", "our own MP". */
const MODIFIERS = String.raw`(?:[a-z'&-]+ ){0,3}`;
/** "the landlord at the Feathers", "the manager of the Co-op", "the councillor for Eastfield". */
const PLACE = String.raw`(?: (?:at|of|from|in|on|for|over at|down at|behind|who runs) (?:the |our |number |no\.? )?[a-z0-9'&-]+(?: [a-z'&-]+){0,2}?)?`;
const DET = String.raw`\b(?:the|our|this|that|my|your|his|her|their|these|those|one of (?:the|our|their|his|her)|NAME's)`;
/** A person: a name, a pronoun, or someone picked out by role. */
const WHO_PERSON = String.raw`(?:NAME(?:'s)?(?:, (?:the|a|an|our|his|her|who|my|local) [^,.!?]{1,50},)?|\b(?:cllr|councill?or|mr|mrs|ms|miss|dr) [a-z'-]+(?: (?!(?:is|was|are|were|has|have|had|and|who|said|says|did|does|will|would|should|could|can|must|may|might|never|always|just|also|still|then|knows?|knew)\b)[a-z'-]+)?|\byou|\bu|\bhe|\bshe|\bthey|\bthese people|\bthis lot|\bthat lot|${DET} ${MODIFIERS}${alt(ROLES)}\b${PLACE})`;
/** Someone identifiable: a person, a business or a body. */
const WHO = String.raw`(?:${WHO_PERSON}|${DET} ${MODIFIERS}(?:${alt(ORGANISATIONS)}|${alt(BODIES)})\b${PLACE}|\b(?:[a-z'&-]+ ){1,3}${alt(BUSINESS_SUFFIXES)}\b)`;
/** Money or someone else's property, a few words on: "the ward grant money", "a pile of council equipment". */
const PROPERTY_OBJECT = String.raw`(?:[a-z'£0-9.,-]+ ){0,6}?(?:${alt(PROPERTY)}\b|${alt(OWNERS)} [a-z'-]+)`;
const RELATIVES = String.raw`(?:mates?|pals?|friends?|cronies|brother|sister|son|daughter|wife|husband|partner|cousin|nephew|niece|in-laws?|[a-z]+-in-law|family|golf partner|drinking (?:buddy|pal)|business partner|girlfriend|boyfriend|mistress|mum|dad|uncle|aunt(?:ie)?|relatives?|best mate|other half|missus)`;
const QUESTION_LIE = String.raw`(?:lie|lied|steal|stolen|pocket|pocketed|take (?:a |any |the )?(?:${alt(BRIBES)}|money from)|taken (?:a |any |the )?(?:${alt(BRIBES)}|money from)|fiddle (?:the )?(?:expenses|books|figures|accounts)|fiddled (?:the )?(?:expenses|books|figures|accounts)|rig|rigged|cook the books|cooked the books|mislead|misled|deceive|deceived|falsify|falsified|doctor|doctored|forge|forged|embezzle|embezzled|defraud|defrauded|bribe|bribed|cover (?:it |this |that )?up|covered (?:it |this |that )?up|(?:bury|buried|hide|hid|destroy|destroyed|shred|shredded) (?:the |a |any |his |her |their |its )?(?:report|evidence|truth|complaints?|figures|emails?|documents?|files|records|minutes|survey|findings|data|audit)|break the law|broke the law)`;

/**
 * Who the allegation is about, read back from the words before it: the nearest identifiable
 * subject ("the landlord at the Feathers", "Cllr Akhtar", "they") and the words between.
 * One expression for every pattern, so the long list of roles is compiled once.
 */
const SUBJECT = new RegExp(String.raw`(?<person>${WHO_PERSON})|${DET} ${MODIFIERS}(?:${alt(ORGANISATIONS)}|${alt(BODIES)})\b${PLACE}|\b(?:[a-z'&-]+ ){1,3}${alt(BUSINESS_SUFFIXES)}\b`, 'g');
/** What may stand between the subject and the allegation: a few words, within the clause. */
const GAP_SHAPE = /^(?:'s|'re|'ve|'d|'ll)?(?:,?\s+[a-z'*-]+,?){0,8}?,?\s+$/;
/** "Is Cllr Pennock corrupt?", "Did the leader lie…?" */
const QUESTION_SUBJECT = new RegExp(String.raw`\b(?:is|was|are|were|isn'?t|wasn'?t|did|does|has|have|do) ${WHO} (?:really |just |also |now |still |actually |simply |ever |knowingly |deliberately )?$`);
/** "slip Cllr Threlfall…", "paid the chair to…": the person after the verb. */
const OBJECT_PERSON = new RegExp(String.raw`^${WHO_PERSON}`);
const BE = /^(?:'s|'re|'ve been)|^,?\s+(?:is|are|was|were|has been|have been|been)\b/;
const PASSIVE_END = /\b(?:was|were|been|being|is|are|be|get|got|gets|getting|feel|felt)$/;

/** How far back the subject may be and what may stand between it and the allegation. */
interface Subject {
  /** `is`: "X is/was/has been … corrupt" (up to 7 words after the verb). Otherwise at most `words` words. */
  link?: 'is';
  words?: number;
  person?: boolean;
  /** Not a passive: "he was misled" is not an accusation against him. */
  active?: boolean;
  /** "Is X corrupt?", "Did X lie?" (a question mark must follow). */
  question?: boolean;
  /** The person must follow the verb ("slip Cllr X"); `then` must follow them. */
  after?: RegExp;
}

interface Claim extends Pattern {
  subjects?: readonly Subject[];
  /** Spared when the sentence attributes the allegation or reports an inquiry into it. */
  guarded?: true;
}

/** The allegation is someone else's, denied or under inquiry: "allegations of a cover-up", "the inquiry into whether…". */
const ATTRIBUTED = /\b(?:alleged|allegedly|allegations?|accus\w*|claims? (?:of|that)|claimed that|denies|denied|deny|investigat\w*|inquiry|inquest|according to|reportedly|(?:is|are|was|were) said to|rumou?rs?|questions? (?:about|over|whether))\b/;

const LABEL_TAIL = String.raw`(?! (?:team|teams|investigat\w*|officers?|unit|squad|department|policy|act|cases?|trial|hotline|line|awareness|prevention|checks?|claims?|reporting|risk|detection|alerts?|warning))`;
const TO_CHANGE = String.raw`\bto (?:change|switch|vote|back|support|approve|wave|push|look the other way|keep quiet|keep schtum|drop|swing|sign|turn a blind eye|go away|say nothing)`;

const ALLEGATIONS: Claim[] = [
  // "Cllr Pennock is corrupt", "these people are crooks", "you're a liar"; "Is Cllr Pennock on the take?"
  {
    re: new RegExp(String.raw`\b(?:${alt(LABELS)}${LABEL_TAIL}|fiddling (?:the |his |her |their )?(?:expenses|books|figures|accounts)|stealing|embezzling|taking (?:backhanders|bribes|kickbacks|bungs|the piss out of taxpayers)|spreading lies|money launder(?:ing|ers?)|lining (?:his|her|their) (?:own )?pockets?|hiding (?:it|something|the truth)|covering (?:it |this )?up)\b`, 'g'),
    messageId: 'allegation',
    needs: ['corrupt', 'bent', 'crook', 'liar', 'lying', 'fraud', 'thie', 'criminal', 'dishonest', 'con ', 'conm', 'cowboy', 'scam', 'swindl', 'paedo', 'nonce', 'racist', 'predator', 'sex pest', 'dealer', 'tax dodger', 'tax cheat', 'benefit cheat', 'gangster', 'on the take', 'on the fiddle', 'in the pay', 'payroll', 'bought and paid', 'pocket', 'cheat', 'launder', 'hack who', 'in it for', 'fiddl', 'stealing', 'embezzl', 'taking', 'spreading lies', 'lining', 'hiding', 'covering'],
    subjects: [{ link: 'is' }, { question: true }],
  },
  // "That crook at Ridgeway Homes…", "the cowboys who run the Wash & Go"
  {
    re: /\b(?<span>(?:that|this) (?:lying |thieving |crooked |bent |dodgy )?(?:crook|liar|thief|fraudster|con ?man|swindler|cowboy|scammer|shyster|crook of a [a-z]+)(?! (?:builders?|traders?|landlords?|firms?|compan(?:y|ies)|operators?|plumbers?|roofers?|outfits?|electricians?|mechanics?|garages?|dealers?|gangs?|workmen|tradesmen|scaffolders?|drivers?|taxis?|cabs?|calls?|texts?|emails?)\b)|(?:the|those|these) (?:lying |thieving |crooked |bent |dodgy )?(?:crooks|liars|thieves|fraudsters|con ?men|swindlers|cowboys|scammers|shysters) (?:at|from|in|on|who runs?|running|over at|down at|behind|of)) /gd,
    messageId: 'allegation',
    needs: ['crook', 'liar', 'thie', 'fraudster', 'con', 'swindler', 'cowboy', 'scammer', 'shyster'],
  },
  // "The officer lied to the committee", "Our MP knowingly misled the hustings"
  {
    re: new RegExp(String.raw`\b(?:(?:knowingly|deliberately|wilfully|repeatedly|blatantly|brazenly|flatly|openly|consistently|just|simply) )?${alt(LYING)}\b`, 'g'),
    messageId: 'allegation',
    needs: ['lied', 'lies', 'lying', 'told a', 'told an', 'told lies', 'told outright', 'told barefaced', 'told bare', 'told blatant', 'told pack', 'tells lies', 'telling lies', 'spreading lies', 'made it up', 'made things up', 'made stuff up', 'made that up', 'made the figures up', 'made the numbers up', 'makes things up', 'make things up', 'makes stuff up', 'make stuff up', 'makes it up', 'make it up', 'making it up', 'making things up', 'making stuff up'],
    subjects: [{ words: 4 }],
  },
  ...chunks(DECEIVING, 6).map((terms): Claim => ({
    re: new RegExp(String.raw`\b(?:(?:knowingly|deliberately|wilfully|repeatedly|blatantly|brazenly|consistently) )?(?:${terms.join('|')})\b`, 'g'),
    messageId: 'allegation',
    needs: ['misled', 'mislead', 'deceiv', 'defraud', 'swindl', 'fleece', 'blackmail', 'bribe', 'bribing', 'intimidated', 'perverted', 'lied under', 'conned', 'cons ', 'rip', 'harass', 'grop', 'abuse'],
    subjects: [{ words: 4, active: true }],
  })),
  // "Cllr Dawes pocketed the food bank money", "the caretaker has been flogging school laptops"
  {
    re: new RegExp(String.raw`\b${alt(THEFT_VERBS)} ${PROPERTY_OBJECT}`, 'g'),
    messageId: 'allegation',
    needs: ['pocket', 'trouser', 'nick', 'pinch', 'siphon', 'syphon', 'skim', 'misappropriat', 'helped', 'helps', 'helping', 'walked', 'made off', 'ran off', 'went off', 'walks', 'makes off', 'runs off', 'walking', 'making off', 'running off', 'flog', 'sell', 'sold', 'taking home', 'took home'],
    subjects: [{ words: 4, person: true }],
  },
  // "Cllr Mistry stole…", "embezzled"
  {
    re: /\b(?:stole(?! (?:the show|the limelight|a march|(?:our|my|his|her|their|the) (?:hearts?|thunder|idea|heart)|hearts|the headlines|a kiss|a glance|the scene|the moment|a look|second base))|has stolen|have stolen|steals(?! the show)|embezzled|embezzles)\b/g,
    messageId: 'allegation',
    needs: ['stole', 'stolen', 'steals', 'embezzl'],
    subjects: [{ words: 4 }],
  },
  // "took backhanders", "took £5,000 off the developer"
  {
    re: new RegExp(String.raw`\b(?:took|takes|taking|taken|accepted|accepts|accepting|received|receives|receiving|had|got|gets|getting) (?:(?:a |the |some |his |her |their |big |fat |cash )?${alt(BRIBES)}(?! (?:act|policy|training|register))|(?:money|cash|payments?|a payment|thousands|£[\d,.]+k?) (?:off|from) (?:the |a )?(?:developers?|builders?|contractors?|applicants?|firm|company|NAME|[a-z]+ homes|landlords?|owners?))\b`, 'g'),
    messageId: 'allegation',
    needs: ['backhander', 'bribe', 'kickback', 'bung', 'envelope', 'hush money', 'sweetener', 'money', 'cash', 'payment', 'thousands', '£'],
    subjects: [{ words: 4 }],
  },
  // "fixed the tender", "rigged the count", "falsified the survey", "buried the report"
  {
    re: /\b(?:fixed|fixes|fixing) (?:the |a |an |his |her |their |its |this |that |our |[a-z-]+'s? |NAME )?(?:[a-z'-]+ ){0,2}?(?:vote|votes|count|result|results|election|ballot|tender|contract|selection|interview|draw|raffle|poll|consultation|match|shortlist)\b/g,
    messageId: 'allegation',
    needs: ['fixed', 'fixes', 'fixing'],
    subjects: [{ words: 4 }],
  },
  {
    re: new RegExp(String.raw`\b${alt(FAKING_VERBS)} (?:[a-z'£0-9.,-]+ ){0,3}?${alt(RECORDS)}\b`, 'g'),
    messageId: 'allegation',
    needs: ['falsif', 'doctor', 'fabricat', 'faked', 'fakes', 'faking', 'forged', 'forges', 'forging', 'rigged', 'rigs', 'rigging', 'fiddl', 'cooked', 'cooks', 'cooking', 'massag', 'inflat', 'padd', 'shred', 'destroyed', 'deleted', 'covered', 'covers', 'covering', 'hushed', 'hushes', 'buried', 'buries', 'burying', 'suppress', 'hid', 'conceal', 'kept quiet'],
    subjects: [{ words: 4 }],
  },
  // "cooked the books", "covered it up", "paid him off", "feathered his nest"
  {
    re: /\b(?:cooked the books|covered (?:it|this|that|everything|the whole thing) up|hushed (?:it|this|that) up|(?:was|were|got|been) paid off|took a bung|lines? (?:his|her|their) (?:own )?pockets?|feathered (?:his|her|their) (?:own )?nest|told (?:officers|staff|the team) to (?:bury|hide|delete|destroy|shred|lose|ignore|cover up)|paid (?:him|her|them|NAME) off|bought (?:him|her|them|NAME) off|cheated (?:the|on|at|residents|voters|taxpayers)|deliberately rip(?:s|ped)? off)\b/g,
    messageId: 'allegation',
    needs: ['cooked', 'covered', 'hushed', 'paid off', 'bung', 'pocket', 'nest', 'told officers', 'told staff', 'told the team', 'paid him', 'paid her', 'paid them', 'paid NAME', 'bought', 'cheated', 'deliberately rip'],
    subjects: [{ words: 4 }],
  },
  // "Did the leader lie to council?", "Has the chair taken backhanders?"
  {
    re: new RegExp(String.raw`\b${QUESTION_LIE}\b`, 'g'),
    messageId: 'innuendo',
    needs: ['lie', 'lied', 'steal', 'stolen', 'pocket', 'take', 'taken', 'fiddle', 'rig', 'cook', 'mislead', 'misled', 'deceive', 'falsif', 'doctor', 'forge', 'embezzl', 'defraud', 'bribe', 'cover', 'bury', 'buried', 'hide', 'hid', 'destroy', 'shred', 'break the law', 'broke the law'],
    subjects: [{ question: true }],
  },
  // Trade crimes: "Harrow Lane Motors clocks the mileage", "waters down the bitter", "cash in hand to dodge tax"
  ...chunks(TRADE_CRIMES, 8).map((terms): Claim => ({
    re: new RegExp(String.raw`\b(?:${terms.join('|')})`, 'g'),
    messageId: 'allegation',
    needs: ['mileage', 'miles', 'odometer', 'speedo', 'clocks', 'clocking', 'water', 'tax', 'vat', 'hmrc', 'business rates', 'national insurance', 'cash in hand', 'minimum wage', 'under the table', 'off the books', 'benefit', 'universal credit', 'dole', 'sick', 'pip', 'esa', 'drugs', 'coke', 'cocaine', 'weed', 'cannabis', 'skunk', 'heroin', 'smack', 'crack', 'pills', 'ket', 'spice', 'class a', 'booze', 'alcohol', 'cigarettes', 'fags', 'vapes', 'knives', 'fireworks', 'stolen', 'nicked', 'fake', 'counterfeit', 'knock', 'hooky', 'drink', 'drunk', 'drove', 'insurance', 'uninsured', 'banned', 'illegal', 'undeclared', 'evict', 'launder', 'billed', 'bills', 'billing', 'charged', 'charges', 'charging', 'invoic', 'claimed', 'claims', 'claiming', 'done time', 'served time', 'did time', 'inside for', 'conviction', 'criminal record', 'arrested', 'convicted', 'done for', 'nicked for', 'broke the law', 'unlawfully', 'breaking the law', 'sacked', 'barred', 'kicked out', 'struck off', 'deposit', 'bond', 'declar', 'takes', 'out-of-date', 'out of date', 'rotten', 'gone-off', 'contaminated', 'horse', 'licen', 'dbs', 'permit'],
    subjects: [{ words: 6 }],
  })),
  // "How much did the developer slip Cllr Threlfall…", "paid the chair to wave it through"
  { re: /\b(?:slip(?:ped|s|ping)?|bung(?:ed|s|ing)?) /g, messageId: 'innuendo', needs: ['slip', 'bung'], subjects: [{ after: /^/ }] },
  { re: /\b(?:paid|pay|pays|paying|bunged|slipped|given|gave|offered|bought) /g, messageId: 'innuendo', needs: ['paid', 'pay', 'gave', 'given', 'offered', 'bought', 'bunged', 'slipped'], subjects: [{ after: new RegExp(String.raw`^[^.?!]{0,30}?${TO_CHANGE}`) }] },
  {
    re: /\bhow much (?:did|does|has|have|was|were|is|would|will) [^?.!]{0,50}?\b(?:get|got|receive|received|pocket|pocketed|make|made|take|taken|trouser|trousered|earn|earned|paid|pay|given|give)\b[^?.!]{0,60}?\b(?:to (?:change|switch|vote|back|support|approve|wave|push|look the other way|keep quiet|drop|swing|sign|turn)|for (?:his|her|their) (?:vote|support|silence|signature|backing)|out of (?:the|this|that) (?:deal|contract|sale|scheme)|under the table|backhanders?|brown envelopes?|bungs?|kickbacks?)\b/g,
    messageId: 'innuendo',
    needs: ['how much'],
  },
  {
    re: /\bwhat'?s in it for (?:NAME|him|her|cllrs?|the (?:leader|chair|councillors?|mayor|portfolio holder|cabinet member|planning chair))\b|\bwhat did (?:NAME|he|she|the (?:leader|chair|councillor|mayor|portfolio holder|cabinet member)) get (?:out of (?:it|this|that|the deal)|in return)\b/g,
    messageId: 'innuendo',
    needs: ["what's in it", 'whats in it', 'what did'],
  },
  // Jobs for mates: "gave the cleaning contract to his golf partner"; "Cllr Yardley's brother got the parks contract"
  {
    re: new RegExp(String.raw`\b(?:give|gave|gives|giving|given|hand|handed|hands|handing|award|awarded|awards|awarding|steer|steered|steers|steering|put|puts|push|pushed|pushes|wave|waved|pass|passed) (?:the |a |that |this |another |every )?(?:[a-z-]+ ){0,3}?(?:contracts?|jobs?|work|tenders?|deals?|grants?|lease|licence|post|role|position) (?:through )?(?:to|for) (?:(?:his|her|their|NAME) (?:own )?(?:[a-z-]+ )?${RELATIVES}\b|an? ${RELATIVES}'s (?:firm|company|business|outfit)\b)|\b(?:jobs|contracts|work) for (?:his|her|their) (?:own )?(?:mates|pals|friends|cronies|family)\b`, 'g'),
    messageId: 'innuendo',
    needs: ['contract', 'job', 'work', 'tender', 'deal', 'grant', 'lease', 'licence', 'post', 'role', 'position'],
  },
  {
    re: new RegExp(String.raw`(?:NAME(?:'?s)?|\bhis|\bher|\btheir|\b(?:the|our) (?:[a-z-]+ ){0,2}?${alt(ROLES)}'s) (?:own )?${RELATIVES}(?:'s (?:firm|company|business|outfit|mate|mates))?(?: [a-z']+){0,3}? (?:got|gets|won|wins|was given|was handed|landed|bagged|walked into|scooped|secured|picked up) (?:the |a |that |another )?(?:[a-z-]+ ){0,2}?(?:contract|job|tender|deal|grant|licence|lease|planning permission|work)\b`, 'g'),
    messageId: 'innuendo',
    needs: ['contract', 'job', 'tender', 'deal', 'grant', 'licence', 'lease', 'permission', 'work'],
  },
  { re: /\b(?:got|won|awarded|handed|given)(?: [a-z']+){0,4}? (?:contract|job|deal|grant|lease)(?: [a-z']+){0,3}? without (?:any |a |an )?(?:tender|tendering|competition|advert|process)\b/g, messageId: 'innuendo', needs: ['without'] },
  // "had a brown envelope from the Crown's owner"; "paid off to keep quiet"
  { re: /\b(?:had|got|gets|took|takes|accepted|received|handed|given|slipped|pocketed) (?:a |the |some )?(?:(?:nice|fat|little|big|thick|brown|juicy|tidy|hefty|stuffed) ){0,3}(?:brown envelopes?|fat envelopes?|envelopes? (?:stuffed|full) (?:with|of) (?:cash|money|notes|twenties|fifties)|backhanders?|bungs?|kickbacks?|bribes?)\b|\b(?:had|got|gets|took|received|pocketed) (?:a )?(?:nice|fat|little|thick) (?:little )?envelopes?\b|\b(?:was|were|been|got) paid off to (?:keep quiet|say nothing|go quietly|drop)\b|\bhush money\b|\blines? (?:his|her|their) (?:own )?pockets?\b/g, messageId: 'allegation', needs: ['envelope', 'backhander', 'bung', 'kickback', 'bribe', 'paid off', 'hush money', 'pocket'] },
  // "bought their way onto the local plan", "paid his way past the committee"
  {
    re: /\b(?:bought|buys|buying|paid|pays|paying) (?:their|his|her|its) way (?:in\b(?! with)|(?:into|onto|on to|past|through|round|around) (?:the |a |our |this )?(?:[a-z-]+ )?(?:plan|committee|planning|council|cabinet|contracts?|tenders?|framework|approval|permission|process|system|shortlist|scheme|deal|allocation|rules|officers|members|chamber|selection|seat|consent|licen[cs]e))\b/g,
    messageId: 'allegation', needs: ['bought', 'buys', 'buying', 'paid', 'pays', 'paying'], subjects: [{ words: 4 }], guarded: true,
  },
  // "should be in prison for what he did"
  {
    re: /\b(?:should|ought to|needs to|deserves to|must) be (?:in (?:prison|jail|gaol|the dock)|behind bars|locked up|arrested|prosecuted|charged|in handcuffs|doing time)/g,
    messageId: 'allegation',
    needs: ['prison', 'jail', 'gaol', 'dock', 'behind bars', 'locked up', 'arrested', 'prosecuted', 'charged', 'handcuffs', 'doing time'],
    subjects: [{ words: 2, person: true }],
  },
  // "Cllr Ashworth's dodgy dealings with developers"
  {
    re: /\b(?:dodgy|shady|crooked|corrupt|murky|underhand|illegal|criminal|dubious) (?:dealings|deals|business|practices|links|connections|activities|goings-on|finances|accounts|books|past)\b/g,
    messageId: 'innuendo',
    needs: ['dodgy', 'shady', 'crooked', 'corrupt', 'murky', 'underhand', 'illegal', 'criminal', 'dubious'],
    subjects: [{ words: 0 }],
  },
  // "not the £3m they've been telling the public"
  { re: /\b(?:they|he|she|NAME|the (?:leader|administration|council|cabinet))(?:'ve| have| has|'s)? been (?:telling|lying to|misleading|deceiving|conning) (?:the public|residents|us|people|everyone|voters|the committee)\b/g, messageId: 'allegation', needs: ['been telling', 'been lying', 'been misleading', 'been deceiving', 'been conning'] },
  // "the petty cash never added up while she held the key"; "money went missing on her watch"
  {
    re: /\b(?:petty cash|money|cash|books|accounts|takings|funds|figures|float|kitty|subs|collection|donations|stock|equipment)(?: [a-z]+){0,2} (?:never|didn'?t|don'?t|doesn'?t|wouldn'?t|did not|does not|somehow never|never quite) (?:added|add|tallied|tally|balanced|balance|matched|match)(?: up)?\b[^.!?]{0,40}?\b(?:while|whilst|when|after|once|on (?:his|her|their|NAME) watch|during (?:his|her|their|NAME))\b|\b(?:money|cash|funds|takings|float|donations|petty cash|stock|equipment|thousands|£[\d,.]+k?m?)(?: [a-z]+){0,2} (?:went|goes|kept going|has gone|had gone|started going|disappeared|vanished|went walkabout|went astray) (?:missing |astray |walkabout )?(?:on (?:his|her|their|NAME) watch|while (?:he|she|they|NAME)|when (?:he|she|they|NAME)|after (?:he|she|they|NAME))/g,
    messageId: 'innuendo',
    needs: ['added', 'add ', 'add up', 'tall', 'balance', 'match', 'went', 'goes', 'kept going', 'has gone', 'had gone', 'started going', 'disappeared', 'vanished'],
  },
  // "The fly-tipper lives at 23 Larkspur Close": a crime pinned on an address.
  { re: /\bthe (?:fly-?tippers?|vandals?|thie(?:f|ves)|(?:drug )?dealers?|burglars?|culprits?|yobs?|arsonists?|shoplifters?|muggers?|graffiti (?:artist|vandal)s?|dog thie(?:f|ves)) (?:lives?|is|are|'s|stays?|works?) (?:at|in|on|from|over)\b/g, messageId: 'crime', needs: ['tipper', 'vandal', 'thie', 'dealer', 'burglar', 'culprit', 'yob', 'arsonist', 'shoplifter', 'mugger'] },
  // "Her son is the one who set fire to the skate park"
  {
    re: new RegExp(String.raw`\b(?:is|was|'s|are|were) (?:the (?:one|ones|lad|lads|kid|kids|boy|boys|girl|girls|person|people|bloke|guy|man|woman|culprits?|idiots?|yobs?|little [a-z]+)|one of the (?:ones|lads|kids|boys|girls|yobs|gang)) (?:who|that|what)(?:'s| is| was| has| have| had| were| are)?(?: been)? (?<span>${alt(CULPRIT_CRIMES)})\b`, 'gd'),
    messageId: 'crime',
    needs: ['who', 'that', 'what'],
  },
  {
    re: /\b(?:the one |the ones |the lot )?behind (?:the |all the |these |those |this |that )?(?:[a-z-]+ )?(?:fly-?tipping|vandalism|graffiti|thefts?|break-ins|burglar(?:y|ies)|arson|fires|attacks?|dumping|scams?|fraud|drug dealing|dealing|robber(?:y|ies)|muggings|anti-?social behaviour)\b/g,
    messageId: 'crime',
    needs: ['behind'],
    subjects: [{ link: 'is', words: 1 }],
  },
  // "These two Year 9s from Oakfield smashed the bus shelter"
  {
    re: /(?:NAME|\b(?:these|those|the) (?:two |three |four )?(?:[a-z]+ )?(?:lads|kids|boys|girls|youths|yobs|year \d+s?|students|pupils)(?: from [a-z]+)?)(?: [a-z']+){0,2}? (?<span>smashed(?! it\b| (?:the|their|our|a) (?:target|record|goal|total|fundraising|exams?|quiz|competition|challenge|season))|vandalised|vandalized|stole(?! (?:the show|the limelight|the headlines|(?:our|my|his|her|their|the) hearts?|a march))|nicked|burgled|torched|set fire to|attacked|assaulted|mugged|dumped|fly-?tipped|graffitied|broke into)\b/gd,
    messageId: 'crime', needs: ['smashed', 'vandalis', 'vandaliz', 'stole', 'nicked', 'burgled', 'torched', 'set fire', 'attacked', 'assaulted', 'mugged', 'dumped', 'tipped', 'graffitied', 'broke into'],
  },
  // Bought, paid off or nobbled, with an adverb or an agent: "was clearly paid off", "has been bought by the developers"
  {
    re: /\b(?:was|were|been|being|got|gets|is|are|'s|'re)(?: (?:clearly|obviously|definitely|surely|certainly|blatantly|evidently|simply|just|quietly|totally|completely|well and truly|basically))? (?:paid off|bought off|nobbled|got at|bought and paid for|bought (?:off )?by (?:the |a |big |local |his |her |their )?(?:developers?|builders?|contractors?|landlords?|donors?|business(?:es)?|lobby(?:ists)?|the highest bidder|[a-z]+ (?:homes|estates|developments|group|ltd|plc|lobby)|NAME))\b/g,
    messageId: 'allegation',
    needs: ['paid off', 'bought', 'nobbled', 'got at'],
    subjects: [{ words: 4, person: true }],
    guarded: true,
  },
  // Greased palms: "greased a few palms to get it through"; "palms were greased"
  {
    re: /\bgreas(?:ed|es|ing|e) (?:a few |the right |some |enough |plenty of |a lot of |lots of |many |several |the |his |her |their |someone'?s |somebody'?s )?palms?\b(?! (?:of|with)\b)/g,
    messageId: 'allegation', needs: ['greas'], subjects: [{ words: 4 }], guarded: true,
  },
  { re: /\bpalms? (?:was |were |been |being |got |get |gets |have been |had been |must have been |clearly |obviously )*greased\b(?! with\b)|\bpalm-?greasing\b/g, messageId: 'innuendo', needs: ['greased', 'greasing'], guarded: true },
  // "had his hand in the till", "fingers in the petty cash"
  {
    re: /\b(?:hands?|fingers?|paws|mitts) in the (?:till|kitty|petty cash|cookie jar|public purse|coffers|collection (?:tin|box|plate)|honey ?pot|ward budget|precept)\b/g,
    messageId: 'allegation', needs: ['in the till', 'in the kitty', 'in the petty cash', 'in the cookie jar', 'in the public purse', 'in the coffers', 'in the collection', 'in the honey', 'in the ward budget', 'in the precept'],
    subjects: [{ words: 6, person: true }], guarded: true,
  },
  // A cover-up with someone behind it: "orchestrated a cover-up", "a cover-up by the leader's office", "the council's cover-up"
  {
    re: /\b(?:orchestrated|organised|organized|masterminded|ran|running|runs|led|leading|leads|behind|complicit in|party to|involved in|in on|part of|directed|oversaw|overseeing|presided over|presiding over) (?:a |the |this |that |an |their |his |her )?(?:[a-z-]+ )?cover-?ups?\b/g,
    messageId: 'allegation', needs: ['cover-up', 'coverup', 'cover up'], subjects: [{ words: 4 }], guarded: true,
  },
  { re: /\bcover-?up (?:by|from|at|in) /g, messageId: 'allegation', needs: ['cover-up by', 'coverup by', 'cover-up from', 'coverup from', 'cover-up at', 'cover-up in', 'coverup at', 'coverup in'], subjects: [{ after: /^/ }], guarded: true },
  // Keeping the truth from people: "hiding the true cost from taxpayers"
  {
    re: /\b(?:hiding|hid|hides|concealing|concealed|conceals|kept|keeping|keeps|withholding|withheld|withholds|covering up|covered up|sitting on|sat on) (?:the |this |that |their |its |his |her )?(?:true |real |full |actual |damning |embarrassing )?(?:cost|costs|figures|truth|facts|numbers|scale|report|evidence|information|findings|overspend|losses|debt|deficit|results|data) (?:of [a-z ]{1,30}? )?from (?:taxpayers|residents|the public|us|voters|the committee|councillors|members|the auditors?|scrutiny|the press|everyone|the people|tenants|parents|the electorate)\b/g,
    messageId: 'allegation', needs: ['from taxpayers', 'from residents', 'from the public', 'from us', 'from voters', 'from the committee', 'from councillors', 'from members', 'from the auditor', 'from scrutiny', 'from the press', 'from everyone', 'from the people', 'from tenants', 'from parents', 'from the electorate'], subjects: [{ words: 4 }], guarded: true,
  },
  // Abuse of office: "abused her position to get her son the job", "used his office to line his mates' pockets"
  {
    re: /\b(?:abused|abuses|abusing|misused|misuses|misusing|exploited|exploits|exploiting) (?:his|her|their|the) (?:position|office|role|power|powers|seat|influence|title|status|job|authority)\b|\b(?:used|uses|using) (?:his|her|their) (?:position|office|role|power|powers|seat|influence|title|status|authority) (?:as [a-z ]{1,30}? )?(?:to|for) (?:line|feather|enrich|benefit (?:himself|herself|themselves|his|her|their)|help (?:his|her|their) (?:own )?(?:mates|friends|pals|family|son|daughter|wife|husband|partner|brother|sister|cronies|business)|get (?:his|her|their) (?:own )?(?:son|daughter|wife|husband|partner|brother|sister|mates?|friends?|family|relatives?|cousin|nephew|niece)|favour (?:his|her|their)|fix|swing|bag|land (?:his|her|their)|(?:his|her|their) own (?:ends|benefit|gain|advantage))/g,
    messageId: 'allegation', needs: ['abused', 'abuses', 'abusing', 'misus', 'exploit', 'used his', 'used her', 'used their', 'uses his', 'uses her', 'uses their', 'using his', 'using her', 'using their'], subjects: [{ words: 4 }], guarded: true,
  },
  // Lining pockets in any tense and for anyone: "lined their own pockets", "to line his mates' pockets"
  {
    re: /\blin(?:ed|ing) (?:his|her|their) (?:own )?pockets?\b|\bfeather(?:s|ing)? (?:his|her|their) (?:own )?nests?\b|\blin(?:e|es|ed|ing) (?:his|her|their|the) (?:own )?(?:mates|friends|cronies|pals|family|donors|developer|developers|brother|sister|son|daughter|wife|husband|partner)(?:'s|')? pockets?\b/g,
    messageId: 'allegation', needs: ['pocket', 'nest'], subjects: [{ words: 6 }], guarded: true,
  },
  // An undeclared interest: "never declared that his brother owns the land", "failed to declare his shares"
  {
    re: /\b(?:never|didn'?t|did not|hasn'?t|has not|failed to|forgot to|neglected to|conveniently (?:forgot|forgets|neglected|failed) to|omitted to|chose not to) (?:declare|declared|mention|mentioned|disclose|disclosed|register|registered|reveal|revealed)(?: that)? (?:his|her|their) (?:own )?(?:interests?|shares|stake|links?|connections?|relationship|ties|directorship|involvement|ownership|business|company|firm|land|property|holdings|brother|sister|son|daughter|wife|husband|partner|family|mates?|friends?|cousin|relatives?|[a-z]+-in-law)\b/g,
    messageId: 'allegation', needs: ['declare', 'mention', 'disclose', 'register', 'reveal'], subjects: [{ words: 4, person: true }], guarded: true,
  },
  // A conflict of interest stated as fact: "has a massive conflict of interest", "voted for it because his brother owns the land"
  {
    re: /\b(?:has|have|had|'s got|'ve got|with) (?:a |an )?(?:massive |huge |clear |blatant |obvious |glaring |undeclared |serious |big |enormous |flagrant )?(?:conflict of interest|undeclared interest|vested interest|financial interest in)\b/g,
    messageId: 'allegation', needs: ['conflict of interest', 'undeclared interest', 'vested interest', 'financial interest'], subjects: [{ words: 2, person: true }], guarded: true,
  },
  {
    re: new RegExp(String.raw`\b(?:voted|votes|voting|backed|backs|backing|supported|supports|supporting|pushed|pushes|pushing|approved|approves|approving|waved|waves|argued|argues|lobbied|lobbies|lobbying|chaired|signed)\b[^.!?]{0,60}? (?:because|while|whilst|even though|knowing) (?:his|her|their) (?:own )?${RELATIVES}(?:'s)? (?:owns?|runs?|works? for|has shares|holds? shares|is a director|sits on the board|stands? to (?:gain|profit|make|benefit)|sells?|bought|profits?|benefits?|is the (?:developer|applicant|landlord|contractor|agent|builder))\b`, 'g'),
    messageId: 'innuendo', needs: ['because', 'while', 'whilst', 'even though', 'knowing'], subjects: [{ words: 4, person: true }], guarded: true,
  },
  // In the pocket of, in bed with, in cahoots with: "is in bed with the developers"
  {
    re: /\b(?:in cahoots with|in league with|hand in glove with|thick as thieves with|in the back pocket of|bankrolled by|in (?:bed|cahoots) with (?:the |a |big |local |his |her |their )?(?:developers?|builders?|contractors?|landlords?|lobbyists?|donors?|business(?:es)?|big business|bookies|the firm|the company|owners?|applicants?|[a-z]+ (?:homes|estates|developments|group|ltd|plc|lobby)|NAME|crooks|criminals|gangsters|dealers|the mafia)|(?:too |very |far too |rather )?(?:cosy|cozy|chummy|pally) with (?:the |a |big |local )?(?:developers?|builders?|contractors?|landlords?|lobbyists?|donors?|big business|[a-z]+ (?:homes|estates|developments|group|ltd|plc)))\b/g,
    messageId: 'allegation', needs: ['cahoots', 'in league', 'hand in glove', 'thick as thieves', 'back pocket', 'bankrolled', 'in bed with', 'cosy', 'cozy', 'chummy', 'pally'], subjects: [{ words: 4 }], guarded: true,
  },
  // "up to his neck in the scandal"
  {
    re: /\bup to (?:his|her|their) (?:necks?|eyeballs|ears) in (?:the (?:scandal|fraud|corruption|cover-?up|scam|racket|affair|deal|fiddle|dodgy [a-z]+)|corruption|fraud|dodgy (?:deals|dealings)|scandal|sleaze|this (?:scandal|scam|racket|affair|fiddle)|[a-z]+gate|it|this|that)\b/g,
    messageId: 'allegation', needs: ['up to his', 'up to her', 'up to their'], subjects: [{ words: 4 }], guarded: true,
  },
  // "running a racket with the letting agents", "in on the scam"
  {
    re: /\b(?:running|runs|ran|operating|operates|operated|in on|part of|behind|organised|organized|orchestrated|masterminded) (?:a |the |this |that |some |an |their |his |her )?(?:[a-z-]+ )?(?:racket|scam|cartel|fiddle|swindle|ponzi scheme|money-?laundering (?:operation|scheme))\b(?! (?:awareness|club|prevention|alerts?|warnings?|advice|talk|session|workshop|event)\b)/g,
    messageId: 'allegation', needs: ['racket', 'scam', 'cartel', 'fiddle', 'swindle', 'ponzi', 'launder'], subjects: [{ words: 4 }], guarded: true,
  },
  // A decision traded for a favour: "turned a blind eye in return for free drinks"
  {
    re: /\b(?:turned a blind eye|turns a blind eye|looked the other way|looks the other way|waved (?:it |this |that |the [a-z]+ )?through|granted|approved|backed|signed (?:it |this |that )?off|voted (?:for|through)|supported|awarded|recommended|rubber-?stamped|pushed (?:it |this |that )?through|fast-?tracked|overlooked|ignored|dropped)\b[^.!?]{0,60}? (?:in return for|in exchange for|as a thank[- ]you for|as payback for|for the price of) (?:a |an |some |free |a few |his |her |their |the )*(?:drinks?|meals?|dinners?|lunches?|hospitality|favours?|jobs?|cash|money|holidays?|tickets?|donations?|a cut|cuts|bungs?|backhanders?|votes?|seats?|directorships?|consultanc(?:y|ies)|shares|payments?|loans?|kickbacks?|bribes?|envelopes?|slices?|freebies|gifts?|golf|trips?|a box)\b/g,
    messageId: 'allegation', needs: ['in return for', 'in exchange for', 'thank you for', 'thank-you for', 'payback for', 'price of'], subjects: [{ words: 4 }], guarded: true,
  },
  // "committed fraud", "guilty of corruption" stated as fact
  {
    re: /\b(?:committed|commits|committing|has committed|have committed) (?:a |an )?(?:fraud|crimes?|(?:criminal |serious )?offences?|perjury|theft|bribery|misconduct in public office|(?:electoral|benefit|tax|expenses|mortgage|insurance) fraud|a criminal offence|embezzlement|forgery)\b|\b(?:is|are|was|were|'s|'re) (?:clearly |obviously |totally |completely |100% |plainly )?guilty of (?:fraud|corruption|theft|bribery|misconduct|lying|perjury|embezzlement|malfeasance|abuse of (?:office|power|position)|a crime|criminal|electoral fraud|nepotism|cronyism|stealing|deception|dishonesty)\b/g,
    messageId: 'allegation', needs: ['committed', 'commits', 'committing', 'guilty of'], subjects: [{ words: 8 }], guarded: true,
  },
  // Property or records, passive with the person as agent: "the count was rigged by the chair"
  {
    re: /\b(?:was|were|been|being|got|is|are) (?:[a-z]+ly )?(?:rigged|fiddled|falsified|doctored|stolen|embezzled|siphoned off|skimmed|pocketed|hushed up|shredded|faked|forged|misappropriated|nicked|trousered|cooked) by /g,
    messageId: 'allegation', needs: ['rigged by', 'fiddled by', 'falsified by', 'doctored by', 'stolen by', 'embezzled by', 'off by', 'skimmed by', 'pocketed by', 'up by', 'shredded by', 'faked by', 'forged by', 'misappropriated by', 'nicked by', 'trousered by', 'cooked by'], subjects: [{ after: /^/ }], guarded: true,
  },
  // "how much the developer paid him"
  {
    re: /\bhow much (?:the |a |that )?(?:developers?|builders?|contractors?|applicants?|firm|company|landlords?|owners?|NAME|[a-z]+ (?:homes|estates|developments|group|ltd|plc)) (?:had |has |have )?(?:paid|pays|gave|given|slipped|bunged|offered|handed) (?:him|her|them|NAME|the (?:chair|leader|councillor|officer|mayor|planning officer|planner|cabinet member|portfolio holder))\b/g,
    messageId: 'innuendo', needs: ['how much'], guarded: true,
  },
];

/** Words in the gap between subject and allegation. */
function gapWords(gap: string): number {
  return gap.replace(/^(?:'s|'re|'ve|'d|'ll)/, '').split(/[\s,]+/).filter(Boolean).length;
}

/**
 * The span of the allegation if one of the claim's subjects fits: the words before it for most
 * patterns, the person after the verb for "slip Cllr X", a question for "Did X lie?".
 */
function fitSubject(claim: Claim, before: string, after: string, rest: string): { extend: number; back?: number; messageId?: string } | undefined {
  if (!claim.subjects) return { extend: 0 };
  for (const subject of claim.subjects) {
    if (subject.after) {
      const who = OBJECT_PERSON.exec(after);
      if (!who) continue;
      const then = subject.after.exec(after.slice(who[0].length));
      if (then) return { extend: who[0].length + then[0].length };
      continue;
    }
    if (subject.question) {
      const asked = /\?/.test(rest) ? QUESTION_SUBJECT.exec(before) : null;
      if (asked) return { extend: 0, back: before.length - asked.index, messageId: 'innuendo' };
      continue;
    }
    for (const m of execAll(SUBJECT, before)) {
      if (subject.person && !m.groups?.['person']) continue;
      const gap = before.slice(m.index + m[0].length);
      if (!GAP_SHAPE.test(gap)) continue;
      if (subject.link === 'is') {
        if (BE.test(gap) && gapWords(gap) <= (subject.words ?? 8)) return { extend: 0 };
        continue;
      }
      if (gapWords(gap) > (subject.words ?? 4)) continue;
      // "was misled" is passive; "is ripping off", "are deceiving" are not.
      if (subject.active && PASSIVE_END.test(gap.trim()) && !/^(?:[a-z]+ly )?[a-z]+ing\b/.test(rest)) continue;
      return { extend: 0 };
    }
  }
  return undefined;
}

/** Bribery as a bare noun phrase, after a sentence about someone: "Backhanders all round." */
const BRIBE_NOUNS = new RegExp(String.raw`\b(?:${alt(BRIBES)}),? anyone\b|\b(?:${alt(BRIBES)}) (?:all round|all around|all over|galore|everywhere|changed hands|must have changed hands|involved|somewhere|for sure|no doubt|obviously|,? obviously|clearly|again|as usual)\b|\b(?:money|cash|envelopes?) (?:has |have |must have |clearly )?changed hands\b|^(?:${alt(BRIBES)})[.!]*$`);
/** A verdict that names a crime: "Theft, plain and simple." "That's fraud." */
const VERDICT = /^(?:(?:that'?s|this is|that is|it'?s|it is|it was|that was|this was|pure|plain|simple|sheer|blatant|outright|straightforward|nothing short of|nothing less than|(?:let'?s )?call it what it is:?|there'?s a word for (?:it|that|this)(?: and it'?s)?:?|the word (?:for (?:it|that|this) )?is:?)\s*)*(?:a |an )?(?:theft|fraud|corruption|embezzlement|bribery|stealing|thieving|a crime|criminal|money laundering|tax evasion|nepotism|extortion|blackmail|perjury|a fiddle|a racket|cronyism|lies|lying|a lie|a pack of lies|barefaced lies|corrupt|bent|crooked|dishonest|sleaze|sleazy|graft|a cover-?up|cover-?up|jobs for the boys|a conflict of interest|conflict of interest|insider dealing|abuse of (?:office|power|position))\b(?:[,:;]?\s*(?:plain and simple|pure and simple|nothing less|nothing more|nothing else|full stop|period|end of|simple as that|by any other name|no other word for it|obviously|clearly|of course|if you ask me|i'?d say|again|as usual|and (?:they|he|she) know it))*(?:,? (?:and|but|so) [^.!?]{0,100})?\s*[.!]*$/;
const VERDICT_NEEDS = /theft|fraud|corrupt|embezzl|briber|steal|thiev|crime|criminal|launder|evasion|nepotism|extortion|blackmail|perjury|fiddle|racket|cronyism|lie|lying|backhander|bribe|kickback|bung|envelope|changed hands|bent|crooked|dishonest|sleaz|graft|cover-up|coverup|cover up|jobs for the boys|conflict of interest|insider|abuse of/;
const WHO_RE = new RegExp(WHO);
/** A court, tribunal or standards finding that has been published is reporting, not allegation. */
const PUBLISHED = /\b(?:court|magistrates|tribunal|ombudsman|convicted|found guilty|pleaded guilty|was fined|were fined|sentenced|decision notice|standards committee|published (?:today|findings?|report)|the report found|inquiry found|finds that|found that|(?:has|have) been (?:caught|arrested|charged)|police (?:have|are|say|said|confirmed)|appealing for|cleared of)\b/;
/** Lawful disposal and charity stunts: "shredded under GDPR, as required", "arrested for charity". */
const LAWFUL = /\b(?:gdpr|data protection|retention (?:policy|schedule|period)|as required|as the law requires|securely|confidential waste|for charity|jail[- ]and[- ]bail|fundraiser|comic relief|children in need)\b/;
/** Policy and reporting talk about bribery, not an allegation: "our anti-bribery policy", "report fraud". */
const ABOUT_BRIBERY = /\b(?:anti-?bribery|bribery act|anti-?fraud|policy|training|whistle-?blow\w*|report (?:it|fraud|bribery|corruption|concerns)|allegations? of|no evidence|never (?:taken|had|accepted))\b/;
/** "If anyone lied…", "whoever stole the planters": conditional or unknown, not an accusation. */
const CONDITIONAL = /\b(?:if|whether|whoever|anyone who|anybody who|any (?:councillor|officer|member|landlord|business) who)\b[^.!?]*$/;
/** "I don't believe the leader lied", "nobody thinks she is corrupt": the author doubts the allegation. */
const DOUBTED = /\b(?:(?:i|we) (?:don'?t|do not|didn'?t|did not|would never|never|wouldn'?t) (?:believe|think|say|said|suggest|claim|accept|allege)|(?:nobody|no one|none of us) (?:believes|thinks|is saying|is suggesting|suggests|is claiming))\b[^.!?]*$/;
const VEHICLE_REGISTRATION = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/;
const VEHICLE_CRIME = /\b(?:dumping|dumped|fly-?tipping|fly-?tipped|tipping|abandoned|tagging|smashing|dealing|drugs|stolen|nicked|breaking into|broke into|burgl\w+|robbed|joyriding|ram-?raid\w*|drink-?driv\w+)\b/;

/** "Who's been fly-tipping by the garages? It's NAME from Elm Row.": a crime pinned on a named person. */
const CULPRIT_NAMED =
  /\bwho(?:'s| has| is| was| keeps| kept| have)?(?: been)? (?:fly-?tipping|dumping|vandalising|vandalizing|smashing|stealing|nicking|dealing|burgling|breaking into|setting fire to|setting fires|spraying|tagging|keying|slashing|damaging|torching|robbing|shoplifting|selling drugs|tipping|joyriding)\b[^.!?]{0,80}[.?!:,-]\s*(?:well,? )?(?:it'?s|it is|it was|that'?s|that was|answer:?|culprit:?) NAME\b/;

const welsh = new Lexicon(ALLEGATIONS_CY);
/** Someone identifiable in a Welsh sentence: a name, a role or a pronoun. */
const WHO_CY = /\b(?:NAME|cynghorydd|gynghorydd|arweinydd|swyddog|cadeirydd|gadeirydd|rheolwr|reolwr|clerc|maer|landlord|perchennog|datblygwr|cwmni|gwmni|cyngor|gyngor|mae e|mae o|mae hi|maen nhw|mae'n|rwyt ti|wyt ti|ti'n|chi'n)\b/;

export default defineRule({
  meta: {
    id: 'defamation-risk',
    description: 'An allegation of crime, dishonesty or corruption about an identifiable person or body, stated as fact.',
    sources: ['CG §6.2', 'GM 4.2', 'DSC 4.5'],
    section: { ref: 'CG §6.2', anchor: '#core-responsibilities' },
    why: "Under §6.2 of the council's guidance, publishing an untrue statement that damages someone's reputation can lead to a libel action for which the councillor is personally liable.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      allegation: 'This states as fact that an identifiable person or body is dishonest, corrupt or criminal; unless you can prove it, it risks a libel claim.',
      innuendo: 'This insinuates corruption by an identifiable person; a question or hint can be as defamatory as a statement.',
      crime: 'This accuses identifiable people of a crime; leave it to the police and the courts.',
    },
    examples: {
      valid: [
        'To be clear, I am not accusing anyone of wrongdoing. I am asking why the sale was not advertised.',
        "The Standards Committee's decision notice, published today, finds that Cllr Ferris breached the code of conduct.",
        'I disagree with Cllr Pemberton’s figures on the bus subsidy; by my reading they are out by about £200k.',
        'The water main leaked all night on Elm Road.',
      ],
      invalid: [
        'Cllr Pennock is corrupt, plain and simple.',
        'The planning officer lied to the committee about the flood risk.',
        'Everyone knows the chair of licensing had a brown envelope from the Crown’s owner.',
      ],
    },
  },
  check(context) {
    const { doc, text } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    const excused = (sentenceIndex: number, start: number): boolean => {
      const sentence = doc.sentences[sentenceIndex]!;
      const folded = doc.view.sentence(sentence);
      if (isDisclaimed(doc, sentence) || PUBLISHED.test(folded)) return true;
      if (CONDITIONAL.test(doc.view.between(sentence.start, start)) || DOUBTED.test(doc.view.between(sentence.start, start))) return true;
      const firstToken = doc.tokens.findIndex((t) => t.start >= start);
      // "nothing but a liar", "no better than a thief": the negative word intensifies.
      if (/\b(?:nothing but|no better than|nothing more than|nothing short of|nothing less than|no more than|none other than)\s*$/.test(doc.view.between(sentence.start, start))) return false;
      return firstToken > 0 && isNegatedBefore(doc, firstToken, 2);
    };
    for (const hit of findPatterns(context, ALLEGATIONS)) {
      const sentence = hit.match.sentence;
      const claim = hit.pattern as Claim;
      let start = hit.start;
      let end = hit.end;
      let messageId = claim.messageId;
      if (claim.subjects) {
        const before = doc.view.between(Math.max(sentence.start, hit.start - 200), hit.start).slice(-160);
        const after = doc.view.between(hit.end, Math.min(sentence.end, hit.end + 200));
        const fit = fitSubject(claim, before, after, doc.view.between(hit.start, sentence.end));
        if (!fit) continue;
        if (fit.extend) {
          const from = doc.view.indexAtOrAfter(hit.end);
          end = doc.view.originalSpan(from, from + fit.extend).end;
        }
        messageId = fit.messageId ?? messageId;
        if (fit.back) {
          const to = doc.view.indexAtOrAfter(hit.start);
          start = doc.view.originalSpan(to - fit.back, to).start;
        }
      }
      if (excused(sentence.index, hit.start)) continue;
      const folded = doc.view.sentence(sentence);
      if (claim.guarded && ATTRIBUTED.test(folded)) continue;
      if (LAWFUL.test(folded)) continue;
      if (/brib|backhander|kickback|bung|envelope/.test(doc.view.between(hit.start, end)) && ABOUT_BRIBERY.test(folded)) continue;
      hits.push({ start, end, messageId });
    }
    for (const sentence of doc.wordSentences) {
      const folded = doc.view.sentence(sentence);
      const raw = text.slice(sentence.start, sentence.end);
      // "The van dumping waste on the verge was YF68 OPL": a crime pinned on a vehicle's keeper.
      if (VEHICLE_CRIME.test(folded) && VEHICLE_REGISTRATION.test(raw) && !PUBLISHED.test(folded)) {
        hits.push({ start: sentence.start, end: sentence.end, messageId: 'crime' });
        continue;
      }
      if (folded.includes('NAME') && /^\W*(?:well,? )?(?:it'?s|it is|it was|that'?s|that was) NAME\b|: (?:it'?s|it is) NAME\b/.test(folded)) {
        const previous = doc.sentences[sentence.index - 1];
        const window = previous && previous.paragraph === sentence.paragraph ? `${doc.view.sentence(previous)} ${folded}` : folded;
        if (CULPRIT_NAMED.test(window) && !excused(sentence.index, sentence.start)) {
          hits.push({ start: sentence.start, end: sentence.end, messageId: 'crime' });
          continue;
        }
      }
      // "Theft, plain and simple." "Backhanders all round." after a sentence about someone identifiable.
      if (!VERDICT_NEEDS.test(folded)) continue;
      const bare = folded.trim();
      const verdict = VERDICT.test(bare);
      if (!verdict && !BRIBE_NOUNS.test(bare)) continue;
      if (excused(sentence.index, sentence.start) || ABOUT_BRIBERY.test(bare)) continue;
      // The sentence or two before say whom the verdict is about: "X got the contract. Funny how that works. Backhanders all round."
      let before = '';
      for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
        const previous = doc.sentences[i]!;
        if (previous.paragraph !== sentence.paragraph) break;
        before = `${doc.view.sentence(previous)} ${before}`;
      }
      if (!WHO_RE.test(verdict ? before : `${before} ${bare}`) || (before && PUBLISHED.test(before))) continue;
      hits.push({ start: sentence.start, end: sentence.end, messageId: verdict ? 'allegation' : 'innuendo' });
    }
    for (const match of welsh.find(doc)) {
      const sentence = doc.sentenceAt(match.start);
      if (!sentence || isReportedQuote(doc, match.start, match.end) || !WHO_CY.test(doc.view.sentence(sentence))) continue;
      if (isNegatedBefore(doc, match.tokenStart, 2)) continue;
      hits.push({ start: match.start, end: match.end, messageId: 'allegation' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
