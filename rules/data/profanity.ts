import type { LexiconEntry } from '../../src/engine/match/lexicon';

export interface SwearEntry extends LexiconEntry {
  /** Ofcom's strength bands, collapsed: `strong` covers Ofcom's "strongest" and "strong". */
  strength: 'mild' | 'moderate' | 'strong';
  /** Wording for the one-click rewrite; `''` removes the word (for intensifiers). */
  instead?: string;
  /** Words in the same sentence that show an innocent, literal sense ("garden hoe", "blue tits"). */
  innocentWith?: readonly string[];
  /** Words right before it that show an innocent sense ("pin prick", "Offa's Dyke"). */
  innocentAfter?: readonly string[];
  /** Words right after it that show an innocent sense ("pussy willow", "slag heap"). */
  innocentBefore?: readonly string[];
}

const OFCOM =
  'Ofcom, Public attitudes to offensive language on TV and radio (2021): https://www.ofcom.org.uk/tv-radio-and-on-demand/broadcast-codes/broadcast-code';
const LGA2 = "LGA2 abuse guide; CG Dos and Don'ts";
const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

const en = (strength: SwearEntry['strength'], match: string[], note: string, extra: Partial<SwearEntry> = {}): SwearEntry => ({
  strength,
  match,
  note,
  source: strength === 'mild' ? LGA2 : OFCOM,
  ...extra,
});
const cy = (strength: SwearEntry['strength'], match: string[], note: string, extra: Partial<SwearEntry> = {}): SwearEntry => ({
  strength,
  match,
  note,
  source: CY,
  lang: 'cy',
  ...extra,
});

const GARDEN = ['garden', 'gardening', 'allotment', 'weed', 'weeds', 'weeding', 'soil', 'rake', 'rakes', 'spade', 'spades', 'fork', 'tools', 'shed', 'beds', 'border', 'borders', 'veg', 'vegetable', 'vegetables', 'plot', 'dutch', 'onions', 'potatoes'];
const BIRDS = ['blue', 'great', 'coal', 'marsh', 'willow', 'crested', 'bearded', 'bird', 'birds', 'feeder', 'nest', 'nesting', 'rspb', 'birdwatch'];

