import { defineRule, type RuleContext } from '../src/engine/define-rule';
import { Lexicon, type LexiconMatch } from '../src/engine/match/lexicon';
import { isDisclaimed, isNegatedBefore, isReportedAndRejected, isReportedQuote, isReportedSpeech, peopleView, PERSON_ROLES } from '../src/engine/nlp/context';
import { INSULTS, type InsultEntry } from './data/personal-attack';
import { findDiscrimination } from './shared/discrimination';
import type { Sentence } from '../src/engine/text/document';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon, insidePlaceName } from './shared/words';

const insults = new Lexicon(INSULTS);

/** Who a predicate can be said of: a name, a pronoun, or a person by role ("the leader of the council"). */
const SUBJECT = String.raw`(?:NAME|\byou|\bu|\bur|\byour|\byow|\byer|\bye|\bya|\byouse|\byous|\btha|\bthee|\bhe|\bshe|\bthey|\bthis (?:guy|bloke|man|woman|lot)|\bthat (?:guy|bloke|man|woman|lot)|\b(?:the|our|this|that|your|my|these|those) (?:[a-z'-]+ ){0,2}${PERSON_ROLES}(?: [a-zA-Z'-]+){0,4}?(?![a-zA-Z])|^(?:all )?${PERSON_ROLES} (?:who|that|on|in|at|from|round|around) [^.!?;:]{1,60}?|\bwhoever\b[^.!?;:]{1,60}?)`;
const LINK = String.raw`(?:'?s|'?re|\bmust (?:be|have been)|\b(?:has|have) (?:got )?to be|\bis|\bare|\bwas|\bwere|\bbe|\bbeing|\bam|\bart|\bremains?|\b(?:looks?|seems?|sounds?|acts?|acting|behaves?|behaving) like|\bhas (?:shown|proved|proven) (?:himself|herself|themselves) (?:to be )?|\bhas shown (?:he|she|they)(?:'s| is| are)|\bis such|\bproper)`;
const FILLER = String.raw`(?:\s+|\b(?:a|an|the|one|such|so|just|really|truly|total|totally|absolute|absolutely|complete|completely|utter|utterly|right|proper|massive|bloody|effing|f\*+(?:ing|in)|fucking|bunch|pack|shower|load|of|nothing|but|little|sad|pathetic|stupid|bitter|nasty|selfish|useless|big|fat|old|silly|bit|of a|and|frankly|quite|rather|very|an?|biggest|worst|dumbest|stupidest|thickest|daftest|saddest|ultimate|resident|chief|prize|number one|certified|certifiable|first-class|grade a|world-class|great|daft|soft|dozy|pompous|smug|bloated|overgrown|jumped-up|self-important|puffed-up|preening|slimy|greasy|ugly|spineless|two-faced|gormless|clueless|miserable|grumpy|boring)\b|,)*`;
const PREDICATE_BEFORE = new RegExp(`${SUBJECT},?\\s*${LINK}(?:${FILLER}|[^.!?;:]{0,40}\\b(?:and|or|but also|frankly)\\b${FILLER})$`);
/** "They've drawn our leader as a pompous walrus", "photoshopped him as a clown": a person shown as something. */
const DEPICTED_BEFORE = new RegExp(String.raw`\b(?:draws?|drew|drawn|depicts?|depicted|portrays?|portrayed|paints?|painted|caricatures?|caricatured|pictured|photoshopped|mocked up|dressed up|dressed|cast|casts|imagined?) (?:NAME|him|her|them|(?:our|the|their|your|my|this|that) (?:[a-z'-]+ ){0,2}${PERSON_ROLES}) (?:up )?(?:as|like)${FILLER}$`);
/** "That slumlord Dawson", "this chancer Cllr X": a label put in front of a name. */
const LABEL_BEFORE_NAME = /^\s*NAME\b/;
const LABEL_DEMONSTRATIVE = /(?:^|[^a-z])(?:that|this|yon)\s*$/;
/** "A bunch of clowns", "a shower of muppets": always said of people. */
const GROUP_OF = /\b(?:bunch|load|pack|shower|gang|band|collection|set|lot) of(?: [a-z'*-]+){0,2}\s*$/;
/** "The committee is stuffed with old codgers": a body of people said to be made of them. */
const BODY_FULL_OF = /\b(?:committee|cabinet|panel|council|chamber|board|group|party|opposition|executive|administration|front bench|backbenches|scrutiny|town hall|county hall|civic centre)s? (?:is|are|was|were|'s|has been|seems|looks) (?:just |now |still )?(?:stuffed|packed|full|filled|riddled|overrun|infested|run|chaired|staffed|made up) (?:with|of|by) (?:a (?:bunch|load|pack|lot) of )?(?:[a-z'-]+ ){0,2}$/;
/** "Dinosaurs, the lot of them". */
const THE_LOT_OF_THEM = /^,?\s*(?:the (?:whole )?lot of (?:them|you|'em)|every (?:last )?one of them|all of them)\b/;
const VOCATIVE_BEFORE = new RegExp(String.raw`\b(?:oi|hey|listen|mate)\b,?${FILLER}$|\b(?:you(?:'re| are| r)?|ur|your|u|ya|ye|yer|yow(?: am| are)?|youse|yous|tha(?:'s| art)?|thee)${FILLER}$`);
const EXCLAMATION_BEFORE = new RegExp(`\\bwhat (?:a|an)${FILLER}$`);
/** "Only an idiot would…": said of whoever did it. */
const ONLY_A_BEFORE = new RegExp(`\\bonly (?:a|an|some)${FILLER}$`);
const WOULD_AFTER = /^\s*(?:would|could|thinks?|believes?|votes?|designs?|signs?|agrees?)\b/;
/** "Is he thick or just pretending?": a question puts the verb first. */
const INVERTED_BEFORE = new RegExp(String.raw`\b(?:is|are|was|were|isn'?t|aren'?t|wasn'?t) (?:NAME|he|she|they|you|u|the (?:[a-z'-]+ ){0,2}${PERSON_ROLES}) (?:just |really |actually |that |so |being |totally |completely |genuinely |simply )?$`);
/** "Who voted for this clown?", "why are we paying that muppet": a person pointed at, in a question or about their post. */
const DEMONSTRATIVE_BEFORE = new RegExp(`\\b(?:this|that|these|those)${FILLER}$`);
const POINTED_CONTEXT = /\?|\b(?:vote[ds]?|voting|elect(?:ed)?|paying|pay|salary|in charge|listen(?:ing)? to|trust|believe|put up with|stuck with|saddled with)\b/;
/** "Soft lad here thinks…", "muppet over there says…": pointing at someone. */
const POINTED_AT = /^\s+(?:here|there|over there|opposite)\s+(?:thinks|reckons|says|wants|has|is|can'?t|doesn'?t|forgot|reckoned|thought|said)\b/;
/** "Nobody here is an idiot for asking", "none of you are stupid": the insult is denied of everyone. */
const NOBODY_IS = /^(?:[a-z]+,? )?(?:nobody|no one|no-one|none of (?:you|us|them|these|those|the)|not one of (?:you|us|them)|no (?:resident|councill?or|officer|one here|parent|child))\b/;
/** An intensifier: "a right donut", "absolute weapon". */
const INTENSIFIED = /\b(?:right|absolute|absolutely|total|totally|complete|completely|utter|utterly|proper|such|massive|bloody|prize|biggest|great big|daft|silly|soft|dozy|little)\s*$/;
const AFTER_OBJECT_INSULT = new RegExp(String.raw`^\s*(?:[,.!?;:)]|$|[😂🤣🙄🤦]|(?:that|this) (?:is|was)\b|(?:the|that|this|our|your|my) (?:[a-z'-]+ ){0,2}${PERSON_ROLES}\b|NAME|he\b|she\b|you\b|mate\b|pal\b)`, 'u');
const SELF = /\b(?:i'?m|i am|i was|i feel|i felt|i'?ve been|i have been|call me|me|myself|i)\b[^.!?]*$|^(?:[a-z]+ )?(?:sorry|apologies|i apologise) (?:for|about)\b[^.!?]*$/;
/** "What a disgrace this council has become": the verdict is on the council (contempt-framing), not a person. */
const GOVERNANCE_AFTER = /^\s*(?:this|that|the|our) (?:council|administration|cabinet|authority|government|system|process|decision|place|town|situation)\b/;

/** "You know you're ugly when…", "you might be a…": a joke about anyone, not aimed at a reader. */
const GENERIC_YOU = /\byou know (?:you'?re|your|you are)\b|\byou might be an?\b|\bif you'?re an?\b[^.!?]*$/;
const FOLLOWED_BY_PERSON = /^(?:\s+little)?\s+(?:man|woman|men|women|bloke|boy|girl|cow|git|person|people|councill?or|cllr|leader|chair|officer|mp|fool|idiot|muppet|clown|lot)\b/;

/** Welsh: "mae'r arweinydd yn hollol dwp", "mae hi'n ddiwerth": a person, then "yn" and the adjective. */
const WELSH_PREDICATE =
  /(?:NAME|\b(?:e|o|fo|nhw|ti|chi|arweinydd|cynghorydd|cynghorwyr|swyddog(?:ion)?|maer|cadeirydd|aelod(?:au)?|dyn|menyw|dynes|boi|hwn|hon|rhain))\b[^.!?]{0,40}(?:\byn|'n) (?:(?:hollol|llwyr|gwbl|cwbl|rhy|mor|braidd|eithaf|wirioneddol|uffernol|blydi|ofnadwy o|ddiawledig o|dipyn bach yn|bach yn) )?$/;

/** A person as the subject of a sarcastic comparison, anywhere earlier in the sentence. */
const PERSON_SUBJECT = new RegExp(String.raw`(?:NAME|\b(?:you|youve|you've|youre|ya|ye|yer|yow|yous|youse|tha|thee|he|she|they|him|her)\b|\b(?:this|that) (?:guy|bloke|man|woman|lot|fella)\b|\b(?:the|our|this|that|your|my|these|those|his|her) (?:[a-z'-]+ ){0,2}${PERSON_ROLES}\b|^(?:all )?${PERSON_ROLES}\b)[^.!?]{0,80}$`);
const DULL_THING = String.raw`(?:goldfish|gnat|brick|house ?brick|plank|potato|turnip|lettuce|sponge|door ?knob|rock|stone|sheep|donkey|toddler|two-year-old|three-year-old|five-year-old|teapot|kipper|slug|amoeba|fruit fly|mayfly|dodo|jellyfish|worm|hamster|dormouse|traffic cone|lamp ?post|shopping trolley|wet (?:weekend|lettuce|blanket|fish|sock|tuesday|wednesday|monday|sunday)|damp (?:squib|sock|flannel)|bag of (?:spanners|hammers|rocks|frogs|chips|sand)|box of (?:frogs|rocks|hammers)|sack of (?:potatoes|spuds|hammers)|tin of (?:beans|paint)|ham sandwich|chocolate teapot|dead (?:fish|sheep)|cardboard cut-?out|dish ?cloth|tea ?towel|dish ?rag|filing cabinet|paper ?clip|speaking clock|parking ticket|traffic warden|toaster|cardboard box|breeze ?block|paving slab|cabbage|(?:brussels )?sprout|pot plant|house ?plant|garden gnome|ironing board|wardrobe|mannequin|waxwork|tailor'?s dummy|crash test dummy|rice cake|cream cracker|boiled egg|tax return|(?:beige|magnolia) wall|headless chicken)`;
/** What makes a thing in a comparison dull: "the charisma of a damp dishcloth", "the warmth of a week-old kipper". */
const DULL_ADJ = String.raw`(?:damp|wet|soggy|dead|stale|limp|burst|deflated|boiled|cold|rusty|broken|empty|flat|dried|used|two-day-old|week-old|day-old|mouldy|dripping|lukewarm|beige|cardboard|plastic|wooden|concussed|sedated|stunned|lobotomised)`;
/** Creatures and things shown failing at a task: "like watching a goldfish attempt long division". */
const CREATURE = String.raw`(?:goldfish|toddler|child|kid|chimp|chimpanzee|monkey|baby|puppy|dog|cat|hamster|(?:headless )?chicken|pigeon|penguin|sloth|tortoise|donkey|sheep|cow|horse|walrus|giraffe|hedgehog|drunk|labrador|one-legged man|(?:two|three|four|five)-year-old|toddlers|chimps|monkeys|puppies|kittens?|squirrel|potato|turnip|brick|lettuce|jellyfish|slug|snail|ostrich)`;

const CHILDISH: Pattern = { re: /\b(?:boo[ -]?hoo+|diddums|cry me a river|(?:got|gets|getting|has|have) (?:his|her|their|your|its) knickers in a twist|(?:threw|throws|throwing|thrown|chucked|chucks|chucking) (?:his|her|their|your) (?:toys|rattle|dummy|teddy) out (?:of )?the pram|toys (?:out of|out) the pram|spat (?:his|her|their|your) dummy(?: out)?)\b/g, messageId: 'ridicule', needs: ['boo', 'diddums', 'cry me a river', 'knickers', 'pram', 'dummy'] };
const RESIDENT_GENIUS: Pattern = { re: /\b(?:the brains (?:of the (?:outfit|operation|council|cabinet|group|committee)|behind (?:it|this|the [a-z]+))|(?:our|the|their|your) resident (?:genius|expert|mastermind|einstein|brainbox|guru|wizard))\b[^.!?]{0,40}?[🙄🤦🤡😂🤣]/gu, messageId: 'ridicule', needs: ['the brains', 'resident'] };
const PITY: Pattern = { re: /\bbless (?:him|her|them|NAME)\b,? (?:(?:he|she|they)(?:'s| is| are|'re)? )?(?:means? well|meant well|really (?:thinks|believes)|genuinely (?:thinks|believes)|did try|does try|tries (?:so )?hard|is trying (?:so )?hard|thinks (?:he|she|they)(?:'s| is| are|'re)? (?:clever|in charge|important|running|doing)|(?:hasn'?t|has not|doesn'?t|does not) (?:got )?a clue)\b/g, messageId: 'ridicule', needs: ['bless'] };
/** Comparisons that carry their own target ("bless him", "her knickers", "our resident genius"). */
const SELF_AIMED = new Set<Pattern>([CHILDISH, RESIDENT_GENIUS, PITY]);
/**
 * Sarcastic comparisons said of a person: "less sense than a bag of spanners", "all the vision of a
 * shopping trolley", "as much use as a chocolate teapot", "couldn't organise a piss-up in a brewery".
 */
const COMPARISONS: Pattern[] = [
  { re: /\b(?:less|fewer|no more) (?:sense|brains?|brain cells|intelligence|nous|wit|clue|common sense|gumption|charisma|personality|backbone|spine|idea|savvy|judgement|empathy|clues|charm|warmth|tact|humour|talent|class|bottle|guts|people skills|social skills|self-awareness|grasp of [a-z]+) than (?:a|an|the|my|your|two|three|some|your average)\b[^.!?]{0,40}/g, messageId: 'ridicule', needs: ['than'] },
  { re: new RegExp(String.raw`\ball the (?:[a-z-]+ ){0,2}(?:vision|intelligence|charisma|brains?|sense|personality|leadership|judgement|nous|grasp|awareness|wit|charm|backbone|spine|empathy|attention span|memory|tact|subtlety|grace|people skills|social skills|self-awareness|integrity|morals|manners|iq|common sense|intellect|instincts?|competence|understanding|warmth|appeal|presence|authority|credibility|savvy|gravitas|clout) of (?:a|an)\b[^.!?]{0,50}|\bthe (?:[a-z-]+ ){0,2}(?:vision|intelligence|charisma|brains?|sense|personality|judgement|nous|grasp|wit|backbone|spine|attention span|memory|iq|common sense|intellect|competence|understanding|charm|warmth|people skills|social skills|tact|empathy|dynamism|energy|presence|appeal|sparkle|oratory|delivery|leadership) of (?:a|an) (?:(?:[a-z-]+ ){0,2}${DULL_THING}|(?:[a-z-]+ )?${DULL_ADJ} [a-z-]+)\b|\bthe human (?:equivalent|version) of (?:a|an) [a-z-]+(?: [a-z-]+)?`, 'g'), messageId: 'ridicule', needs: ['all the', ' of a', ' of an', 'human equivalent', 'human version'] },
  { re: /\b(?:about )?as much (?:use|good) as (?:a|an|tits|a fart|a one-legged|a wet|a chocolate) [a-z'-]+(?: [a-z'-]+){0,4}/g, messageId: 'ridicule', needs: ['as much use', 'as much good'] },
  { re: new RegExp(String.raw`\b(?:about )?as (?:much use|useful|much good|helpful|effective|sharp|bright|clever|quick|with it) as (?:a|an) (?:chocolate|inflatable|ashtray|screen door|handbrake|one-legged|lead|paper|cardboard|glass|knitted|rubber|bowling ball|marble|spoon|beach ball|${DULL_THING})\b[^.!?]{0,40}`, 'g'), messageId: 'ridicule', needs: ['as much', 'as useful', 'as helpful', 'as effective', 'as sharp', 'as bright', 'as clever', 'as quick', 'as with'] },
  { re: /\b(?:as )?(?:thick|dim|daft|dense|stupid|dozy|dopey|dull|slow|useless|gormless|clueless|wet|drippy) as (?:a|an|two|some) [a-z'-]+(?: [a-z'-]+)?/g, messageId: 'ridicule', needs: ['thick as', 'dim as', 'daft as', 'dense as', 'stupid as', 'dozy as', 'dopey as', 'dull as', 'slow as', 'useless as', 'gormless as', 'clueless as', 'wet as', 'drippy as'] },
  { re: /\b(?:thick|dim|daft|dense|stupid|dozy|dopey|soft|thicker|dimmer|dafter|denser|dumber|stupider|softer) (?:as|than) (?:mince|two short planks|a (?:brick|plank|brush|post|whelk|ditch|bag of|box of|sack of|bucket of|lettuce|potato|turnip|goldfish)|pig ?shit|muck|clarts|custard)\b(?: [a-z]+){0,2}/g, messageId: 'ridicule', needs: ['as', 'than'] },
  // Idioms for a person's mind: "away with the fairies", "lost the plot", "a few bricks short of a load".
  { re: /\b(?:away with the fairies|lost the plot|lost (?:his|her|their|the) marbles|off (?:his|her|their) (?:head|rocker|trolley|nut|chump)|(?:a few|one|two|several|a couple of|one or two|a couple|some) (?:bricks|brick|sandwiches|sandwich|slates|tiles|stops|fries|chips|cards|pennies|beers|buttons|screws|peas|crisps) short(?: of (?:a|the) [a-z]+)?|not (?:all there|the full shilling|playing with a full deck|the sharpest knife)|head (?:is )?(?:full of|stuffed with) (?:cotton wool|mince|sawdust|air|straw)|head (?:up|in) (?:his|her|their) (?:arse|backside)|(?:a )?face like a (?:smacked arse|slapped arse|bulldog|wet weekend|bag of spanners|busted|melted welly|dropped pie)|(?:a )?face for radio|dead (?:from|between) the (?:neck up|ears)|(?:lift|elevator) (?:doesn'?t|does not|don'?t|never) go(?:es)? (?:all the way )?(?:up )?to the top(?: floor)?|all mouth and no (?:trousers|action)|all fur coat and no knickers|brain (?:the size of|no bigger than|smaller than) a (?:pea|peanut|walnut|gnat|grain of [a-z]+|raisin)|if brains were (?:dynamite|chocolate|taxed|petrol|ink|money|water)|(?:one|a single|only one) brain cell (?:and it'?s|rattling|left)|(?:nothing|nowt|sawdust|cotton wool|tumbleweed) between (?:his|her|their) ears|(?:the )?(?:hamster|wheel) (?:has )?(?:died|stopped|fallen off)|(?:ran|running|runs|rushing|rushed) (?:about|around|round) like (?:a )?headless chickens?|like (?:a )?(?:rabbit|deer|rabbits|bunny) (?:caught )?in (?:the )?headlights|(?:dim byd|dim|gwynt|awyr) rhwng ei (?:glustiau|chlustiau|clustiau))\b/g, messageId: 'ridicule', needs: ['fairies', 'plot', 'marbles', 'off his', 'off her', 'off their', 'short', 'not all', 'not the', 'not playing', 'head', 'face', 'neck up', 'the ears', 'top', 'all mouth', 'fur coat', 'brain', 'between his', 'between her', 'between their', 'hamster', 'wheel', 'headlights', 'rhwng ei'] },
  // "Like watching a goldfish attempt long division", "like talking to a brick wall": a person's efforts likened to a creature's.
  { re: new RegExp(String.raw`\blike (?:watching|seeing|asking|expecting|trusting|letting|leaving|sending|putting|giving|getting|teaching|listening to) (?:a|an|some) (?:[a-z-]+ ){0,2}${CREATURE} (?:try|trying|attempt|attempting|do|doing|play|playing|solve|solving|read|reading|drive|driving|run|running|fly|flying|work|working|explain|explaining|operate|operating|count|counting|chair|chairing|lead|leading|juggle|juggling|navigate|navigating|perform|performing|in charge|with (?:a|an|the)|to (?:do|run|read|count|explain|chair|lead|fly|drive|solve|work))\b[^.!?]{0,40}|\blike (?:talking|speaking|arguing|reasoning|debating|explaining (?:it|things)) (?:to|with) (?:a|an) (?:brick wall|wall|brick|plank|lamp ?post|goldfish|toddler|cardboard cut-?out|tree|rock|potato|turnip|sheep|house ?brick|pot plant|sponge)\b`, 'g'), messageId: 'ridicule', needs: ['like watching', 'like seeing', 'like asking', 'like expecting', 'like trusting', 'like letting', 'like leaving', 'like sending', 'like putting', 'like giving', 'like getting', 'like teaching', 'like listening', 'like talking', 'like speaking', 'like arguing', 'like reasoning', 'like debating', 'like explaining'] },
  // "Can't string two words together", "couldn't count to save his life".
  { re: /\b(?:can'?t|cannot|couldn'?t|could not|unable to) (?:string|put) (?:two|three|a few|2|3) words together\b|\b(?:can'?t|cannot|couldn'?t|could not) string a (?:sentence|coherent sentence) together\b|\b(?:can'?t|cannot|couldn'?t) (?:count|add up|spell|read|organise anything|lead|decide) to save (?:his|her|their|your) li(?:fe|ves)\b/g, messageId: 'ridicule', needs: ['together', 'to save'] },
  // "Wouldn't know a budget if it bit him", "makes a goldfish look like a genius", "an IQ lower than his shoe size".
  { re: /\bwouldn'?t (?:know|recogni[sz]e|spot|notice) (?:a|an|the|good|common|sound|basic)\b[^.!?]{1,40}? if (?:it|one|they) (?:bit|hit|slapped|smacked|kicked|punched|jumped up and bit|bit|came up and (?:bit|slapped|hit)|smacked|sat on|hit|ran over) (?:him|her|them|you)(?: on the [a-z]+)?\b|\bmakes? (?:a|an|the|my|your) [a-z' -]{1,30}? look (?:like (?:a |an )?(?:genius|einstein|mastermind|rocket scientist|brain surgeon|nobel prize winner)|competent|clever|organised|bright|intelligent|sensible|sharp)\b|\b(?:iq|i\.q\.)(?:'s| is| was)? (?:lower than|smaller than|below|of a|of an|in single (?:figures|digits)|to match (?:his|her|their) shoe size)\b[^.!?]{0,30}/g, messageId: 'ridicule', needs: ["wouldn't", 'wouldnt', ' look ', 'iq', 'i.q.'] },
  { re: /\bcouldn'?t (?:organise|run|manage|lead|plan|arrange|find) (?:a|an) [a-z'-]+(?: [a-z'-]+)? (?:in|at|on) (?:a|an) [a-z'-]+(?: [a-z'-]+)?|\bcouldn'?t (?:run|lead|organise|manage|arrange) (?:a|an) (?:bath|conga|tap|raffle|piss-?up|bun fight|party|whelk stall|fight|tombola|coffee morning|fete|sweet shop|chip shop|car boot|bingo|cake sale)\b|\bcouldn'?t pour (?:water|piss) out of a\b[^.!?]{0,20}|\bcouldn'?t find (?:his|her|their) way out of a (?:paper|wet) bag\b|\bcouldn'?t (?:tie|find) (?:his|her|their) own (?:shoe ?laces|shoes)\b|\bcouldn'?t count to (?:ten|three|five|twenty|10|3|5)\b|\bcouldn'?t find (?:the|his|her|their) (?:ward|way|arse|backside|own ward|town hall|chamber) (?:on|with) (?:a map|both hands|a torch|a map and a torch|a sat ?nav)\b/g, messageId: 'ridicule', needs: ["couldn't", 'couldnt'] },
  // Mocking someone's upset as a child's: "boo hoo", "diddums", "cry me a river", "threw his toys out of the pram", "knickers in a twist".
  CHILDISH,
  // Mock praise with a rolled eye: "the brains of the outfit 🙄", "our resident genius 🤦".
  RESIDENT_GENIUS,
  // "Bless him, he means well", "bless her, she really thinks…": pity as a put-down.
  PITY,
  // "Might as well have given it to a goldfish", "the human beige wall", "is to leadership what a chocolate teapot is to tea", "… and about as useful".
  { re: new RegExp(String.raw`\bmight (?:as well|just as well) (?:have )?(?:given|put|handed|left|trusted) (?:it|the [a-z]+|the job|him|her|them) (?:to|with|in charge of) (?:a|an|the|my) (?:[a-z-]+ ){0,2}${CREATURE}\b|\bthe human (?:[a-z-]+ )?(?:${DULL_THING}|shrug|yawn|sedative|sleeping pill|traffic cone|wet wipe|speed bump|beige)\b|\bis to [a-z'-]+(?: [a-z'-]+){0,3} what (?:a|an) (?:[a-z-]+ ){0,2}${DULL_THING} is to\b|\b(?:and|but) (?:about|just|roughly|nearly) as (?:useful|much use|helpful|effective|reliable)(?=\s*(?:[.!,;)]|$|[🙄🤡😂🤣🤦]))`, 'gu'), messageId: 'ridicule', needs: ['might as well', 'might just as well', 'the human', ' what a', ' what an', 'as useful', 'as much use', 'as helpful', 'as effective', 'as reliable'] },
];

/** Where officers work: "some genius in highways", "the bright sparks at county hall". */
const COUNCIL_DEPT = String.raw`(?:the )?(?:highways|planning|cabinet|council|town hall|county hall|city hall|finance|civic centre|department|head office|top|charge|housing|parking|waste|environment|education|leisure|transport|licensing|regeneration|estates|property|legal|hr|customer services|scrutiny|the council)`;

/** Questions and sarcasm that carry their own subject: "does the man even own a calculator?", "nice one, Einstein". */
const MOCKERY: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:does|did|has|have|do|is) (?:he|she|they|NAME|the (?:[a-z-]+ )?(?:man|woman|bloke|leader|chair(?:man|woman)?|councill?or|mp|mayor|officer|lad|guy)) (?:even |ever |actually |really )?(?:own|have|got|possess|read|understand|heard of|seen) (?:a|an|any|one|a single) (?:calculator|brain|brain cell|clue|map|dictionary|mirror|watch|diary|spine|backbone|idea|book|spreadsheet)\b[^.!?]{0,40}\?`, 'g'), messageId: 'ridicule', needs: ['calculator', 'brain', 'clue', 'map', 'dictionary', 'mirror', 'watch', 'diary', 'spine', 'backbone', 'idea', 'book', 'spreadsheet'] },
  { re: new RegExp(String.raw`\bwhat planet (?:is|are) (?:he|she|they|you|NAME|the (?:[a-z-]+ ){0,2}${PERSON_ROLES}) (?:living )?on\b`, 'g'), messageId: 'ridicule', needs: ['what planet'] },
  { re: /\b(?:nice one|well done|good job|great work|cheers|thanks|bravo|top work|good work|smooth move|genius move),? (?:einstein|sherlock|mastermind|brainbox|bright spark|brain of britain|clever clogs)\b/g, messageId: 'ridicule', needs: ['einstein', 'sherlock', 'mastermind', 'brainbox', 'bright spark', 'brain of britain', 'clever clogs'] },
  { re: new RegExp(String.raw`\b(?:some|the|our|these|those) (?:genius|geniuses|bright sparks?|clever clogs|masterminds?|wise guys?|brainboxes|brainbox|einsteins?|brains trust|wizards) (?:in|at|on|from|over at|down at|up at|running|who run) ${COUNCIL_DEPT}\b`, 'g'), messageId: 'ridicule', needs: ['genius', 'bright spark', 'clever clogs', 'mastermind', 'wise guy', 'brainbox', 'einstein', 'brains trust', 'wizards'] },
  { re: new RegExp(String.raw`\b(?:our|the|my|your) (?:esteemed|beloved|glorious|dear|illustrious|wonderful|genius|fearless|great) (?:leader|chair(?:man|woman)?|councill?or|mp|mayor|cabinet member|portfolio holder)\b(?=[^.!?]{0,60}(?:[🙄🤡😂🤣🤦]|\bstrikes again\b|\bat it again\b|\blol\b|\bnot\b))`, 'gu'), messageId: 'ridicule', needs: ['esteemed', 'beloved', 'glorious', 'dear', 'illustrious', 'wonderful', 'genius', 'fearless', 'great'] },
];

const RIDICULE: Pattern[] = [
  // Clown emoji or scare-quoted titles aimed at a person: "The 'leader' of our council 🤡🤡"
  { re: new RegExp(String.raw`(?:NAME|\b(?:the|our|your|this|that|my) (?:'|")?(?:so-called )?(?:[a-z]+ )?(?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|member|portfolio holder|cabinet member|expert|officer|opponent|candidate|rival|mp)s?(?:'|")?)[^.!?]{0,100}?🤡+|🤡+[^.!?]{0,40}?(?:NAME|\b(?:leader|chair|councill?or|cllr|mayor|opponent|candidate)\b)`, 'gu'), messageId: 'ridicule', needs: ["🤡"] },
  { re: /\b(?:the|our|your) ['"](?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|expert|cabinet member|portfolio holder)['"]|\bso-called (?:leader|chair(?:man|woman)?|councill?or|cllr|mayor|expert|cabinet member|portfolio holder)\b/g, messageId: 'ridicule', needs: ["'", "\"", "so-called"] },
  // Laughing at a named person's mistakes: "Cllr Ogden's many gaffes 😂", "another Cllr Marsh special 🙄"
  { re: /NAME(?:'s)?[^.!?]{0,40}?\b(?:gaffes?|blunders?|specials?|fails?|cock-?ups?|howlers?|clangers?|incompeten\w*|mess(?:es)?|strikes again|at it again)\b[^.!?]{0,40}?[😂🤣🙄🤡💩🤦]/gu, messageId: 'ridicule', needs: ["NAME"] },
  { re: /\bwhat a (?:joke|clown|muppet|laughing stock|embarrassment) (?:she|he|they|you|NAME) (?:is|are|'s|'re)\b/g, messageId: 'insult', needs: ["what a"] },
  // Belittling commands: "needs to mind her own business", "should get a life"
  { re: /\b(?:needs? to|should|ought to|could do with|wants? to) (?:go and |just )?(?:mind (?:his|her|their|your) own (?:business|beeswax)|get a (?:life|grip)|grow up|wind (?:his|her|their|your) neck in|crawl back under (?:his|her|their|your|a) (?:stone|rock)|shut (?:his|her|their|your) (?:mouth|gob|trap))\b/g, messageId: 'insult', needs: ["own business", "own beeswax", "get a", "grow up", "neck in", "crawl back", "shut"] },
  { re: /(?:NAME|\b(?:he|she|they|you)\b|\bthe (?:[a-z]+ )?(?:leader|chair|councill?or|mayor|officer|member|man|woman|bloke|lad|guy|mp)s?(?: opposite| next door)?\b)(?:'s|'re| is| are| was)? (?:\w+ )?talking (?:utter |absolute |complete )?(?:sh[i*!1]*te?|sh[i*!1]+t|cr[a*]p|b[o*]ll[o*]cks|pish|out of (?:his|her|their|your) (?:arse|backside|behind))\b/gu, messageId: 'insult', needs: ["talking"] },
];

/** Who a put-down can be aimed at, by name, pronoun or role. */
const ROLE = String.raw`(?:leader|chair(?:man|woman)?|councill?ors?|cllrs?|mayor|officers?|members?|man|woman|bloke|mps?|portfolio holder|cabinet member|minister|candidate)`;
const WHO = String.raw`(?:NAME|\b(?:he|she|they|you)|\b(?:the|our|this|that|your) (?:[a-z'-]+ ){0,2}${ROLE})`;
/** Where an order to go away stands on its own: the start of a clause, or after a name, "you", "just", "so". */
const ORDER_BEFORE = String.raw`(?:^|[,:;!(-] ?|\b(?:just|now|so|oh|please|kindly|mate|NAME|you|go on|why don'?t you|why not) )`;
const ORDER_AFTER = String.raw`(?!,?\s*(?:rain|snow|wind|storm|winter|weather|hail|sleet|frost|cold|covid|mondays?|january|february|heatwave|potholes?|wasps?|seagulls?|gulls?|midges|pigeons?|squirrels?|slugs?)\b)(?=\s*(?:[.!?,;:)]|$|NAME\b|mate\b|pal\b|love\b|you\b|please\b|and (?:go|get|stop|let|leave)\b|[😂🤣🙄🤡👋🤫🤐]))`;
/** Patronising ways to address someone ("love", "dear", "sweetheart"): innocent alone ("thanks love"), a put-down with a dismissal. */
const PATRONISING_VOCATIVE = String.raw`(?:love|luv|dear|dearie|deary|sweetheart|sweetie|darling|darlin'?|petal|pet|hun|hon|babe|poppet|sunshine|sonny(?: jim)?|young (?:man|lady)|chuck|duck|ducky|treacle|princess|sunbeam)`;
/** Telling someone to be quiet, go away or leave it to others. */
const DISMISSAL = String.raw`(?:nobody asked|no one asked|no-one asked|who asked (?:you)?|calm down|sit down|settle down|run along|off you (?:go|pop|trot)|behave(?: yourself)?|do keep up|keep up|dream on|give it a rest|pipe down|wind (?:your|yer) neck in|go (?:and|&) (?:knit|bake|make (?:the|a|us a|me a) (?:tea|cuppa|brew|sandwich)|put the kettle on|do (?:the|some) (?:washing|ironing|dusting|hoovering|knitting)|have a lie down|lie down|have a nap|take your tablets|do your knitting|play (?:outside|with your)|iron something)|stick to (?:what you know|your knitting|the knitting|baking|the baking|the washing|the kitchen|the school run|colouring)|leave (?:it|this|the (?:big|important|difficult|hard) (?:stuff|decisions|things)) to the (?:grown-?ups|adults|men|big boys|professionals|experts)|the (?:grown-?ups|adults) are talking|know your place|back in your box|bless (?:you|your (?:little )?(?:heart|cotton socks)))`;
/** Mock praise that only reads as praise if nothing went wrong. */
const PERSON_IN = new RegExp(String.raw`NAME|\b(?:he|she|you|him|her|${PERSON_ROLES})\b`);
const FAILURE = /\b(?:managed to|lost|lose|losing|wasted|wasting|blew|blown|botched|missed|failed|forgot|overspent|broke|ignored|gaffe|blunder|own goal|fiasco|u-turn)\b/;

const MOCK_PRAISE: Pattern = { re: /\b(?:keep (?:them|'em|em|it|those) coming|slow clap|take a bow|give (?:him|her|them|that (?:man|woman)) a (?:medal|gold star|knighthood|pay rise|round of applause)|another (?:triumph|masterclass|stroke of genius) (?:for|from)|(?:triumph|masterclass|stroke of genius) (?:as always|once again|yet again|again))\b/g, messageId: 'ridicule', needs: ['coming', 'slow clap', 'take a bow', 'give him', 'give her', 'give them', 'give that', 'triumph', 'masterclass', 'stroke of genius'] };

/** "At 79 she should be at home with her knitting": sent home from public life. */
const BACK_HOME: Pattern = { re: /\b(?:should|ought to|belongs?|better off|needs? to|time (?:he|she|they) (?:was|were))(?: be| go| stay| get)? (?:back )?(?:at home|home|indoors) with (?:his|her|their) (?:knitting|slippers|pipe|cocoa|zimmer(?: frame)?|crossword|cats|telly)\b|\b(?:go|get|went) back to (?:your|yer|his|her|their) (?:knitting|kitchen|bingo|slippers|crossword|pipe and slippers|colouring(?: book)?|crayons)\b|\bput (?:him|her|them|NAME) out to (?:pasture|grass)\b|\b(?:time|about time) (?:he|she|they|NAME) (?:was|were|got) put out to (?:pasture|grass)\b|\b(?:he|she|NAME) (?:should|ought to|needs to) be (?:put )?out (?:to|on) (?:pasture|grass)\b/g, messageId: 'ridicule', needs: ['knitting', 'slippers', ' pipe', 'cocoa', 'kitchen', 'bingo', 'colouring', 'crayons', 'zimmer', 'crossword', ' cats', ' telly', 'pasture', ' grass'] };

/** Put-downs that carry their own target: orders to be quiet or go away, contempt for someone's grasp of their job, sarcastic praise. */
const PUT_DOWNS: Pattern[] = [
  // "Shut up", "jog on, mate", "wind your neck in", "nobody asked you"; Welsh "cau dy geg", "cer o 'ma".
  { re: new RegExp(String.raw`${ORDER_BEFORE}(?:shut (?:up|it|your (?:mouth|gob|trap|face|cakehole|pie ?hole))|get lost|grow up|get over (?:yourself|yerself|urself)|give it a rest|get a (?:grip|life)|jog on|bore off|pipe down|wind (?:your|yer|ur) neck in|button it|zip it|naff off|(?:eff|sod|bugger|piss|feck|frig|f\*+|f\*ck|fuck|bog) off(?: with (?:the|your|yer|that|this|all) [^.!?,]{1,60})?|do one|sling (?:your|yer) hook|take a hike|on (?:your|yer) bike|get back in (?:your|yer) (?:box|hole|pram)|crawl back under (?:your|yer|a) (?:stone|rock)|(?:nobody|no one|no-one|who) asked (?:you|for your opinion)|cau (?:dy|eich) (?:geg|ceg|pen|ben)|cau hi|c(?:er|ere|erdd|erwch) o ['"]?(?:ma|yma)|dos o ['"]?(?:ma|yma)|twll (?:dy|eich) din)${ORDER_AFTER}`, 'gu'), messageId: 'insult', needs: ['shut', 'get lost', 'grow up', 'get over', 'a rest', 'get a', 'jog on', 'bore off', 'pipe down', 'neck in', 'button it', 'zip it', 'naff off', 'eff off', 'sod off', 'bugger off', 'piss off', 'feck off', 'frig off', '* off', 'fuck off', 'bog off', 'do one', 'your hook', 'yer hook', 'take a hike', 'bike', 'back in', 'crawl back', 'asked', 'cau ', 'o ma', "o 'ma", 'o yma', 'twll'] },
  // Patronising dismissal: "honestly love, nobody asked", "calm down, dear", "run along, sweetheart", "don't worry your pretty little head".
  { re: new RegExp(String.raw`(?:^|[,;:(] ?|\b(?:honestly|oh|look|listen|sorry|okay|ok|right|yes|no|aw|aww|now|well|yeah|there there|bless)\b,? )${PATRONISING_VOCATIVE},? (?:[a-z']+ ){0,3}?${DISMISSAL}|${DISMISSAL}(?: now| then| please| again| for once)?,? ${PATRONISING_VOCATIVE}(?=\s*(?:[.!?;:)]|$|[😂🤣🙄🤡👋😘💅😉]|,(?!\s*(?:and|&|have|grab|get|enjoy|put|take|relax|make|pull up|there'?s|the (?:kettle|tea))\b)))|\bdon'?t (?:you )?worry (?:your|yer) (?:pretty |silly |little )+head\b|\bleave (?:it|this|that|the (?:big|important|difficult|hard|serious) (?:stuff|decisions|things|issues)) to the (?:grown-?ups|adults|big boys|men)\b|\bthe (?:grown-?ups|adults) are talking\b|\bgo (?:and|&) knit (?:something|a (?:scarf|jumper|tea cosy))(?=\s*(?:[.!]|$|[😂🤣🙄🤡👋😘💅😉]))`, 'gu'), messageId: 'insult', needs: ['asked', 'calm down', 'sit down', 'settle down', 'run along', 'off you', 'behave', 'keep up', 'dream on', 'a rest', 'pipe down', 'neck in', 'go and', 'go &', 'stick to', 'grown', 'adults', 'big boys', 'to the men', 'to the professionals', 'to the experts', 'your place', 'your box', 'bless', 'worry'] },
  // "Get a brain cell", "buy a clue", "… or a brain cell."
  { re: /\b(?:get|buy|borrow|find|grow|purchase|invest in) (?:a|some|yourself a|yourself some|one|another|a single) (?:brain|brains|brain cell|brain cells|personality)\b|\bbuy (?:a|some) clues?\b|\bor (?:a|some|even a|one) (?:brain cell|brain|personality)\s*[.!?]|\b(?:a|one|the|single|only) brain cell (?:between (?:them|you|the lot)|to (?:rub|share))\b/g, messageId: 'insult', needs: ['brain', 'personality', 'clue'] },
  // "She doesn't understand her own portfolio", "he has no idea what he's doing", "hasn't a clue."
  { re: new RegExp(String.raw`${WHO}(?: clearly| obviously| simply| just| still| really| genuinely| honestly| even)? (?:doesn'?t|does not|don'?t|do not|can'?t|cannot|didn'?t|did not|never) (?:even |actually |really )?(?:understand|grasp|know|read|get) (?:(?:his|her|their|your) own (?:portfolio|brief|job|role|budget|report|reports|papers|policy|policies|figures|department|committee|manifesto|motion|ward|plan|strategy|paperwork)|what (?:he|she|they|you)(?:'s|'re| is| are| was| were) (?:doing|talking about|on about|saying|voting for|voting on))\b|${WHO}(?:'s|'ve|'re| has| have| is| are)? (?:(?:got|still got) )?(?:no|not (?:got )?a|n't (?:got )?a|not the|n't the) (?:clue|idea|notion|scooby|foggiest|faintest(?: idea)?) (?:what (?:he|she|they|you)(?:'s|'re| is| are| was| were) (?:doing|talking about|on about|saying)|about (?:(?:his|her|their|your) own|anything))\b|${WHO} (?:hasn'?t|haven'?t|has not|have not) (?:got )?(?:a|the) (?:clue|scooby|foggiest|faintest)(?=\s*(?:[.!,;]|$))`, 'g'), messageId: 'ridicule', needs: [' own ', 'what he', 'what she', 'what they', 'what you', 'clue', 'idea', 'notion', 'scooby', 'foggiest', 'faintest'] },
  // Welsh "dim clem be mae hi'n wneud" (no idea what she's doing), "does gynno fo ddim syniad".
  { re: /\b(?:dim|ddim) (?:clem|syniad|cliw)\b[^.!?]{0,20}?\b(?:be|beth) (?:mae|ma|ma') (?:hi|o|fo|e|nhw|NAME)'n (?:ei |eu )?(?:wneud|neud|ddweud|deud|siarad am)\b|\b(?:ganddo fo|ganddi hi|gynno fo|gynni hi|gynno fe|sgynno fo|sgynni hi|sgynnyn nhw|ganddyn nhw|gan NAME|gyda fe|gyda hi) (?:ddim|dim) (?:clem|syniad|cliw)\b/g, messageId: 'ridicule', needs: ['clem', 'syniad', 'cliw'] },
  // Welsh short lines: "ti'n llo", "mae o'n hurt", "y twpsyn!".
  { re: /(?:\b(?:ti|chi|o|fo|e|hi|nhw|NAME)'n|(?:NAME|\b(?:arweinydd|cynghorydd|cynghorwyr|swyddog|swyddogion|maer|cadeirydd|aelod|aelodau|dyn|boi|hwn|hon)) yn) (?:(?:hollol|llwyr|gwbl|rhy|mor|blydi|uffernol|dipyn o|andros o) )?(?:llo|lo|ffwl|ffŵl|dwp|ddwl|dwl|wirion|gwirion|hurt|pathetig|bathetig|dda i ddim|ddiwerth|ddiog|diog|llwfr|anobeithiol|ddi-glem|sinach|benbwl|dwpsyn|twpsyn|lembo|twmffat|mwnci|fwnci|ben dafad|goc oen|benci|hulpan|llipryn|lipryn|hurtyn|gachgi|cachgi)(?=\s*(?:[.!?,]|$|[😂🤣🙄🤡]))/gu, messageId: 'insult', needs: ["'n ", ' yn '] },
  { re: /(?:^|[,!] ?)(?<span>y (?:llo|ffwl|ffŵl|twpsyn|lembo|mwnci|penci|hurtyn|sinach|cachgi|twmffat|penbwl|llipryn|hulpan))(?=\s*[.!?,]|\s*$)/dgu, messageId: 'insult', needs: ['llo', 'ffwl', 'ffŵl', 'twpsyn', 'lembo', 'mwnci', 'penci', 'hurtyn', 'sinach', 'cachgi', 'twmffat', 'penbwl', 'llipryn', 'hulpan'] },
  // Questions that answer themselves: "who put him in charge?", "can she even count?", "how is he still in a job?".
  { re: new RegExp(String.raw`\bwho (?:put|let|voted for|elected|appointed|hired|thought it (?:was )?a good idea to (?:put|let)) (?:him|her|them|NAME|(?:this|that) (?:man|woman|clown|lot|bloke|guy|muppet|numpty)) (?:in charge|near|anywhere near|loose|run|chair|lead|handle)\b|\bhow (?:is|has|does|did|on earth is|on earth did) (?:he|she|NAME|(?:this|that) (?:man|woman|bloke)|the (?:[a-z-]+ ){0,2}${ROLE}) (?:still (?:in (?:a|the|his|her|their) (?:job|post|role|seat)|employed|in charge|allowed)|ever (?:get|got|been) (?:elected|the job|selected|appointed|chosen))\b|\b(?:can|does|could|do) (?:he|she|they|you|NAME|the (?:[a-z-]+ ){0,2}${ROLE}) even (?:read|count|spell|add up|tie (?:his|her|their|your) (?:own )?shoe ?laces|string a sentence together|do basic (?:maths|sums|arithmetic))(?=\s*(?:[?.!,]|$|properly|at all))|\bis there anything (?:he|she|they|NAME|the (?:[a-z-]+ ){0,2}${ROLE}) (?:can'?t|cannot|won'?t|doesn'?t|hasn'?t) (?:mess up|cock up|messed up|cocked up|break|broken|ruin|ruined|get wrong|got wrong|screw up|screwed up|bungle|bungled)\b`, 'g'), messageId: 'ridicule', needs: ['who put', 'who let', 'who voted', 'who elected', 'who appointed', 'who hired', 'who thought', 'still', 'ever get', 'ever got', 'ever been', ' even ', 'is there anything'] },
  // "Do us all a favour and resign", "nobody cares what you think", "he makes my skin crawl".
  { re: new RegExp(String.raw`\bdo (?:us|everyone|the (?:town|ward|city|county|borough|country)|residents) (?:all )?a favou?r,? (?:and )?(?:shut up|resign|retire|quit|disappear|go away|get lost|step down|leave|move away|keep quiet|stay (?:at )?home|stay away|pack it in)\b|\b(?:nobody|no one|no-one) (?:cares|is interested in|wants to hear) (?:what (?:you|he|she|they) (?:think|thinks|say|says|reckons?)|about (?:your|his|her) (?:opinion|opinions|views|rants?|drivel|nonsense))\b|${WHO}(?: just| really| honestly| genuinely)? (?:makes?|made) (?:my|me) (?:skin crawl|sick|want to (?:vomit|puke|be sick|scream))\b`, 'g'), messageId: 'insult', needs: ['a favour', 'a favor', 'cares', 'interested in', 'wants to hear', 'skin crawl', 'me sick', 'me want'] },
  // Political name-calling at a group: "Tory scum", "Labour clowns".
  { re: /\b(?:tory|tories|labour|lib ?dems?|reform|snp|plaid|ukip|remoaners?|brexiteers?|lefties|lefty|leftie|woke|trots?|commies|nimby|nimbies|nimbys) (?:scum|vermin|filth|parasites|traitors|trash|rats|clowns|snakes|leeches|lowlifes|cockroaches|muppets|morons|idiots|numpties|zealots|fanatics|nutters|loons|lunatics)\b/g, messageId: 'insult', needs: ['scum', 'vermin', 'filth', 'parasites', 'traitors', 'trash', 'rats', 'clowns', 'snakes', 'leeches', 'lowlifes', 'cockroaches', 'muppets', 'morons', 'idiots', 'numpties', 'zealots', 'fanatics', 'nutters', 'loons', 'lunatics'] },
  // "What a hero 🙄", "another stroke of genius 🤦": praise rolled eyes at.
  { re: /\b(?:what an? (?:absolute |total )?(?:hero|legend|genius|star|visionary|mastermind|champ)|(?:another |a |pure |sheer )?(?:genius|masterstroke|stroke of genius|visionary|inspired|stellar) (?:idea|move|plan|thinking|leadership|work|effort|decision|stuff))\b[^.!?]{0,60}?[🙄🤦🤡]/gu, messageId: 'ridicule', needs: ['hero', 'legend', 'genius', 'star', 'visionary', 'mastermind', 'champ', 'masterstroke', 'inspired', 'stellar'] },
  // Fat jibes, residents written off, "who does she think she is?".
  { re: /\blay off the (?:pies|pasties|doughnuts|donuts|cream cakes|biscuits)\b|\bbeen at the pies\b|\b(?:the )?usual (?:moaners|whingers|moaning minnies|cranks|nutters|loons|trolls|keyboard warriors|malcontents|troublemakers|rent-a-mob|rent a mob)\b|\bwho (?:does|do|did) (?:he|she|they|NAME|you) think (?:he|she|they|you) (?:is|are|was|were)\b/g, messageId: 'insult', needs: ['pies', 'pasties', 'doughnuts', 'donuts', 'cream cakes', 'biscuits', 'usual', ' think '] },
  // "Keep them coming, Verity 👏", "take a bow", "slow clap": praise for a failure.
  MOCK_PRAISE,
  // "Well done Cllr X for losing the grant", "thanks for nothing, NAME".
  { re: new RegExp(String.raw`\b(?:well done|bravo|congratulations|congrats|nice one|good job|great job|great work|top work|stellar work|hats off|thanks|thank you|cheers)\b,?(?: to)? (?:NAME|\b(?:the|our) (?:[a-z'-]+ ){0,2}${PERSON_ROLES})\b[^.!?]{0,40}?\bfor (?:losing|wasting|missing|breaking|blowing|botching|ignoring|forgetting|ruining|wrecking|messing up|overspending|failing|nothing)\b|\bthanks for nothing,? (?:NAME|mate|pal)\b`, 'g'), messageId: 'ridicule', needs: ['for losing', 'for wasting', 'for missing', 'for breaking', 'for blowing', 'for botching', 'for ignoring', 'for forgetting', 'for ruining', 'for wrecking', 'for messing', 'for overspending', 'for failing', 'for nothing'] },
  // "A clown car of a cabinet", "a joke of a councillor".
  { re: new RegExp(String.raw`\b(?:clown car|clown show|circus|joke|shambles|car crash|embarrassment|farce|laughing stock|pantomime|freak show|nightmare|travesty|waste of space) of (?:a|an) (?:[a-z-]+ )?(?:man|woman|human being|person|leader|councill?or|cabinet|committee|chair(?:man|woman)?|mayor|mp|officer|portfolio holder|candidate|politician|representative|council leader|opposition)\b(?! (?:meeting|report|decision|session|hearing|agenda|paper|process|vote|debate|budget|plan|policy|member|chair|room|papers))`, 'g'), messageId: 'ridicule', needs: ['clown', 'circus', 'joke', 'shambles', 'car crash', 'embarrassment', 'farce', 'laughing stock', 'pantomime', 'freak show', 'nightmare', 'travesty', 'waste of space'] },
  // "The committee is like a nursery", "councillors acting like a bunch of toddlers": people likened to children or a circus.
  { re: new RegExp(String.raw`\b(?:the|our|this|that|these|those) (?:[a-z-]+ ){0,2}(?:committee|cabinet|panel|board|opposition|councill?ors|members|cllrs|leadership|officers)(?:'s|'re| is| are| was| were| has become| have become)?(?: just| basically| literally| more| becoming| turning into| behaves?| acts?| acting| behaving){0,2} (?:like )?(?:a|an|the) (?:[a-z-]+ ){0,2}(?:nursery|kindergarten|creche|playground|primary school|toddler group|special needs class|remedial class|zoo|monkey house|petting zoo|clown show|clown car|madhouse|mad house|asylum|loony bin|nuthouse|muppet show|chimps'? tea party|bunch of (?:toddlers|kids|children|schoolkids|clowns|monkeys))\b`, 'g'), messageId: 'ridicule', needs: ['nursery', 'kindergarten', 'creche', 'playground', 'primary school', 'toddler', 'special needs', 'remedial', 'zoo', 'monkey', 'clown', 'madhouse', 'mad house', 'asylum', 'loony', 'nuthouse', 'muppet show', 'tea party', 'bunch of'] },
  // "At 79 she should be at home with her knitting", "time he was put out to pasture".
  BACK_HOME,
];

const RIDICULE_AND_MOCKERY = [...RIDICULE, ...MOCKERY];

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
      if (insidePlaceName(context.text, match)) continue;
      if (isAimed(context, match)) hits.push({ start: match.start, end: match.end, messageId: 'insult' });
    }
    for (const hit of findPatterns(context, RIDICULE_AND_MOCKERY)) {
      if (!isDisclaimed(doc, hit.match.sentence)) hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const view = peopleView(doc, context.council);
    for (const hit of findPatterns(context, PUT_DOWNS)) {
      const sentence = hit.match.sentence;
      if (isDisclaimed(doc, sentence) || isReportedQuote(doc, hit.start, hit.end) || isReportedSpeech(doc, sentence, hit.start)) continue;
      const before = view.between(sentence.start, hit.match.start);
      if (/\b(?:not|never|don'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|isn'?t|wasn'?t|to)\s*$/.test(before)) continue;
      if (hit.pattern === BACK_HOME && !/pasture|grass|back to/.test(view.between(hit.start, hit.end)) && !/\b(?:not|instead of|rather than) (?:chairing|running|leading|sitting|standing|deciding|making|voting|in (?:the|charge|office|politics)|on (?:the|a|our))|\b(?:council|chamber|committee|scrutiny|cabinet|politics|office|seat|councill?or|cllr|leader|chair|mayor|mp|panel|board)\b|NAME/.test(view.sentence(sentence))) continue;
      if (hit.pattern === MOCK_PRAISE) {
        const paragraph = doc.paragraphs[sentence.paragraph]!;
        const around = view.between(paragraph.start, paragraph.end);
        if (!FAILURE.test(around) || !PERSON_IN.test(around)) continue;
      }
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const hit of findPatterns(context, COMPARISONS)) {
      const sentence = hit.match.sentence;
      const before = view.between(sentence.start, hit.match.start);
      const after = view.between(hit.match.end, sentence.end);
      const aimed = PERSON_SUBJECT.test(before) || (SELF_AIMED.has(hit.pattern) && /NAME|\b(?:him|her|his|their|them|our|resident)\b/.test(view.between(hit.start, hit.end))) || PERSON_AFTER.test(after) || (before.trim() === '' && previousSentenceNamesPerson(context, sentence));
      if (isDisclaimed(doc, sentence) || !aimed || (SELF.test(before) && !predicativeOfOther(before))) continue;
      if (PET_SUBJECT.test(before) || PET_AFTER.test(after)) continue;
      if (NOBODY_IS.test(before) || /\b(?:not|never|isn'?t|aren'?t|wasn'?t)\s*(?:got\s*)?$/.test(before)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: 'ridicule' });
    }
    for (const hit of findDiscrimination(context)) {
      // "Whoever designed this must be a complete r*tard": a slur said of someone.
      let aimed = hit.atPerson;
      if (!aimed && hit.kind === 'slur') {
        const before = view.between(doc.sentenceAt(hit.start)?.start ?? hit.start, hit.start).slice(-120);
        aimed = /\b(?:an?|such|proper|right)\b/.test(before.slice(-40)) && PREDICATE_BEFORE.test(before);
      }
      if (aimed) hits.push({ start: hit.start, end: hit.end, messageId: 'discrimination' });
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
  if (isReportedQuote(doc, match.start, match.end) || isReportedSpeech(doc, sentence, match.start) || isReportedAndRejected(doc, sentence, match.start)) return false;
  // A transcript line, 'Mrs Hart: "You're a disgrace"': someone else's words, quoted.
  const quote = doc.quoteAround(match.start, match.end);
  if (quote && /(?:NAME|\b(?!me\b)[a-z]+):\s*$/.test(peopleView(doc, context.council).between(sentence.start, quote.outerStart))) return false;
  if (isNegatedBefore(doc, match.tokenStart, 4) || isDisclaimed(doc, sentence)) return false;
  // "Calling people idiots doesn't help": name-calling talked about, not done.
  if (/\b(?:calling|call|branding|labelling|labeling) (?:people|residents|others|anyone|someone|each other|one another|opponents|everyone)\s*$/.test(doc.view.between(sentence.start, match.start))) return false;
  // "This dumb Berk drives…": a capitalised word mid-sentence is a name, unless it is plainly addressed.
  const first = doc.tokens[match.tokenStart]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(first.raw) && sentence.tokenStart !== match.tokenStart && !/\b(?:you|what an?)\s*$/.test(doc.view.between(sentence.start, match.start))) return false;
  const view = peopleView(doc, context.council);
  const before = view.between(sentence.start, match.start).slice(-120);
  const after = view.between(match.end, sentence.end).slice(0, 40);
  const predicative = PREDICATE_BEFORE.test(before) || INVERTED_BEFORE.test(before) || DEPICTED_BEFORE.test(before);
  const vocative = VOCATIVE_BEFORE.test(before);
  const aimed = predicative || vocative;
  // "That slumlord Dawson": the label is put on the person named right after it, whoever is speaking.
  const labelled = entry.label === true && LABEL_DEMONSTRATIVE.test(before) &&
    (LABEL_BEFORE_NAME.test(after) || /^\s+\p{Lu}\p{Ll}+\b/u.test(context.text.slice(match.end, match.end + 30)));
  if (SELF.test(before) && !predicativeOfOther(before) && !labelled) return false;
  if (GENERIC_YOU.test(before)) return false;
  if (NOBODY_IS.test(view.between(sentence.start, match.start))) return false;
  const onlyA = ONLY_A_BEFORE.test(before) && WOULD_AFTER.test(after);
  // "Freezing my t*ts off", "my tools": the author's own body or things.
  if (entry.object && /\b(?:my|our|me)\s*$/.test(before)) return false;
  // "Thick as thieves", "thick with the leader": close friends, not stupid.
  if (entry.kind === 'adjective' && /^\s*(?:as thieves|with)\b/.test(after) && /^thick$/i.test(context.text.slice(match.start, match.end))) return false;
  // "Laughing my a*se off", "freezing my t*ts off": a body part in an idiom, whatever the word.
  if (/\b(?:my|our|his|her|their|your)\s*$/.test(before) && /^\s*off\b/.test(after)) return false;
  if (entry.object) {
    const plural = /\b(?:they|these|those|we)\b[^.!?]*$/.test(before);
    return (vocative && /\b(?:you|ya|ye|yer|yow|youse|yous|tha|thee|ur|u|oi|hey|mate)\b/.test(before.slice(-40))) ||
      (predicative && (INTENSIFIED.test(before) || !plural)) ||
      onlyA ||
      (EXCLAMATION_BEFORE.test(before) && AFTER_OBJECT_INSULT.test(after)) ||
      // "Absolute melt, Cllr Rowe.", "Right plank, that man."
      (/^\s*(?:(?:an?|the|such an?) )?(?:right|absolute|total|complete|utter|proper|massive|prize|bloody)\s*$/.test(before) && /^\s*,\s*(?:NAME|that (?:man|woman|bloke|lad|one)|mate|pal)\b/.test(after));
  }
  // "Cllr Lowe missed another meeting. Bone idle.": a sentence of just the word, after one about someone.
  if ((entry.kind === 'noun' || entry.kind === 'adjective') && !entry.object && ELLIPSIS_BEFORE.test(before) && ELLIPSIS_AFTER.test(after) &&
    !NOT_ELLIPTICAL.has(context.text.slice(match.start, match.end).toLowerCase()) && earlierSentenceNamesPerson(context, sentence)) return true;
  switch (entry.kind) {
    case 'strong':
    case 'phrase':
      return true;
    case 'noun':
      return aimed || onlyA || labelled || (doc.paragraphOfToken(first).welsh && WELSH_PREDICATE.test(before)) || (DEMONSTRATIVE_BEFORE.test(before) && POINTED_CONTEXT.test(view.sentence(sentence)) && /^\s*(?:[,.!?;:)]|$|[😂🤣🙄🤦🤡]|(?:who|again|strikes|thinks|reckons|wants|couldn'?t|can'?t|doesn'?t|should|in charge|running)\b)/u.test(after)) || POINTED_AT.test(after) && /^(?:(?:our|this|the|yon|that)\s*)?$/.test(before.trim()) || GROUP_OF.test(before) || BODY_FULL_OF.test(before) || THE_LOT_OF_THEM.test(after) || (EXCLAMATION_BEFORE.test(before) && !GOVERNANCE_AFTER.test(after));
    case 'adjective':
      return predicative || (vocative && /\byou|\bur|\byour/.test(before.slice(-30))) || FOLLOWED_BY_PERSON.test(after) || (doc.paragraphOfToken(first).welsh && WELSH_PREDICATE.test(before));
  }
}

/** Only an insult's word in its sentence, perhaps with an intensifier: "Bone idle.", "Spineless, as ever.", "Coward." */
const ELLIPSIS_BEFORE = /^\s*(?:(?:just|so|utterly|totally|completely|absolutely|bloody|simply|plain|pure|sheer|frankly|honestly|typical|proper|such|a|an|and|little|total|complete|utter|absolute|lazy|useless|spineless|gutless|pathetic|sad|weak|feeble|as|ever)\s*,?\s*)*$/;
const ELLIPSIS_AFTER = /^(?:\s*,?\s*(?:as (?:ever|usual|always)|again|to the (?:core|bone)|through and through|frankly|honestly|the lot of (?:them|'em|you)|every (?:last )?one of them|the (?:man|woman|bloke|pair of them|lot of them)|that (?:man|woman|one)|(?:doesn'?t|does not|don'?t|won'?t|wouldn'?t) (?:even )?(?:begin to )?(?:cover|describe) (?:it|him|her|them)|(?:is|'s) (?:the|one) word for (?:it|him|her|them)|sums (?:him|her|them) up))*\s*[.!…]*\s*[\p{Extended_Pictographic}\s]*$/u;
/** Words that, alone after a sentence, judge what was done rather than who did it ("Disgrace.", "Pathetic.", "Rats!"). */
const NOT_ELLIPTICAL = new Set(['joke', 'disgrace', 'embarrassment', 'liability', 'laughing stock', 'rat', 'rats', 'pathetic', 'useless', 'hopeless', 'disgusting', 'vile', 'despicable', 'contemptible', 'nasty', 'stupid', 'idiotic', 'moronic', 'dumb', 'daft', 'worthless', 'repulsive', 'odious', 'obnoxious', 'loathsome', 'repugnant', 'pitiful', 'grotesque', 'hideous', 'scummy', 'sheep', 'pig', 'pigs', 'cow', 'dinosaur', 'dinosaurs', 'hack', 'hacks', 'mug', 'mugs', 'dope', 'lump', 'drip', 'dummy', 'fat', 'ugly', 'bonkers', 'barmy', 'dead wood', 'deadwood', 'dead weight', 'clown car', 'clown show', 'freak show', 'vermin', 'scum', 'snowflake', 'snowflakes', 'loser', 'losers', 'nimby', 'nimbys', 'nimbies', 'bully', 'fat cat', 'fat cats', 'lightweight', 'lightweights']);
/** A pet, a small child or the author as the one compared: "our dog couldn't find her way out of a paper bag". */
const PET_SUBJECT = /\b(?:my|our|the|his|her|their|your|a|neighbour'?s|next door'?s) (?:[a-z'-]+ )?(?:dog|dogs|cat|cats|puppy|pup|kitten|hamster|rabbit|budgie|parrot|goldfish|tortoise|horse|pony|pooch|moggy|cockapoo|labrador|spaniel|terrier|toddler|baby|sat ?nav|printer|laptop|phone|car)\b[^.!?]*$/;

/** A failing reported with no subject: "this week: missed another meeting", "skipped scrutiny again". */
const DIARY_FAILING = /(?:^|[:\-–—]\s*)(?:missed|skipped|dodged|ducked|ignored|refused|failed|blanked|swerved|no-?show|didn'?t (?:turn up|show|bother|reply|answer)|never (?:turned up|replied|answered)|absent|asleep|late)\b/;
const PET_AFTER = /^[^.!?]{0,20}?\b(?:my|our|the|his|her|their|your|a|neighbour'?s|next door'?s) (?:[a-z'-]+ )?(?:dog|dogs|cat|cats|puppy|pup|kitten|hamster|rabbit|budgie|parrot|goldfish|tortoise|horse|pony|pooch|moggy|cockapoo|labrador|spaniel|terrier|toddler|baby|sat ?nav|printer|laptop|phone|car)\b/;
/** A person named (or pointed at) in one of the two sentences before this one, in its paragraph. */
function earlierSentenceNamesPerson(context: RuleContext, sentence: Sentence): boolean {
  for (let back = 1; back <= 2; back++) {
    const previous = context.doc.sentences[sentence.index - back];
    if (!previous || previous.paragraph !== sentence.paragraph) return false;
    const text = peopleView(context.doc, context.council).sentence(previous);
    if (/NAME|\b(?:he|she|him|her|the (?:[a-z'-]+ )?(?:leader|chair|councill?or|mayor|officer|man|woman|bloke|mp))\b/.test(text)) return true;
    // Diary style with the subject left out: "This week: missed another cabinet meeting."
    if (DIARY_FAILING.test(text) && !/\b(?:i|i'?m|i'?ve|we|my|our|me)\b/.test(text)) return true;
  }
  return false;
}

/** "…couldn't organise a raffle, this lot", "…, Cllr Dunn". */
const PERSON_AFTER = /^[^.!?]{0,40}?(?:,\s*|\b)(?:this lot|that lot|the lot of (?:them|you)|NAME|him|her)\b/;

/** "Cllr Dunn in charge of events? Couldn't organise a raffle.": a comparison with no subject, after a sentence about a person. */
function previousSentenceNamesPerson(context: RuleContext, sentence: Sentence): boolean {
  const previous = context.doc.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return false;
  return /NAME|\b(?:he|she|him|her|the (?:[a-z'-]+ )?(?:leader|chair|councill?or|mayor|officer|man|woman|bloke|mp))\b/.test(peopleView(context.doc, context.council).sentence(previous));
}

/** "I think he is a clown": the author is in the clause, but the insult is said of someone else. */
function predicativeOfOther(before: string): boolean {
  return OTHER_SUBJECT.test(before.replace(/\b(?:i'?m|i am|i was|i feel|i think|i reckon)\b/g, ''));
}

/** Someone other than the author as the subject: "he", "Cllr Dunn", "the leader is" (as in "as I said, the leader is a…"). */
const OTHER_SUBJECT = new RegExp(String.raw`(?:NAME|\b(?:you|he|she|they)\b|\b(?:the|our|this|that|your|their) (?:[a-z'-]+ ){0,2}${PERSON_ROLES} (?:is|was|are|were|has been|'s)\b)[^.!?]*$`);
