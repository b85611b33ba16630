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
  en('strong', ['fuck(s|ed|er|ers|ing|in|in\'|ings|off|wit|wits|face|head|tard|stick)', 'fuckin', 'fucking', 'fcuk', 'fck', 'fckin', 'fcking', 'fuk', 'fuking', 'fukin', 'phuck', 'fook(ing|in)', 'fooking'], 'The strongest swear word, in its forms and spellings.', { instead: '' }),
  en('strong', ['motherfucker(s)', 'muthafucka(s)', 'mofo(s)', 'mf'], 'Strongest swearing.'),
  en('strong', ['cunt(s)', 'cunting', 'cunty'], 'The strongest swear word in British English (Ofcom).'),
  en('strong', ['twat(s)', 'twatting'], 'Strong vulgar insult.'),
  en('strong', ['wanker(s)', 'wank(s|ing|ed)'], 'Strong vulgar insult.'),
  en('strong', ['cocksucker(s)'], 'Strong vulgar insult.'),
  en('moderate', ['shit(s|ty|ting|ted|e|es)', 'shithead(s)', 'shithole(s)', 'shitshow(s)', 'shitstorm', 'shite', 'bullshit', 'bull shit', 'horseshit', 'batshit', 'apeshit', 'shit-show', 'shitless', 'shitbag(s)', 'shite-hawk'], 'Moderate swearing.', { instead: 'rubbish' }),
  en('moderate', ['bollocks', 'bollock(s|ing|ed)'], 'Moderate swearing.', { instead: 'nonsense' }),
  en('moderate', ['bastard(s)'], 'Moderate swearing.'),
  en('moderate', ['bitch(es|y|ing|in)', 'biatch', 'bish'], 'Moderate swearing, misogynist as an insult; a dog-show "best bitch" is left alone.', {
    innocentWith: ['dog', 'dogs', 'puppy', 'puppies', 'spaniel', 'terrier', 'labrador', 'collie', 'retriever', 'whippet', 'greyhound', 'breed', 'breeder', 'breeding', 'crufts', 'kennel', 'kennels', 'litter', 'whelped', 'pedigree', 'show'],
  }),
  en('moderate', ['dickhead(s)', 'dick(s)', 'dickish'], 'Moderate swearing; "Dick" as a name and spotted dick are left alone.', { innocentAfter: ['spotted', 'moby'] }),
  en('moderate', ['prick(s)'], 'Moderate vulgar insult.', { innocentAfter: ['pin', 'needle'], innocentBefore: ['your', 'my', 'the', 'up'] }),
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
  en('mild', ['effing', 'eff off', 'effin', 'f-ing', 'frigging', 'friggin', 'fecking', 'feckin', 'feck'], 'Minced swearing still reads as swearing.', { instead: '' }),
  en('mild', ['cock-up', 'cockup', 'cock up'], 'Mild vulgarity.', { instead: 'mistake' }),
  en('moderate', ['ffs', 'wtf', 'stfu', 'gtfo', 'omfg', 'fml'], 'Abbreviations that stand for swearing.'),
  cy('strong', ['cont', 'gont', 'nghont'], 'Welsh form of the strongest swear word (with its mutations).'),
  cy('strong', ['ffwc', 'ffycin', 'ffycin\'', 'ffwcio', 'ffwcin', 'ffyc'], 'Welsh spellings of the strongest swear word.', { instead: '' }),
  cy('moderate', ['cachu', 'gachu', 'nghachu', 'cach'], 'Welsh for "shit".'),
  cy('moderate', ['bastad', 'fastad', 'mastad'], 'Welsh for "bastard" (with mutations).'),
  cy('moderate', ['twll dy din', 'twll tin'], 'Welsh: "arsehole".'),
  cy('moderate', ['coc oen', 'goc oen'], 'Welsh vulgar insult ("lamb\'s cock").'),
  cy('moderate', ['gast'], 'Welsh for "bitch" when used of a woman.'),
];