/** Swearing, by concept. Insults that are also swearing ("twat", "wanker") are here and in personal-attack's list. */
export const SWEARING: readonly SwearEntry[] = [
  en('strong', ['fucking', 'fuckin', 'fuckin\'', 'fcking', 'fckin', 'fuking', 'fukin', 'fooking', 'fookin', 'fkn', 'fking', 'fkin', 'fkng', 'fuckn'], 'The strongest swear word used as an intensifier ("a fucking mess"): the rewrite drops it.', { instead: '' }),
  en('strong', ['fuck(s|ed|er|ers|ings|off|wit|wits|face|head|tard|stick)', 'fcuk', 'fck', 'fuk', 'phuck', 'fook'], 'The strongest swear word, in its other forms and spellings.'),
  en('strong', ['motherfucker(s)', 'muthafucka(s)', 'mofo(s)', 'mf'], 'Strongest swearing.'),
  en('strong', ['cunt(s)', 'cunting', 'cunty'], 'The strongest swear word in British English (Ofcom).'),
  en('strong', ['twat(s)', 'twatting'], 'Strong vulgar insult.'),
  en('strong', ['wanker(s)', 'wank(s|ing|ed)'], 'Strong vulgar insult.'),
  en('strong', ['cocksucker(s)'], 'Strong vulgar insult.'),
  en('moderate', ['shit', 'shitty', 'shite'], 'Moderate swearing.', { instead: 'rubbish' }),
  en('moderate', ['shits', 'shitting', 'shitted', 'shites', 'shithead(s)', 'batshit', 'apeshit', 'shitbag(s)', 'shite-hawk'], 'Moderate swearing (no one-word rewrite fits).'),
  en('moderate', ['shitshow', 'shit-show', 'shitstorm'], 'Moderate swearing, as a noun for a mess.', { instead: 'mess' }),
  en('moderate', ['shitshows', 'shit-shows', 'shitstorms'], 'Moderate swearing, as a noun for a mess.', { instead: 'messes' }),
  en('moderate', ['shithole(s)'], 'Moderate swearing, as a noun for a run-down place.', { instead: 'dump' }),
  en('moderate', ['bullshit', 'bull shit', 'horseshit'], 'Moderate swearing, as a noun for nonsense.', { instead: 'nonsense' }),
  en('moderate', ['shitless'], 'Moderate swearing ("scared shitless").', { instead: 'stiff' }),
  en('moderate', ['bollocks', 'bollox', 'bollix'], 'Moderate swearing.', { instead: 'nonsense' }),
  en('moderate', ['bollock', 'bollocking', 'bollocked'], 'Moderate swearing ("a bollocking").'),
  en('moderate', ['bastard(s)'], 'Moderate swearing.'),
  en('moderate', ['bitch(es|y|ing|in)', 'biatch', 'bish'], 'Moderate swearing, misogynist as an insult; a dog-show "best bitch" is left alone.', {
    innocentWith: ['dog', 'dogs', 'puppy', 'puppies', 'spaniel', 'terrier', 'labrador', 'collie', 'retriever', 'whippet', 'greyhound', 'breed', 'breeder', 'breeding', 'crufts', 'kennel', 'kennels', 'litter', 'whelped', 'pedigree', 'show'],
  }),
  en('moderate', ['dickhead(s)', 'dick(s)', 'dickish'], 'Moderate swearing; "Dick" as a name and spotted dick are left alone.', { innocentAfter: ['spotted', 'moby'] }),
  en('moderate', ['prick(s)'], 'Moderate vulgar insult; a pin prick and a prick (skin) test are left alone.', { innocentAfter: ['pin', 'needle', 'finger'], innocentBefore: ['your', 'my', 'the', 'up', 'test', 'tests', 'testing', 'of'] }),
  en('moderate', ['arsehole(s)', 'asshole(s)', 'arse(s)', 'ass(es)', 'dumbass', 'jackass', 'smartass', 'half-arsed', 'arsed'], 'Moderate swearing.'),
  en('moderate', ['piss(ed|es|ing)', 'piss-take', 'pisstake', 'piss-up'], 'Moderate swearing ("pissed off", "taking the piss").'),
  en('moderate', ['pussy', 'pussies'], 'Vulgar slang.', { innocentBefore: ['cat', 'cats', 'willow', 'willows'] }),
  en('moderate', ['hoe(s)'], 'Misogynist slang; a garden hoe is left alone.', { innocentWith: GARDEN }),
  en('moderate', ['slut(s)', 'slutty', 'whore(s)', 'skank(s)', 'thot(s)'], 'Misogynist slurs used as swearing.'),
  en('moderate', ['slag(s)'], 'Misogynist insult; slag heaps and "slag off" are left alone.', { innocentBefore: ['heap', 'heaps', 'tip', 'tips', 'off'] }),
  en('moderate', ['knobhead(s)', 'knob end', 'knob-end', 'bellend(s)', 'bell end', 'tosser(s)', 'minger(s)', 'nob(s)', 'nobhead(s)'], 'Moderate vulgar insults.'),
  en('moderate', ['tits', 'titties', 'titty'], 'Vulgar; garden birds are left alone.', { innocentWith: BIRDS }),
  en('mild', ['crap', 'crappy', 'crapping'], 'Mild vulgarity that reads badly from a councillor.', { instead: 'rubbish' }),
  en('mild', ['bugger(s|ed|ing)', 'bugger all'], 'Mild swearing.'),
  en('mild', ['sod off', 'sods off', 'sodding', 'sod it'], 'Mild swearing.'),
  en('mild', ['effing', 'effin', 'f-ing', 'frigging', 'friggin', 'fecking', 'feckin'], 'Minced swearing still reads as swearing; as an intensifier the rewrite drops it.', { instead: '' }),
  en('mild', ['eff off', 'feck', 'feck off'], 'Minced swearing still reads as swearing.'),
  en('mild', ['cock-up', 'cockup', 'cock up'], 'Mild vulgarity.', { instead: 'mistake' }),
  en('moderate', ['ffs', 'wtf', 'wtaf', 'stfu', 'gtfo', 'omfg', 'fml'], 'Abbreviations that stand for swearing.'),
  cy('strong', ['cont', 'gont', 'nghont'], 'Welsh form of the strongest swear word (with its mutations).'),
  // Distinctive enough to read in English paragraphs and in lines too short to be told apart as Welsh.
  en('strong', ['ffycin', 'ffycin\'', 'ffwcin'], 'Welsh spellings of the strongest swear word, as an intensifier.', { instead: '', source: CY }),
  en('strong', ['ffwc', 'ffwcio', 'ffyc'], 'Welsh spellings of the strongest swear word.', { source: CY }),
  en('moderate', ['cachu', 'gachu', 'nghachu', 'chachu'], 'Welsh for "shit" (with its mutations).', { source: CY }),
  cy('moderate', ['cach'], 'Welsh for "shit".'),
  cy('moderate', ['bastad', 'fastad', 'mastad'], 'Welsh for "bastard" (with mutations).'),
  cy('moderate', ['twll dy din', 'twll tin'], 'Welsh: "arsehole".'),
  cy('moderate', ['coc oen', 'goc oen'], 'Welsh vulgar insult ("lamb\'s cock").'),
  cy('moderate', ['gast'], 'Welsh for "bitch" when used of a woman.'),
];

