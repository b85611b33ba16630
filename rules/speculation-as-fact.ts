import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isDisclaimed, isHedged, isReportedQuote } from '../src/engine/nlp/context';
import { SPECULATION_CY } from './data/speculation-as-fact';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** Who a motive can be pinned on: the council and its people, or "they". */
const ACTOR = String.raw`(?:they|he|she|NAME|the (?:council|administration|cabinet|leader(?:ship)?|officers?|committee|chair|developer|planners?|government|ruling group|executive|lot of them)|officers|cabinet|councillors|this council)`;

/** What a motive can be: votes, money, publicity, self-protection. */
const GAIN = String.raw`(?:to (?:get (?:re-?elected|elected|votes|their way|back at|one over|rid of (?:him|her|them|us|critics|the opposition))|win (?:votes|the election|seats?|back)|buy votes|grab (?:votes|headlines)|curry favour|look good|save (?:their|his|her) (?:own )?(?:skins?|seats?|jobs?|bacon|face|necks?)|keep (?:their|his|her) (?:seats?|jobs?|mates|friends|donors) (?:happy|sweet|onside)?|get (?:their|his|her) (?:face|picture|photo|name) in the (?:paper|papers|press|news)|score (?:political |cheap )?points|pad (?:their|his|her) (?:cv|expenses)|please (?:the|their|his|her) (?:developers?|donors|mates|party|friends)|line (?:their|his|her) (?:own )?pockets|spite|punish)|for (?:the )?(?:votes?|publicity|headlines|photo[- ]?ops?|cameras|press|money|cash|glory|credit|likes|clicks|election|re-?election|(?:their|his|her) (?:cv|own (?:ends|benefit|gain|pockets?)|mates|friends|careers?|egos?|donors))|because (?:it'?s|there'?s) an election(?: coming)?|because of the election)`;

