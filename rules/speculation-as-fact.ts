import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isDisclaimed, isHedged, isReportedQuote } from '../src/engine/nlp/context';
import { SPECULATION_CY } from './data/speculation-as-fact';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** Who a motive can be pinned on: the council and its people, or "they". */
const ACTOR = String.raw`(?:they|he|she|NAME|the (?:council|administration|cabinet|leader(?:ship)?|officers?|committee|chair|developer|planners?|government|ruling group|executive|lot of them)|officers|cabinet|councillors|this council)`;

/** What a motive can be: votes, money, publicity, self-protection. */
const GAIN = String.raw`(?:to (?:get (?:(?:their|his|her|its) hands on|re-?elected|elected|votes|their way|back at|one over|rid of (?:him|her|them|us|critics|the opposition))|win (?:votes|the election|seats?|back)|buy votes|grab (?:votes|headlines)|curry favour|look good|save (?:their|his|her) (?:own )?(?:skins?|seats?|jobs?|bacon|face|necks?)|keep (?:their|his|her) (?:seats?|jobs?|mates|friends|donors) (?:happy|sweet|onside)?|get (?:their|his|her) (?:face|picture|photo|name) in the (?:paper|papers|press|news)|score (?:political |cheap )?points|pad (?:their|his|her) (?:cv|expenses)|please (?:the|their|his|her) (?:developers?|donors|mates|party|friends)|line (?:their|his|her) (?:own )?pockets|spite|punish)|for (?:the )?(?:votes?|publicity|headlines|photo[- ]?ops?|cameras|press|money|cash|glory|credit|likes|clicks|election|re-?election|(?:their|his|her) (?:cv|own (?:ends|benefit|gain|pockets?)|mates|friends|careers?|egos?|donors))|because (?:it'?s|there'?s) an election(?: coming)?|because of the election)`;

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
  { re: /\bmakes? you (?:wonder|think)(?=\s*(?:[,.!?🤔]|$|doesn'?t|why|who|what|whether|if))/gu, messageId: 'insinuation', needs: ["makes you", "make you"] },
  { re: /\b(?:funny|odd|strange|curious|interesting),? (?:isn'?t it|don'?t you think|eh),? (?:that|how)\b|\b(?:just|pure|purely|total|complete) (?:a )?coincidence\b/g, messageId: 'insinuation', needs: ['funny', 'odd', 'strange', 'curious', 'interesting', 'coincidence'] },
  { re: /\bdraw your own conclusions?\b|\balmost as if\b|\bit'?s almost (?:like|as if)\b|\bjust asking (?:the )?questions?\b|\bno surprise (?:the|that|then)\b|\bsurprise,? surprise\b|\byou do the maths\b|\bjoin the dots\b(?! (?:activit|puzzle|sheet|book|game|colouring))|\bsay no more\b|\bcoincidence\?|\b(?:is it|was it) (?:a |just )?coincidence\b|\bi'?ll let you decide\b|\bread between the lines\b/g, messageId: 'insinuation', needs: ["conclusion", "almost", "asking", "surprise", "maths", "dots", "say no more", "coincidence", "let you decide", "between the lines"] },
  // "Make of that what you will", "I'll leave that there", "No prizes for guessing why"
  { re: /\bmake of (?:that|this|it) what you will\b|\bi'?ll (?:just )?leave (?:that|this|it) (?:there|here|with you)\b|\bno prizes for guessing\b|\b(?:you can|you'?ll never|i'?ll let you|take a|have a) guess why\b|\bask yourse(?:lf|lves) why\b|\bi wonder why(?=\s*(?:[?…🤔]|\.\.\.|$))|\bi smell a rat\b|\bsmells? (?:a bit )?fishy\b|\bsomething (?:fishy|smells|doesn'?t smell right|stinks)\b|\bdoesn'?t pass the smell test\b|\bmore to (?:this|it) than meets the eye\b|\bnudge,? nudge\b|\bwink,? wink\b|\bfollow the money\b(?! trail| exhibition| game)|\bconnect the dots\b|\bput two and two together\b|\bdo the maths\b|\bwho'?d have (?:thought|guessed)\b|\bwhat are the odds\b|\bwell,? well,? well\b|\bpull the other one\b/g, messageId: 'insinuation', needs: ['make of', 'leave that', 'leave this', 'leave it', 'no prizes', 'guess', 'ask yourse', 'wonder why', 'smell', 'fishy', 'something', 'meets the eye', 'nudge', 'wink', 'follow the money', 'connect the dots', 'two and two', 'do the maths', "who'd have", 'whod have', 'who would have', 'odds', 'well well', 'well, well', 'pull the other'] },
  // "Don't tell me it's a coincidence", "It's no accident that", "Interesting timing"
  { re: /\bdon'?t tell me (?:it'?s|that'?s|this is|it was|that was) (?:a |just a |all a |pure |purely |a complete |a total )?coincidence\b|\bcoincidence\?? i think not\b|\b(?:no|not a|hardly a|hardly|not by|no mere|not just a) (?:coincidence|accident)\b|\b(?:is|was|it'?s|that'?s|this is) no (?:coincidence|accident)\b|\bby (?:pure|sheer|complete|total) coincidence\b|\b(?:interesting|convenient|curious|suspicious|funny|odd|telling) timing\b|\bthe timing (?:is|was) (?:no accident|interesting|convenient|telling|suspicious|curious|odd|no coincidence)\b/g, messageId: 'insinuation', needs: ['coincidence', 'accident', 'timing'] },
  // "How much did the developer pay Cllr Grey to switch his vote?"
  { re: /\bhow much (?:did|does|has|have|was|were|is) [^?.!]{0,60}?\b(?:slip|slipped|bung|bunged|pay|paid|give|given|offer|offered|get|got|receive|received)\b[^?.!]{0,50}?(?:\bto (?:change|switch|vote|back|support|approve|wave|push|look the other way|keep quiet|drop|swing|sign|turn)\b|\?)/g, messageId: 'insinuation', needs: ['how much'] },
];

/** Third parties a motive is pinned on (never "I" or "we"). */
const WHO3 = String.raw`(?:they|he|she|NAME|officers|councillors|cabinet|the (?:council|administration|cabinet|leader(?:ship)?|officers?|committee|chair|developers?|planners?|ruling group|executive|mayor|portfolio holder|lot of them))`;

interface Guess extends Pattern {
  /** Counts only where the sentence or its neighbours are about governance ("out of spite" about a cat is not). */
  gov?: true;
  /** A lead like "mark my words": counts only if the sentence predicts a bad act as certain. */
  future?: true;
}

/** "They're sitting on the report until after the election": timing as a motive. */
const UNTIL_AFTER: Guess = {
    re: new RegExp(String.raw`\b${WHO3}(?:'re| are|'s| is| were| was| have been| has been)? (?:waiting|sitting on|holding back|holding off|keeping (?:it|this|that|the [a-z]+) (?:quiet|secret|under wraps|back)|hiding|burying|keeping quiet)\b[^.!?]{0,40}? (?:until|till|til|'til) after (?:the (?:election|by-?election|vote|count|poll)|polling day|may|purdah|election|by-?election|vote|count)\b|\b(?:is|are|being|been|was|were) (?:kept|held back|hidden|sat on|buried|kept quiet) (?:secret |quiet |under wraps |hidden |back )?(?:until|till|til) after (?:the )?(?:election|by-?election|polling day|may|vote|purdah)\b|\b(?:desperate|rushing|trying|determined|keen|hell-?bent on|racing|scrambling|in a hurry) to (?:get|push|rush|ram|force|sneak) (?:this|it|that|the [a-z]+) (?:through|done|signed off|passed|approved) before (?:the )?(?:election|by-?election|purdah|may|polling day|anyone (?:notices|finds out)|people (?:notice|find out)|residents (?:notice|find out))\b`, 'g'),
    messageId: 'motive', needs: ['until after', 'till after', 'til after', 'through before', 'done before', 'off before', 'passed before', 'approved before'],
  };

/** Motives, plans and predictions stated as certain, in general structures. */
const MOTIVE_R6: Guess[] = [
  // "…because they want to sell the site", "because they knew how it would look", "because his mates own the land"
  {
    re: new RegExp(String.raw`\bbecause ${WHO3}(?:'re| are| were|'s| is| was)? (?:always |only |just |secretly |really |actually |simply )?want(?:s|ed)? (?:to (?:sell|flog|build on|close|shut|get rid|demolish|bulldoze|develop|cash in|save face|avoid|hide|bury|punish|silence|keep (?:it|this|that) quiet|force|push|ram|concrete|get (?:their|his|her|its) hands on)|the (?:land|site|building|money|cash|votes|headlines|credit|publicity|plot)|(?:it|this|that|the [a-z]+) (?:gone|closed|shut|sold|empty|demolished|to fail|to close|to go|out of the way|buried|quiet|hidden|run down))`, 'g'),
    messageId: 'motive', needs: ['because'],
  },
  {
    re: new RegExp(String.raw`\bbecause ${WHO3} (?:(?:knew|know|knows) (?:(?:it|this|that) (?:makes|made|would make) (?:them|him|her|it) look|how (?:it|this|that|bad it) would (?:look|go down)|there(?:'d| would) be|(?:people|residents|we|voters|the public|objectors) would|(?:it|this|that) would(?:n'?t)? (?:look|go down|be popular|pass|cause)|what (?:we|residents|people|voters) would|full well|fine well|perfectly well)|(?:didn'?t|did not|don'?t|do not|doesn'?t|does not) like (?:the (?:answer|result|results|findings|figures|outcome|numbers|report|survey)|what (?:it|they|the [a-z]+|residents|people) (?:said|found|showed|says|shows))|(?:stand|stands|stood) to (?:gain|profit|benefit|make)|(?:have|has|had|'ve|'d) (?:already )?(?:promised|earmarked|lined up|done a deal|got something to hide|something to hide))`, 'g'),
    messageId: 'motive', needs: ['because'],
  },
  {
    re: /\bbecause (?:(?:they|he|she)(?:'re| are| were|'s| is| was) (?:scared|afraid|frightened|terrified) of (?:the (?:voters|press|truth|public|backlash|result)|scrutiny|losing|residents|what)|(?:his|her|their) (?:own )?(?:mates|friends|pals|cronies|family|brother|sister|son|daughter|wife|husband|partner|donors|backers|[a-z]+-in-law)(?:'s)? (?:own|owns|run|runs|stand to|stands to|work for|works for|sell|sells|are|is))\b/g,
    messageId: 'motive', needs: ['because'],
  },
  // "This was always about the money", "It was never about safety"
  {
    re: /\b(?:was|is|it'?s|this is|that'?s|this was|has|had|it has|it had)(?: (?:always|only|really|just|purely|simply|ever|been|all along))+ about (?:the )?(?:money|revenue|profit|profits|cash|votes|power|control|land|site|developers?|optics|image|egos?|their (?:careers|egos|image|seats|mates|friends|donors)|cutting costs|saving money|making money|raising (?:money|revenue|cash))\b|\bnever (?:been |really |ever )*about (?:safety|road safety|residents|the residents|the community|the environment|people|children|the children|patients|health|the public|air quality|congestion|climate|the town|the high street|pedestrians|local people|the taxpayer|taxpayers|value for money|improving|helping|listening)\b/g,
    messageId: 'motive', needs: ['always about', 'only about', 'really about', 'just about', 'purely about', 'simply about', 'ever about', 'been about', 'along about', 'never'],
  },
  // "The consultation is just for show", "Thursday's committee is pure theatre", "only there to tick a box"
  {
    re: /\b(?:consultation|meeting|committee|hearing|engagement|listening exercise|survey|vote|debate|process|exercise|inquiry|review|drop-in|scrutiny|panel|appeal)s?(?: (?:sessions?|events?|meetings?|exercise|process|stage))?(?:'s| is| was| were| are| will be| has been)? (?:just |only |purely |all |nothing but |merely |simply |a total |a complete |an utter |one big |pure |total |complete )?(?:for show|window[- ]dressing|theatre|theater|a pantomime|pantomime|a charade|a sham|sham|a farce|lip service|going through the motions|for the cameras|a fig leaf|smoke and mirrors)\b|\b(?:only|just|purely|simply|merely|solely)\b[^.!?]{0,40}? to tick (?:a |the |their |some |an? )?(?:'[a-z' -]{1,24}' |[a-z-]+ )?boxe?s?\b/g,
    messageId: 'motive', needs: ['for show', 'window', 'theatre', 'theater', 'pantomime', 'charade', 'sham', 'farce', 'lip service', 'motions', 'for the cameras', 'fig leaf', 'smoke and mirrors', 'to tick'], gov: true,
  },
  // "They're sitting on the report until after the election", "kept secret until after polling day"
  UNTIL_AFTER,
  // "Let's be honest, they want the green belt for their developer friends", "make no mistake, they're out to…"
  {
    re: new RegExp(String.raw`\b(?:let'?s be honest|let'?s face it|make no mistake|let'?s not kid ourselves|don'?t be fooled|don'?t be taken in|be under no illusions?|the truth is|the fact is|truth be told|no doubt about it|let'?s be clear|let'?s call a spade a spade)\b[^.!?]{0,30}? ${WHO3}(?:'re| are|'s| is| were| was)? (?:only |just |simply |really |clearly )?(?:want(?:s|ed)?|after|trying to|out to|determined to|desperate to|hell-?bent on|looking to|planning to|plotting|itching to|don'?t care|couldn'?t care|never cared|never intended|never wanted|only care|only cares|care more about|cares more about)\b`, 'g'),
    messageId: 'motive', needs: ['honest', 'face it', 'no mistake', 'kid ourselves', 'fooled', 'taken in', 'no illusion', 'truth', 'the fact is', 'no doubt', "let's be clear", 'lets be clear', 'spade'],
  },
  // "Out of spite", "payback for voting the wrong way"
  {
    re: /\b(?:out of|through|from) (?:pure |sheer |petty |political )?(?:spite|malice|vindictiveness|revenge)\b|\b(?:just |purely |simply )?to spite (?:us|residents|the|them|those|people|voters|objectors|campaigners|him|her)\b|\b(?:payback|revenge|punishment|retribution) for (?:us |residents |the ward |people |voters |them |this ward |our ward )?(?:voting|objecting|standing up|speaking out|complaining|the election|not voting|backing|opposing|campaigning|daring|petitioning|electing|choosing)\b/g,
    messageId: 'motive', needs: ['spite', 'malice', 'vindictive', 'revenge', 'payback', 'punishment', 'retribution'], gov: true,
  },
  // "only cares about the photo opportunity", "doesn't care because it's not their ward"
  {
    re: /(?<!\b(?:i|i'm|im|i am|we|we're|we are|i've|we've|i'll|we'll|i'd|we'd) )\b(?:only|just|purely|solely) (?:cares?|cared|caring|interested|bothered|worried|concerned|in it) (?:about|in|for|with) (?:the |their |his |her )?(?:photo[- ]?ops?|photo[- ]?opportunit(?:y|ies)|publicity|headlines|votes?|re-?election|being re-?elected|getting re-?elected|(?:their|his|her) (?:own )?(?:careers?|seats?|image|egos?|pockets?|mates|friends|donors|party|jobs?|reputations?|pensions?|allowances?)|money|power|the press|looking good|the cameras|likes|clicks|themselves|himself|herself|number one|winning votes)\b|\bbecause (?:it'?s|it is|they'?re|we'?re|we are) not (?:their|his|her) (?:ward|area|patch|seat|voters|constituency|people|problem)\b|\bbecause (?:nobody|no one|none of us|we|people|residents) (?:here |there |round here |in [a-z]+ )?(?:don'?t |didn'?t |never |doesn'?t |won'?t )?votes? for (?:him|her|them)\b/g,
    messageId: 'motive', needs: ['only care', 'just care', 'purely care', 'solely care', 'only interested', 'just interested', 'purely interested', 'solely interested', 'only bothered', 'just bothered', 'purely bothered', 'solely bothered', 'only worried', 'just worried', 'purely worried', 'solely worried', 'only concerned', 'just concerned', 'purely concerned', 'solely concerned', 'only in it', 'just in it', 'purely in it', 'solely in it', 'only caring', 'just caring', 'purely caring', 'solely caring', 'not their', 'not his', 'not her', 'vote for', 'votes for'],
  },
  // "They know full well the numbers are wrong"
  {
    re: new RegExp(String.raw`\b${WHO3} (?:know|knows|knew|knowing) (?:full|perfectly|fine|damn|very|jolly) well\b[^.!?]{0,60}?\b(?:wrong|false|won'?t|wouldn'?t|fail|isn'?t|wasn'?t|not true|untrue|doesn'?t|don'?t|can'?t|cannot|unsafe|illegal|unlawful|flawed|rubbish|nonsense|a lie|lies|misleading|unaffordable|never|no (?:one|money|demand|chance))\b`, 'g'),
    messageId: 'motive', needs: ['full well', 'perfectly well', 'fine well', 'damn well', 'very well', 'jolly well'],
  },
  // "The chair is clearly being leaned on", "it's clear the leader has been told what to do"
  {
    re: new RegExp(String.raw`\b(?:clearly|obviously|evidently|plainly)(?: (?:been|being|was|were|is|are|got|has been|have been))? (?:leaned on|leant on|got at|nobbled|pressured|told what to (?:say|do|think)|under orders|taking orders|whipped|got to)\b|\bit'?s (?:clear|obvious|plain)(?: that)? ${WHO3} (?:has|have|had|was|were|is|are)(?: been| being)? (?:told what to|leaned on|leant on|got at|nobbled|pressured|bought|paid|lobbied|instructed|whipped|got to)\b`, 'g'),
    messageId: 'motive', needs: ['clearly', 'obviously', 'evidently', 'plainly', "it's clear", 'its clear', "it's obvious", 'its obvious', "it's plain", 'its plain'],
  },
  // "Their hidden agenda is…", "ulterior motives"
  {
    re: /(?<!\b(?:no|any|not a|not an|without a|without an|without) )\b(?:hidden|secret|ulterior|covert) (?:agendas?|motives?)\b|\b(?:their|his|her|the council'?s|the leader'?s|the cabinet'?s|the administration'?s) (?:real |true |actual |whole )?(?:agenda|game plan|end ?game|motive) (?:is|was|here is|all along (?:is|was)|has always been) (?:to|clear|obvious|plain)\b/g,
    messageId: 'motive', needs: ['agenda', 'motive', 'game plan', 'endgame', 'end game'],
  },
  // Predictions stated as certain: "Mark my words, they'll sell the park", "it's only a matter of time before they close it"
  {
    re: /\b(?:mark my words|you (?:just )?(?:watch|wait and see|see if (?:i'?m|i am) (?:not )?wrong)|just you wait|wait and see|(?:i )?guarantee(?:d)?(?: you)?|i bet(?: you)?|bet your (?:life|house|bottom dollar)|(?:only )?a matter of time|won'?t be long (?:before|till|until)|trust me|you heard it here first|calling it now|take it from me|count on it|as sure as eggs|screenshot this|remember (?:i said|this post)|(?:100|hundred) ?(?:per ?cent|%)|no doubt about it|without a doubt|i promise you|you can bet|dead cert|nailed on|it'?s a certainty|inevitabl[ey]|sure as night follows day|(?:they|he|she|it)(?:'re| are|'s| is) bound to)\b/g,
    messageId: 'motive', needs: ['mark my words', 'you watch', 'you just watch', 'you wait', 'you just wait', 'you see if', 'you just see if', 'wait and see', 'guarantee', 'i bet', 'bet your', 'matter of time', "won't be long", 'wont be long', 'trust me', 'heard it here', 'calling it now', 'take it from me', 'count on it', 'sure as', 'screenshot this', 'remember i said', 'remember this post', '100 per', '100per', '100 %', '100%', 'hundred per', 'hundred %', 'hundredper', 'hundred%', 'no doubt about it', 'without a doubt', 'i promise you', 'you can bet', 'dead cert', 'nailed on', 'a certainty', 'inevitabl', 'bound to'],
    future: true,
  },
  // "They'll scrap it as soon as the cameras have gone", "the minute the election's over"
  {
    re: /\b(?:as soon as|the minute|the moment|the second|straight after|right after|the day after) (?:the )?(?:cameras?|election|by-?election|votes? (?:are|have been|is) (?:counted|in)|polls? (?:close|closes|have closed)|press|spotlight|photo[- ]?op|ribbon|fuss|dust settles|purdah|may)\b/g,
    messageId: 'motive', needs: ['as soon as', 'the minute', 'the moment', 'the second', 'straight after', 'right after', 'the day after'],
    future: true,
  },
];

/** A bad act predicted as certain: "they'll close it", "it'll be flats", "before they sell it off". */
const FUTURE_BAD = new RegExp(String.raw`\b(?:${WHO3}|council|cabinet)(?:'ll| will| are going to|'re going to| are gonna|'re gonna| is going to|'s going to| is gonna|'s gonna| will just| will simply| would)(?: [a-z]+){0,2}? (?:close|shut|sell|flog|scrap|axe|cut|put (?:it |council tax |rents |charges |fees |prices |the [a-z]+ )?up|raise|hike|approve|wave|bulldoze|demolish|build|privatise|ditch|drop|abandon|bin|ignore|rubber-?stamp|push|force|ram|get rid|move|merge|outsource|charge|concrete|reduce|downgrade|sneak|slip|bury|u-?turn|renege|break|backtrack|go back on|forget)\b|\b(?:will|'ll|is going to|are going to|'s going to|'re going to) be (?:flats|houses|housing|a car park|sold|closed|gone|scrapped|axed|demolished|bulldozed|built on|waved through|approved|rubber-?stamped|cut|privatised|shut|flogged|dropped|binned|fortnightly|monthly|history|next)\b|\b(?:before|until|till) (?:they|the council|the cabinet) (?:close|shut|sell|flog|scrap|axe|cut|bulldoze|demolish|privatise|put|raise)(?:s|es)?\b|\b(?:will|'ll) (?:go (?:fortnightly|monthly|up again|next)|cost (?:twice|double|three times|a fortune|millions|more than))`);

const INSINUATION_R6: Guess[] = [
  // "Why else would they…?", "How else do you explain…?", "What are they hiding?", "Who really benefits?"
  {
    re: new RegExp(String.raw`\bwhy else would (?:${WHO3}|anyone|you|it|this|that|the [a-z]+)\b|\bhow else (?:do|can|could|would|are|is) (?:you|we|anyone|one|they|it) (?:explain|account for|justify)\b|\bwhat (?:else )?(?:are|is|were|was|have|has) ${WHO3}(?: (?:so|really|got|actually))? (?:got to hide|trying to hide|hiding|afraid of|scared of|so scared of|so afraid of|covering up|keeping from us|not telling us)(?=\s*(?:[?!.…🤔]|,|$|here\b|then\b|exactly\b|now\b))|\b(?:who really (?:benefits|gains|profits|wins)|who stands to (?:gain|profit|benefit|make)|cui bono|ask (?:yourself|yourselves) who)\b`, 'gu'),
    messageId: 'insinuation', needs: ['why else', 'how else', 'hid', 'afraid of', 'scared of', 'covering up', 'keeping from', 'not telling', 'who really', 'who stands', 'cui bono', 'ask yourse'],
  },
  // "Just saying 🤷", "Not saying anything, but…", "I'm just saying what everyone's thinking", "Funny, that."
  {
    re: /\b(?:(?:i'?m |i am )?just saying(?=\s*(?:[…🤷🤔😉🙄👀]|\.\.\.))|(?:i'?m |i am )?not saying (?:anything|nothing|owt|a word)|i'?m just saying what (?:everyone|everybody|we all)|what (?:everyone|everybody)(?:'s| is) thinking|enough said|'?nuff said|i'?ll say no more|we all know what(?:'s| is) (?:really )?(?:going on|happening)|(?:everyone|everybody) knows what(?:'s| is) (?:really )?going on|we all know what (?:this|it) is (?:really )?about|(?:funny|odd|strange|curious|interesting|convenient|very convenient|very interesting),? (?:that|eh|innit|isn'?t it|huh)(?=\s*(?:[.!?…🤔🙄😉👀]|$))|very (?:interesting|convenient|curious)(?=\s*(?:[.!?…🤔🙄😉👀]|$)))/gu,
    messageId: 'insinuation', needs: ['just saying', 'not saying', "'s thinking", 'is thinking', 'enough said', 'nuff said', 'say no more', 'know what', 'funny', 'odd', 'strange', 'curious', 'interesting', 'convenient'],
  },
];
/** Public services a prediction can be about: "the library will be flats". */
const SERVICES = /\b(?:librar(?:y|ies)|pool|leisure centre|park|parks|bins?|bin collections?|tip|depot|day centre|children'?s centre|youth club|care home|services|hall|museum|toilets|buses|bus service|parking|green belt|playing fields?|council tax|rents|allotments|swimming)\b/;
/** The rules say so: "held until after the election under the pre-election rules". */
const RULES_SAY = /\b(?:pre-?election (?:rules|period|guidance)|purdah rules|rules require|as required|by law|legally required)\b/;

const ALL_PATTERNS: Guess[] = [...MOTIVE, ...MOTIVE_MORE, ...INSINUATION, ...MOTIVE_R6, ...INSINUATION_R6];
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
      const guess = hit.pattern as Guess;
      if (guess.future && !FUTURE_BAD.test(folded)) continue;
      if (guess.gov && !GOVERNANCE_NEAR.test(near(sentence.index))) continue;
      if (guess.future && !GOVERNANCE_NEAR.test(near(sentence.index)) && !SERVICES.test(folded)) continue;
      if (guess === UNTIL_AFTER && RULES_SAY.test(folded)) continue;
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