/** A real place whose name contains a word on the swearing list ("Bell End"). */
export interface PlaceName {
  /** As written on the road sign; matched only with its capitals. */
  name: string;
  where: string;
  source: string;
}

const OS = 'Ordnance Survey, OS Open Names gazetteer: https://www.ordnancesurvey.co.uk/products/os-open-names';
const place = (name: string, where: string, source = OS): PlaceName => ({ name, where, source });

/**
 * Real places that would otherwise read as swearing. Word lists match whole words, so names with
 * a swear word inside (Scunthorpe, Penistone, Crapstone, Cockermouth, Clitheroe) are safe anyway;
 * they are listed so nobody adds a substring rule that breaks them.
 */
export const PLACE_NAMES: readonly PlaceName[] = [
  place('Bell End', 'village near Romsley, Worcestershire', 'https://en.wikipedia.org/wiki/Bell_End,_Worcestershire'),
  place('Twatt', 'hamlets in Orkney and in Shetland', 'https://en.wikipedia.org/wiki/Twatt,_Orkney'),
  place('Crapstone', 'village in West Devon', 'https://en.wikipedia.org/wiki/Crapstone'),
  place('Penistone', 'market town in South Yorkshire', 'https://en.wikipedia.org/wiki/Penistone'),
  place('Scunthorpe', 'town in North Lincolnshire', 'https://en.wikipedia.org/wiki/Scunthorpe'),
  place('Plymouth Hoe', 'public space above the sea front in Plymouth, Devon', 'https://en.wikipedia.org/wiki/Plymouth_Hoe'),
  place('The Hoe', 'Plymouth Hoe, Devon, as locals call it', 'https://en.wikipedia.org/wiki/Plymouth_Hoe'),
  place('Hoe', 'village in Breckland, Norfolk', 'https://en.wikipedia.org/wiki/Hoe,_Norfolk'),
  place('Hoe Street', 'street in Walthamstow, London'),
  place('Shitterton', 'hamlet in Bere Regis, Dorset', 'https://en.wikipedia.org/wiki/Shitterton'),
  place('Titty Ho', 'street in Raunds, Northamptonshire'),
  place('Cockup', 'fell in the Lake District, Cumbria'),
  place('Slag Lane', 'streets in Lowton (Wigan) and elsewhere'),
  place('Cock Lane', 'street in the City of London'),
  place('Dick Place', 'street in Edinburgh'),
  place('Prickwillow', 'village near Ely, Cambridgeshire', 'https://en.wikipedia.org/wiki/Prickwillow'),
  place('Bitchfield', 'village in South Kesteven, Lincolnshire', 'https://en.wikipedia.org/wiki/Bitchfield'),
  place('Wetwang', 'village in the East Riding of Yorkshire', 'https://en.wikipedia.org/wiki/Wetwang'),
];