const MOTIVE: Pattern[] = [
  { re: /(?<!\b(?:know|knowing|ask|asked|asking|explain|tell us|told us|publish|clarify|find out|what is|what's|whats|for) )\bthe (?:real|true|only|actual) (?:reason|motive|agenda|purpose|aim)\b(?! (?:i|we|i'?m|i'?ve|we'?re|we'?ve|i am|we are|for me|my|our)\b)/g, messageId: 'motive', needs: ["reason", "motive", "agenda", "purpose", "aim"] },
  { re: new RegExp(String.raw`\b(?:clearly|obviously|evidently|blatantly|plainly) (?:this|it|that) (?:was|is|has been) (?:done|designed|timed|meant|intended|engineered|rushed|planned|a ploy|an attempt) to\b|\b(?:clearly|obviously|evidently|blatantly) ${ACTOR} (?:couldn'?t care less|don'?t care|do not care|never cared|never intended|never wanted|wanted|want|tried to (?:hide|bury|sneak|slip|rush|force|push|get away|keep|avoid|dodge|pull)|are trying to|were trying to|have decided|had decided|intended|meant|planned|set out|kept (?:it|this|that|the [a-z]+) (?:quiet|hidden|secret|under wraps))\b|\b${ACTOR} (?:clearly|obviously) (?:couldn'?t care less|don'?t care|do not care|want(?:ed)?|tried to (?:hide|bury|sneak|slip|rush|force|push|get away|keep|avoid|dodge|pull)|intend(?:ed)?|planned)\b`, 'g'), messageId: 'motive', needs: ["clearly", "obviously", "evidently", "blatantly", "plainly"] },
  { re: /\b(?:done|did it|did this|moved|scheduled|timed|closed|held|changed|rushed|buried|released|published|hidden|arranged|set)(?: [a-z0-9'£.,]+){0,10}? (?:deliberately|on purpose|intentionally) (?:so|to)\b|\b(?:deliberately|on purpose|intentionally) (?:so (?:that )?(?:working people|residents|parents|people|nobody|no one|we|you)|to (?:hide|avoid|stop|keep|bury|exclude|shut out))\b/g, messageId: 'motive', needs: ["deliberately", "on purpose", "intentionally"] },
  { re: /\bso (?:that )?(?:working people|residents|parents|the public|people|nobody|no one|we) (?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t) (?:come|attend|object|see|find out|notice|respond|have their say|get there)\b/g, messageId: 'motive', needs: ["can't", "cannot", "couldn't", "won't", "wouldn't", "cant", "couldnt", "wont", "wouldnt"] },
  { re: new RegExp(String.raw`\b(?:done|designed|timed|meant|intended|this is|it'?s|it was) to (?:hide|cover up|bury|conceal|keep (?:it|this) quiet) (?:the|their|his|her|its|what)\b|\bquietly (?:moved|dropped|changed|removed|shelved|slipped|buried|diverted|raided|took|taken|swapped|rewritten|amended)\b`, 'g'), messageId: 'motive', needs: ["to hide", "cover up", "to bury", "conceal", "quiet"] },
  { re: /\b(?:they'?d|they had|they'?ve|they have|it was|it had been|cabinet had|the council had) already (?:decided|made up their minds?|been decided|agreed|signed it off)\b|\b(?:was|were|had been) (?:made|decided|agreed|signed off|stitched up) (?:long |weeks |months |years |ages )?before (?:a single|any|anyone|residents|the public|the consultation|people)\b|\bdecided before (?:anyone|a single|residents|the consultation)\b/g, messageId: 'motive', needs: ["already", "before"] },
  { re: /\b(?:just|only|merely) an? (?:excuse|smokescreen|cover story|pretext)\b|\bthe usual rubber-?stamp(?: job)?\b|\bi'?d be amazed if (?:it|they) (?:isn'?t|aren'?t|don'?t|doesn'?t)\b/g, messageId: 'motive', needs: ["excuse", "smokescreen", "cover story", "pretext", "rubber", "amazed"] },
  { re: new RegExp(String.raw`\bit'?s (?:obvious|clear) (?:why|what) ${ACTOR}\b|\bwe all know why\b|\beveryone knows why\b`, 'g'), messageId: 'motive', needs: ["obvious", "clear", "know why"] },
];

const MOTIVE_MORE: Pattern[] = [
  // "…cooked the books to hide a £4m overspend", "…closing the nursery to save face"
  { re: /\bto (?:(?:hide|cover up|bury|conceal)(?= (?:the |their |his |her |its |a |an |any )?(?:true |real |full |scale of the |extent of the )?(?:[a-z£0-9.,'-]+ ){0,2}?(?:truth|cost|costs|figures|numbers|overspend|deficit|debt|losses|evidence|fact|facts|failures?|mistakes?|problems?|report|findings|scale|extent|damage|mess|bad news|embarrass\w*|results|data|survey|decision|shortfall|black hole|u-?turn|blunder|scandal)\b| (?:what|how|where|why|who|it|this|that)\b)|silence(?= (?:critics|the opposition|residents|us|me|campaigners|dissent|whistle-?blowers|him|her|them|questions|debate|objectors)\b)|punish(?= (?:residents|us|voters|the ward|[a-z]+ ward|tenants|campaigners|people who|objectors|the opposition|critics|those who|anyone who|the village|the estate)\b)|get rid of(?! (?:(?:bulky |old |unwanted |your |garden |household |the |any |all |excess )?(?:waste|rubbish|junk|clutter|furniture|items|weeds|pests|rats|mice|graffiti|litter|stuff|fridges?|mattress(?:es)?|sofas?|tyres|bags|green waste|fly-?tipping|potholes|water|flood ?water|smells?|odours?|ice|snow|leaves)\b))|save face|avoid scrutiny|avoid (?:the )?(?:press|questions|embarrassment|blame)|keep (?:it|this|that|the truth|residents|people) (?:quiet|in the dark)|line (?:their|his|her) (?:own )?pockets|feather (?:their|his|her) (?:own )?nests?|dodge (?:the |scrutiny|questions|blame|the press)|duck (?:the |scrutiny|questions|blame))\b/g, messageId: 'motive', needs: ['to hide', 'to cover', 'to bury', 'to conceal', 'to silence', 'to punish', 'to get rid of', 'save face', 'avoid', 'keep it', 'keep this', 'keep that', 'keep the truth', 'keep residents', 'keep people', 'pockets', 'nest', 'to dodge', 'to duck'] },
  { re: /\b(?:is|was|it'?s|this is|that'?s|this was) (?:all |really |only |just |purely |simply )?(?:about|because (?:they|he|she) (?:want|wants|wanted)) (?:getting rid of|punishing|silencing|saving face|covering|protecting (?:themselves|himself|herself)|money|profit|votes|power|revenge|settling scores)\b/g, messageId: 'motive', needs: ['about', 'because they', 'because he', 'because she'] },
  { re: /\b(?:had|'d|have|'ve) (?:already )?(?:decided|made up (?:their|his|her) minds?|signed it off|agreed it) (?:before|long before|ages before|weeks before|months before)\b/g, messageId: 'motive', needs: ['before'] },
  { re: /\bquietly (?:drop(?:ped|ping|s)?|shelv(?:ed|ing|es)|scrap(?:ped|ping|s)?|remov(?:ed|ing|es)|chang(?:ed|ing|es)|amend(?:ed|ing|s)|rewr(?:ote|itten|iting|ites)|bur(?:ied|ying|ies)|slip(?:ped|ping|s)? (?:out|through|in)|slipped|publish(?:ed|ing|es)|mov(?:ed|ing|es)|withdr(?:awn|ew|awing|aws)|cut(?:ting|s)?|clos(?:ed|ing|es|e)|ax(?:ed|ing|es)|sold|selling|sell(?:s|ing)? off|raid(?:ed|ing|s)|divert(?:ed|ing|s)|u-?turn(?:ed|ing|s)?|delet(?:ed|ing|es)|edit(?:ed|ing|s)|ditch(?:ed|ing|es)|abandon(?:ed|ing|s)|binn?(?:ed|ing|s)|revers(?:ed|ing|es)|water(?:ed|ing|s) down|hik(?:ed|ing|es)|put(?:ting)? up|sign(?:ed|ing|s) off|award(?:ed|ing|s)|extend(?:ed|ing|s)|renew(?:ed|ing|s)|hand(?:ed|ing|s) (?:over|out|back)|transferr?(?:ed|ing|s)|reallocat(?:ed|ing|es)|pull(?:ed|ing|s)|kill(?:ed|ing|s)|kick(?:ed|ing|s) (?:into|out)|downgrad(?:ed|ing|es)|downsiz(?:ed|ing|es)|w(?:ound|inding) down|mothball(?:ed|ing|s)|park(?:ed|ing)|let (?:it|the [a-z]+) (?:go|lapse|slide|drop)|shut(?:ting|s)?|set(?:ting)? aside|put(?:ting)? (?:it|the [a-z]+) on hold|(?:took|taken|taking) (?:away|down|out))\b/g, messageId: 'motive', needs: ['quietly'] },
  // "They only did it to get re-elected", "Cllr Webb only backed it for the photo op"
  { re: new RegExp(String.raw`(?<!\b(?:i|i'm|im|i am|we|we're|we are|i've|we've|i'll|we'll|i'd|we'd) )\b(?:only|just|purely|simply|solely) (?:did|doing|done|does|do|said|saying|says|backed|backing|voted|voting|supported|supporting|opposed|opposing|proposed|agreed|announced|turned up|came|showed up|cares?|cared|interested|in it|here|there|standing|bothered|wants?|wanted)(?: [a-z'-]+){0,5}? ${GAIN}`, 'g'), messageId: 'motive', needs: ['only', 'just', 'purely', 'simply', 'solely'] },
  // "nothing but a cash grab", "a cynical PR stunt", "just a money-making racket"
  { re: /\b(?:(?:nothing but|nothing more than|no more than|just|only|purely|simply|all|clearly|obviously|basically|really|another|yet another|a cynical|an? (?:blatant|obvious|shameless|naked)) (?:a |an )?(?:cynical |blatant |shameless |naked )?(?:cash grab|money grab|money-?making (?:scheme|exercise|racket|machine)|land grab|vote grab|power grab|vote-?winner|vote-?winning (?:exercise|stunt|ploy)|pr (?:exercise|stunt)|publicity stunt|photo[- ]?op(?:portunity)?|box-?ticking exercise|tick-?box exercise|smokescreen|ploy|stunt|vanity project|ego trip|distraction|fig leaf|revenue raiser|revenue-?raising (?:exercise|scheme|racket)|racket|ruse|gimmick|election (?:stunt|bribe|ploy|gimmick))|\b(?:a |an )?(?:cash grab|money grab|land grab|vote grab|power grab|election bribe)|\bcynical(?:ly)? (?:ploy|stunt|move|timed|exercise|attempt|timing|grab)|\b(?:was|is|'s|were|are|been) (?:a |an )?(?:pr exercise|pr stunt|publicity stunt|vote-?winner|vote-?winning (?:exercise|stunt|ploy)|election stunt|box-?ticking exercise|tick-?box exercise))\b/g, messageId: 'motive', needs: ['grab', 'money-making', 'moneymaking', 'vote', 'pr ', 'publicity', 'photo', 'box', 'tick', 'smokescreen', 'ploy', 'stunt', 'vanity', 'ego trip', 'distraction', 'fig leaf', 'revenue', 'racket', 'ruse', 'gimmick', 'election', 'cynical'] },
  // "a done deal from the start", "the consultation was a foregone conclusion"
  { re: /\b(?:consultation|vote|hearing|committee|decision|application|inquiry|review|meeting|process|appeal|planning|outcome|result|closure|scheme|plan|plans|engagement|listening)[^.!?]{0,40}? (?<span>(?:a|an) (?:done deal|foregone conclusion|fait accompli|formality))\b|\ba (?:done deal|foregone conclusion|fait accompli)(?: (?:from (?:day one|the start|the outset|the off|the beginning)|before|all along|long ago|months ago|years ago|weeks ago|behind closed doors|whatever (?:we|you|residents|people) say))/gd, messageId: 'motive', needs: ['done deal', 'foregone', 'fait accompli', 'formality'] },
  // "the consultation's rigged before it opens", "the tender was stitched up before it was advertised"
  { re: /\b(?:consultation|vote|process|ballot|selection|tender|competition|interview|hearing|review|inquiry|outcome|result|decision|meeting|appeal|shortlist|engagement|survey)(?:'s| is| was| has been| were| are| had been| will be)? (?:already |all |totally |completely )?(?:(?:rigged|a fix|predetermined|pre-?determined|pre-?decided|stage-?managed)(?! (?:for|at|on)\b)|(?:fixed|decided|settled|sewn up|signed off|agreed|done and dusted|stitched up|made) (?:long |weeks |months |years |ages )?(?:before (?:a single|any(?:one|body)?|residents|the public|(?:the |a |any )?(?:consultation|meeting|debate|vote|hearing|committee|inquiry|review|public|objections?|engagement)|people|we|you|it|they|a word|objectors|even|the first|the doors)|in advance|behind closed doors|from (?:day one|the start)|already))/g, messageId: 'motive', needs: ['rigged', 'a fix', 'predetermined', 'pre-determined', 'predecided', 'pre-decided', 'stage', 'fixed', 'decided', 'settled', 'sewn up', 'signed off', 'agreed', 'done and dusted', 'stitched', 'made'] },
  // "It's obvious they want the land", "They didn't want it in the papers", "They were never going to listen"
  { re: new RegExp(String.raw`\bit'?s (?:obvious|clear|plain|blindingly obvious|crystal clear|plain as day) (?:that )?${ACTOR} (?:never |always |just |only )?(?:want(?:s|ed)?|don'?t care|couldn'?t care|didn'?t care|never (?:intended|wanted|meant|planned)|had (?:already|always)|knew|know|planned|intended|decided|kept|tried|didn'?t want|did (?:it|this|that)|are (?:trying|hiding|covering)|were (?:trying|hiding|covering)|have (?:already|been hiding)|had no intention)\b|\b${ACTOR} (?:didn'?t|did not|don'?t|do not|never) want(?:ed)? (?:it|this|that|anyone|anybody|people|residents|us|you|the public|voters) (?:in the (?:papers?|press|news)|to (?:know|find out|see|notice|ask|hear)|getting out|coming out|out before)\b|\b${ACTOR} (?:were|was|are|is) never going to (?:listen|change|consider|reopen|keep|save|agree|back down|budge|take (?:any )?notice)\b|\b${ACTOR} (?:never|had no) (?:intended|intention|meant|planned) (?:to )?(?:reopen|keep|listen|consult|save|change|fund|build|fix)\b|\b${ACTOR}(?:'ve| have|'d| had)? (?:knew|known) (?:all along|for (?:months|years|ages|weeks))\b`, 'g'), messageId: 'motive', needs: ['obvious', 'clear', 'plain', 'want', 'never going', 'never intended', 'never meant', 'never planned', 'had no', 'knew', 'known'] },
  // "nothing to do with safety and everything to do with money"
  { re: /\bnothing to do with [^.!?]{1,40}? (?:and|but|,) (?:everything|all) to do with\b|\bwhat (?:this|it) is (?:really|actually|all) about\b|\bwhat (?:this|it)'?s (?:really|actually|all) about\b/g, messageId: 'motive', needs: ['nothing to do with', 'what this', 'what it', 'whats', "what it's", "what this's"] },
];

const INSINUATION: Pattern[] = [
  { re: /\b(?:funny|odd|strange|curious|interesting|convenient|telling) (?:how|that|then,? that)\b(?! (?:so many|lots|many|most|some|all|both|none) of you\b| (?:i|we|you) )|\bodd,? then,? that\b|\bhow convenient\b/g, messageId: 'insinuation', needs: ["funny", "odd", "strange", "curious", "interesting", "convenient", "telling"] },
  { re: /\bmakes? you (?:wonder|think)(?=\s*(?:[,.!?🤔]|$|doesn'?t|why|who|what|whether|if))(?! what (?:they|he|she|people|we|you|the [a-z]+)(?:'d| would|'ll| will) (?:make of|think of|say about|say to))/gu, messageId: 'insinuation', needs: ["makes you", "make you"] },
  { re: /\b(?:funny|odd|strange|curious|interesting),? (?:isn'?t it|don'?t you think|eh),? (?:that|how)\b|\b(?:just|pure|purely|total|complete) (?:a )?coincidence\b/g, messageId: 'insinuation', needs: ['funny', 'odd', 'strange', 'curious', 'interesting', 'coincidence'] },
  { re: /\bdraw your own conclusions?\b|\balmost as if\b|\bit'?s almost (?:like|as if)\b|\bjust asking (?:the )?questions?\b|\bno surprise (?:the|that|then)\b|\bsurprise,? surprise\b|\byou do the maths\b|\bjoin the dots\b(?! (?:activit|puzzle|sheet|book|game|colouring))|\bsay no more\b|\bcoincidence\?|\b(?:is it|was it) (?:a |just )?coincidence\b|\bi'?ll let you decide\b|\bread between the lines\b/g, messageId: 'insinuation', needs: ["conclusion", "almost", "asking", "surprise", "maths", "dots", "say no more", "coincidence", "let you decide", "between the lines"] },
  // "Make of that what you will", "I'll leave that there", "No prizes for guessing why"
  { re: /\bmake of (?:that|this|it) what you will\b|\bi'?ll (?:just )?leave (?:that|this|it) (?:there|here|with you)\b|\bno prizes for guessing\b|\b(?:you can|you'?ll never|i'?ll let you|take a|have a) guess why\b|\bask yourse(?:lf|lves) why\b|\bi wonder why(?=\s*(?:[?…🤔]|\.\.\.|$))|\bi smell a rat\b|\bsmells? (?:a bit )?fishy\b|\bsomething (?:fishy|smells|doesn'?t smell right|stinks)\b|\bdoesn'?t pass the smell test\b|\bmore to (?:this|it) than meets the eye\b|\bnudge,? nudge\b|\bwink,? wink\b|\bfollow the money\b(?! trail| exhibition| game)|\bconnect the dots\b|\bput two and two together\b|\bdo the maths\b|\bwho'?d have (?:thought|guessed)\b|\bwhat are the odds\b|\bwell,? well,? well\b|\bpull the other one\b/g, messageId: 'insinuation', needs: ['make of', 'leave that', 'leave this', 'leave it', 'no prizes', 'guess', 'ask yourse', 'wonder why', 'smell', 'fishy', 'something', 'meets the eye', 'nudge', 'wink', 'follow the money', 'connect the dots', 'two and two', 'do the maths', "who'd have", 'whod have', 'who would have', 'odds', 'well well', 'well, well', 'pull the other'] },
  // "Don't tell me it's a coincidence", "It's no accident that", "Interesting timing"
  { re: /\bdon'?t tell me (?:it'?s|that'?s|this is|it was|that was) (?:a |just a |all a |pure |purely |a complete |a total )?coincidence\b|\bcoincidence\?? i think not\b|\b(?:no|not a|hardly a|hardly|not by|no mere|not just a) (?:coincidence|accident)\b|\b(?:is|was|it'?s|that'?s|this is) no (?:coincidence|accident)\b|\bby (?:pure|sheer|complete|total) coincidence\b|\b(?:interesting|convenient|curious|suspicious|funny|odd|telling) timing\b|\bthe timing (?:is|was) (?:no accident|interesting|convenient|telling|suspicious|curious|odd|no coincidence)\b/g, messageId: 'insinuation', needs: ['coincidence', 'accident', 'timing'] },
  // "How much did the developer pay Cllr Grey to switch his vote?"
  { re: /\bhow much (?:did|does|has|have|was|were|is) [^?.!]{0,60}?\b(?:slip|slipped|bung|bunged|pay|paid|give|given|offer|offered|get|got|receive|received)\b[^?.!]{0,50}?(?:\bto (?:change|switch|vote|back|support|approve|wave|push|look the other way|keep quiet|drop|swing|sign|turn)\b|\?)/g, messageId: 'insinuation', needs: ['how much'] },
];

const ALL_PATTERNS = [...MOTIVE, ...MOTIVE_MORE, ...INSINUATION];
const NATURE = /\b(?:sun|sunshine|weather|rain|rained|snow|wind|sky|clouds?|victorians|romans|the tide|summer|winter|match|game|football|cricket|rugby|the cat|the dog|cats?|dogs?|kittens?|puppies|my (?:kids|dog|cat|husband|wife)|kids|children|grandkids|grandchildren|toddlers?|baby|babies|birthday|holiday|garden|teacher|things work out|life)\b/;
/** Governance, money, people and timing: what an insinuation about bad faith is about. */
const GOVERNANCE_NEAR = /\b(?:council|councils|cabinet|administration|officers?|leader|leadership|committee|scrutiny|decision|decided|consultation|budget|vote|voted|votes|voting|report|figures|scheme|contract|tender|planning|planners|they|NAME|cllrs?|councill?ors?|mp|mps|mayor|tory|tories|labour|lib dems?|reform|plaid|conservatives?|developers?|ward|wards|election|funding|grant|money|£\S*|cash|cuts?|closure|closed|closing|meeting|minutes|agenda|papers|application|approved|announced|published|released|scheduled|timed|held|moved|readings|survey|data|results|policy|donation|donors?|contracts?|deal|sale|sold|land|site)\b/;
/** What a joke or a celebration is about: "no surprise the gala sold out", "who'd have thought". */
const CELEBRATION = /\b(?:sell-?out|sold out|well done|congratulations|congrats|brilliant|fantastic|amazing|thank you|thanks|lovely|great turnout|record (?:turnout|numbers|crowd)|proud|award|prize|hard work|worked (?:hard|all year)|investment|apologies|apologise|sorry)\b|🎉|🥳|👏/;
/** The reason is on the record: "as the structural report sets out". */
const SOURCED = /\b(?:as|according to) (?:the|our|their|its|this|a) (?:[a-z'-]+ ){0,3}(?:report|survey|minutes|letter|audit|assessment|statement|decision notice|inspection|review|agenda|business case)\b|\bthe (?:[a-z'-]+ ){0,2}(?:report|survey|minutes|audit|assessment) (?:says|shows|sets out|explains|makes clear|confirms)\b/;

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
    /** The sentence with up to two before and one after it in the same paragraph. */
    const near = (index: number): string => {
      const sentence = doc.sentences[index]!;
      const parts: string[] = [];
      for (let i = index - 2; i <= index + 1; i++) {
        const other = doc.sentences[i];
        if (other && other.paragraph === sentence.paragraph) parts.push(doc.view.sentence(other));
      }
      return parts.join(' ');
    };
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const sentence = hit.match.sentence;
      if (isDisclaimed(doc, sentence)) continue;
      const folded = doc.view.sentence(sentence);
      if (hit.pattern.messageId === 'motive' && (isHedged(doc, sentence) || SOURCED.test(folded))) continue;
      if (hit.pattern.messageId === 'insinuation') {
        // "Funny how the sun comes out after the fun run", "who'd have thought the gala would sell out": jokes and celebrations.
        const around = near(sentence.index);
        if (!GOVERNANCE_NEAR.test(around) || CELEBRATION.test(folded) || /\b(?:apologies|apologise|we'?re sorry)\b/.test(around)) continue;
        if (NATURE.test(folded) && !GOVERNANCE_NEAR.test(folded)) continue;
      }
      // "quietly dropped the promise": needs someone running things; "quietly proud", "volunteers quietly cleared" are not motives.
      if (hit.pattern === MOTIVE_MORE[3] && !GOVERNANCE_NEAR.test(folded)) continue;
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
