import { findRegistrations } from '../src/engine/detectors/vehicle';
import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isDisclaimed, isReportedQuote, peopleView } from '../src/engine/nlp/context';
import type { Sentence } from '../src/engine/text/document';
import { THREAT_PHRASES_CY } from './data/threat-or-incitement';
import { dropOverlaps, findPatterns, PERSON, sentencesWith, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

const P = PERSON;
/** A person as the object of a verb: pronoun, name or role. */
const OBJ = String.raw`(?:you|u|him|her|them|NAME|${P})`;
/** Someone else (not the reader): the person a crowd is sent after. */
const ROLE_WORDS = String.raw`(?:leader|chair(?:man|woman)?|officers?|councill?ors?|cllrs?|members?|portfolio holder|chief exec(?:utive)?|mayor|clerk|director|manager|boss|mp|opponent|candidate|bloke|man|woman|lad|lass|guy|fella|landlord|landlady|bailiff|developer|agent|owner|neighbou?r|resident|tenant|planner|inspector|warden|contractor|builder|applicant|family)`;
const THIRD = String.raw`(?:him|her|them|'em|NAME|(?:the|that|this|our|their|his|her) (?:[a-z-]+ ){0,2}${ROLE_WORDS})`;
/** Whose: "his", "her", "Cllr Dunn's", "the landlord's". */
const POSS = String.raw`(?:his|her|their|NAME(?:'s)?|(?:the|that|this) (?:[a-z-]+ ){0,2}${ROLE_WORDS}'s)`;
const HARM = String.raw`(?:kill|murder|shoot|stab|hang|lynch|string (?:him|her|them|you) up|burn|torch|batter|beat|punch|deck|smash|hurt|knife|glass|knee ?cap|cripple|strangle|slit|lamp|chin|twat|leather|skelp|bray|wallop|clobber|thump|slap|smack|headbutt)`;
/** The people at a private home: family, and the places a person can be reached away from public life. */
const FAMILY = String.raw`(?:husband|wife|partner|missus|mrs|hubby|other half|mum|mam|mom|mother|dad|father|parents|kids|children|son|daughter|family|in-laws|employer|boss|workplace|neighbou?rs|friends|mates|followers|colleagues)`;
/** Keeping at it until a person gives in, or never letting up. */
const RELENTLESS = String.raw`(?:until|till|til|'til) (?:he|she|they|NAME) (?:resigns?|quits?|gives? (?:in|up)|backs? down|caves?(?: in)?|steps? down|stands? down|goes|leaves|moves|packs (?:it|up)|changes (?:his|her|their) (?:mind|vote)|u-?turns?|pulls? out|withdraws?|drops? it|sells? up)|morning,? noon and night|day and night|night and day|24/7|24-7|round the clock|non-?stop|every hour,? on the hour|every chance (?:you|we) get|every (?:single )?(?:hour|minute)|(?:until|till) (?:he|she|they|NAME) (?:can'?t|cannot) take (?:it|any ?more)|(?:until|till) (?:he|she|they|NAME) (?:cracks?|breaks?|snaps?)`;

/** Beating someone at the ballot box is democracy: "we'll give them hell at the polls". */
const ELECTORAL = /\b(?:ballot box|at the polls|at the ballot|at the (?:next )?election|next election|vote (?:him|her|them|NAME) out|polling day|in the (?:polls|election)|by-election)\b/;
/** Winning, not harming: "we'll beat them at the quiz", "smash them at the polls". */
const CONTEST = /\b(?:quiz|match|game|final|polls?|election|ballot|votes?|league|cup|race|tournament|competition|darts|pool|bowls|snooker|score|goals?|points?|hustings|debate|by-election|count|court|tribunal|appeal|inquiry|judicial review|argument|fun run|tug of war|bake ?off|raffle|bingo|panto)\b/;
const WIN_VERB = /\b(?:beat|smash|batter|thrash|hammer|kill|murder|destroy|crush|hurt|deck)(?:s|ed|ing)? (?:them|'em|him|her|you)\b/;

const THREATS: Pattern[] = [
  // "I know where you live", "we all know where the officer who signed it off lives", "people round here know where he drinks"
  { re: /\b(?:i|we|we all|people|everyone|everybody|lots of (?:people|us)|plenty of (?:people|us)|half the (?:town|estate|village)|the lads) (?:\w+ ){0,3}?knows? where (?:[a-zA-Z' ]{1,60} )?(?:lives?|works?|sleeps?|parks?|drinks?|walks?|goes)\b/g, messageId: 'threat', needs: ["know where", "knows where"] },
  { re: /\b(?:watch|mind) (?:your|his|her|their|ur) back\b|\bwatch (?:your|ur) step,? (?:NAME|mate|pal|sunshine|son|love|sweetheart|councill?or)\b|\b(?:you|he|she|they)(?:'d| had| would)? (?:better|wants? to|want to|needs? to|should|ought to) watch (?:yourself|himself|herself|themselves|it|(?:your|his|her|their) (?:back|step))\b/g, messageId: 'threat', needs: ["back", "step", "watch"] },
  { re: /\b(?:you'?ll|you will|he'?ll|she'?ll|they'?ll) (?:find out|see|learn) what happens\b/g, messageId: 'threat', needs: ["what happens"] },
  // "This is your last warning": a warning to a person, not "Final warning: entries close Friday".
  { re: /\b(?:your|this is (?:your|my|the|a)|consider this (?:your|a)|you'?ve had your|you have had your|that'?s your) (?<span>(?:last|final) warning)\b(?! to (?:get|buy|book|sign|enter|register|apply|order|join|grab|pick|put|send|return|renew|submit|come|vote|have|fill|share|let|tell)\b)|\b(?:last|final) warning(?=,? (?:NAME|mate|pal|you|sunshine|son|love)\b)|\byou(?:'ve| have) been warned\b|\byour (?:card is|days are) (?:marked|numbered)\b/dg, messageId: 'threat', needs: ["warning", "warned", "numbered", "marked"] },
  // "He'll regret this"; not "they'll pay for this at the ballot box" or "you'll regret it if you miss out".
  { re: /\b(?:you'?ll|you will|he'?ll|she'?ll|they'?ll|NAME will) (?:regret|pay for) (?:it|this|that)\b(?! (?:at|in|on|come|when|if)\b)/g, messageId: 'threat', needs: ["regret", "pay for"] },
  { re: /\bsleep with one eye open\b|\b(?:(?:would|will|it'?d|it would|it will|'d) )?be a (?:real |terrible |awful |great )?(?:shame|pity) if (?:something|anything) (?:happened|were to happen|was to happen|happens|should happen)(?= to\b)/g, messageId: 'threat', needs: ["one eye", "shame if", "pity if"] },
  { re: /\b(?:i'?m|we'?re|i am|we are) (?:coming for|coming after|gonna get|going to get) (?:you|u|him|her|them|NAME)\b/g, messageId: 'threat', needs: ["coming for", "coming after", "get "] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|i'?m gonna|gonna|going to|i could|i'?d|i would|someone should|somebody should|someone needs to|somebody needs to|someone ought to|let'?s|let'?s all|go and|we should|time someone) (?:\w+ ){0,2}${HARM}(?:s|ed|ing)? ${OBJ}\b`, 'g'), messageId: 'threat', needs: ["kill", "murder", "shoot", "stab", "hang", "lynch", "string", "burn", "torch", "batter", "beat", "punch", "deck", "smash", "hurt", "knife", "glass", "cap", "cripple", "strangle", "slit", "lamp", "chin", "twat", "leather", "skelp", "bray", "wallop", "clobber", "thump", "slap", "smack", "headbutt"] },
  { re: /\bslit (?:your|his|her|their|ur) throats?\b|\b(?:break|smash|kick|punch|knock) (?:your|his|her|their|ur|yer) (?:legs|face|head|heid|coupon|jaw|nose|teeth|windows)(?: in)?\b/g, messageId: 'threat', needs: ["throat", "legs", "face", "head", "heid", "coupon", "jaw", "nose", "teeth", "windows"] },
  { re: /\b(?:deserves?|needs?|wants?|could do with|asking for) (?:a )?(?:good |proper |right )?(?:kicking|hiding|slap|smack|beating|battering|punch|thump|doing over|bullet|knee ?capping|leathering|pasting|clip round the ear)\b|\b(?:deserves?|needs?|wants?|could do with|asking for) (?:his|her|their) (?:head|face|teeth|legs|lights) (?:kicking|kicked|smashing|smashed|knocking|knocked|punching|punched|caving|caved|punching|punched) ?(?:in|out)?\b/g, messageId: 'threat', needs: ["kicking", "hiding", "slap", "smack", "beating", "battering", "punch", "thump", "doing over", "bullet", "capping", "leathering", "pasting", "clip", "kicked", "smash", "knock", "caving", "caved"] },
  { re: new RegExp(String.raw`\b(?:someone|somebody|anyone|we|you lot|lads|they) (?:should|needs? to|ought to|must|has to|wants? to|could) (?:go and |just )?give ${OBJ} a (?:good |proper |right )?(?:hiding|kicking|slap|smack|beating|battering|doing over|going over|thump|slapping|leathering|pasting|clip round the ear)\b`, 'g'), messageId: 'threat', needs: ["give"] },
  { re: new RegExp(String.raw`\b(?:should|ought to|deserves? to|needs to) (?:be )?(?:hanged|hung|shot|strung up|lynched|burned|burnt|stabbed|beaten|killed|put down|knee ?capped|drowned|gassed)\b`, 'g'), messageId: 'threat', needs: ["hanged", "hung", "shot", "strung", "lynched", "burn", "stabbed", "beaten", "killed", "put down", "capped", "drowned", "gassed"] },
  // A command to harm, at the start of a sentence: "String the lot of them up", "Round them up and shoot them".
  { re: new RegExp(String.raw`^(?:just |go and |then )?(?:string (?:${THIRD}|the lot(?: of them)?|them all|'em all) up|(?:hang|shoot|lynch|gas|drown|kneecap|knee ?cap) (?:${THIRD}|the lot(?: of them)?|them all|'em all)\b(?! (?:a|an) (?:message|email|e-mail|text|line|dm|note|quick|call))|(?:round|line) (?:them|'em|the lot(?: of them)?) (?:all )?up and (?:shoot|hang|gas|kill|burn|string|drown))`, 'g'), messageId: 'violence', needs: ["string", "hang", "shoot", "lynch", "gas", "drown", "kneecap", "knee", "round", "line"] },
  { re: /\b(?:shame|pity|wish|if only) (?:that )?the (?:rioters|mob|protesters|crowd|arsonists)(?: \w+){0,4} (?:never|didn'?t|did not) (?:make it|made it|get|got|reach|reached|burn|burned|burnt)\b/g, messageId: 'violence', needs: ["rioters", "mob", "protesters", "crowd", "arsonists"] },
  { re: /\b(?:burn|torch|petrol bomb|firebomb) (?:it|them|the (?:place|lot|offices?|council(?: offices)?|town hall|house|camp|site)) (?:down|out)?\b|\bburn (?:them|'?em) out\b/g, messageId: 'violence', needs: ["burn", "torch", "petrol", "firebomb"] },
  // Drowning people at sea: "put them back in a dinghy and sink it", "let them drown".
  { re: /\b(?:dinghy|dinghies|boats?|rafts?|channel|sea)\b[^.!?]{0,60}\b(?:and|then|just|should|'ll|will|let'?s) (?:sink|capsize|torpedo|scuttle|ram|drown) (?:it|them|'em|the (?:lot|boats?|dinghy|dinghies))\b|\b(?:sink|capsize|torpedo|scuttle|ram) (?:the|their) (?:boats?|dinghy|dinghies)\b|\b(?:let|leave) (?:them|'em|the lot of them) (?:to )?drown\b|\bhope (?:they|the (?:boats?|dinghy|dinghies)) (?:sinks?|drowns?)\b/g, messageId: 'violence', needs: ["sink", "capsize", "torpedo", "scuttle", "ram", "drown"] },
  // "I'll swing for him", "I won't be responsible for my actions", "deserves to have his legs broken".
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|i could|i'?d|i would|i swear i'?ll|gonna) swing for ${OBJ}\b|\b(?:i|we) (?:won'?t|will not|wouldn'?t|can'?t) be (?:held )?responsible for (?:my|our|what i do|what we do|what happens)(?: actions)?\b|\b(?:deserves?|needs?|wants?|ought) to (?:have|get) (?:his|her|their|your) (?:legs|arms|knees|face|head|teeth|fingers|hands|kneecaps) (?:broken|smashed|kicked in|caved in|cut off|chopped off|knocked out|done)\b`, 'g'), messageId: 'threat', needs: ["swing for", "responsible for", "legs", "arms", "knees", "face", "head", "teeth", "fingers", "hands", "kneecaps"] },
  // Fists and hospital: "knock his block off", "put that councillor in hospital".
  { re: new RegExp(String.raw`\bknock (?:his|her|their|your) (?:block|head|teeth|lights|brains) (?:off|in|out)\b|\b(?:put|land) ${THIRD} in (?:hospital|a wheelchair|the ground|a box|an early grave|intensive care)\b|\b(?:should|ought to|deserves? to|needs? to) be dragged (?:out|through the streets|off)\b|\bdrag (?:him|her|them|NAME) out\b`, 'g'), messageId: 'threat', needs: ["knock", "hospital", "wheelchair", "ground", "box", "grave", "intensive", "dragged", "drag"] },
  // What is coming to someone: "he'll get what's coming to him", "people like her end up getting hurt".
  { re: /\b(?:get|gets|getting|got|deserves?|had|has) (?:everything |exactly )?(?:what'?s|what is|that'?s|all that'?s)? ?coming to (?:him|her|them|you|NAME)\b|\b(?:he|she|they|you|NAME) (?:has|have|had) (?:it|this) coming\b|\b(?:you|he|she|they|NAME|people like (?:him|her|you|them|that))\b[^.!?]{0,25}\b(?:end up|ends up|could end up|might end up|will end up|'ll end up|tend to end up) (?:getting )?(?:hurt|injured|in hospital|in a ditch|in the canal|in the river|dead)\b/g, messageId: 'threat', needs: ["coming", "end up", "ends up"] },
  // A dare with a consequence: "keep pushing, Cllr Dunn, and see what happens"; "I'd be careful if I were you".
  { re: /\b(?:keep|carry on|try|go on|do that again|push|cross (?:us|me))\b[^.!?]{0,40}\band (?:see|find out) what happens\b|\bi'?d be (?:very )?careful if i were you\b(?=\s*(?:,\s*(?:NAME|mate|pal|councill?or|sunshine|love|son)|[.!]|$))/g, messageId: 'threat', needs: ["what happens", "careful if"] },
  // Family and routines named as a warning: "we know your kids go to St Mary's".
  { re: /\b(?:i|we|we all|people|everyone) (?:\w+ )?knows? (?:that )?(?:your|his|her|their|NAME(?:'?s)?) (?:kids|children|son|daughter|wife|husband|partner|family|mum|mam|missus) (?:go|goes|attend|attends|live|lives|work|works|walk|walks|drive|drives|finish|finishes|get|gets)\b/g, messageId: 'threat', needs: ["know", "knows"] },
  { re: /\bdon'?t be surprised if (?:someone|somebody|people|a few of us|we|the lads|you) (?:turns?|shows?|comes?|pops?) (?:up|round|by)\b|\b(?:shame|pity) if (?:the|his|her|their|your|NAME'?s?) (?:[a-z']+ ){0,3}(?:got|gets|had|has|were|was|ended up with)? ?(?:a brick|bricked|smashed|torched|burnt|burned|burnt down|vandalised|damaged|keyed|egged|attacked|set on fire)\b/g, messageId: 'threat', needs: ["surprised if", "shame if", "pity if"] },
  { re: new RegExp(String.raw`\b(?:time|about time) (?:someone|somebody|we|they) taught ${OBJ} a lesson\b|\bteach ${OBJ} a lesson (?:he|she|they|you)(?:'ll| will)? (?:won'?t|will not|never) forget\b`, 'g'), messageId: 'threat', needs: ["lesson"] },
  { re: /\bif (?:he|she|they|NAME) (?:turns up|shows (?:his|her|their) face|comes|dares|shows up|sets foot)\b[^.!?]{0,40}\b(?:we'?ll|we will|i'?ll|i will|the lads will|they'?ll) be (?:ready|waiting) for (?:him|her|them)\b/g, messageId: 'threat', needs: ["ready for", "waiting for"] },
  // Wishing harm: "I hope his house burns down", "hope he gets hit by a bus".
  { re: /\bhope (?:his|her|their|NAME(?:'?s)?) (?:house|home|car|cars|office|shop|business|van|vans|yard|depot|flat) (?:burns?|goes up in (?:smoke|flames)|go up in (?:smoke|flames)|gets? (?:torched|burnt|burned|smashed|firebombed|set on fire|trashed|bricked))\b|\bhope (?:he|she|they|NAME) (?:dies|die|drops? dead|gets? run over|gets? hit by a (?:bus|car|train|lorry)|chokes?|burns?|rots?|gets? (?:hurt|beaten|attacked|stabbed|shot))\b/g, messageId: 'violence', needs: ["hope"] },
  // Ominous remarks to a person: "accidents happen, Cllr Dunn", "nice family you've got there".
  { re: /\baccidents (?:can |do |will |have been known to )?happen\b(?! (?:at|on|in|near|along|around|when|if|every|all|because|here|there|to (?:the best|anyone|everyone|all of us))\b|,? (?:so|which|and|but|please)\b)/g, messageId: 'threat', needs: ["accidents"] },
  { re: /\b(?:long|dark|lonely|quiet) (?:walk|drive|way|cycle|ride) (?:home|back)\b[^.!?]{0,40}\b(?:isn'?t it|innit|eh|NAME)\b/g, messageId: 'threat', needs: ["walk", "drive", "way", "cycle", "ride"] },
];

/** Ordinary contact made into a campaign on a person's family or employer ("message her husband, message her mum"). */
const FAMILY_CONTACT: Pattern = { re: new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:everyone|everybody|let'?s(?: all)?|all of you|go|get|please|and|then|just|you should|we should)\s+)(?<span>(?:tag|contact|ring|call|phone|text|email|e-mail|message|dm|tweet|write to|visit|report (?:him|her|them) to|tell) ${POSS} (?:${FAMILY}|work|company|manager|firm))\b(?![^.!?]{0,20}\b(?:on|at) (?:\d|EMAIL|URL))`, 'dg'), messageId: 'harassment', needs: ["tag", "contact", "ring", "call", "phone", "text", "email", "e-mail", "message", "dm", "tweet", "write to", "visit", "report", "tell"] };
const INCITEMENT: Pattern[] = [
  // "Everyone bombard Cllr Holroyd's inbox", "let's all flood her inbox": words that are harassment by themselves.
  { re: new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:everyone|everybody|let'?s(?: all)?|all of you|residents|people|lads|go|get|please|and|we should|we need to|you should|you lot|time to|keep|just)\s+)(?:all )?(?:go )?(?:bombard|flood|spam|swamp|hound|harass|hassle|pester|plague|target|troll|pile on(?:to)?|besiege|doorstep|inundate) (?:${POSS} (?:inbox|phone|phones|page|pages|mentions|dms|office|house|home|door|family|employer|boss|email|emails|account|socials|timeline|comments)|${OBJ})\b`, 'g'), messageId: 'harassment', needs: ["bombard", "flood", "spam", "swamp", "hound", "harass", "hassle", "pester", "plague", "target", "troll", "pile on", "besiege", "doorstep", "inundate"] },
  FAMILY_CONTACT,
  // Contact kept up until they give in ("email him every day until he resigns", "let him know, morning, noon and night").
  { re: new RegExp(String.raw`\b(?:tag|contact|ring|call|phone|text|email|e-mail|message|dm|tweet|write to|tell|let|tagging|contacting|ringing|calling|phoning|texting|emailing|e-mailing|messaging|tweeting|writing to|telling) (?:${THIRD}|${POSS} (?:office|phone|mobile|inbox|page|surgery|line))(?: know)?\b[^.!?]{0,60}?\b(?:${RELENTLESS})`, 'g'), messageId: 'harassment', needs: ["tag", "contact", "ring", "call", "phone", "text", "email", "e-mail", "message", "dm", "tweet", "write to", "writing to", "tell", "let"] },
  // "He should hear from every single one of us, day and night, until he pulls out."
  { re: new RegExp(String.raw`\b(?:he|she|they|NAME) (?:should|must|will|needs to|is going to|'s going to|'ll|is gonna) (?:hear|be hearing|get messages|be getting messages) from (?:every (?:single )?one of us|all of us|us all|us|everyone|everybody|each (?:and every )?one of us)\b[^.!?]{0,40}?\b(?:${RELENTLESS})`, 'g'), messageId: 'harassment', needs: ["hear", "hearing", "messages"] },
  // "make sure she can't open her phone without hearing from us", "he doesn't get a minute's peace"
  { re: /\b(?:he|she|they|NAME) (?:can'?t|cannot|won'?t|doesn'?t|does not|never|can never) [^.!?]{0,50}\bwithout (?:hearing from|seeing|getting|a message|being reminded|us|someone|one of us|a reminder)\b|\b(?:he|she|they|NAME) (?:doesn'?t|does not|don'?t|won'?t|never) get (?:a|any|one) (?:minute'?s|moment'?s|second'?s|day'?s|night'?s)? ?(?:peace|rest|sleep)\b/g, messageId: 'harassment', needs: ["without", "peace", "rest", "sleep"] },
  { re: /\bscreenshot (?:every|all (?:of )?(?:the|his|her|their)) posts? (?:he|she|they) (?:makes?|writes?|posts?)\b/g, messageId: 'harassment', needs: ["screenshot"] },
  // A pile-on: "everyone jump on her Facebook page", "every post she makes gets a hundred angry replies".
  { re: new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:everyone|everybody|let'?s(?: all)?|all of you|go|get|please|and|then|just|you should|we should)\s+)(?:jump|get|go|pile|wade|weigh) (?:on|onto|into|in on) ${POSS} (?:facebook|page|pages|post|posts|twitter|instagram|timeline|comments|socials|tiktok|linkedin|profile|account)(?: (?:page|pages|post|posts|account|profile|comments))?\b|\bevery (?:single )?(?:post|tweet|comment|video) (?:he|she|they|NAME) (?:makes?|writes?|posts?|puts up) (?:gets?|is met with|should get)\b`, 'g'), messageId: 'harassment', needs: ["jump", "get", "go", "pile", "wade", "weigh", "every post", "every single", "every tweet", "every comment", "every video"] },
  // Seeking or spreading a private address: "anyone got the chair's home address?", "post his address".
  { re: new RegExp(String.raw`\b(?:anyone|anybody|someone|somebody) (?:know|knows|got|have|has|found) (?:where ${THIRD} (?:lives?|sleeps?|parks?)|${POSS} (?:home |house |personal )?(?:address|postcode|phone number|mobile number|number))\b|\b(?:post|share|publish|put up|spread|pass round|pass on) ${POSS} (?:home |house |personal )?(?:address|postcode|phone number|mobile number|mobile)\b`, 'g'), messageId: 'harassment', needs: ["address", "postcode", "number", "mobile", "lives", "sleeps", "parks"] },
  { re: /\b(?:report|flag|mass report) (?:his|her|their|NAME(?:'?s)?) (?:account|page|profile|posts?)\b[^.!?]{0,30}?\b(?:again and again|over and over|until (?:it'?s|they'?re|he'?s|she'?s) (?:gone|deleted|banned|suspended|taken down))/g, messageId: 'harassment', needs: ["report", "flag"] },
  { re: /\b(?:don'?t|do not|never) give (?:him|her|them|NAME) (?:a|any|one) ?(?:minute'?s|moment'?s|second'?s|day'?s)? ?peace\b|\bmake (?:his|her|their|NAME(?:'?s)?) (?:li(?:fe|ves)|time|job) (?:hell|a (?:living )?hell|a misery|miserable|unbearable)\b/g, messageId: 'harassment', needs: ["peace", "life", "lives", "time", "job"] },
  { re: /\bmake (?:them|him|her|NAME) (?:feel )?(?:unwelcome|pay|sorry|suffer|scared|afraid)\b|\brun (?:him|her|them|NAME) out of (?:town|the (?:village|area|ward|borough))\b/g, messageId: 'harassment', needs: ["unwelcome", "pay", "sorry", "suffer", "scared", "afraid", "out of"] },
  { re: new RegExp(String.raw`\b(?:pay|paying|give) ${OBJ} a (?:little )?visit\b|\bvisit (?:him|her|them|NAME) at (?:home|his house|her house)\b`, 'g'), messageId: 'harassment', needs: ["visit"] },
  { re: new RegExp(String.raw`\b(?:someone|somebody|anyone|we|you lot|lads) (?:should|needs to|need to|ought to|must|has to) (?:sort|deal with|shut|teach|sort out|have a word with|do something about|get) ${OBJ}(?: out| up| a lesson)?\b`, 'g'), messageId: 'harassment', needs: ["sort", "deal with", "shut", "teach", "have a word", "do something", "get "] },
  { re: /\b(?:go|get|head|pop|take (?:it|our \w+|your \w+)) (?:round|down|over|along)? ?(?:to|there|at)? ?(?:his|her|their|my opponent'?s|NAME(?:'?s)?|the)? ?(?:house|home|door|front door|doorstep|office|campaign office|address|place)\b[^.!?]{0,60}\b(?:let (?:him|her|them) know|tell (?:him|her|them)|give (?:him|her|them) a piece|what (?:we|you) think|make (?:him|her|them)|sort|show (?:him|her|them))/g, messageId: 'harassment', needs: ["house", "home", "door", "office", "address", "place"] },
  // A crowd sent to a private home: "everyone round to Cllr Dunn's house on Sunday", "all of us outside her house".
  { re: new RegExp(String.raw`\b(?:everyone|everybody|all of us|all of you|lads|let'?s all|let'?s|we should all|who'?s coming|who fancies|come on|get yourselves)\b[^.!?]{0,15}?\b(?<span>(?:(?:go|get|head|pop|come|march|turn up|show up|gather|meet|be) )?(?:round|down|over|up|along|outside|at)(?: to)? ${POSS} (?:house|home|place|front door|door|doorstep|drive|gaff|flat|front garden))\b`, 'dg'), messageId: 'harassment', needs: ["house", "home", "place", "door", "doorstep", "drive", "gaff", "flat", "garden"] },
  { re: /\btake (?:our|your|my|these|the) (?:objections?|complaints?|anger|protest) (?:to|round to) (?:his|her|their|NAME(?:'?s)?) (?:front )?(?:door|house|home|doorstep)\b/g, messageId: 'harassment', needs: ["objection", "complaint", "anger", "protest"] },
  { re: /\b(?:go|get) round (?:there )?and (?:let (?:him|her|them) know|tell (?:him|her|them)|give (?:him|her|them))\b|\bgive (?:them|him|her) a piece of your mind\b/g, messageId: 'harassment', needs: ["round", "piece of your mind"] },
  { re: /\bif (?:anyone|anybody|someone|you) (?:wants?|fancies|fancy) (?:to )?(?:tell|let|pop|go|visit|give|pay|have a word|a word|telling|letting|popping|going|visiting|giving|paying|having a word)\b[^.!?]{0,30}?\b(?:him|her|them|NAME)\b/g, messageId: 'harassment', needs: ["if any", "if some", "if you"] },
  { re: /\b(?:intimidate|threaten|scare|frighten|menace|rough up) (?:them|him|her|the lot of them|NAME|the (?:staff|counters|officers|tellers))\b/g, messageId: 'harassment', needs: ["intimidate", "threaten", "scare", "frighten", "menace", "rough up"] },
  { re: /\b(?:catch|find|grab) (?:them|him|her|'?em) and (?:sort|deal with|teach|give|do) (?:them|him|her|'?em)\b/g, messageId: 'violence', needs: ["and sort", "and deal", "and teach", "and give", "and do"] },
];

const VEILED: Pattern[] = [
  { re: /\bmake (?:him|her|them|NAME) (?:regrets?|pays?|sorry|feels? sorry|never forgets?)\b|\bmake sure (?:he|she|they|NAME) (?:regrets?|pays?|suffers?|never forgets?|is sorry|are sorry|learns? (?:his|her|their) lesson)\b/g, messageId: 'harassment', needs: ['make sure', 'make him', 'make her', 'make them', 'make NAME'] },
  { re: /\bgive (?:him|her|them|NAME) (?:both barrels|hell|what for|a hard time|some stick|grief|a taste)\b|\bpile (?:in|on)(?:to)? (?:him|her|them|NAME)\b|\bdon'?t let (?:up on (?:him|her|them|NAME)|(?:him|her|them|NAME) off)\b(?! the hook)/g, messageId: 'harassment', needs: ['both barrels', 'hell', 'what for', 'hard time', 'stick', 'grief', 'taste', 'pile in', 'pile on', 'let up', 'let him', 'let her', 'let them', 'let NAME'] },
  { re: /\b(?:shame|pity) (?:about|if|for) (?:his|her|their|the (?:[a-z]+ ){0,2}[a-z]+'s|NAME(?:'?s)?) (?:tyres|car|windows|house|home|kids|children|dog|cat|van|garden|fence|business|shop)\b|\b(?:tyres|windows) (?:get|got|getting|might get) (?:slashed|smashed|broken|done)\b/g, messageId: 'threat', needs: ['shame', 'pity', 'tyres', 'windows'] },
  { re: /\bi know (?:which|what) (?:car|van|school|pub|gym) (?:he|she|they|NAME|your|his|her)\b|\b(?:where|when) (?:he|she|they|NAME) parks?\b|\bi know (?:where|which school) (?:your|his|her|their) (?:kids|children|wife|husband|family)\b|\b(?:turn|show) up (?:at|to|outside|on) (?:his|her|their|your|NAME(?:'?s)?) (?:house|home|door|doorstep|work|workplace|school|kids'? school)\b/g, messageId: 'threat', needs: ['i know', 'parks', 'park', 'turn up', 'show up'] },
  { re: /\b(?:let'?s all|everyone|everybody|all of us) (?:turn|show) up\b[^.!?]{0,80}\b(?:make sure|never forgets?|let (?:him|her|them) know|show (?:him|her|them))\b/g, messageId: 'harassment', needs: ['turn up', 'show up'] },
  // Damage to a person's car or home, invited: "whose tyres need letting down", "someone should key his car".
  { re: new RegExp(String.raw`\b(?:whose|${POSS}) (?:[a-z]+ ){0,2}(?:tyres|windows?|car|van|house|door|fence|shop|motor|windscreen) (?:need|needs|could do with|want|wants|deserve|deserves|is asking for|are asking for) (?:a )?(?:letting down|let down|slashing|slashed|smashing|smashed|keying|keyed|egging|egged|a brick|bricking|putting through|put through|torching|torched|doing over|done over|a visit)\b`, 'g'), messageId: 'threat', needs: ['tyres', 'window', 'car', 'van', 'house', 'door', 'fence', 'shop', 'motor', 'windscreen'] },
  { re: new RegExp(String.raw`\b(?:someone|somebody|anyone|we|you|let'?s|go and|should|ought to|needs? to|wants? to|time someone|i'?ll|we'?ll|gonna)\b[^.!?]{0,20}?\b(?:let ${POSS} tyres down|(?:slash|let down) ${POSS} tyres|key ${POSS} (?:car|van|motor)|egg ${POSS} (?:house|car|windows?|office|door)|brick ${POSS} windows?|put ${POSS} windows? (?:through|in)|(?:torch|firebomb|trash|smash up) ${POSS} (?:car|van|house|office|shop|motor))\b`, 'g'), messageId: 'threat', needs: ['tyres', 'key', 'egg', 'brick', 'windows', 'window', 'torch', 'firebomb', 'trash', 'smash up'] },
  // Welcoming an attack: "glad someone bricked his window".
  { re: /\b(?:glad|good|great|pleased|happy|delighted|chuffed|about time|nice one|fair play|well done|not sorry|no sympathy|can'?t say i'?m sorry)\b[^.!?]{0,25}?\b(?:someone|somebody|they|people|residents|the lads) (?:has |have |'s |'ve )?(?:finally |at last )?(?:bricked|torched|egged|keyed|slashed|attacked|battered|beat up|beaten up|punched|decked|lamped|chinned|thumped|firebombed|let (?:his|her|their) tyres|(?:put|smashed|burnt|burned|set fire to|trashed|vandalised|spray-?painted|daubed) (?:him|her|them|his|her|their|NAME|(?:the|that) (?:[a-z-]+ ){0,2}[a-z]+'s|a brick)|put (?:[a-z']+ ){0,3}windows? (?:through|in))\b/g, messageId: 'violence', needs: ['glad', 'good', 'great', 'pleased', 'happy', 'delighted', 'chuffed', 'about time', 'nice one', 'fair play', 'well done', 'not sorry', 'no sympathy', 'sorry'] },
];

/** Weapons people carry to "sort it themselves"; not tools that fix things (hammers) or walk (sticks). */
const WEAPONS = String.raw`(?:baseball bats|cricket bats|bats|iron bars|pitchforks|machetes|knives|pickaxe handles|pick handles|golf clubs|bike chains|knuckle ?dusters|weapons|blades)`;
/** Doing the job of the police or council by force. */
const VIGILANTE_ACT = String.raw`(?:(?:do|sort|deal with|handle|sort out|fix) (?:it|this|them|'em|things|the job|the problem) (?:ourselves|yourselves|themselves)|sort (?:them|him|her|'em|the lot of them)(?: out)?|deal with (?:them|him|her|'em|the lot of them)|shift (?:them|him|her|'em|the lot of them)|clear (?:them|'em|the lot of them) (?:out|off)|run (?:them|him|her|'em|the lot of them) (?:off|out)|drive (?:them|him|her|'em|the lot of them) (?:off|out)|teach (?:them|him|her|'em)|see (?:them|him|her|'em) off|pay (?:them|him|her|'em) a visit)`;
/** Bats at a match are kit, not weapons. */
const SPORT = /\b(?:cricket|rounders|softball|baseball game|match|game|teams?|practice|nets|training|club|pitch|league|innings|stumps|wickets?|golf|course|tee)\b/;
/** Being safe from scams, roads or weather is advice. */
const HAZARD = /\b(?:scams?|scammers|fraud(?:sters)?|online|roads?|crossing|traffic|ice|icy|water|floods?|fire|heat|sun|virus|covid|flu|infection|burglars|thieves|crime|passwords?|phishing|cold callers?|storm|wind|weather|fumes|smoke)\b/;
/** Harm to a person or to what they own, welcomed in advance: "wouldn't lose any sleep if his van went up in smoke". */
const HARM_EVENT = String.raw`(?:went|go|goes|going|gone) up in (?:smoke|flames)|burn(?:s|ed|t)? (?:down|out)|(?:caught|catches|catch) fire|(?:got|gets|get|was|were) (?:torched|firebombed|bricked|smashed up|trashed|burnt out|burned out|set on fire|a (?:kicking|hiding|beating|battering|slap)|beaten up|run over|knocked down|stabbed|shot|lynched|strung up|attacked|done over|glassed)|dropped dead|drops? dead|fell under a bus|(?:got|gets|was) hit by a (?:bus|car|train|lorry)`;

/** Vigilantes: "a few of us should go down there with bats and do it ourselves", "sort them out ourselves with cricket bats". */
const VIGILANTE: Pattern = { re: new RegExp(String.raw`\b(?:with|bring|take|grab|carrying|armed with) (?:some |a few |our |your |the |their |a couple of )?${WEAPONS}\b[^.!?]{0,50}?\b${VIGILANTE_ACT}\b|\b${VIGILANTE_ACT}\b[^.!?]{0,30}?\bwith (?:some |a few |our |the |a couple of )?${WEAPONS}\b|\b(?:go|get|going|went|turn up|show up|come|head|be) (?:down |round |over |up )?(?:there )?tooled up\b`, 'g'), messageId: 'violence', needs: ['bats', 'iron bars', 'pitchforks', 'machetes', 'knives', 'handles', 'golf clubs', 'bike chains', 'dusters', 'weapons', 'blades', 'tooled up'] };
/** Harm wished on a person or their property: "wouldn't shed a tear if her car got torched", "be karma if his house went up in flames". "Nobody would shed a tear if…" starts with "nobody" but wishes the harm. */
const WISHED: Pattern = { re: new RegExp(String.raw`\b(?:(?:wouldn'?t|would not|won'?t|will not|i'?d not|not going to|not gonna|nobody would|no one would|no-one would|nobody will|no one will) (?:lose (?:any |much |a wink of )?sleep|shed (?:a|one|any) (?:single )?tears?|cry|mourn|weep|complain|be (?:sorry|upset|sad|crying|losing sleep))|(?:(?:it'?d|it would|would|it will|it'?ll|that'?d|that would) )?be (?:nice|great|funny|hilarious|karma|poetic justice|a laugh|no loss|a shame|a pity|a real shame|a real pity) if)\b[^.!?]{0,60}?(?:'s|\b(?:his|her|their|him|he|she|NAME))\b[^.!?]{0,100}?\b(?:${HARM_EVENT})\b`, 'g'), messageId: 'violence', needs: ['sleep', 'tear', 'cry', 'mourn', 'weep', 'complain', 'sorry', 'upset', 'sad', 'crying', 'nice if', 'great if', 'funny if', 'hilarious if', 'karma if', 'justice if', 'laugh if', 'loss if', 'shame if', 'pity if'] };
const MORE: Pattern[] = [
  VIGILANTE,
  WISHED,
  // A crowd occupying a person's office or door until they give in: "let's all turn up outside her office and not leave until…".
  { re: new RegExp(String.raw`\b(?:let'?s(?: all)?|everyone|everybody|all of us|we should all|we all|we'?ll all|lads|come on)\b[^.!?]{0,20}?\b(?:turn up|show up|go|head|get|pop|march|descend|camp|gather|sit|pile|wait)\b[^.!?]{0,15}?\b(?:outside|at|to|in|on|round to|into|down to) ${POSS} (?:office|surgery|door|front door|doorstep|house|home|work|workplace|desk|business|shop|yard|site)\b[^.!?]{0,80}?\b(?:(?:not|never|won'?t|don'?t|refuse to) (?:leave|go|move|budge|let (?:him|her|them) (?:leave|in|out|past))|until (?:he|she|they|NAME)|fill (?:the|his|her|their)|block (?:the|his|her|their)|occupy|make (?:him|her|them) (?:listen|sorry|regret)|show (?:him|her|them))`, 'g'), messageId: 'harassment', needs: ["let's", 'lets', 'everyone', 'everybody', 'all of us', 'we should all', 'we all', "we'll all", 'lads', 'come on'] },
  // Fists, spelled out: "I'll put him through his own front window", "knock her into next week", "spark him out".
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|i'?m gonna|gonna|going to|i could|i'?d|i would|someone should|somebody should|someone needs to|somebody needs to|let'?s|should|ought to|needs? to|time someone|happy to|dying to|want to|wanna)\b (?:\w+ ){0,2}?(?:put|throw|chuck|lob|knock|kick|drag|spark|lay|punch|smash|boot) ${OBJ} (?:through (?:a|the|his|her|their|your|my) (?:own )?(?:front |back |shop |office |kitchen )?(?:window|wall|windscreen|door|table|floor|hedge|fence)|into (?:next week|the middle of next week|the (?:canal|river|ground|road|traffic))|in (?:the|a) (?:canal|river|skip|bin)|out cold|spark out|(?:all )?(?:down|across) the (?:street|road|stairs))\b|\brearrange (?:his|her|your|their) (?:face|teeth)\b|\bspark (?:him|her|you|them|'em|NAME) out\b|\bdo (?:him|her|them|'em|NAME) in\b(?! (?:the|a|an|my|our|his|her|their|this|that|time|one|\d))`, 'g'), messageId: 'threat', needs: ['put ', 'throw', 'chuck', 'lob ', 'knock', 'kick', 'drag', 'spark', 'lay ', 'punch', 'smash', 'boot', 'rearrange', 'do him', 'do her', 'do them', "do 'em", 'do NAME'] },
  // "Let's make sure she gets a few thousand reminders", "everyone send him a hundred emails".
  { re: /\b(?:(?:make sure|ensure|so) (?:he|she|they|NAME) (?:gets?|receives?|is sent|gets sent|has)|(?:let'?s(?: all)?|everyone|everybody|we should|we need to|why not|please|all|go on,?) (?:send|give|fire off|bombard|hit) (?:him|her|them|NAME)(?: with)?) (?:a few |several |a couple of |at least )?(?:hundred|thousand|hundreds|thousands|million|millions|loads|tons|\d{2,}|a (?:flood|mountain|barrage|deluge|sackful|pile|hundred|thousand|million)|a few (?:hundred|thousand))(?: (?:more|extra|angry|little|friendly|polite|gentle))? (?:of )?(?:emails|e-mails|messages|reminders|calls|phone calls|letters|texts|complaints|tweets|comments|replies|dms|voicemails|postcards|knocks)\b(?! of (?:support|thanks|congratulations?))/g, messageId: 'harassment', needs: ['emails', 'e-mails', 'messages', 'reminders', 'calls', 'letters', 'texts', 'complaints', 'tweets', 'comments', 'replies', 'dms', 'voicemails', 'postcards', 'knocks'] },
  // Exposing and mass-reporting a person: "dox him", "everyone mass report her page".
  { re: /\bdoxx?(?:ing)? (?:him|her|them|NAME)\b|\b(?:everyone|everybody|let'?s all|all of you|we should all|mass)[- ](?:mass[- ])?report (?:his|her|their|NAME(?:'?s)?) (?:account|page|profile|posts?|channel|facebook|business)\b/g, messageId: 'harassment', needs: ['dox', 'report'] },
  // Settling it by force: "we'll settle this outside", "deal with them the old-fashioned way".
  { re: /\b(?:sort|deal with|settle|handle) (?:them|him|her|'em|whoever|NAME|the lot of them)(?: out)? (?:the old[- ]fashioned way|our way|the way we used to)\b|\b(?:settle|sort) (?:this|it) (?:outside|round the back|in the car park)(?=\s*(?:[.!]|$)|,? (?:NAME|mate|pal|sunshine|son|then|like (?:men|adults))\b)/g, messageId: 'threat', needs: ['fashioned', 'our way', 'used to', 'outside', 'round the back', 'car park'] },
  // Don't think you're safe: "don't think you're safe just because you're a councillor".
  { re: /\b(?:don'?t|do not|never) (?:think|imagine|assume|kid yourself) (?:you'?re|you are|he'?s|she'?s|they'?re|your family is|your kids are) (?:safe|untouchable|protected)\b|\b(?:you'?re|you are|he'?s|she'?s|they'?re|your family is|your family'?s|your kids are) not (?:safe|untouchable) (?:just because|anywhere|in your own|even at|forever)\b/g, messageId: 'threat', needs: ['safe', 'untouchable', 'protected'] },
];

const BEATING = String.raw`(?:good |proper |right |real |bloody |serious |sound )?(?:hiding|kicking|beating|battering|doing over|going over|leathering|pasting|thrashing|slap|smack|thump|slapping|clip round the ear)`;
/** What happens to someone who carries on: "he'll get a slap", "she's going to get hurt". */
const GET_HURT = String.raw`(?:'ll| will| is going to|'s going to| are going to|'re going to| is gonna|'s gonna|'re gonna| gonna) (?:end up |be )?(?:get(?:ting)? (?:hurt|a ${BEATING}|(?:his|her|their|your) (?:head|face|teeth|legs) (?:kicked|smashed|knocked|punched)(?: in)?|done (?:over|in)|glassed|stabbed|jumped)|leav(?:e|ing) (?:here |the meeting |the chamber )?(?:in|on) (?:an ambulance|a stretcher|a body bag|a box|a wheelchair))`;
const WHO_HURT = String.raw`(?:\b(?:he|she|they|you)|NAME)`;

/** A consequence tied to carrying on: "next time he mouths off he'll get a slap", "she's going to get hurt if she keeps this up". */
const GET_HURT_IF: Pattern = { re: new RegExp(String.raw`${WHO_HURT}${GET_HURT}\b[^.!?]{0,40}?\b(?:if (?:he|she|they|you|NAME) (?:keeps?|carr(?:y|ies) on|does|doesn'?t|don'?t|comes?|turns?|shows?|opens?|says?|tries?|goes?|sets?|dares?|votes?|mouths?)|next time|again|keeps? (?:this|that|it) up)\b|\b(?:next time|if (?:he|she|they|you|NAME)\b)[^.!?]{0,50}?${WHO_HURT}${GET_HURT}`, 'g'), messageId: 'threat', needs: ['get hurt', 'getting hurt', 'hiding', 'kicking', 'beating', 'battering', 'doing over', 'going over', 'leathering', 'pasting', 'thrashing', 'slap', 'smack', 'thump', 'clip round', 'kicked', 'smashed', 'knocked', 'punched', 'done over', 'done in', 'glassed', 'stabbed', 'jumped', 'ambulance', 'stretcher', 'body bag', 'a box', 'wheelchair'] };
/** A beating handed out: "I'll give him a right hiding", "give the dealers a proper kicking". */
const BEATING_GIVEN: Pattern = { re: new RegExp(String.raw`\bgiv(?:e|es|ing) (?:him|her|them|'em|NAME|(?:the|that|those|these) (?!kids\b|children\b|dogs?\b|car\b|house\b|room\b|garden\b|hedge\b|carpet\b|team\b)[a-z]+) a ${BEATING}\b`, 'g'), messageId: 'threat', needs: ['hiding', 'kicking', 'beating', 'battering', 'doing over', 'going over', 'leathering', 'pasting', 'thrashing', 'slap', 'smack', 'thump', 'clip round'] };
const MORE2: Pattern[] = [
  GET_HURT_IF,
  BEATING_GIVEN,
  // Flooding a person's phone: "blow up his phone", "ring her phone off the hook".
  { re: /\b(?:blow|blowing|light|lighting) up (?:his|her|their|NAME(?:'?s)?) (?:phone|inbox|mentions|dms|notifications|email|emails|socials|page|mobile)\b|\bring (?:his|her|their|NAME(?:'?s)?) (?:phone|mobile|office|landline) off the hook\b/g, messageId: 'harassment', needs: ['blow', 'blowing', 'light', 'lighting', 'off the hook'] },
  // Review-bombing a person's business: "let's all leave one-star reviews on his shop".
  { re: /\b(?:let'?s(?: all)?|everyone|everybody|all of you|we should all|go and|lads|get)\b[^.!?]{0,20}?\b(?:leave|leaving|give|post|write|spam)\b[^.!?]{0,15}?\b(?:one|1)[- ]?star reviews?\b[^.!?]{0,30}?\b(?:on|for) (?:his|her|their|NAME(?:'?s)?|the [a-z]+'s)|\breview[- ]bomb(?:ing)? (?:his|her|their|NAME(?:'?s)?|him|her)\b/g, messageId: 'harassment', needs: ['star review', 'star-review', 'review bomb', 'review-bomb'] },
  // "Let's see how brave he is when he's on his own."
  { re: /\bsee how (?:brave|hard|tough|big|clever|mouthy|cocky|gobby|smug|mouthy) (?:he|she|they|NAME)(?:'s| is| are|'re| feels?)\b[^.!?]{0,40}\b(?:on (?:his|her|their) own|without (?:his|her|their) (?:mates|minders|bodyguards|security|police|entourage|pals)|in the (?:car park|dark)|after dark|outside|when (?:nobody|no one)'?s (?:around|watching|looking))/g, messageId: 'threat', needs: ['see how'] },
  // "People have been hurt for less"; "five minutes alone with him".
  { re: /\b(?:people|folk|men|blokes|councillors|others|lads)(?: have|'ve) (?:been|got) (?:hurt|killed|stabbed|beaten|done in|battered|glassed|kneecapped) for (?:less|a lot less|much less)\b|\b(?:five|5|two|2|ten|10|a few) minutes alone (?:with|in a room with) (?:him|her|them|NAME)\b|\b(?:five|5|two|2|ten|10|a few) minutes (?:with (?:him|her|them|NAME) )?(?:in a (?:locked )?room|round the back|in the car park|behind the (?:bike sheds|pub))(?: with (?:him|her|them|NAME))?/g, messageId: 'threat', needs: ['for less', 'minutes alone', 'locked room', 'in a room', 'round the back', 'car park', 'bike sheds', 'behind the pub'] },
  // Driving people out, or burning them out: "we'll drive them out ourselves", "burned the camp out".
  { re: /\b(?:we'?ll|we will|let'?s|we should|we need to|i'?ll|we can|time we|time to|the lads will|residents will|we'?re going to|we'?re gonna|we could)\b (?:\w+ ){0,2}?(?:drive|run|burn|smoke|chase|kick|force|turf|hound) (?:them|'em|the lot of them|him|her|the [a-z]+) (?:out|off|away)(?: of (?:the|our|this|his|her) [a-z]+)?,? (?:ourselves|by ourselves|our own way|the old[- ]fashioned way|if we have to|with (?:force|fire))\b|\b(?:burn(?:ed|t|ing)?|torch(?:ed|ing)?|firebomb(?:ed|ing)?|petrol[- ]bomb(?:ed|ing)?) (?:the|their|his|her) (?:camp|caravans?|house|home|van|car|shop|place|hotel|hostel|mosque|synagogue|church|temple) (?:out|down)\b/g, messageId: 'violence', needs: ['ourselves', 'our own way', 'fashioned way', 'if we have to', 'with force', 'with fire', 'burn', 'torch', 'firebomb', 'petrol'] },
  // Arson or wrecking urged on a building: "somebody should torch that eyesore of a house he owns".
  { re: /\b(?:someone|somebody|should|ought to|let'?s|we should|i'?ll|we'?ll|gonna|time someone|needs? to|wants? to|go and)\b[^.!?]{0,20}?\b(?:torch|firebomb|petrol bomb|burn down|set fire to|set light to|brick|smash up|trash) (?:that|this|the|his|her|their) (?:[a-z-]+ ){0,4}?(?:house|home|car|van|office|offices|shop|caravan|caravans|camp|place|flat|business|premises|pub|restaurant|mosque|church|synagogue|temple|gurdwara|hotel|hostel|town hall)\b/g, messageId: 'violence', needs: ['torch', 'firebomb', 'petrol bomb', 'burn down', 'set fire', 'set light', 'brick', 'smash up', 'trash'] },
  // Turning up at someone's home: "we're coming round yours tonight".
  { re: /\b(?:we'?re|we are|i'?m|i am|we'?ll be|i'?ll be|the lads are|the lads will be|we will be) (?:coming|going|popping|heading|paying a visit) (?:round|over|down|up)(?: to)? (?:yours|your (?:house|place|gaff|home|flat)|his (?:house|place|gaff|home|flat)|her (?:house|place|gaff|home|flat)|NAME'?s(?: (?:house|place|gaff|home|flat))?)\b/g, messageId: 'threat', needs: ['coming round', 'coming over', 'coming down', 'coming up', 'going round', 'going over', 'going down', 'going up', 'popping round', 'popping over', 'heading round', 'heading over', 'heading down', 'paying a visit', 'gaff'] },
  // "You're a dead man", "he's gonna get it".
  { re: /\b(?:you'?re|you are|he'?s|she'?s|they'?re|he is|she is|NAME is|NAME'?s) (?:a )?dead (?:man|woman|men|meat)\b(?! walking)|\b(?:you'?re|you are|he'?s|she'?s|they'?re|he is|she is|NAME is|NAME'?s) (?:gonna|going to) get it (?:(?:when|if|once) (?:the lads|we|i|they|people|someone|somebody) (?:find|catch|get hold of|see|get)s?|good and proper|big time|proper)\b/g, messageId: 'threat', needs: ['dead man', 'dead woman', 'dead men', 'dead meat', 'get it'] },
  // Keep an eye on your car, if I were you.
  { re: /\b(?:i'?d|i would|you'?d (?:better|best)|you want to|better|might want to) (?:keep an eye on|look after|watch|mind|check on|lock up) (?:your|his|her) (?:car|house|home|kids|children|family|windows|tyres|van|dog|wife|husband|office|motor|property)\b[^.!?]{0,20}?\bif i (?:were|was) (?:you|him|her)\b/g, messageId: 'threat', needs: ['if i were', 'if i was'] },
];
/** The author reporting what was sent or said to them: what follows is someone else's threat. */
const RECEIVED =
  /\b(?:someone|somebody|a (?:man|woman|resident|troll|person|member of the public)|an? (?:anonymous|unknown) [a-z]+|they|he|she|NAME) (?:has |have )?(?:sent|messaged|emailed|e-mailed|texted|dm'?d|pm'?d|told|wrote to|left) me\b[^.!?]{0,40}?\b(?:saying|that said|to say|telling me)\b|\b(?:i|we) (?:got|received|had|was sent|were sent|'ve had|'ve received|have had|have received|'ve been sent) (?:a|an|another|this|the|some|several|two|three|more) (?:[a-z-]+ ){0,2}?(?:messages?|e-?mails?|comments?|letters?|voicemails?|calls?|dms?|texts?|posts?|threats?)\b[^.!?]{0,30}?\b(?:saying|that said|telling me|threatening)\b/;

/** …and the threat is at the author ("saying I should be hanged"), not passed on about someone else. */
const AT_THE_AUTHOR = /\b(?:saying|that said|to say|telling me|threatening)(?: that)? (?:i|me|my|we|us|our|i'?d|i'?ll|i'?m)\b/;
const AGREED = /\b(?:and )?i (?:agree|don'?t disagree)\b|\bquite right\b|\bhear,? hear\b|\bfair (?:point|enough)\b/;

/** Things to throw at a house. */
const MISSILES = /\bbring (?:some |your |the |a few |plenty of )?(?:eggs|bricks|paint|flour|rotten (?:eggs|fruit|tomatoes)|stones|rocks|spray ?paint|fireworks)\b/;
const MISSILES_G = new RegExp(MISSILES.source, 'g');
const MISSILE_WORDS = ['eggs', 'bricks', 'paint', 'spray', 'flour', 'rotten', 'stones', 'rocks', 'fireworks'];
/** A person's coming or going, or a farewell: "when she leaves tonight… bring eggs". */
const TARGET_EVENT = /\b(?:when|as|once) (?:he|she|they|NAME|the [a-z]+(?: [a-z]+)?) (?:leaves?|arrives?|comes? out|turns? up|shows? up|gets? out|walks? out|finishes)\b|\bsend-?off\b|\bwelcome (?:party|committee)\b|\b(?:he|she|they)(?:'ll| will)? (?:won'?t|never) forget\b/;
const PERSON_HOUSE = /(?:'s|\b(?:his|her|their)) (?:house|home|place|door|gaff|flat|front door|car|van|drive|office)\b/;

/** Hinted menace, read only with a wink: "a proper quiet word, if you catch my drift". */
const HINTED: Pattern[] = [
  { re: /\b(?:quiet|little|proper|friendly|private|stern) word (?:with|in (?:his|her|their) ear)\b|\b(?:pay|paid|give|giving) (?:him|her|them|whoever|NAME|the [a-z]+) a (?:little |friendly |late[- ]night |quiet |proper )?visit\b|\bsort (?:him|her|them|whoever|NAME|the [a-z]+) out\b|\b(?:the|a few of the|some of the|my|our) lads (?:will|could|can|should|might|'ll) (?:have a word|pop round|sort|deal|pay|visit|go round|give)\b/g, messageId: 'threat', needs: ['word with', 'word in', 'visit', 'sort', 'lads'] },
];
const WINK_WORDS = ['drift', 'what i mean', 'nudge', 'wink', 'my meaning', 'say no more', "what i'm saying", 'what im saying', 'hint', 'get me'];
const WINK = /\b(?:(?:if you )?catch my drift|if you know what i mean|nudge,? nudge|wink,? wink|if you get my meaning|say no more|know what i'?m saying|hint,? hint|if you get me)\b/;

/** Welsh: a crowd sent to a person's house ("pawb i lawr i dŷ'r cynghorydd", "dewch at ei dŷ"). */
const WELSH: Pattern[] = [
  { re: /\b(?:pawb|dewch|awn|ewch|gadewch i ni fynd|beth am fynd|dere|dowch)\b[^.!?]{0,40}?\b(?:(?:i|at|tu allan i|o flaen|rownd i) (?:dy'r|ty'r|thy'r|ei dy|ei thy|ei gartref|ei chartref|gartref (?:y|NAME)|ddrws (?:NAME|y cynghorydd|ei))|i'?w (?:dy|thy|gartref|chartref))\b/g, messageId: 'harassment', needs: ["pawb", "dewch", "awn", "ewch", "gadewch", "beth am", "dere", "dowch"] },
];

/** Where a person can be found or reached, published in the same post as a call to act: incitement. */
const WHEREABOUTS_OF_PERSON =
  /\b(?:lives? (?:at|on|in|above|opposite|next door to|round the corner from|down)|(?:he|she|NAME|who|landlord|bailiff|officer|councill?or|developer|owner|boss|agent|man|woman|bloke|lad|guy|director|manager) drives? (?:a|an|the)|his address|her address|their address|his (?:mobile|number|phone)|her (?:mobile|number|phone)|his number'?s|her number'?s|direct line|home number|his (?:car|van|motor)|her (?:car|van|motor)|number plate|reg(?:istration)? (?:is|was)|works at|you'?ll find (?:him|her) at|(?:he|she)'?s at the [a-z' ]{1,30} every|(?:his|her|'s) (?:house|home|car|van|motor) is|(?:his|her|their|NAME(?:'?s)?) (?:daughter|son|kids|children|wife|husband|partner) (?:goes|go|attends?|works?) (?:to|at))\b|\b(?:here'?s|here is|this is|ring|call|text) (?:the|his|her) (?:phone |mobile |home |personal )?(?:number|mobile|address) (?:of|for) (?:the|that|this) (?:[a-z-]+ ){0,2}(?:landlord|landlady|owner|developer|bloke|man|woman|neighbou?r|builder|contractor|agent|boss|lad|guy|fella|tenant|family|driver)\b|(?:\b(?:he|she|who|landlord|owner|boss|manager|developer|agent|bloke|man|woman|guy|director)|NAME) (?:locks up|leaves|finishes|clocks off|knocks off|closes up|gets home|gets in|walks home|opens up) (?:at|around|about|by|after) (?:\d|half|quarter|midnight|dusk|dark)|(?:\b(?:he|she|who|landlord|bailiff|officer|councill?or|developer|owner|boss|agent|man|woman|bloke|lad|guy|director|manager)|NAME) (?:drinks|eats|shops|walks (?:his|her|the) dogs?|runs|jogs|swims|cycles|goes|parks (?:his|her) [a-z ]{1,20}?|leaves (?:work|home|the office)|gets (?:the|his|her) (?:bus|train)) (?:in|at|to|along|round|on|by|from|outside|up)?\b[^.!?]{0,40}?\b(?:every|most|each|at \d)/;
const CALL_TO_ACT =
  /\b(?:(?:everyone|everybody)(?:,|:| (?:who|should|go|get|pop|head|let|tell|give|message|ring|email|knows|know|can|round|down|over|needs to))|lads|anyone who|make (?:him|her|them) famous|if anyone wants|if you see|next time you see|go round|pop round|let (?:him|her|them) know|tell (?:him|her|them)|pay (?:him|her|them) a visit|give (?:him|her|them)|make sure (?:he|she|they)|what (?:we|you) think|how (?:we|you) feel|do your worst|you know what to do|just saying|just sayin|just so (?:everyone|you all|people|you|we all) knows?|in case anyone|for anyone who|no reason|do with (?:that|this) what you (?:will|like)|do what you (?:like|want|will) with (?:that|this|it)|make of (?:that|this) what you will|just putting (?:that|this|it) out there|asking for a friend|if anyone fancies|if you fancy)\b|[🔪🔫💣🪓🧨☠👀]/u;

/** Glad of an attack on someone, or wishing it had gone further. */
const VIOLENT_EVENT =
  /\b(?:windows? (?:put )?(?:through|in)|put (?:his|her|their|the [a-z]+'s|NAME(?:'s)?) windows? (?:through|in)|bricked|torched|smashed|attacked|beaten|battered|burnt|burned|set (?:on )?fire|petrol|punched|stabbed|assaulted|firebomb(?:ed)?|glassed|jumped)\b/;
/** Cheap gates (found in the shared one-pass word scan) before the post-wide tests. */
const FINISH_WORDS = ['finish', 'serve'];
const NICE_WORDS = ["you've got", 'youve got', 'you have', 'you got'];
const DARK_WORDS = ['dark', 'quiet', 'lonely', 'unlit'];
const FINISH = /\b(?:didn'?t|did not|never|should(?:'ve| have)|could(?:'ve| have)|next time) (?:\w+ ){0,2}?finish(?:ed)? (?:the job|(?:him|her|them|'em) off)\b|\bfinish (?:him|her|them|'em) off\b|\bserves? (?:him|her|them|'em) right\b/g;

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
    const view = peopleView(doc, context.council);
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    /** "Serves him right? No." */
    const isRebutted = (sentence: Sentence) => {
      const next = doc.sentences[sentence.index + 1];
      return /\?\s*$/.test(view.sentence(sentence)) && next !== undefined && /^(?:no|nope|of course not|absolutely not|never)\b/.test(view.sentence(next));
    };
    const skip = (sentence: Sentence, at?: number, negatedStart = true) =>
      (isDisclaimed(doc, sentence) && !afterBut(sentence, at)) || (negatedStart && NEGATED_START.test(view.sentence(sentence))) || isRebutted(sentence);
    /** "I'm not saying do anything daft, but he should hear from all of us…": the call comes after the "but". */
    const afterBut = (sentence: Sentence, at?: number) => at !== undefined && /\bnot (?:saying|suggesting|telling|that i'?m (?:saying|suggesting|encouraging|condoning))\b[^!?]*?\bbut\b/.test(view.between(sentence.start, at));
    /** The sentence and the one before it in the paragraph: "…put his windows through… but I wouldn't blame them". */
    const withPrevious = (sentence: Sentence) => {
      const previous = doc.sentences[sentence.index - 1];
      return previous !== undefined && previous.paragraph === sentence.paragraph ? view.between(previous.start, sentence.end) : view.sentence(sentence);
    };
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const sentence = hit.match.sentence;
      if (skip(sentence, hit.match.start, hit.pattern !== WISHED && hit.pattern !== DENIABLE) || negatedBefore(view.between(sentence.start, hit.match.start))) continue;
      const guard = hit.pattern as GuardedPattern;
      if (guard.unless?.test(view.sentence(sentence))) continue;
      if (guard.also && !guard.also.test(withPrevious(sentence))) continue;
      // "Someone sent me a message saying I should be hanged": a threat the author received, reported.
      const reported = view.between(sentence.start, hit.match.start);
      if (RECEIVED.test(reported) && AT_THE_AUTHOR.test(reported) && !AGREED.test(view.sentence(sentence))) continue;
      if (WIN_VERB.test(hit.match.value) && CONTEST.test(view.sentence(sentence))) continue;
      if (hit.pattern.messageId !== 'violence' && ELECTORAL.test(view.sentence(sentence))) continue;
      if (hit.pattern === FAMILY_CONTACT && HELP_APPEAL.test(view.folded)) continue;
      if (hit.pattern === CROWD && FRIENDLY.test(view.sentence(sentence))) continue;
      if (hit.pattern === VIGILANTE && SPORT.test(view.sentence(sentence))) continue;
      if (hit.pattern === NOT_SAFE && HAZARD.test(view.sentence(sentence))) continue;
      if (hit.pattern === BEATING_GIVEN && CONTEST.test(view.sentence(sentence))) continue;
      if (hit.pattern === GET_HURT_IF && (SAFETY.test(view.sentence(sentence)) || HAZARD.test(view.sentence(sentence)) || /\b(?:helmet|ladder|track|junction|slippy|slippery|careful)\b/.test(view.sentence(sentence)))) continue;
      if (hit.pattern === COMING_ROUND && FRIENDLY_VISIT.test(view.sentence(sentence))) continue;
      if (hit.pattern === EYE_ON && (CRIME_ADVICE.test(view.sentence(sentence)) || !ADDRESSED.test(view.sentence(sentence)))) continue;
      if (hit.pattern.needs === ACCIDENTS_NEEDS && !PERSON_IN_SENTENCE.test(view.sentence(sentence))) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const post = view.folded;
    // "Fancy a trip to the chair's house? Bring eggs."
    if (sentencesWith(context, MISSILE_WORDS).length > 0 && MISSILES.test(post) && (PERSON_HOUSE.test(post) || TARGET_EVENT.test(post))) {
      for (const bring of view.matchAll(MISSILES_G, doc.wordSentences)) {
        if (!skip(bring.sentence)) hits.push({ start: bring.start, end: bring.end, messageId: 'harassment' });
      }
    }
    if (sentencesWith(context, WINK_WORDS).length > 0 && WINK.test(post)) {
      for (const hit of findPatterns(context, HINTED)) {
        if (!skip(hit.match.sentence)) hits.push({ start: hit.start, end: hit.end, messageId: 'threat' });
      }
    }
    // A person's address, number or car, in a post that calls on others to act.
    if (CALL_TO_ACT.test(post)) {
      for (const sentence of doc.wordSentences) {
        const found = WHEREABOUTS_OF_PERSON.test(view.sentence(sentence)) || findRegistrations(context.text.slice(sentence.start, sentence.end), context.now).some((r) => r.format === 'current');
        if (found && !skip(sentence)) hits.push({ start: sentence.start, end: sentence.end, messageId: 'harassment' });
      }
    }
    // Lying in wait for someone: "should be waiting for that officer in the car park… he'd soon get the message".
    if (post.includes('waiting') || post.includes('welcoming committee')) {
      const menace = MENACE.test(post);
      for (const wait of view.matchAll(WAITING, doc.wordSentences)) {
        if (skip(wait.sentence)) continue;
        const ambush = AMBUSH.test(view.sentence(wait.sentence)) && !/\byou\b/.test(wait.value);
        if (wait.value.includes('welcoming committee') || menace || ambush) hits.push({ start: wait.start, end: wait.end, messageId: 'threat' });
      }
    }
    // Glad of an attack, or sorry it did not go further: "shame they didn't finish the job".
    if (sentencesWith(context, FINISH_WORDS).length > 0 && VIOLENT_EVENT.test(post)) {
      for (const finish of view.matchAll(FINISH, doc.wordSentences)) {
        if (!skip(finish.sentence)) hits.push({ start: finish.start, end: finish.end, messageId: 'violence' });
      }
    }
    // "Nice family you've got there… be careful": admiring what someone could lose, with a warning.
    if (sentencesWith(context, NICE_WORDS).length > 0 && NICE_THING_TEST.test(post) && OMINOUS.test(post)) {
      for (const nice of view.matchAll(NICE_THING, doc.wordSentences)) {
        if (!skip(nice.sentence)) hits.push({ start: nice.start, end: nice.end, messageId: 'threat' });
      }
    }
    // "Lots of dark lanes round here" in a post that speaks to someone about their car or home.
    if (sentencesWith(context, DARK_WORDS).length > 0 && DARK_PLACES_TEST.test(post) && /\b(?:you|your|yours)\b/.test(post) && post.includes('NAME')) {
      for (const dark of view.matchAll(DARK_PLACES, doc.wordSentences)) {
        if (!skip(dark.sentence) && !SAFETY.test(view.sentence(dark.sentence))) hits.push({ start: dark.start, end: dark.end, messageId: 'threat' });
      }
    }
    const extra = councilLexicon(context, 'threat-or-incitement', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'threat' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});

/**
 * Veiled threats, deniable incitement, humiliation campaigns and lying in wait, each as a structure
 * (who × what × framing) rather than a phrase. Each pattern's `unless` is an innocent reading of the
 * same words, tested on the sentence.
 */
interface GuardedPattern extends Pattern {
  unless?: RegExp;
  /** The sentence must also have one of these (a harm, a person, a sign of menace). */
  also?: RegExp;
}
/** Where harm or harassment is being laughed off as a hazard, a hobby or help. */
const INNOCENT_SETTING = /\b(?:ic[ye]|icy|slippy|slippery|pavements?|roads?|traffic|junction|crossing|kerbs?|floods?|weather|wind|storm|snow|frost|sun ?cream|sunburn|burns easily|torch|hi-?vis|lights?|lit|taxi|lift home|scams?|burglar\w*|break-?ins?|thefts?|thieves|crime|police said|reported|heat|hot|hydrat\w*|water|tides?|sea|beach|cliffs?|mud|paths?|dogs?|allotments?|garden\w*|dig|compost|hay|muck|manure|spades|rakes|stock|lend\w*|retire\w*|leaving do|cake|congratulat\w*|celebrat\w*|thank\w*|party|choir|speeches|medals?|finish line|birthday|get well|bless (?:him|her))\b/;
/** A hurt someone is threatened with: "he'll need more than a plaster", "she'll be eating through a straw". */
const HURT_OUTCOME = String.raw`(?:need (?:a lot |a bit |far |much |way )?more than (?:a |an )?(?:plaster|sticking plaster|bandage|paracetamol|aspirin|ice pack|cup of tea|first aid kit|hug)|need (?:an ambulance|a dentist|stitches|a new face|a surgeon|a hospital bed|plastic surgery|new teeth|dental work)|be (?:eating|drinking) through a straw|be picking (?:his|her|their|your) teeth (?:up )?off the (?:floor|pavement|ground)|not (?:be able to )?walk (?:straight|properly) for a (?:week|month)|won'?t (?:be able to )?walk (?:straight|properly) for a (?:week|month)|be in (?:a&e|hospital|traction|plaster|a neck brace))(?!'s)`;
/** The trigger that turns it on a person: "when I catch up with him", "if I ever find out who…". */
const CATCH = /\b(?:if|when|once|soon as|as soon as|the minute|the day)\b[^.!?]{0,10}\b(?:i|we|the lads|someone|anyone|i ever|we ever)\b[^.!?]{0,10}\b(?:find|catch|get (?:hold of|my hands on|our hands on|to)|see|meet|track down|clock|get)\b|\bwhoever\b|\bby the time (?:i'?m|we'?re|i am|we are) (?:done|finished|through)\b/;
/** Acts of harm or intimidation that a "wouldn't blame them" excuses. */
const HARM_ACT = /\b(?:windows? (?:(?:went|go|going|gone|get|got|getting) )?(?:through|in)|(?:put|putting|smash\w*|brick\w*|went) (?:[a-z]+ ){0,2}windows?|slap\w*|thump\w*|punch\w*|deck(?:ed|ing)?|lamp(?:ed|ing)|chinn?(?:ed|ing)|hit (?:him|her|them|NAME)|kick(?:ed|ing)? (?:him|her|them|NAME)|sort(?:ed|ing)? (?:him|her|them|NAME)(?: out)?|key(?:s|ed|ing)? (?:his|her|their|the|NAME'?s?) (?:car|van|motor)|egg(?:s|ed|ing)?|tyres?|torch\w*|burn\w*|went for (?:him|her|them)|had a go at (?:him|her|them)|lost (?:their|his|her|my) temper with (?:him|her|them|NAME)|took matters into|rough(?:ed)? (?:him|her|them) up|given (?:him|her|them) a|gave (?:him|her|them) a|give (?:him|her|them) a|battered|smacked|bricked|done (?:him|her|them) over)\b/;
const THIRD_OR_NAME = /NAME|\b(?:him|her|them|he|she|councill?or|cllr|officer|leader|landlord|chief exec\w*)\b/;

const R7: GuardedPattern[] = [
  // "He'd want to be careful walking home of an evening", "she should be careful leaving the chamber late".
  { re: /\b(?:he|she|they|you|NAME)(?:'d| would| had|'d better| better| might)? (?:want to|wants to|better|needs? to|ought to|should|want to be|need to) (?:be (?:very |extra |really |a bit )?careful|watch (?:himself|herself|themselves|yourself)) (?:walking|going|driving|leaving|coming|cycling|getting|heading|wandering|out|on (?:his|her|their|your) own|round here|after dark|at night|late|of an evening|in the car park|where (?:he|she|they|you) (?:goes?|parks?|walks?|drinks?))\b/g, messageId: 'threat', needs: ['careful', 'watch himself', 'watch herself', 'watch themselves', 'watch yourself'], unless: INNOCENT_SETTING },
  { re: /\bif i (?:were|was) (?:him|her|them|you|NAME)\b[^.!?]{0,30}?\b(?:think twice (?:about|before) (?:walking|going|coming|showing|driving|leaving|setting foot|parking)|stay (?:indoors|in|home|away) (?:at night|after dark|for a bit|for a while)|keep (?:my|his|her|your) head down|not (?:walk|go|drive) (?:home|anywhere|alone|round))/g, messageId: 'threat', needs: ['if i were', 'if i was'], unless: INNOCENT_SETTING },
  // "People round here have long memories, Councillor."
  { re: /\b(?:round here|in this (?:town|village|valley|ward|street|county)|on this estate|(?:this|the) (?:town|village|valley|estate|community|street)|folk|people|we|locals|the lads)\b[^.!?]{0,25}?\b(?:have|has|'ve|got) (?:very |really |a )?long memor(?:y|ies)(?=\s*(?:[.!,;…]|$|[-–—]))|\b(?:round here|this (?:town|village|valley|estate)|we) (?:never forgets?|don'?t forget|doesn'?t forget|won'?t forget)(?=\s*(?:[.!]|$|,? (?:NAME|councill?or|mate|pal|remember|believe|trust me)\b))/g, messageId: 'threat', needs: ['long memor', 'forget'], unless: /\b(?:vot\w*|ballot|polls?|election|may|elect\w*)\b/ },
  // "He'll need more than a plaster when I catch up with him", "whoever did this will need an ambulance".
  { re: new RegExp(String.raw`\b(?:he|she|they|you|NAME|whoever\b[^.!?]{0,40}?)(?:'ll| will| is going to|'s going to| are going to|'re going to| is gonna|'s gonna|'d|'re| would) ${HURT_OUTCOME}`, 'g'), messageId: 'threat', needs: ['more than', 'ambulance', 'dentist', 'stitches', 'new face', 'surgeon', 'hospital bed', 'plastic surgery', 'new teeth', 'dental', 'straw', 'teeth', 'walk straight', 'walk properly', 'a&e', 'hospital', 'traction', 'plaster', 'neck brace'], also: CATCH, unless: /\b(?:fall|fell|tripped|slipped|accident|crash|injur\w*|get well|recover\w*|bless|op(?:eration)?|pothole|bridge|roof|road|pavement|building)\b/ },
  // "I'm not saying anyone should put his windows through, but I wouldn't blame them"; "nobody would blame the lads if…".
  { re: /\b(?:(?:i|we|you|nobody|no one|no-one|people|anyone|who)(?: really| honestly)? (?:wouldn'?t|would not|won'?t|couldn'?t|could not|can'?t|could|would)(?: really| honestly)? blame|can'?t say (?:i'?d|i would|i'?ll) blame|(?:wouldn'?t|won'?t|would not) (?:be crying|cry|lose (?:any )?sleep|shed a tear|complain|be sorry)(?: about it| over it| if)?|(?:doubt|don'?t think|bet) (?:anyone|anybody|anyone round here|a soul)(?: round here)? (?:would|will)(?:'?ve| have)? (?:seen|heard|noticed) (?:a thing|anything)|nobody (?:would|will)(?:'?ve| have)? (?:seen|heard|noticed) (?:a thing|anything))\b/g, messageId: 'violence', needs: ['blame', 't be crying', 't cry', 't lose', 't shed', 't complain', 't be sorry', 'seen a thing', 'seen anything', 'heard a thing', 'heard anything', 'noticed a thing', 'noticed anything'], also: HARM_ACT, unless: /\b(?:for (?:being|feeling|getting|objecting|complaining|giving|asking|wanting|moving|voting|leaving)|the weather|rain|eggs? (?:and|,)|easter|baking|cake)\b/ },
  // "Send it to his wife and his chapel", "forward the screenshots to her boss", "post it through every door on her street".
  { re: new RegExp(String.raw`\b(?:send|sending|forward|forwarding|show|showing|post|posting|share|sharing|pass|passing|print|email|e-mail|dm|message|tag|deliver|hand)\b[^.!?]{0,40}?\b(?:to|round to|round|around|on to|onto|with|at|outside) (?:${POSS} (?:${FAMILY}),? (?:and|or) )?${POSS} (?:[a-z]+ ){0,2}?(?:chapel|church|congregation|vicar|minister|priest|pastor|imam|mosque|synagogue|gurdwara|golf club|rugby club|football club|cricket club|lodge|rotary|pta|school|kids'? school|neighbou?rs|street|employer|boss|work|workplace|clients|customers|colleagues|regulator)\b|\b(?:send|sending|forward|forwarding|show|showing|share|sharing|pass|passing)\b (?:anything|everything|every|all|the|those|these|his|her|their)? ?(?:[a-z]+ ){0,2}?(?:embarrassing|dodgy|old|dirt|screenshots?|photos?|pics?|pictures|posts|tweets|messages|videos?|texts)\b[^.!?]{0,30}?\b(?:to|with) ${POSS} (?:${FAMILY})\b`, 'g'), messageId: 'harassment', needs: ['send', 'forward', 'show', 'post', 'share', 'sharing', 'pass ', 'passing', 'print ', 'printing', 'email', 'e-mail', 'dm ', 'message', 'tag ', 'tagging', 'deliver', 'hand ', 'handing'], unless: /\b(?:thank\w*|card|invit\w*|flyer|leaflet|newsletter|poster|congratulat\w*|condolences|get well|birthday|prayers?|funeral|recipe)\b/ },
  { re: new RegExp(String.raw`\bthrough every (?:door|letterbox|house) (?:on|in) ${POSS} (?:street|road|close|estate|avenue|lane|village|block)\b`, 'g'), messageId: 'harassment', needs: ['through every'], unless: /\b(?:thank\w*|card|invit\w*|flyer|leaflet|newsletter|poster)\b/ },
  { re: new RegExp(String.raw`\blet ${POSS} (?:${FAMILY}|work|employer|boss|chapel|church|vicar|congregation|neighbou?rs) know (?:what|who|exactly|the truth about)\b`, 'g'), messageId: 'harassment', needs: ['know what', 'know who', 'know exactly', 'know the truth'] },
  { re: new RegExp(String.raw`\b(?:send|sending|forward|forwarding|show|showing|pass|passing|share|sharing|post|posting) (?:it|them|this|that|these|those|the lot|everything|anything)(?: on)? (?:to|with|round to) ${POSS} (?:${FAMILY})\b`, 'g'), messageId: 'harassment', needs: ['send', 'sending', 'forward', 'show', 'pass', 'share', 'post'], also: /\b(?:embarrassing|dirt|dodgy|screenshots?|old (?:posts|tweets|photos|messages)|dig (?:up|through)|humiliat\w*|shame (?:him|her|them)|expose)\b/ },
  { re: /\b(?:i|we|we all|people|everyone|everybody|the lads) (?:\w+ )?knows? (?:exactly )?where to find (?:you|him|her|NAME)\b/g, messageId: 'threat', needs: ['where to find'], unless: /\b(?:if (?:you|he|she|they) (?:need|want)|statement|help|advice|any questions)\b/ },
  { re: /\bfind out where (?:he|she|they|NAME|(?:the|that) (?:[a-z-]+ ){0,2}(?:landlord|officer|councill?or|planner|developer|owner|leader|director|man|woman|bloke))(?: actually)? (?:lives|works|drinks|parks|goes|sleeps|shops)\b/g, messageId: 'harassment', needs: ['find out where'] },
  // "Let's make her week very uncomfortable", "we'll make his visit very interesting".
  { re: new RegExp(String.raw`\b(?:let'?s(?: all)?|we'?ll|we will|we should|we can|we'?re going to|we'?re gonna|everyone|everybody|time to|i'?ll|i will|lads|all of us|go and|help me)\b[^.!?]{0,15}?\bmake (?:his|her|their|NAME(?:'?s)?) (?:week|weekend|day|evening|night|month|year|life|time|job|visit|stay|surgery|campaign|holiday|christmas) (?:very |really |extremely |a bit |deeply |incredibly |seriously |as )?(?:uncomfortable|awkward|unpleasant|interesting|a nightmare|difficult|hard|tough|hell|miserable|unbearable|memorable|a misery|short)\b`, 'g'), messageId: 'harassment', needs: ['make his', 'make her', 'make their', 'make NAME'] },
  { re: /\bmake (?:sure|certain|it so) (?:that )?(?:he|she|they|NAME) (?:can'?t|cannot|daren'?t|dare not|won'?t (?:be able to|dare)|never (?:again )?(?:can|dares?)|is (?:afraid|scared|too scared) to) (?:show (?:his|her|their) face|set foot|walk (?:down|through|into|round)|go (?:anywhere|out|into town|to the shops)|leave (?:the|his|her|their) house|sleep|relax)\b/g, messageId: 'harassment', needs: ['make sure', 'make certain', 'make it so'] },
  // "Pitchforks out!", "get the torches and pitchforks".
  { re: /\bpitchforks? (?:out|at the ready|up|and torches|sharpened)\b|\b(?:torches|flaming torches) and pitchforks\b|\b(?:get|grab|sharpen|bring|dust off|fetch|get out) (?:your|the|our|yer) (?:torches and )?pitchforks\b|\b(?:form|raise|get together|round up) a (?:lynch )?mob\b|\blynch mob\b/g, messageId: 'harassment', needs: ['pitchfork', 'mob'], unless: INNOCENT_SETTING },
  // "Whoever signed this off has got it coming", "he'll get what's coming, one way or another".
  { re: /(?:\b(?:he|she|they|you|who|whoever|[a-z]+)|NAME)(?:'s |'ve | )(?<span>(?:(?:has|have|had) )?(?:got )?(?:it|this) coming(?: to (?:him|her|them|you))?)(?<=(?:'s|'ve|has|have|had) (?:got )?(?:it|this) coming(?: to (?:him|her|them|you))?)(?=\s*(?:[.!,;…)]|$|[^\x00-\x7f]|(?:and|but|mark|believe|if|one way|now|big time|for (?:years|ages|a long time))\b))|\bget(?:s|ting)? (?:what'?s|what is) coming\b(?=\s*(?:[.!,;]|$|one way|mark|believe|soon|eventually|sooner|in the end|big time))/dg, messageId: 'threat', needs: ['it coming', 'this coming', "what's coming", 'whats coming', 'what is coming'], unless: /\b(?:we|i)(?:'ve| have)? (?:got )?(?:it|this) coming\b|\b(?:delivery|parcel|baby|post|bus|train|weather|storm|rain|snow|winter|summer|christmas|season)\b/ },
  // "Let's give the chief exec a send-off she won't forget when she leaves tonight".
  { re: new RegExp(String.raw`\bgive ${THIRD} (?:a|an) (?:[a-z]+ )?(?:send-?off|send off|welcome|reception|homecoming|farewell|leaving party|goodbye|greeting) (?:he|she|they)(?:'ll| will)? (?:won'?t|will not|never|will never|'ll never) forget\b`, 'g'), messageId: 'harassment', needs: ['forget'], also: /\bwhen (?:he|she|they|NAME) (?:leaves?|arrives?|turns? up|shows? up|comes? out|walks? out|gets? (?:here|there|out))\b|[👊🥚🍅🔪😡🤬]|\b(?:eggs|car park|outside)\b/u, unless: INNOCENT_SETTING },
  // Lying in wait: "wait for him in the car park and have a proper word 👊", "corner him after the meeting".
  { re: new RegExp(String.raw`\b(?:wait(?:ing)? (?:for|outside for|around for|about for)|catch|meet|corner|ambush|jump|collar|follow|doorstep|grab|get hold of) ${THIRD}\b[^.!?]{0,40}?\b(?:car ?park|outside|after (?:the|his|her|their) (?:meeting|surgery|vote|consultation|session|event|shift)|afterwards|on (?:his|her|their) way (?:home|out|back|to)|when (?:he|she|they|NAME) (?:comes? out|leaves?|gets? out|walks? out|finishes)|after dark|round the back|at (?:his|her|their) (?:car|van|house|home|door))`, 'g'), messageId: 'threat', needs: ['wait', 'catch ', 'meet ', 'corner ', 'ambush', 'jump ', 'collar ', 'follow ', 'doorstep', 'grab ', 'get hold of'], also: /\b(?:corner|ambush|jump|collar|doorstep)\b|\b(?:proper|quiet|little|stern|serious|friendly) word\b|\bhave (?:it|words) out\b|\bhave words\b|\bsort (?:him|her|them) out\b|\bteach (?:him|her|them)\b|\bshow (?:him|her|them)\b|\blet (?:him|her|them) know\b|\b(?:a few|some|all|the rest) of us\b|\bthe lads\b|\b(?:we|you) (?:should|could|need to|ought to|can) all\b|[👊🔪🔨🏏]/u, unless: /\b(?:petition|placards?|banners?|signatures|lift|help\w*|carry\w*|boxes|flowers|cake|medals?|card|photo|questions|interview|press|book|autograph|selfie|thank\w*|welcome)\b/ },
  { re: new RegExp(String.raw`\bhave (?:a |a proper |a quiet |a little |a stern |a serious |a friendly )?words? with ${THIRD}\b[^.!?]{0,30}?\b(?:in the car ?park|on (?:his|her|their) way (?:home|back)|after dark|round the back|at (?:his|her|their) (?:car|van|house|home|door)|outside (?:his|her|their) (?:house|home|door|work))`, 'g'), messageId: 'threat', needs: ['word with', 'words with'] },
  { re: /\bsee (?:you|him|her|them) outside\b(?! (?:the|at|by|in|from|for|of|on|school|church|a|our|my|your)\b)/g, messageId: 'threat', needs: ['outside'], also: /[👊🔪🤬😡]|\bif (?:you|he|she) dare\b|\bif (?:you'?ve|you have|he'?s|she'?s) got the (?:bottle|guts|balls)\b|\bwe'?ll see how\b/u },
  // "Wouldn't want anything to happen to your family, would we?", "be a pity if someone got hurt, Cllr Jones".
  { re: /\b(?:wouldn'?t|would not|don'?t|we wouldn'?t|nobody wants?) (?:want )?(?:anything|something) (?:bad |nasty |unfortunate )?to happen to (?:your|his|her|their|NAME(?:'?s)?|you|him|her|them)\b|\b(?:shame|pity) if (?:someone|somebody|anyone|he|she|you|they|NAME|(?:your|his|her|their) [a-z]+) (?:got|gets|were to get|was to get|ended up|ends up) (?:hurt|injured|harmed|a slap|a kicking|a hiding|in hospital|beaten)\b/g, messageId: 'threat', needs: ['to happen to', 'shame if', 'pity if'], unless: /\b(?:ic[ye]|icy|pavements?|roads?|traffic|junction|crossing|kerbs?|floods?|weather|speed\w*|pothole\w*|fix\w*|repair\w*|before|until|lights?|benches|playground|swings|slow down|safety|safe)\b/ },
  // "Things have a way of happening to people who cross this town."
  { re: /\b(?:things|bad things|accidents|funny things|stuff) (?:(?:have a way of|have a habit of|tend to|can|do|seem to|will) )?happen(?:s|ing)? to (?:people|those|anyone|folk|councillors|officers|you|him|her|them)\b[^.!?]{0,20}?\b(?:who|that|like (?:him|her|you|them|that))\b[^.!?]{0,10}?\b(?:cross|crosses|mess(?:es)? (?:with|about)|go(?:es)? against|grass|stick (?:their|his|her|your) noses?|talk(?:s)? too much|speak(?:s)? out|upset|betray|stitch|turn (?:their|his|her|your) backs?|vote against|don'?t (?:listen|learn|keep))/g, messageId: 'threat', needs: ['happen'] },
  // "You won't always have the police with you", "one day there won't be a camera about".
  { re: /\b(?:police|cops|minders|bodyguards|security|cameras?|cctv)\b[^.!?]{0,10}?\b(?:can'?t|won'?t|will not|cannot) (?:protect (?:you|him|her|them)|watch (?:you|him|her|them)|be (?:there|with (?:you|him|her|them)|around|about))\b[^.!?]{0,20}?\b(?:forever|all the time|always|every (?:night|day|time)|24\/7)|\b(?:you|he|she|they) (?:won'?t|can'?t|will not|don'?t) (?:always|forever) (?:have|be (?:with|surrounded by))\b[^.!?]{0,15}?\b(?:police|cops|minders|bodyguards|security|mates|pals|cameras?|cctv|escort)|\bone day (?:there|you|he|she)(?:'ll| will)? (?:won'?t|not|will not|'ll not) (?:be|have) (?:a |any |no )?(?:camera|police|cctv|anyone|nobody|minders?|witnesses)\b/g, messageId: 'threat', needs: ['police', 'cops', 'minders', 'bodyguards', 'security', 'camera', 'cctv', 'one day'] },
  { re: /\b(?:walk|walks|walking|drive|drives|driving|go|goes|going|get|gets|getting) home (?:alone|on (?:your|his|her|their) own|by (?:yourself|himself|herself))\b[^.!?]{0,12}?(?:\bmuch\b|\bdo (?:you|we|they)\b|\beh\b|\bdon'?t (?:you|he|she)\b|\bthese days\b|\bevery night\b|,? (?:NAME|councill?or)|👀)/gu, messageId: 'threat', needs: ['home alone', 'home on', 'home by'] },
  { re: /\bhope (?:you'?ve|you have|he'?s|she'?s|he has|she has|they'?ve|they have|NAME'?s|NAME has) got (?:good|strong|decent|a good|a decent|new|plenty of|big|sturdy) (?:locks|insurance|alarms?|cameras?|cctv|security|guard dogs?|home insurance|curtains|fire alarms?|smoke alarms?)\b/g, messageId: 'threat', needs: ['got good', 'got strong', 'got decent', 'got a good', 'got a decent', 'got new', 'got plenty', 'got big', 'got sturdy'], unless: /\b(?:thefts?|thieves|break-?ins?|burglar\w*|stolen|nicked|police|reported|crime|spate|storm|flood\w*|holiday|away)\b/ },
  // "He's lucky nobody's sorted him out yet", "surprised no one has decked her".
  { re: /\b(?:lucky|fortunate|surprised|amazed|a wonder|a miracle|shocked)(?: that)? (?:nobody|no one|no-one|someone|somebody|nobody'?s|no one'?s|he|she|they)(?:'s| has| hasn'?t| have| haven'?t| didn'?t| hasn'?t already)?\b[^.!?]{0,15}?\b(?:(?:sorted|decked|lamped|chinned|punched|thumped|slapped|hit|battered|smacked|knocked|done|belted|clocked|twatted|leathered) (?:him|her|them|NAME)\b|(?:given|gave) (?:him|her|them|NAME) a (?:good |proper |right )?(?:slap|kicking|hiding|smack|thump|beating|battering|slapping)|(?:got|had|been given|get) a (?:slap|kicking|hiding|smack|thump|good hiding|beating|battering))/g, messageId: 'violence', needs: ['lucky', 'fortunate', 'surprised', 'amazed', 'wonder', 'miracle', 'shocked'] },
  // "Someone's going to do something about her soon, mark my words"; "before somebody takes matters into their own hands".
  { re: /\b(?:someone|somebody|one of these days someone|people|the lads|residents)(?:'s| is| are|'re|'ll| will)? (?:going to|gonna|will|end up|bound to)?\s?(?:do something about|sort|deal with|take care of|shut) (?:him|her|them|NAME)(?: out| up)?(?=\s*(?:[.!,]|$|soon|one day|eventually|before long|mark|if (?:he|she|they)|the way|for good|properly))/g, messageId: 'threat', needs: ['do something about', 'sort', 'deal with', 'take care of', 'shut'] },
  { re: /\btake(?:s|n)? (?:the )?(?:law|matters|things) into (?:their|our|his|my|your|its) own hands\b/g, messageId: 'violence', needs: ['own hands'], also: THIRD_OR_NAME, unless: /\b(?:litter|clean\w*|clear\w*|pick\w*|plant\w*|paint\w*|fix\w*|repair\w*|fill\w*|tidy\w*|volunteer\w*|raised|fundrais\w*|sweep\w*|grit\w*|build\w*|rebuil\w*|restor\w*)\b/ },
  { re: /\b(?:run|knock|mow) (?:him|her|them|NAME|the (?:[a-z-]+ ){0,2}(?:leader|councill?or|officer|landlord|planner|director|mayor)) (?:off the road|over)\b(?! (?:the|to|with|a|some|what|it|this|that|again|his|her|their)\b)/g, messageId: 'violence', needs: ['run him', 'run her', 'run them', 'run NAME', 'run the', 'knock him', 'knock her', 'knock them', 'knock NAME', 'knock the', 'mow him', 'mow her', 'mow them', 'mow NAME', 'mow the'] },
  // Pelting: "egg him when he comes out", "pelt her with tomatoes".
  { re: /\b(?:egg|pelt|flour bomb) (?:him|her|them|NAME|his (?:car|house)|her (?:car|house))\b(?! (?:on|to)\b)|\bthrow (?:eggs|tomatoes|paint|flour|stuff|things|bricks|stones|milkshakes?) at (?:him|her|them|NAME|the (?:[a-z-]+ ){0,2}(?:leader|councill?or|officer|mayor|chief exec\w*|mp))\b/g, messageId: 'harassment', needs: ['egg', 'pelt', 'flour bomb', 'throw'] },
];

const ALL_PATTERNS: GuardedPattern[] = [...THREATS, ...INCITEMENT, ...VEILED, ...WELSH, ...MORE, ...MORE2, ...R7];
const DENIABLE = R7.find((p) => p.needs.includes('blame'))!;
const NOT_SAFE = MORE.find((p) => p.needs.includes('untouchable'))!;
const COMING_ROUND = MORE2.find((p) => p.needs.includes('gaff'))!;
const EYE_ON = MORE2.find((p) => p.needs.includes('if i were'))!;
/** Friends dropping in. */
const FRIENDLY_VISIT = /\b(?:tea|dinner|lunch|drinks?|pint|brew|cuppa|party|birthday|bbq|barbecue|film|match|game|catch up|help|celebrat\w*|cake|christmas|new year|xmas)\b/;
/** Keeping an eye on your car because of thieves is advice. */
const CRIME_ADVICE = /\b(?:thefts?|thieves|break-?ins?|burglar\w*|stolen|nicked|police|reported|crime|weather|storm|frost|ice|flood\w*|wind)\b/;
const ADDRESSED = /NAME|\b(?:councill?or|cllr|mate|pal|sunshine|son|love)\b/;
const CROWD = INCITEMENT.find((p) => p.needs.includes('gaff'))!;
/** Going round to someone's house to celebrate or help them. */
const FRIENDLY = /\b(?:birthday|wish (?:him|her|them)|congratulat\w*|thank|celebrat\w*|party|welcome|sing|carols?|cards?|flowers|cake|tea|coffee|bbq|barbecue|help|support|clean|tidy|dig|paint|fix|mend|collect|donat\w*|surprise|anniversary)\b/;
/** A missing-person or welfare appeal: "ring his mum if you see him". */
const HELP_APPEAL = /\b(?:missing|last seen|hasn'?t been (?:home|seen)|safe and well|any information|if you (?:see|have seen|know|spot)|worried about|welfare)\b/;
const ACCIDENTS_NEEDS = THREATS.find((p) => p.needs[0] === 'accidents')!.needs;
/** "Accidents happen" is a threat when it is said to or about someone. */
const PERSON_IN_SENTENCE = /NAME|\b(?:you|him|her|people who|anyone who|those who|whoever|remember|councill?ors?)\b/;

/** "Nobody should…", "No one deserves…": the sentence rejects what follows. */
const NEGATED_START = /^(?:nobody|no one|no-one|no councillor|no officer|never)\b/;
/** "I'm not going to tell anyone to go round to his house". */
function negatedBefore(before: string): boolean {
  return /\b(?:not|never|won'?t|wouldn'?t|don'?t|do not|shouldn'?t|no one|nobody)\b(?: (?:going to|gonna|be|ever|to|tell|telling|ask|asking|encourage|encouraging|urge|urging|anyone|any of you|you|people|suggest|suggesting|saying))+ (?:to )?$/.test(before);
}

/** Waiting for someone: the person is the object. */
const WAITING = new RegExp(String.raw`\b(?:be|were|are|'re|is|am|'m) (?:all )?(?:waiting|lying in wait|hanging about|hanging around|hanging round) (?:for|outside|by) (?:you|${THIRD})\b|\b(?:a|the) welcoming committee (?:waiting )?for (?:him|her|them|NAME)\b|\bwelcoming committee waiting\b`, 'g');
/** Where and when an ambush happens. */
const AMBUSH = /\b(?:car ?park|outside (?:his|her|their|the) (?:house|home|door|office|work)|by (?:his|her|their) (?:car|van|door)|at (?:his|her|their) (?:car|van|door|house|home)|when (?:he|she|they) (?:comes?|gets?|walks?|leaves?|goes?|shows?)|on (?:his|her|their) way (?:home|out|back)|after dark|in the dark|down the alley|round the back)\b/;
/** What the waiting is for. */
const MENACE = /\b(?:get(?:s)? the message|learn(?:s)? (?:his|her|their|a) lesson|think twice|know about it|won'?t (?:forget|be back|do that again|try that again)|that'?ll teach|teach (?:him|her|them) a lesson|soon learn|be sorry|regret it)\b/;
const DARK_PLACES = /\b(?:lots of|plenty of|loads of|a lot of) (?:dark|quiet|lonely|unlit) (?:lanes|roads|alleys|corners|nights|spots|places|car parks|streets)\b/g;
const NICE_THING = /\b(?:nice|lovely) (?:little )?(?:house|home|car|family|kids|wife|husband|shop|business|windows|van|motor|garden) (?:you'?ve got|you have|you got)(?: there)?\b/g;
const NICE_THING_TEST = new RegExp(NICE_THING.source);
const OMINOUS = /\b(?:shame if|pity if|be careful|wouldn'?t want|would hate|watch (?:your|it|yourself)|accidents?|never know|remember that|take care (?:of it|of them))\b/;
const SAFETY = /\b(?:hi-?vis|wear|lights?|torch|safe|safely|safety|reflective|lit|street ?lights?|please|care)\b/;
const DARK_PLACES_TEST = new RegExp(DARK_PLACES.source);
