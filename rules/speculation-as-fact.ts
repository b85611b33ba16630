import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isDisclaimed, isHedged, isReportedQuote } from '../src/engine/nlp/context';
import { SPECULATION_CY } from './data/speculation-as-fact';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** Who a motive can be pinned on: the council and its people, or "they". */
const ACTOR = String.raw`(?:they|he|she|NAME|the (?:council|administration|cabinet|leader(?:ship)?|officers?|committee|chair|developer|planners?|government|ruling group|executive|lot of them)|officers|cabinet|councillors|this council)`;

const MOTIVE: Pattern[] = [
  { re: /\bthe (?:real|true|only|actual) (?:reason|motive|agenda|purpose|aim)\b/g, messageId: 'motive', needs: ["reason", "motive", "agenda", "purpose", "aim"] },
  { re: new RegExp(String.raw`\b(?:clearly|obviously|evidently|blatantly|plainly) (?:this|it|that) (?:was|is|has been) (?:done|designed|timed|meant|intended|engineered|rushed|planned|a ploy|an attempt) to\b|\b(?:clearly|obviously|evidently|blatantly) ${ACTOR} (?:couldn'?t care less|don'?t care|do not care|never cared|wanted|want|tried|are trying|were trying|have decided|had decided|intended|meant|planned|set out)\b|\b${ACTOR} (?:clearly|obviously) (?:couldn'?t care less|don'?t care|do not care|want(?:ed)?|tried|intend(?:ed)?|planned)\b`, 'g'), messageId: 'motive', needs: ["clearly", "obviously", "evidently", "blatantly", "plainly"] },
  { re: /\b(?:done|did it|did this|moved|scheduled|timed|closed|held|changed|rushed|buried|released|published|hidden|arranged|set)(?: [a-z0-9'£.,]+){0,10}? (?:deliberately|on purpose|intentionally) (?:so|to)\b|\b(?:deliberately|on purpose|intentionally) (?:so (?:that )?(?:working people|residents|parents|people|nobody|no one|we|you)|to (?:hide|avoid|stop|keep|bury|exclude|shut out))\b/g, messageId: 'motive', needs: ["deliberately", "on purpose", "intentionally"] },
  { re: /\bso (?:that )?(?:working people|residents|parents|the public|people|nobody|no one|we) (?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t) (?:come|attend|object|see|find out|notice|respond|have their say|get there)\b/g, messageId: 'motive', needs: ["can't", "cannot", "couldn't", "won't", "wouldn't", "cant", "couldnt", "wont", "wouldnt"] },
  { re: new RegExp(String.raw`\b(?:done|designed|timed|meant|intended|this is|it'?s|it was) to (?:hide|cover up|bury|conceal|keep (?:it|this) quiet) (?:the|their|his|her|its|what)\b|\bquietly (?:moved|dropped|changed|removed|shelved|slipped|buried|diverted|raided|took|taken|swapped|rewritten|amended)\b`, 'g'), messageId: 'motive', needs: ["to hide", "cover up", "to bury", "conceal", "quiet"] },
  { re: /\b(?:they'?d|they had|they'?ve|they have|it was|it had been|cabinet had|the council had) already (?:decided|made up their minds?|been decided|agreed|signed it off)\b|\b(?:was|were|had been) (?:made|decided|agreed|signed off|stitched up) (?:long )?before (?:a single|any|anyone|residents|the public|the consultation|people)\b|\bdecided before (?:anyone|a single|residents|the consultation)\b|\ba (?:done deal|foregone conclusion)\b/g, messageId: 'motive', needs: ["already", "before", "done deal", "foregone"] },
  { re: /\b(?:just|only|merely) an? (?:excuse|smokescreen|cover story|pretext)\b|\bthe usual rubber-?stamp(?: job)?\b|\bi'?d be amazed if (?:it|they) (?:isn'?t|aren'?t|don'?t|doesn'?t)\b/g, messageId: 'motive', needs: ["excuse", "smokescreen", "cover story", "pretext", "rubber", "amazed"] },
  { re: new RegExp(String.raw`\bit'?s (?:obvious|clear) (?:why|what) ${ACTOR}\b|\bwe all know why\b|\beveryone knows why\b`, 'g'), messageId: 'motive', needs: ["obvious", "clear", "know why"] },
];

const MOTIVE_MORE: Pattern[] = [
  // "…cooked the books to hide a £4m overspend", "…closing the nursery to save face"
  { re: /\bto (?:hide|cover up|bury|conceal|silence|punish|get rid of|save face|avoid scrutiny|avoid (?:the )?(?:press|questions|embarrassment|blame)|keep (?:it|this|that|the truth|residents|people) (?:quiet|in the dark)|line (?:their|his|her) (?:own )?pockets|feather (?:their|his|her) (?:own )?nests?|dodge|duck)\b/g, messageId: 'motive', needs: ['to hide', 'cover up', 'to bury', 'conceal', 'silence', 'punish', 'get rid of', 'save face', 'avoid', 'keep it', 'keep this', 'keep that', 'keep the truth', 'keep residents', 'keep people', 'pockets', 'nest', 'to dodge', 'to duck'] },
  { re: /\b(?:is|was|it'?s|this is|that'?s|this was) (?:all |really |only |just |purely |simply )?(?:about|because (?:they|he|she) (?:want|wants|wanted)) (?:getting rid of|punishing|silencing|saving face|covering|protecting (?:themselves|himself|herself)|money|profit|votes|power|revenge|settling scores)\b|,? nothing (?:else|more)\.?$/g, messageId: 'motive', needs: ['about', 'because they', 'because he', 'because she', 'nothing else', 'nothing more'] },
  { re: /\b(?:had|'d|have|'ve) (?:already )?(?:decided|made up (?:their|his|her) minds?|signed it off|agreed it) (?:before|long before|ages before|weeks before|months before)\b/g, messageId: 'motive', needs: ['before'] },
  { re: /\bquietly (?:[a-z]+(?:ed|ing)|put|set|cut|shut|let|slip)\b/g, messageId: 'motive', needs: ['quietly'] },
];

const INSINUATION: Pattern[] = [
  { re: /\b(?:funny|odd|strange|curious|interesting|convenient|telling) (?:how|that|then,? that)\b|\bodd,? then,? that\b|\bhow convenient\b/g, messageId: 'insinuation', needs: ["funny", "odd", "strange", "curious", "interesting", "convenient", "telling"] },
  { re: /\bmakes? you (?:wonder|think)(?=\s*(?:[,.!?🤔]|$|doesn'?t|why|who|what|whether|if))/gu, messageId: 'insinuation', needs: ["makes you", "make you"] },
  { re: /\b(?:funny|odd|strange|curious|interesting),? (?:isn'?t it|don'?t you think|eh),? (?:that|how)\b|\b(?:just|pure|purely|total|complete) (?:a )?coincidence\b/g, messageId: 'insinuation', needs: ['funny', 'odd', 'strange', 'curious', 'interesting', 'coincidence'] },
  { re: /\bdraw your own conclusions?\b|\balmost as if\b|\bit'?s almost (?:like|as if)\b|\bjust asking (?:the )?questions?\b|\bno surprise (?:the|that|then)\b|\bsurprise,? surprise\b|\byou do the maths\b|\bjoin the dots\b|\bsay no more\b|\bcoincidence\?|\b(?:is it|was it) (?:a |just )?coincidence\b|\bi'?ll let you decide\b|\bread between the lines\b/g, messageId: 'insinuation', needs: ["conclusion", "almost", "asking", "surprise", "maths", "dots", "say no more", "coincidence", "let you decide", "between the lines"] },
];

const ALL_PATTERNS = [...MOTIVE, ...MOTIVE_MORE, ...INSINUATION];
const NATURE = /\b(?:sun|sunshine|weather|rain|rained|snow|wind|sky|clouds?|victorians|romans|the tide|summer|winter|match|game|football|cricket|rugby|the cat|the dog|my (?:kids|dog|cat|husband|wife))\b/;
const GOVERNANCE_NEAR = /\b(?:council|cabinet|administration|officers?|leader|committee|decision|consultation|budget|vote|report|figures|scheme|contract|planning|they|NAME)\b/;

const welsh = new Lexicon(SPECULATION_CY);

export default defineRule({
  meta: {
    id: 'speculation-as-fact',
    description: 'Motives or intent presented as established fact, and insinuation.',
    sources: ['CG §7.3', 'CG §8.2'],
    section: { ref: 'CG §7.3', anchor: '#information-integrity' },
    why: "Section 7.3 of the council's guidance lists presenting speculation about motives or intent as established fact as malinformation; §8.2 adds insinuation that undermines credibility.",
    severity: { relaxed: 'off', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      motive: 'This states someone’s motive or intent as fact; say what you know and label the rest as your opinion.',
      insinuation: 'This insinuates bad faith without saying what you know; readers fill the gap with the worst.',
    },
    examples: {
      valid: [
        'Makes you wonder how the Victorians built these sewers without a single digger.',
        'I don’t know why the application was withdrawn. It might be viability; I’ve asked the developer.',
        'I think the meeting time makes it hard for working people to attend, and I’ve asked for an evening slot.',
      ],
      invalid: [
        'The real reason they closed Oakwood pool is that they want the land for housing.',
        'Funny how the consultation closed the day before the school holidays ended.',
        'Clearly this was done to hide the true cost from residents.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const sentence = hit.match.sentence;
      if (isDisclaimed(doc, sentence)) continue;
      if (hit.pattern.messageId === 'motive' && isHedged(doc, sentence)) continue;
      // "Funny how the sun comes out after the fun run": insinuation about the weather is a joke.
      const folded = doc.view.sentence(sentence);
      if (NATURE.test(folded) && !GOVERNANCE_NEAR.test(folded)) continue;
      // "told officers to bury the complaints" reports an instruction; it does not guess at a motive.
      if (hit.pattern === MOTIVE_MORE[0] && /\b(?:told|asked|ordered|instructed|urged|got)\b[^.!?]{0,30}$/.test(doc.view.between(sentence.start, hit.start))) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'speculation-as-fact', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'insinuation' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
