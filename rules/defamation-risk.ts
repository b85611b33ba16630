import { defineRule } from '../src/engine/define-rule';
import { isDisclaimed, isNegatedBefore } from '../src/engine/nlp/context';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

/** Someone identifiable: a name, a business, a pronoun, "you", or a person or body by role. */
const WHO = String.raw`(?:NAME(?:'s)?|\byou|\bu|\bhe|\bshe|\bthey|\bthese people|\bthis lot|\bthat lot|\b(?:the|our|this|that|my|your|his|her|their) (?:[a-z'-]+ ){0,3}(?:leader|deputy leader|chair(?:man|woman)?(?: of [a-z]+)?|officers?|councill?ors?|cllrs?|members?|portfolio holder|cabinet member|chief exec(?:utive)?|ceo|mayor|clerk|director|managing director|manager|mp|opponent|rival|candidate|landlord|developer|contractor|builder|owner|administration|cabinet|leadership|ruling group|council|agent|firm|company|team|department|staff|editor|journalist|reporter|treasurer|chairman|trustees?|fly-?tipper|dealer|tenant|neighbou?r|husband|wife|partner|brother|sister|son|daughter))`;
const IS = String.raw`(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has been|\s+have been|'s been|'ve been|\s+been)`;

const ALLEGATIONS: Pattern[] = [
  // "Cllr Pennock is corrupt", "these people are crooks", "you're a liar"
  {
    re: new RegExp(
      String.raw`${WHO}${IS}(?:\s+[a-z'*-]+,?){0,6}?\s+(?<span>corrupt|bent|crooked|crooks?|liars?|lying|a liar|frauds?|fraudsters?|fraudulent|thie(?:f|ves)|criminals?|dishonest|con ?(?:men|man|artists?)|cowboys|scammers?|swindlers?|paedo(?:phile)?s?|nonces?|a racist|racists|on the take|in (?:the |his |her |their )?(?:[a-z']+ ){0,2}pockets?|fiddling (?:the |his |her |their )?(?:expenses|books|figures|accounts)|stealing|embezzling|taking (?:backhanders|bribes|kickbacks|the piss out of taxpayers)|spreading lies|on the fiddle|money launder(?:ing|ers?)|a cheat|cheats|cheating|a hack who makes|making (?:it|things|stuff) up|lining (?:his|her|their) (?:own )?pockets?|in it for (?:himself|herself|themselves)|hiding (?:it|something|the truth)|covering (?:it |this )?up)\b`,
      'gd',
    ),
    messageId: 'allegation', needs: ["corrupt", "bent", "crook", "liar", "lying", "fraud", "thie", "criminal", "dishonest", "con ", "cowboy", "scam", "swindl", "paedo", "nonce", "racist", "on the take", "pocket", "fiddl", "stealing", "embezzl", "backhander", "bribe", "kickback", "lies", "money launder", "conm", "cheat", "hack who", "making", "lining", "in it for", "hiding", "covering"],
  },
  // "the officer lied to the committee", "Cllr Mistry rigged the count"
  {
    re: new RegExp(
      String.raw`${WHO}(?:\s+[a-z']+){0,3}?\s+(?<span>lied|lies to|has lied|is lying|are lying|were lying|stole|has stolen|have stolen|steals|embezzled|took (?:a |the )?(?:backhanders?|bribes?|kickbacks?|brown envelopes?)|takes (?:backhanders|bribes)|accepted (?:a )?bribes?|rigged|fiddled|fixed the (?:vote|count|result|contract|tender|election)|cooked the books|forged|falsified|defrauded|misled (?:the )?(?:committee|council|public|residents|inquiry)|covered up|broke the law|acted illegally|is breaking the law|perverted|bribed|blackmailed|was sacked (?:from [a-z' ]+ )?for (?:fiddling|stealing|theft|fraud|gross misconduct|lying)|got (?:banned|barred|sacked|kicked out) (?:from [a-z' ]+ )?for (?:fighting|stealing|theft|violence|assault|dealing|fraud)|deliberately rip(?:s|ped)? off|rip(?:s|ping)? off (?:pensioners|tenants|residents|old people|customers|vulnerable)|makes? (?:things|stuff|it) up|made (?:it|things|stuff|the figures) up|fabricated|has (?:a|previous) convictions? for|has a criminal record|(?:was|got) (?:arrested|convicted|charged|done) for|was paid off|got paid off|took a bung|lines? (?:his|her|their) (?:own )?pockets?|feathered (?:his|her|their) (?:own )?nest|told (?:officers|staff|the team) to (?:bury|hide|delete|destroy|shred|lose|ignore|cover up)|buried (?:the|a) (?:report|complaints?|evidence)|shredded|deleted the evidence|hushed (?:it )?up|paid (?:him|her|them) off|cheated)\b`,
      'gd',
    ),
    messageId: 'allegation', needs: ["lied", "lies", "lying", "stole", "stolen", "steals", "embezzl", "backhander", "bribe", "kickback", "envelope", "rigged", "fiddled", "fixed the", "cooked", "forged", "falsified", "defrauded", "misled", "covered up", "broke the law", "illegally", "breaking the law", "perverted", "blackmail", "sacked", "banned", "barred", "kicked out", "rip", " up", "fabricated", "conviction", "criminal record", "arrested", "convicted", "charged", "done for", "paid off", "bung", "pocket", "nest", "told officers", "told staff", "told the team", "buried", "shredded", "deleted", "hushed", "cheated"],
  },
  // "had a brown envelope from the Crown's owner"
  { re: /\b(?:had|got|gets|took|takes|accepted|received|handed|given|slipped) (?:a |the |some )?(?:brown envelopes?|backhanders?|bungs?|kickbacks?|bribes?)\b|\b(?:was|were|been|got) paid off to (?:keep quiet|say nothing|go quietly|drop)\b|\bhush money\b|\blines? (?:his|her|their) (?:own )?pockets?\b/g, messageId: 'allegation', needs: ["envelope", "backhander", "bung", "kickback", "bribe", "paid off", "hush money", "pocket"] },
  // "Is it true Cllr Yardley's brother got the parks contract without any tender?"
  {
    re: /(?:NAME(?:'?s)?|\bhis|\bher|\btheir) (?:brother|sister|wife|husband|son|daughter|cousin|mate|friend|pal|partner|mum|dad|brother-in-law|son-in-law|business partner|missus|other half)(?: [a-z']+){0,3}? (?:got|gets|won|wins|was given|was handed|landed|bagged|walked into) (?:the |a |that )?(?:[a-z]+ )?(?:contract|job|tender|deal|grant|licence|lease|planning permission)\b/g,
    messageId: 'innuendo', needs: ["contract", "job", "tender", "deal", "grant", "licence", "lease", "permission"],
  },
  { re: /\b(?:got|won|awarded|handed|given)(?: [a-z']+){0,4}? (?:contract|job|deal|grant|lease)(?: [a-z']+){0,3}? without (?:any |a |an )?(?:tender|tendering|competition|advert|process)\b/g, messageId: 'innuendo', needs: ["without"] },
  // "not the £3m they've been telling the public"
  { re: /\b(?:they|he|she|NAME|the (?:leader|administration|council|cabinet))(?:'ve| have| has|'s)? been (?:telling|lying to|misleading|deceiving|conning) (?:the public|residents|us|people|everyone|voters|the committee)\b/g, messageId: 'allegation', needs: ["been telling", "been lying", "been misleading", "been deceiving", "been conning"] },
  // "The fly-tipper lives at 23 Larkspur Close": a crime pinned on an address.
  { re: /\bthe (?:fly-?tippers?|vandals?|thie(?:f|ves)|(?:drug )?dealers?|burglars?|culprits?|yobs?|arsonists?|shoplifters?|muggers?|graffiti (?:artist|vandal)s?|dog thie(?:f|ves)) (?:lives?|is|are|'s|stays?|works?) (?:at|in|on|from|over)\b/g, messageId: 'crime', needs: ['tipper', 'vandal', 'thie', 'dealer', 'burglar', 'culprit', 'yob', 'arsonist', 'shoplifter', 'mugger'] },
  // "These two Year 9s from Oakfield smashed the bus shelter"
  {
    re: /(?:NAME|\b(?:these|those|the) (?:two |three |four )?(?:[a-z]+ )?(?:lads|kids|boys|girls|youths|yobs|year \d+s?|students|pupils)(?: from [a-z]+)?)(?: [a-z']+){0,2}? (?<span>smashed|vandalised|vandalized|stole|nicked|burgled|torched|set fire to|attacked|assaulted|mugged|dumped|fly-?tipped|graffitied|broke into)\b/gd,
    messageId: 'crime', needs: ["smashed", "vandalis", "vandaliz", "stole", "nicked", "burgled", "torched", "set fire", "attacked", "assaulted", "mugged", "dumped", "tipped", "graffitied", "broke into"],
  },
];

/** A court, tribunal or standards finding that has been published is reporting, not allegation. */
const PUBLISHED = /\b(?:court|magistrates|tribunal|ombudsman|convicted|found guilty|pleaded guilty|was fined|were fined|sentenced|decision notice|standards committee|published (?:today|findings?|report)|the report found|inquiry found|finds that|found that)\b/;
const VEHICLE_REGISTRATION = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/;
const DUMPING = /\b(?:dumping|dumped|fly-?tipping|fly-?tipped|tipping|abandoned|tagging|smashing)\b/;

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
    for (const hit of findPatterns(context, ALLEGATIONS)) {
      const sentence = hit.match.sentence;
      const folded = doc.view.sentence(sentence);
      if (isDisclaimed(doc, sentence) || PUBLISHED.test(folded)) continue;
      const firstToken = doc.tokens.findIndex((t) => t.start >= hit.start);
      if (firstToken > 0 && isNegatedBefore(doc, firstToken, 2)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    // "The van dumping waste on the verge was YF68 OPL": a crime pinned on a vehicle's keeper.
    for (const sentence of doc.wordSentences) {
      const raw = text.slice(sentence.start, sentence.end);
      if (DUMPING.test(doc.view.sentence(sentence)) && VEHICLE_REGISTRATION.test(raw) && !PUBLISHED.test(doc.view.sentence(sentence))) {
        hits.push({ start: sentence.start, end: sentence.end, messageId: 'crime' });
      }
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
