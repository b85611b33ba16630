import type { LexiconEntry } from '../../src/engine/match/lexicon';

/**
 * How an insult has to be used to be aimed at someone:
 * - `strong`: only ever an insult ("idiot", "dickhead"); flagged wherever it is used of others.
 * - `noun`: also has an innocent sense ("clown", "troll", "joke"); flagged when said of a person
 *   ("she is a clown", "you clown", "what a clown").
 * - `adjective`: flagged when said of a person ("he's clueless", "you stupid…", "stupid woman").
 * - `phrase`: an insulting idiom ("waste of space", "thick as mince"); flagged wherever used of others.
 */
export interface InsultEntry extends LexiconEntry {
  kind: 'strong' | 'noun' | 'adjective' | 'phrase';
  /** Words right after it that make it innocent ("idiot-proof", "clown fish"). */
  innocentBefore?: readonly string[];
  /** Only ever said of people, so "that crook Smith" puts it on the person named after it. */
  label?: boolean;
  /** An everyday object or food word ("donut", "tool", "plank"): only an insult when plainly said of someone. */
  object?: boolean;
}

const CG = 'CG §8.2 (avoid language that ridicules or mocks individuals); GM 4.6, GM 5.2';
const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';
const DIALECT =
  'CG §8.2; regional insults as listed in the Oxford English Dictionary and the Dictionary of the Scots Language (https://dsl.ac.uk)';

const insult = (kind: InsultEntry['kind'], match: string[], note: string, extra: Partial<InsultEntry> = {}): InsultEntry => ({
  kind,
  match,
  note,
  source: CG,
  ...extra,
});

