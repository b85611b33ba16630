import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isDisclaimed, isReportedQuote } from '../src/engine/nlp/context';
import { THREAT_PHRASES_CY } from './data/threat-or-incitement';
import { dropOverlaps, findPatterns, PERSON, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

const P = PERSON;
/** A person as the object of a verb: pronoun, name or role. */
const OBJ = String.raw`(?:you|u|him|her|them|NAME|${P})`;
const HARM = String.raw`(?:kill|murder|shoot|stab|hang|lynch|string (?:him|her|them|you) up|burn|torch|batter|beat|punch|deck|smash|hurt|knife|glass|knee ?cap|cripple|strangle|slit)`;

const THREATS: Pattern[] = [
  // "I know where you live", "I know where that planning officer lives"
  { re: /\b(?:i|we) know where (?:[a-zA-Z' ]{1,30} )?(?:lives?|works?|sleeps?|parks?|drinks?)\b/g, messageId: 'threat', needs: ["know where"] },
  { re: /\b(?:watch|mind) (?:your|his|her|their|ur) (?:back|step)\b/g, messageId: 'threat', needs: ["back", "step"] },
  { re: /\b(?:you'?ll|you will|he'?ll|she'?ll|they'?ll) (?:find out|see|learn) what happens\b/g, messageId: 'threat', needs: ["what happens"] },
  { re: /\b(?:last|final) warning\b|\byou(?:'ve| have) been warned\b|\byour (?:card is|days are) (?:marked|numbered)\b/g, messageId: 'threat', needs: ["warning", "warned", "numbered", "marked"] },
  { re: /\b(?:you'?ll|you will|he'?ll|she'?ll|they'?ll) (?:regret|pay for) (?:it|this|that)\b/g, messageId: 'threat', needs: ["regret", "pay for"] },
  { re: /\bsleep with one eye open\b|\bwould be a shame if (?:something|anything) (?:happened|were to happen)\b|\baccidents happen\b/g, messageId: 'threat', needs: ["one eye", "shame if", "accidents happen"] },
  { re: /\b(?:i'?m|we'?re|i am|we are) (?:coming for|coming after|gonna get|going to get) (?:you|u|him|her|them|NAME)\b/g, messageId: 'threat', needs: ["coming for", "coming after", "get "] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|i'?m gonna|gonna|going to|i could|i'?d|i would|someone should|somebody should|someone needs to|someone ought to) (?:\w+ ){0,2}${HARM}(?:s|ed|ing)? ${OBJ}\b`, 'g'), messageId: 'threat', needs: ["kill", "murder", "shoot", "stab", "hang", "lynch", "string", "burn", "torch", "batter", "beat", "punch", "deck", "smash", "hurt", "knife", "glass", "cap", "cripple", "strangle", "slit"] },
  { re: /\bslit (?:your|his|her|their|ur) throats?\b|\b(?:break|smash|kick) (?:your|his|her|their|ur) (?:legs|face|head|teeth|windows)(?: in)?\b/g, messageId: 'threat', needs: ["throat", "legs", "face", "head", "teeth", "windows"] },
  { re: /\b(?:deserves?|needs?|wants?|could do with|asking for) (?:a )?(?:good )?(?:kicking|hiding|slap|smack|beating|battering|punch|thump|doing over|bullet|knee ?capping)\b/g, messageId: 'threat', needs: ["kicking", "hiding", "slap", "smack", "beating", "battering", "punch", "thump", "doing over", "bullet", "capping"] },
  { re: new RegExp(String.raw`\b(?:should|ought to|deserves? to|needs to) (?:be )?(?:hanged|hung|shot|strung up|lynched|burned|burnt|stabbed|beaten|killed|put down|knee ?capped)\b`, 'g'), messageId: 'threat', needs: ["hanged", "hung", "shot", "strung", "lynched", "burn", "stabbed", "beaten", "killed", "put down", "capped"] },
  { re: /\b(?:shame|pity|wish|if only) (?:that )?the (?:rioters|mob|protesters|crowd|arsonists)(?: \w+){0,4} (?:never|didn'?t|did not) (?:make it|made it|get|got|reach|reached|burn|burned|burnt)\b/g, messageId: 'violence', needs: ["rioters", "mob", "protesters", "crowd", "arsonists"] },
  { re: /\b(?:burn|torch|petrol bomb|firebomb) (?:it|them|the (?:place|lot|offices?|council(?: offices)?|town hall|house|camp|site)) (?:down|out)?\b|\bburn (?:them|'?em) out\b/g, messageId: 'violence', needs: ["burn", "torch", "petrol", "firebomb"] },
];

const INCITEMENT: Pattern[] = [
  // "Everyone bombard Cllr Holroyd's inbox", "let's all flood her inbox"
  { re: new RegExp(String.raw`\b(?:everyone|everybody|let'?s(?: all)?|all of you|residents|people|lads|go|get|please)\b[^.!?]{0,25}?\b(?:bombard|flood|spam|swamp|hound|harass|hassle|pester|plague|target|troll|pile on(?:to)?|besiege|doorstep|ring|call|phone|email|e-mail|message|dm) (?:${OBJ}|(?:his|her|their|NAME(?:'?s)?) (?:inbox|phone|phones|page|pages|mentions|dms|office|house|home|door|family|employer|boss|email|emails|account))\b`, 'g'), messageId: 'harassment', needs: ["bombard", "flood", "spam", "swamp", "hound", "harass", "hassle", "pester", "plague", "target", "troll", "pile on", "besiege", "doorstep", "ring", "call", "phone", "mail", "message", "dm"] },
  { re: /\b(?:tag|contact|ring|call|email|e-mail|message|write to|report (?:him|her|them) to) (?:his|her|their|NAME(?:'?s)?) (?:employer|boss|work|workplace|company|manager|firm)\b/g, messageId: 'harassment', needs: ["employer", "boss", "work", "company", "manager", "firm"] },
  { re: /\bscreenshot (?:every|all (?:of )?(?:the|his|her|their)) posts? (?:he|she|they) (?:makes?|writes?|posts?)\b/g, messageId: 'harassment', needs: ["screenshot"] },
  { re: /\b(?:don'?t|do not|never) give (?:him|her|them|NAME) a (?:minute'?s|moment'?s|second'?s) peace\b|\bmake (?:his|her|their|NAME(?:'?s)?) li(?:fe|ves) (?:hell|a misery|miserable)\b/g, messageId: 'harassment', needs: ["peace", "life", "lives"] },
  { re: /\bmake (?:them|him|her|NAME) (?:feel )?(?:unwelcome|pay|sorry|suffer|scared|afraid)\b|\brun (?:him|her|them|NAME) out of (?:town|the (?:village|area|ward|borough))\b/g, messageId: 'harassment', needs: ["unwelcome", "pay", "sorry", "suffer", "scared", "afraid", "out of"] },
  { re: new RegExp(String.raw`\b(?:pay|paying|give) ${OBJ} a (?:little )?visit\b|\bvisit (?:him|her|them|NAME) at (?:home|his house|her house)\b`, 'g'), messageId: 'harassment', needs: ["visit"] },
  { re: new RegExp(String.raw`\b(?:someone|somebody|anyone|we|you lot|lads) (?:should|needs to|need to|ought to|must|has to) (?:sort|deal with|shut|teach|sort out|have a word with|do something about|get) ${OBJ}(?: out| up| a lesson)?\b`, 'g'), messageId: 'harassment', needs: ["sort", "deal with", "shut", "teach", "have a word", "do something", "get "] },
  { re: /\b(?:go|get|head|pop|take (?:it|our \w+|your \w+)) (?:round|down|over|along)? ?(?:to|there|at)? ?(?:his|her|their|my opponent'?s|NAME(?:'?s)?|the)? ?(?:house|home|door|front door|doorstep|office|campaign office|address|place)\b[^.!?]{0,60}\b(?:let (?:him|her|them) know|tell (?:him|her|them)|give (?:him|her|them) a piece|what (?:we|you) think|make (?:him|her|them)|sort|show (?:him|her|them))/g, messageId: 'harassment', needs: ["house", "home", "door", "office", "address", "place"] },
  { re: /\btake (?:our|your|my|these|the) (?:objections?|complaints?|anger|protest) (?:to|round to) (?:his|her|their|NAME(?:'?s)?) (?:front )?(?:door|house|home|doorstep)\b/g, messageId: 'harassment', needs: ["objection", "complaint", "anger", "protest"] },
  { re: /\b(?:go|get) round (?:there )?and (?:let (?:him|her|them) know|tell (?:him|her|them)|give (?:him|her|them))\b|\bgive (?:them|him|her) a piece of your mind\b/g, messageId: 'harassment', needs: ["round", "piece of your mind"] },
  { re: /\bif (?:anyone|anybody|someone|you) (?:wants?|fancies|fancy) (?:to )?(?:tell|let|pop|go|visit|give|pay|have a word)\b/g, messageId: 'harassment', needs: ["if any", "if some", "if you"] },
  { re: /\b(?:intimidate|threaten|scare|frighten|menace|rough up) (?:them|him|her|the lot of them|NAME|the (?:staff|counters|officers|tellers))\b/g, messageId: 'harassment', needs: ["intimidate", "threaten", "scare", "frighten", "menace", "rough up"] },
  { re: /\b(?:catch|find|grab) (?:them|him|her|'?em) and (?:sort|deal with|teach|give|do) (?:them|him|her|'?em)\b/g, messageId: 'violence', needs: ["and sort", "and deal", "and teach", "and give", "and do"] },
];

const VEILED: Pattern[] = [
  { re: /\bmake (?:sure )?(?:him|her|them|NAME) (?:knows?|regrets?|pays?|sorry|feels?|never forgets?|remembers?|understands?)\b/g, messageId: 'harassment', needs: ['make sure', 'make him', 'make her', 'make them', 'make NAME'] },
  { re: /\bgive (?:him|her|them|NAME) (?:both barrels|hell|what for|a hard time|some stick|grief|a taste)\b|\bpile (?:in|on)\b|\bdon'?t let (?:up|(?:him|her|them) off)\b/g, messageId: 'harassment', needs: ['both barrels', 'hell', 'what for', 'hard time', 'stick', 'grief', 'taste', 'pile in', 'pile on', 'let up', 'let him', 'let her', 'let them'] },
  { re: /\b(?:shame|pity|be a shame|a real shame) (?:about|if|for) (?:his|her|their|the (?:[a-z]+ ){0,2}[a-z]+'s|NAME(?:'?s)?) (?:tyres|car|windows|house|home|kids|children|dog|cat|van|garden|fence|business|shop)\b|\b(?:tyres|windows) (?:get|got|getting|might get) (?:slashed|smashed|broken|done)\b/g, messageId: 'threat', needs: ['shame', 'pity', 'tyres', 'windows'] },
  { re: /\bi know (?:which|what) (?:car|van|school|pub|gym) (?:he|she|they|NAME|your|his|her)\b|\b(?:where|when) (?:he|she|they|NAME) parks?\b|\bi know (?:where|which school) (?:your|his|her|their) (?:kids|children|wife|husband|family)\b|\b(?:turn|show) up (?:at|to|outside) (?:his|her|their|NAME(?:'?s)?) (?:surgery|house|home|door|office|work|workplace|school)\b/g, messageId: 'threat', needs: ['i know', 'parks', 'park', 'turn up', 'show up'] },
  { re: /\b(?:let'?s all|everyone|everybody|all of us) (?:turn|show) up\b[^.!?]{0,80}\b(?:make sure|never forgets?|let (?:him|her|them) know|show (?:him|her|them))\b/g, messageId: 'harassment', needs: ['turn up', 'show up'] },
];

/** Where a person can be found or reached, published in the same post as a call to act: incitement. */
const WHEREABOUTS_OF_PERSON =
  /\b(?:lives? at|his address|her address|their address|his (?:mobile|number|phone)|her (?:mobile|number|phone)|his number'?s|her number'?s|direct line|home number|drives? a|his car|her car|number plate|reg(?:istration)? (?:is|was)|works at|you'?ll find (?:him|her) at)\b/;
const CALL_TO_ACT =
  /\b(?:everyone|everybody|lads|anyone who|if anyone wants|if you see|next time you see|go round|pop round|let (?:him|her|them) know|tell (?:him|her|them)|pay (?:him|her|them) a visit|give (?:him|her|them)|make sure (?:he|she|they)|what (?:we|you) think|how (?:we|you) feel|do your worst|you know what to do)\b/;

const welsh = new Lexicon(THREAT_PHRASES_CY);

export default defineRule({
  meta: {
    id: 'threat-or-incitement',
    description: 'Threats of harm, and calls for others to harass, intimidate or harm someone.',
    sources: ['DSC 4.5', 'GM 5.4', 'CG §10.3'],
    section: { ref: 'CG §10.3', anchor: '#managing-comments' },
    why: "Threats and calls to harass or intimidate can be criminal offences (malicious communications, harassment) and breach the Code of Conduct; §10.3 of the council's guidance warns against language that encourages intimidation.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      threat: 'This reads as a threat against someone.',
      violence: 'This encourages or welcomes violence.',
      harassment: 'This calls on others to harass or intimidate someone.',
    },
    examples: {
      valid: [
        'I could murder a bacon roll after that four-hour meeting.',
        'Let’s flood the consultation with responses before it closes.',
        'The junction of Mill Lane and Carr Road is a death trap.',
        'Telling a councillor they’re a ‘dirty traitor who should hang’ is not debate, it’s a threat, and it’s gone to the police.',
      ],
      invalid: [
        'I know where that planning officer lives.',
        'Everyone bombard Cllr Holroyd’s inbox until she backs down.',
        'Anyone who fly-tips on our lane deserves a good kicking.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const sentence = hit.match.sentence;
      if (isDisclaimed(doc, sentence) || NEGATED_START.test(doc.view.sentence(sentence))) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    // A person's address, number or car, in a post that calls on others to act.
    const post = doc.view.folded;
    if (CALL_TO_ACT.test(post)) {
      for (const sentence of doc.wordSentences) {
        if (WHEREABOUTS_OF_PERSON.test(doc.view.sentence(sentence))) hits.push({ start: sentence.start, end: sentence.end, messageId: 'harassment' });
      }
    }
    const extra = councilLexicon(context, 'threat-or-incitement', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'threat' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});

const ALL_PATTERNS = [...THREATS, ...INCITEMENT, ...VEILED];

/** "Nobody should…", "No one deserves…": the sentence rejects what follows. */
const NEGATED_START = /^(?:nobody|no one|no-one|no councillor|no officer|never)\b/;