export const INSULTS: readonly InsultEntry[] = [
  insult('strong', ['idiot(s)', 'moron(s)', 'imbecile(s)', 'cretin(s)', 'halfwit(s)', 'half-wit(s)', 'dimwit(s)', 'nitwit(s)', 'numpty', 'numpties', 'nincompoop(s)', 'dunce(s)', 'dullard(s)', 'simpleton(s)', 'ignoramus'], 'Calls someone stupid.', { innocentBefore: ['proof', 'proofing', 'guide', 'guides', 'box', 'savant'] }),
  insult('strong', ['prat(s)', 'plonker(s)', 'pillock(s)', 'berk(s)', 'wazzock(s)', 'twit(s)', 'dipstick(s)', 'doofus', 'dingbat(s)', 'bozo(s)', 'buffoon(s)', 'muppet(s)'], 'Name-calling.', { innocentBefore: ['show', 'shows', 'christmas', 'movie', 'film', 'treasure', 'babies'] }),
  insult('strong', ['tosser(s)', 'wanker(s)', 'prick(s)', 'dickhead(s)', 'knobhead(s)', 'nobhead(s)', 'bellend(s)', 'bell end(s)', 'arsehole(s)', 'asshole(s)', 'twat(s)', 'cunt(s)', 'bastard(s)', 'scumbag(s)', 'scumbags', 'lowlife', 'lowlifes', 'douchebag(s)', 'dipshit(s)', 'shithead(s)', 'dumbass', 'jackass', 'git(s)', 'numbskull(s)', 'knob end', 'nonce(s)', 'wankstain', 'slimeball(s)', 'sleazebag(s)', 'shitbag(s)', 'scrote(s)', 'toerag(s)', 'knobber(s)', 'nob(s)', 'gobshite(s)', 'bawbag(s)'], 'Vulgar name-calling.', { innocentBefore: ['repo', 'repository', 'commit', 'push', 'pull', 'clone', 'hub', 'lab', 'test', 'tests', 'testing', 'of'] }),
  insult('strong', ['eejit(s)', 'bampot(s)', 'dunderhead(s)', 'bonehead(s)', 'pinhead(s)', 'blockhead(s)', 'fathead(s)', 'thicko(s)', 'dimbo(s)', 'lummox', 'dolt(s)', 'dafty', 'dafties', 'divvy', 'divvies', 'walloper(s)', 'doylem(s)', 'numptie'], 'Regional and everyday words for a fool (Irish, Scots, Scouse, Black Country).', { source: DIALECT }),
  insult('noun', ['clown', 'clowns', 'joke', 'troll(s)', 'snake(s)', 'rat(s)', 'weasel(s)', 'toad(s)', 'sheep', 'puppet(s)', 'lapdog(s)', 'poodle(s)', 'parasite(s)', 'leech(es)', 'dinosaur(s)', 'embarrassment', 'disgrace', 'laughing stock', 'liability', 'fool(s)', 'loser(s)', 'coward(s)', 'bully', 'bullies', 'crank(s)', 'fruitcake(s)', 'loon(s)', 'loony', 'freak(s)', 'nonentity', 'waster(s)', 'sponger(s)', 'snowflake(s)', 'fat cat(s)', 'pig(s)', 'cow', 'slug(s)', 'worm(s)', 'vulture(s)', 'hyena(s)', 'donkey(s)', 'mug(s)', 'gasbag(s)', 'hack(s)', 'lightweight(s)', 'wet blanket', 'dope(s)', 'chump(s)', 'bumpkin(s)', 'nimby', 'nimbys', 'nimbies'], 'Insulting when said of a person; innocent otherwise ("clowns at the fun day").'),
  insult('noun', ['donut(s)', 'doughnut(s)', 'melt(s)', 'weapon(s)', 'tool(s)', 'plank(s)', 'spanner(s)', 'lemon(s)', 'melon(s)', 'plum(s)', 'wally', 'wallies', 'clot(s)', 'div(s)', 'balloon(s)', 'tube(s)', 'turnip(s)', 'nugget(s)'], 'Slang for a fool or a pest when said of a person ("a right donut", "absolute weapon"); ordinary words otherwise.', { source: DIALECT, object: true }),
  insult('adjective', ['stupid', 'thick', 'dense', 'brainless', 'clueless', 'gormless', 'pathetic', 'spineless', 'gutless', 'useless', 'hopeless', 'worthless', 'deluded', 'dim', 'dopey', 'dozy', 'idiotic', 'moronic', 'ugly', 'fat', 'senile', 'vile', 'odious', 'repulsive', 'disgusting', 'contemptible', 'despicable', 'nasty', 'braindead', 'brain-dead', 'pig-ignorant', 'thick-skulled', 'dumb', 'daft', 'lazy', 'two-faced', 'spiteful'], 'Insulting when said of a person.'),
  insult('phrase', ['waste of (space|oxygen|skin|a salary|a seat|a rosette|a chain|a suit|a title|a good salary|an allowance|a councillor)', 'keyboard warrior(s)', 'sad little (man|woman|person|people|men|troll|boy|girl)', 'pathetic little (man|woman|person|men)', 'bitter little (man|woman)', 'nasty little (man|woman)', 'piece of (shit|work|crap)', 'snake in the grass', 'thick as (mince|two short planks|pig shit|pigshit|a brick|a plank|shit)', 'as thick as (mince|two short planks|a brick|a plank)', 'not the sharpest tool', 'not the brightest (bulb|spark)', 'few sandwiches short', 'lights are on but nobody', "couldn't find (his|her|their) (arse|backside)", 'brain of a', 'two brain cells', 'village idiot', 'useless lump', 'utter disgrace of a (man|woman|councillor)', 'should be ashamed of (himself|herself|themselves)', 'ought to be ashamed of (himself|herself|themselves)', 'gaffe machine', 'walking (disaster|disaster area|gaffe|car crash|embarrassment|joke|liability)', 'get a life', 'brains of a', 'not fit to (run|lead|chair) a', 'pompous (windbag|prat|twit|idiot)'], 'Insulting idioms.'),
  insult('noun', ['soft lad', 'soft lass', 'soft get', 'soft sod', 'soft arse'], 'Scouse and northern put-downs when said of someone.', { source: DIALECT }),
  insult('phrase', ['daft (apeth|aporth|haporth|hapenny|brush|sod|cow|mare|bat|git)', 'dozy (mare|cow|sod|git|bat|pillock|prat)', 'silly (cow|moo|sod|mare|bat|billy)', '(gobbing|gobbin|mouthing|mouthin) off', 'shooting (his|her|their) mouth off', '(things|stuff|subjects) (he|she|they|you) (knows|know) (nowt|nothing|sod all|bugger all) about', "(doesn't|does not|wouldn't|didn't) know (his|her|their) (arse|backside) from (his|her|their)? (elbow|elbows)", 'talks out of (his|her|their) (arse|backside|behind)', '(sorry|useless|pathetic|poor|pitiful|feeble|lousy|rubbish|sad|miserable) excuse for a (councillor|man|woman|human being|human|leader|mp|mayor|chair|officer|representative|person|politician|member|cabinet member|council leader|portfolio holder|chairman|chairwoman)', 'apology for a (councillor|man|woman|human being|human|leader|mp|mayor|chair|officer|representative)', 'excuse of a (councillor|man|woman|human being|leader|mp|mayor|chair)'], 'Regional and idiomatic put-downs ("soft lad", "gobbing off", "sorry excuse for a councillor").', { source: DIALECT }),
  insult('noun', ['crook', 'slumlord(s)', 'chancer(s)', 'shyster(s)', 'spiv(s)', 'conman', 'conmen', 'con man', 'con men', 'con artist(s)', 'grifter(s)', 'sleazeball(s)', 'stooge(s)', 'crony', 'cronies', 'sycophant(s)', 'bootlicker(s)', 'lickspittle(s)', 'jobsworth(s)', 'busybody', 'busybodies', 'wimp(s)', 'snob(s)', 'slob(s)', 'yob(s)', 'yobbo(s)', 'chav(s)', 'pleb(s)', 'hypocrite(s)', 'charlatan(s)', 'scrounger(s)', 'nutter(s)', 'weirdo(s)', 'windbag(s)', 'blowhard(s)'],
    'Words only ever said of people ("a crook", "a jobsworth", "that chancer Smith"); insulting when said of someone, and when put in front of a name.', { label: true }),
  insult('noun', ['bloodsucker(s)', 'vermin', 'scum', 'cockroach(es)', 'maggot(s)', 'yes man', 'yes men', 'toady', 'toadies', 'empty suit(s)', 'gargoyle(s)', 'scarecrow(s)', 'walrus', 'walruses', 'battleaxe', 'battle-axe', 'harridan(s)', 'old bag(s)', 'old bat(s)', 'old trout(s)', 'old goat(s)', 'old codger(s)', 'old duffer(s)', 'old fart(s)', 'weakest link', 'dead weight', 'deadwood', 'dead wood', 'clown car', 'clown show', 'freak show'],
    'Labels for a person\'s worth or looks ("the weakest link", "a pompous walrus", "vermin"); insulting when said of a person, ordinary words otherwise ("vermin in the bin store", "the dead wood was cleared").'),
  insult('noun', ['lackey', 'lackeys', 'flunkey(s)', 'goon(s)', 'henchman', 'henchmen', 'patsy', 'pushover(s)', 'doormat(s)', 'turncoat(s)', 'traitor(s)', 'bottom feeder(s)', 'pond life', 'space cadet(s)', 'neanderthal(s)', 'gammon', 'snake oil salesman', 'used car salesman', 'moaning minnie(s)', 'whinger(s)', 'moaner(s)', 'curtain twitcher(s)'],
    'Contemptuous labels for a person\'s worth or loyalty ("a lackey", "pond life", "a turncoat"); insulting when said of a person, ordinary words otherwise ("a doormat by the door", "gammon and chips").'),
  insult('strong', ['knuckle dragger(s)', 'knuckledragger(s)', 'oxygen thief', 'oxygen thieves', 'munter(s)', 'dregs of (society|humanity|the earth)', 'lowest of the low', 'scum of the earth'], 'Dehumanising name-calling ("knuckle-dragger", "oxygen thief", "the dregs of society").'),
  insult('noun', ['tit', 'roaster(s)', 'rocket(s)', 'pudding(s)', 'gonk(s)', 'clampit(s)', 'gowk(s)', 'gombeen(s)', 'gobdaw(s)'], 'Slang for a fool when plainly said of someone ("you tit", "an absolute roaster", "a right pudding"); birds, food and fireworks otherwise.', { source: DIALECT, object: true }),
  insult('adjective', ['mardy', 'gobby', 'nesh'], 'Northern and Midlands: sulky, mouthy, feeble, when said of a person.', { source: DIALECT }),
  insult('adjective', ['pompous', 'smug', 'smarmy', 'slimy', 'sleazy', 'feckless', 'witless', 'dim-witted', 'half-witted', 'slow-witted', 'pea-brained', 'air-headed', 'vacuous', 'mouthy', 'obnoxious', 'loathsome', 'repugnant', 'pitiful', 'snivelling', 'pig-headed', 'self-important', 'jumped-up', 'puffed-up', 'subhuman', 'scummy', 'hideous', 'grotesque'], 'Contemptuous words for a person\'s character, mind or looks when said of them ("he\'s smug", "a jumped-up little man").'),
  insult('adjective', ['bone idle', 'bone-idle', 'bone lazy', 'workshy', 'work-shy', 'boneheaded', 'bone-headed', 'cowardly', 'lily-livered', 'barmy', 'bonkers', 'doolally', 'cretinous', 'imbecilic', 'clownish', 'buffoonish', 'dunderheaded', 'thick-headed', 'thickheaded', 'empty-headed', 'bird-brained', 'birdbrained'], 'Words for a lazy, cowardly or foolish person, when said of them ("he\'s bone idle", "workshy", "bonkers").'),
  insult('noun', ['layabout(s)', 'skiver(s)', 'shirker(s)', 'slacker(s)', 'freeloader(s)', 'deadbeat(s)', 'airhead(s)', 'know-it-all(s)', 'smart-arse(s)', 'smartarse(s)', 'clever dick(s)', 'bighead(s)', 'big-head(s)', 'drip', 'dead loss', 'wet lettuce', 'wet wipe', 'good-for-nothing(s)', 'lump', 'dummy', 'dummies', 'nonentities'], 'Labels for a lazy, feeble or foolish person ("a layabout", "a skiver", "a wet lettuce"); insulting when said of someone, ordinary words otherwise ("a lump in the road", "a drip from the roof").'),
  // Welsh "a bit of a …" / "a hell of a …": the noun after "o" takes the soft mutation ("dipyn o lo": a bit of a calf, a fool).
  insult('phrase', ['(dipyn|tipyn|uffar|uffern|andros|clamp|coblyn|fath) o (lo|llo|fwnci|ffwl|ffŵl|sinach|goc oen|ben dafad|benci|hulpan|lipryn|lob|dwpsyn|twpsyn|hurtyn|benbwl|gachgi|lembo|dwmffat|ffwlbart|gachwr|ben bach|gi|fochyn|fabi|gadi ffan)'], 'Welsh: "a bit of a fool" and the like, the noun soft-mutated after "o" (llo → lo, mwnci → fwnci, pen → ben, ci → gi, mochyn → fochyn).', { lang: 'cy', source: CY }),
  insult('noun', ['llo', 'mwnci'], 'Welsh: calf, monkey (a fool) when said of someone ("mae o\'n llo"); the animals otherwise ("y llo bach newydd").', { lang: 'cy', source: CY }),
  insult('strong', ['ffŵl', 'ffwl', 'sinach', 'coc oen', 'pen dafad', 'penci', 'hulpan', 'llipryn', 'pen bach', 'lob'], 'Welsh insults (hulpan: clumsy oaf, llipryn: wimp, pen bach: idiot, lob: lout).', { lang: 'cy', source: CY }),
  insult('adjective', ['dwl', 'gwirion', 'hurt', 'diwerth', 'anobeithiol', 'di-glem', 'dwl-al', 'pathetig', 'diog', 'ddiog', 'llwfr'], 'Welsh: stupid, silly, useless, hopeless, clueless, pathetic, lazy, cowardly.', { lang: 'cy', source: CY }),
  // Code-switching: Welsh insults inside English sentences ("the chair is a twpsyn", "a bit twp").
  // Written out with their mutated forms, as these entries also run on English paragraphs.
  insult('strong', ['twpsyn', 'dwpsyn', 'nhwpsyn', 'twpsod', 'dwpsod', 'hurtyn', 'penbwl', 'benbwl', 'mhenbwl', 'cachgi', 'gachgi', 'lembo', 'lembos', 'twmffat', 'dwmffat', 'ffwlbart', 'cachwr', 'gachwr'], 'Welsh insults, also used in English ("twpsyn": fool, "cachgi", "cachwr": coward, "twmffat": oaf, "ffwlbart": polecat).', { source: CY }),
  insult('adjective', ['twp', 'dwp'], 'Welsh for "stupid", also common in Welsh English.', { source: CY }),
];
