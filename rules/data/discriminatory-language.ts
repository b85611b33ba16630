import type { LexiconEntry } from '../../src/engine/match/lexicon';

/** The protected characteristics of the Equality Act 2010 that the council's Dos and Don'ts list. */
export type Characteristic =
  | 'race'
  | 'religion or belief'
  | 'disability'
  | 'sexual orientation'
  | 'gender reassignment'
  | 'sex'
  | 'age';

export interface SlurEntry extends LexiconEntry {
  characteristic: Characteristic;
  /** Words in the same sentence that show an innocent sense ("drainage dyke", "on a bender"). */
  innocentWith?: readonly string[];
  /** Words right before it that show an innocent sense. */
  innocentAfter?: readonly string[];
  /** Words right after it that show an innocent sense ("tinker with"). */
  innocentBefore?: readonly string[];
}

export interface GroupEntry extends LexiconEntry {
  characteristic: Characteristic;
}

export interface DemeaningEntry extends LexiconEntry {
  /** Only demeaning of these characteristics ("taking over" is an invasion trope about migrants, not about young people). */
  only?: readonly Characteristic[];
  /** Also said of a group named in the sentence before, with no pronoun between ("Travellers on the rec again. Lock up your sheds."). */
  reachBack?: boolean;
  /** Words right after it that show an innocent sense ("can't adapt their homes": a building, not the people). */
  notBefore?: readonly string[];
  /** Only right after "can't", "won't", "never", "don't" ("older workers can't adapt"). */
  negated?: boolean;
}

const EHRC = 'Equality Act 2010, s.4 (protected characteristics): https://www.legislation.gov.uk/ukpga/2010/15/section/4';
const OFCOM =
  'Ofcom, Public attitudes to offensive language on TV and radio (2021): https://www.ofcom.org.uk/tv-radio-and-on-demand/broadcast-codes/broadcast-code';
const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

const slur = (characteristic: Characteristic, match: string[], note: string, extra: Partial<SlurEntry> = {}): SlurEntry => ({
  characteristic,
  match,
  note,
  source: OFCOM,
  ...extra,
});

const WATER = ['drain', 'drains', 'drainage', 'water', 'flood', 'flooding', 'ditch', 'ditches', 'field', 'fields', 'bank', 'river', 'idb', 'pump', 'culvert', 'fen', 'fens', 'marsh'];

/**
 * Slurs: demeaning names for people by a protected characteristic. Ofcom's research rates
 * each as among the most offensive words in British English.
 */
export const SLURS: readonly SlurEntry[] = [
  slur('race', ['nigger(s)', 'nigga(s|z|h|hs)', 'niggah(s)', 'nigguh(s)', 'niqqa(s)', 'nicca(s)', 'niglet(s)', 'nig(s)', 'sand nigger(s)', 'wigger(s)', 'whigger(s)'], 'Racist slur against Black people.'),
  slur('race', ['negro(es)', 'negroes'], 'Outdated, offensive term for Black people (Spanish "negro" is left alone).', { innocentAfter: ['el', 'la', 'los', 'un', 'muy'] }),
  slur('race', ['coon(s)'], 'Racist slur against Black people; Maine coon cats and raccoon hunting are left alone.', {
    innocentAfter: ['maine'],
    innocentWith: ['maine', 'cat', 'cats', 'kitten', 'kittens', 'hunting', 'hunt', 'hound', 'hounds', 'dog', 'dogs', 'treed', 'possum', 'raccoon', 'racoon'],
  }),
  slur('race', ['wog(s)', 'golliwog(s)', 'sambo(s)', 'jungle bunny', 'porch monkey(s)', 'darkie(s)', 'darky'], 'Racist slurs against Black people.'),
  slur('race', ['paki(s)', 'pakki(s)', 'packie(s)', 'paky'], 'Racist slur against South Asian people.'),
  slur('race', ['chink(s)', 'chinky', 'chinkies', 'gook(s)'], 'Racist slurs against East Asian people; a chink of light is left alone.', { innocentWith: ['armour', 'light', 'wall', 'gap', 'curtain', 'curtains', 'door'] }),
  slur('race', ['pikey(s)', 'pikie(s)', 'gyppo(s)', 'gypo(s)', 'gyppos', 'tinker(s)', 'knacker(s)'], 'Slurs against Gypsies and Irish Travellers, recognised ethnic groups.', {
    innocentBefore: ['with', 'about', 'around', 'away'],
    innocentWith: ['tailor', 'soldier', 'spy', 'bell', 'bells', 'yard', 'horse', 'horses'],
  }),
  slur('race', ['spic(s)', 'wetback(s)', 'beaner(s)', 'dago(s)', 'wop(s)', 'polack(s)', 'kraut(s)', 'jap(s)', 'honky', 'honkies', 'whitey', 'gringo(s)'], 'Ethnic and national slurs; honky-tonk music is left alone.', { innocentBefore: ['tonk', 'tonks', 'tonkin'] }),
  slur('race', ['half-caste', 'half caste', 'half-castes'], 'Offensive term for people of mixed heritage.'),
  slur('race', ['jiggaboo(s)', 'jigaboo(s)', 'slant eyed', 'slant-eyes', 'slanty', 'slants', 'border hopper(s)', 'white trash'], 'Racist slurs.'),
  slur('race', ['(foreign|english|welsh|scottish|irish|polish|romanian|pakistani|indian|african|albanian|eastern european|immigrant|migrant) (filth|scum|vermin|rats|parasites|invaders|muck|bastards|pigs|cockroaches|leeches)'], 'Dehumanising people for their nationality or origin.'),
  slur('race', ['taffs', 'taffies', 'sheep shagger(s)', 'sheepshagger(s)', 'jockos', 'sassenachs'], 'Slurs against Welsh, Scottish and English people (national origin is race under the Equality Act); the River Taff is left alone.'),
  slur('race', ['coloured (people|person|folk|man|woman|men|women|family|families|lad|lads|guy|guys|girl|kids)', 'colored (people|person|folk|man|woman|men|women|family|families|guy|guys|kids)'], 'Outdated and offensive racial term.'),
  slur('religion or belief', ['kike(s)', 'yid(s)', 'yiddo(s)', 'heeb(s)', 'christ killer(s)', 'raghead(s)', 'towelhead(s)', 'camel jockey(s)', 'muzzie(s)', 'muzrat(s)', 'moslem(s)', 'bible basher(s)', 'bible thumper(s)'], 'Slurs against people for their religion ("muzzy", meaning confused, is left alone).'),
  slur('disability', ['retard(s|ed)', 'retarded', 'tard(s)', 'spastic(s)', 'spaz', 'spazz', 'spacker(s)', 'mong(s)', 'mongoloid(s)', 'window licker(s)', 'mentally defective', 'psycho(s)', 'loony', 'loonies', 'nutter(s)', 'schizo(s)', 'special needs (people|kids)', 'wheelchair brigade', 'the wheelchair brigade', 'mental cases'], 'Slurs against disabled people and people with mental illness.'),
  slur('disability', ['(a|the|you|that|this|those|these|some|old|little|bloody|fucking|stupid) cripple(s)', 'crips'], 'Slur against disabled people ("cripple" as a noun; the verb, "cripple the economy", is left alone).'),
  slur('sexual orientation', ['fag(s)'], 'Homophobic slur; a cigarette ("fag ends", "a fag break") is left alone.', {
    innocentBefore: ['end', 'ends', 'butt', 'butts', 'packet', 'packets', 'break', 'breaks', 'ash', 'lighter', 'papers'],
    innocentWith: ['smoking', 'smoke', 'smoker', 'smokers', 'cigarette', 'cigarettes', 'ashtray', 'lighter', 'litter', 'dropped', 'drop', 'tobacco'],
  }),
  slur('sexual orientation', ['faggot(s)', 'fagot(s)'], 'Homophobic slur; faggots (meatballs) and bundles of sticks are left alone.', {
    innocentWith: ['peas', 'gravy', 'mash', 'mushy', 'chips', 'butcher', 'butchers', 'dinner', 'lunch', 'luncheon', 'menu', 'recipe', 'pork', 'liver', 'onion', 'onions', 'sauce', 'brains', 'meatballs', 'sticks', 'firewood', 'kindling', 'hedge', 'hedging', 'hedgelaying', 'bundle', 'bundles'],
  }),
  slur('sexual orientation', ['homo(s)'], 'Homophobic slur; Homo sapiens and the other species of the genus are left alone.', {
    innocentBefore: ['sapiens', 'erectus', 'habilis', 'neanderthalensis', 'heidelbergensis', 'floresiensis', 'naledi', 'ergaster', 'antecessor', 'luzonensis', 'genus'],
    innocentWith: ['genus', 'species', 'hominin', 'hominins', 'evolution', 'fossil', 'fossils', 'sapiens', 'erectus', 'museum', 'exhibition'],
  }),
  slur('sexual orientation', ['faggy', 'poof(s)', 'poofter(s)', 'pooftah', 'batty boy(s)', 'batty man', 'bum boy(s)', 'shirt lifter(s)', 'lezza(s)', 'lesbo(s)', 'lezzer(s)', 'carpet muncher(s)', 'fudge packer(s)', 'queers'], 'Homophobic slurs.'),
  slur('sexual orientation', ['bender(s)'], 'Homophobic slur; a drinking "bender" is left alone.', {
    innocentAfter: ['a', 'on'],
    innocentWith: ['drinking', 'drunk', 'lads', 'weekend', 'fender', 'pipe', 'pipes', 'bar', 'bars'],
  }),
  slur('sexual orientation', ['dyke(s)', 'dike(s)'], 'Homophobic slur; a drainage dyke, an earthwork (Offa\'s Dyke, Devil\'s Dyke) and street names (Dyke Road) are left alone.', {
    innocentWith: [...WATER, 'earthwork', 'earthworks', 'ancient', 'embankment', 'trail', 'footpath', 'walkers', 'rampart'],
    innocentAfter: ['offas', 'devils', 'grims', 'fleam', 'wans', 'bokerley', 'car'],
    innocentBefore: ['road', 'rd', 'lane', 'street', 'st', 'close', 'avenue', 'ave', 'way', 'path', 'house', 'park', 'farm', 'end', 'bridge', 'hill', 'drive', 'terrace', 'crescent', 'gardens', 'grove', 'walk', 'view', 'rise', 'side', 'head', 'wood', 'bus', 'stop', 'estate'],
  }),
  slur('gender reassignment', ['tranny', 'trannies', 'shemale(s)', 'she-male(s)', 'he-she', 'ladyboy(s)', 'trannie(s)', 'troon(s)'], 'Transphobic slurs.'),
  slur('gender reassignment', ['bloke in a dress', 'man in a dress', 'men in dresses', 'blokes in dresses', 'geezer in a dress', 'man in a skirt', 'bloke in a skirt', 'men in skirts', 'blokes in skirts', 'man in a frock', 'bloke in a frock', 'bloke in a wig', 'man in a wig and lipstick'], 'Demeaning description of trans women (kilts and pantomime dames are left alone).', { innocentWith: ['kilt', 'kilts', 'scottish', 'highland', 'highlands', 'pipers', 'piper', 'panto', 'pantomime', 'dame', 'dames', 'morris', 'fancy', 'charity', 'fundraiser', 'fundraising'] }),
  slur('race', ['cont (dduon|du)'], 'Welsh racist insult.', { lang: 'cy', source: CY }),
  slur('sexual orientation', ['pwff(s)', 'hoyw ffiaidd'], 'Welsh homophobic slur.', { lang: 'cy', source: CY }),
  slur('age', ['coffin dodger(s)', 'wrinklies', 'crumblies', 'bed blocker(s)', 'bedblocker(s)'], 'Ageist slurs for older people.', { source: EHRC }),
];

const group = (characteristic: Characteristic, match: string[], note: string): GroupEntry => ({ characteristic, match, note, source: EHRC });

/** People named by a protected characteristic: the subjects of demeaning generalisations. */
export const GROUPS: readonly GroupEntry[] = [
  group('race', ['immigrant(s)', 'migrant(s)', 'foreigner(s)', 'asylum seeker(s)', 'refugee(s)', 'illegals', 'illegal immigrant(s)', 'foreign nationals', 'ethnic minorities', 'bame', 'traveller(s)', 'traveler(s)', 'gypsy', 'gypsies', 'gipsies', 'roma', 'blacks', 'black people', 'asians', 'asian people', 'africans', 'pakistanis', 'indians', 'bangladeshis', 'somalis', 'poles', 'polish people', 'eastern europeans', 'romanians', 'albanians', 'arabs', 'chinese people', 'the chinese', 'foreign (workers|families|people|lot|students)', 'muslim families', 'irish people', 'jews', 'jewish (people|members|councillors|community|landlords)', 'the jews', 'whites', 'white people', 'the english', 'the welsh', 'the scots', 'the irish', 'english (people|incomers|folk|families|settlers|lot|buyers|newcomers)', 'welsh (people|speakers|folk|lot)', 'scottish people', 'scots', 'irish travellers', 'polish (workers|families|lot)', 'newcomers from england', 'the poles', 'nigerians', 'bulgarians', 'lithuanians', 'kurds', 'turks', 'afghans', 'syrians', 'iraqis', 'jamaicans', 'incomers from england', '(are|is) (foreign|foreigners|immigrants|migrants|polish|romanian|albanian)', '(polish|romanian|bulgarian|lithuanian|albanian|english|welsh|scottish|irish|chinese|indian|pakistani|bangladeshi|nigerian|somali|african|black|asian|eastern european|foreign|turkish|kurdish|arab|afghan|syrian|jamaican|gypsy|traveller) (drivers|men|women|lads|blokes|families|family|landlords|workers|kids|youths|boys|girls|builders|neighbours|tenants|shopkeepers|taxi drivers|gangs|folk|mothers|dads|students|incomers|doctors|nurses|carers|staff|councillors)'], 'Ethnic and national groups (race includes colour, nationality and ethnic or national origin).'),
  group('religion or belief', ['muslim(s)', 'moslem(s)', 'islam', 'islamic', 'mosque(s)', 'jew(s)', 'jewish', 'synagogue(s)', 'sikh(s)', 'gurdwara(s)', 'hindu(s)', 'temple(s)', 'christian(s)', 'catholic(s)', 'protestant(s)', 'papists', 'evangelicals', 'mormons', 'jehovah\'s witnesses'], 'Religions, their followers and places of worship.'),
  group('disability', ['disabled people', 'the disabled', 'wheelchair users', 'blind people', 'deaf people', 'people in wheelchairs', 'mentally ill people', 'people with autism', 'people with down syndrome', 'people with downs', 'autistic (people|kids|children)', 'the blind', 'the deaf', 'mentally ill', 'people with learning disabilities', 'people with disabilities', 'wheelchair user(s)', 'blue badge holders', 'so-called disabled', 'people on disability benefits', 'disability claimants', 'people with adhd', 'kids with adhd', 'children with adhd', 'adhd', 'autism', 'people with mental health problems', 'people with mental illness', 'the mentally ill', 'mental health patients', 'people with depression', 'dyslexics', 'people with dyslexia', 'dyslexia', 'the handicapped', 'handicapped people', '(lads|men|women|kids|those|folk) in wheelchairs', "(downs|down's|down syndrome|downs syndrome|down's syndrome|autistic|disabled|special needs|send) (kids|children|pupils)"], 'Disabled people.'),
  group('sexual orientation', ['gay(s)', 'gay (men|people|couples)', 'lesbian(s)', 'homosexual(s)', 'bisexual(s)', 'lgbt', 'lgbtq', 'two men', 'two women', 'same-sex couples', 'same sex couples', 'homosexuality', 'being gay', 'gay marriage', 'gay adoption', 'same-sex marriage', 'gay couples adopting', 'gays adopting', '(gay|lesbian|bisexual) (teachers|women|parents|dads|mums|staff|councillors|kids|folk|lot|lads)'], 'People by sexual orientation.'),
  group('gender reassignment', ['trans', 'trans (people|women|men|kids)', 'transgender', 'transgender (people|women|men)', 'transsexual(s)', 'being trans', 'transgenderism', 'trans (kids|children|teenagers|pupils)', 'transwomen', 'transmen', '(trans|transgender) (teachers|staff|councillors|parents|folk|lot)'], 'Trans people.'),
  group('sex', ['women', 'females', 'girls', 'pregnant women', 'new mums', 'working mums', 'mums'], 'People by sex (and pregnancy or maternity).'),
  group('age', ['old people', 'older people', 'older applicants', 'older workers', 'older candidates', 'older staff', 'older employees', 'older drivers', 'older councillors', 'older members', 'oldies', 'old folk', 'over (40s|50s|60s|70s)', 'millennials', 'gen z', 'kids these days', 'young people today', 'pensioners', 'the elderly', 'elderly people', 'oaps', 'boomers', 'young people', 'youngsters', 'teenagers'], 'People by age.'),
  group('race', ['mewnfudwyr', 'sipsiwn', 'ffoaduriaid', 'saeson', 'sais', 'ceiswyr lloches', 'pobl o loegr', 'teithwyr'], 'Welsh: immigrants, Gypsies, refugees, the English (plural and singular), asylum seekers, people from England, Travellers.'),
  group('disability', ['pobl anabl', 'yr anabl'], 'Welsh: disabled people.'),
  group('religion or belief', ['mwslemiaid', 'iddewon'], 'Welsh: Muslims, Jews.'),
  group('sexual orientation', ['pobl hoyw'], 'Welsh: gay people.'),
  group('gender reassignment', ['pobl draws'], 'Welsh: trans people.'),
];

/**
 * Generalisations and commands that demean a whole group when they are said of one: "are
 * all the same", "should go back", "can't be trusted". They only count next to a group.
 */
export const DEMEANING: readonly DemeaningEntry[] = [
  { match: ['(are|were) all the same', 'all the same', '(are|were) all (thieves|criminals|scroungers|spongers|rapists|terrorists|liars|animals|scum|vermin|parasites|paedos|perverts|lazy|dirty|filthy)'], note: 'Stereotyping a whole group.', source: EHRC },
  { match: ['nicking', 'pinching', 'robbing', 'shoplifting', 'pickpocket(s)', 'pickpocketing', 'plague', 'plague on', 'infestation', 'infested', 'locusts', 'leeches', 'pests', 'cancer on', 'drain on (the|our)? (system|nhs|economy|taxpayer|taxpayers|benefits|resources|society|state|council|country|public purse)', 'thieving', 'filthy', 'dirty', 'lazy', 'scrounger(s)', 'sponger(s)', 'parasite(s)', 'vermin', 'animal(s)', 'savage(s)', 'scum', 'cockroach(es)', 'rat(s)', 'criminal(s)', 'thieves', 'rapist(s)', 'terrorist(s)', 'pervert(s)', 'perverted', 'paedo(s)', 'groomer(s)', 'unnatural', 'disgusting', 'inferior', 'backward', 'primitive', 'subhuman', 'breed like rabbits', 'breeding'], note: 'Dehumanising or criminalising words when applied to a group.', source: EHRC },
  { match: ['always stick together', 'stick together', 'look after their own', '(always|only)? (vote|votes|voting|look out|looks out|stick up|sticks up) for their own', 'take over', 'taking over', 'taken over', 'invading', 'invasion', 'invaders', 'swarm(s|ing)', 'flooding in', 'flood in', 'pouring in', 'overrun', 'outnumber(s|ing)? (us|locals|the locals|british|english|white|welsh|christians)', '(will|soon) outnumber', 'whole area changes', 'area changes', 'not for the better', 'ruin(s|ed|ing)? (the|this|our) (area|town|village|country|estate|street|neighbourhood|community|high street|city)', 'bring (down|the area down)', 'lower(s)? the tone', 'come (here|over here) and (take|scrounge|claim|sponge|steal|get)', 'over here and *', '(give|gives|giving|gave|hand|hands|handing|handed) (all)? (the|our) (houses|homes|council houses|flats|jobs|benefits|school places) to', '(jump|jumps|jumping|jumped) the (queue|housing list|waiting list|housing queue)', '(colonised|colonized|colonising|colonizing) by', 'swamped by', 'take (everything|our jobs|our houses|our homes|our benefits|all the houses)'], note: 'Conspiracy and "invasion" tropes (about migrants, ethnic and religious groups; "young people are taking over the skate park" is not one).', source: EHRC, only: ['race', 'religion or belief'] },
  { match: ['ruin(s|ed|ing)? everything', 'ruin(s|ing)? (it|things) for everyone', 'spoil(s|ed|ing)? everything', "(they'll|they will|will) (nick|steal|pinch|take) anything", "(nick|steal|pinch) (anything|everything) (that is|that's|not) (nailed|bolted|tied)", 'lock up your (tools|bikes|daughters|valuables|sheds|cars|kids|wives)'], note: 'Blaming or criminalising a whole group.', source: EHRC },
  { match: ['(lock|hide|chain|padlock|guard|watch|bolt) (up)? your (sheds|shed|tools|bikes|daughters|valuables|cars|wallets|purses|vans|dogs|horses|wives|garden furniture|catalytic converters|garages|doors|kids|children|sons|handbags)', "eye on your (sheds|tools|bikes|valuables|cars|wallets|purses|vans|dogs|horses|garden furniture)", '(count|check) your (spoons|chickens|tools|sheds)', "(better|best) (get|buy) (some|a) (padlocks|padlock|cctv|bigger locks)"], note: 'A warning to guard property when a group arrives: casting them as thieves.', source: EHRC, only: ['race', 'religion or belief'], reachBack: true },
  { match: ["(know|knows) what (they're|they are|that lot are|them lot are|these people are|those people are|their lot are|their sort are|their kind are|they're all) like", "(know|knows) what (happens|to expect) when (they|that lot|them lot|these people|those people) (arrive|turn up|move in|come)"], note: 'A knowing nod at a group\'s supposed character.', source: EHRC, only: ['race', 'religion or belief', 'sexual orientation', 'gender reassignment', 'disability'] },
  { match: ['(bring|brings|bringing|brought|carry|carries|carrying|spread|spreads|spreading) (in)? (disease|diseases|tb|germs|aids|hiv|lice|scabies|infections)', 'disease-ridden', 'disease ridden', 'riddled with (disease|diseases|lice|germs)', '(bring|brings|bringing|brought) (crime|trouble|drugs|knife crime|gangs|violence|grooming gangs) (with them|here|into|to)?', 'crime (follows|goes up|rises|shoots up) (them|wherever|when|whenever)'], note: 'Disease and crime tropes (about migrants, ethnic, religious and LGBT groups).', source: EHRC, only: ['race', 'religion or belief', 'sexual orientation'] },
  { match: ['(town|area|village|country|estate|street|place|city|neighbourhood) (is|was|will be) (finished|done for|doomed|lost|ruined)', "(town|area|village|country|estate|street|place|city|neighbourhood) (is|has|'s) (gone|going) downhill"], note: 'A place given up for lost when a group or its place of worship arrives ("Another mosque? This town is finished").', source: EHRC, only: ['race', 'religion or belief'], reachBack: true },
  { match: ['(being|getting) (colonised|colonized|swamped|invaded|overrun|taken over)', '(swamped|overrun) (again|already|now)'], note: 'Invasion talk after a group is named ("Another mosque? We\'re being swamped").', source: EHRC, only: ['race', 'religion or belief'], reachBack: true },
  { match: ['rid of', '(clear|clearing|kick|kicking|chuck|chucking|turf|turfing) out (the|these|those|all the|all these)?'], note: 'Removing a group, when the group follows ("get rid of the foreigners").', source: EHRC, only: ['race', 'religion or belief', 'sexual orientation', 'gender reassignment', 'disability'] },
  { match: ['too many', 'far too many', '(control|controls|run|runs|own|owns) (the|our) (banks|media|money|government|council|world|press|country)', '(take|taking|takes|steal|stealing|steals|nick|nicking) (all our|our|all the) (jobs|houses|homes|council houses)'], note: 'Numbers, control and job-stealing tropes (about migrants, ethnic and religious groups).', source: EHRC, only: ['race', 'religion or belief'] },
  { match: ['(is|are|a|just a) burden', 'burden on (society|taxpayers|the taxpayer|the nhs|the state|everyone|us|the rest of us)', '(hold|holds|holding) back (the|normal|our|other) (other)? (kids|children|pupils|people|class)', 'slow (everyone|us all|things|everything) down', '(always|constantly|forever) (drunk|pissed|fighting|stealing|causing trouble|on benefits|on the booze|on the take)', '(clog|clogs|clogging) up (the|our)'], note: 'Casting a whole group as a burden or a nuisance.', source: EHRC },
  { match: ["(can't|cannot|never|don't|do not|wouldn't|shouldn't) trust"], note: 'Distrust of a whole group, when the group follows ("you can\'t trust Catholics").', source: EHRC },
  { match: ['(take|takes|taking|get|gets|getting) (their|his|her) orders from (rome|the pope|the vatican|the mosque|the imam|the imams|mecca|israel|tel aviv|the synagogue|the rabbi|the rabbis)', '(loyal|loyalty) to (rome|the pope|israel|mecca|the mosque) (first|not)', 'dual loyalty', '(have|has) their own agenda'], note: 'Dual-loyalty tropes about religious and ethnic groups.', source: EHRC, only: ['race', 'religion or belief'] },
  { match: ['(hand back|give up|lose|surrender) (their|the) (vote|votes|right to vote)', '(be)? (stripped of|denied|barred from) (their|the) (vote|votes|right to vote)', "(shouldn't|should not|shouldnt) (get|have|be given) (a|the)? (vote|say)", "(won't|will not|wont) (live to see|be around to|be around for|be around much|be around long|be here to|be here for)", "(not|won't) be around (much)? (longer|long)", 'one foot in the grave', '(hurry up and|should just|should) die', '(pop|popped) (their|his|her) clogs', 'kick the bucket', 'free up (the)? (housing|houses|beds|homes)', 'waiting for god'], note: 'Ageist statements that older people should lose the vote or die.', source: EHRC, only: ['age'] },
  { match: ["(can't|cannot|can not|never) (handle|do|manage|understand|count|read|drive|park|add up|lead|run|cope with|deal with|be trusted with) (numbers|maths|math|money|figures|budgets|a budget|finance|finances|pressure|responsibility|a map|maps|a car|the job|anything|a spreadsheet)"], note: 'Saying a whole group is incapable.', source: EHRC },
  { match: ["don't share our (standards|values|culture|way of life)", 'all (they|these people|those people) (do|ever do) is (complain|moan|whinge|scrounge|take|breed)', 'too many benefits', 'live off (benefits|the state|handouts)', 'scroung(e|es|ing)', 'never (work|pay|contribute|integrate|learn)', "(shouldn't|should not|should never) be (driving|allowed|sitting|in charge|teaching|adopting|fostering|working|voting|councillors|in politics|leaders|mps|on the council|in the chamber|chairing|running)", "(shouldn't|should not) be on (the|our) *", "playing dress(-| )up"], note: 'Demeaning generalisations, when said of a group.', source: EHRC },
  { match: ['gormod o fudd-daliadau', '(yw|ydy|ydi) cwyno', "cwyno drwy'r amser", 'dim ond cwyno', 'diog', 'lladron', 'dwyn', 'difetha(r)', 'budr', 'brwnt', 'drewllyd', 'peryglus', 'troseddwyr', 'byw ar fudd-daliadau', 'ddim yn perthyn'], note: 'Welsh: too many benefits, complaining, lazy, thieves, stealing, ruin, dirty, smelly, dangerous, criminals, live on benefits, don\'t belong (with mutations: "yn ddiog"); complaining only as "all they do is complain".', source: EHRC, lang: 'cy' },
  { match: ["don't belong", 'do not belong', 'not welcome', "aren't welcome", "can't be trusted", 'cannot be trusted', 'should be (banned|deported|sent back|kept out|locked up)', 'send them all (back|home)', 'send the lot (of them)? (back|home)', '(put|stick|ship) (them|the lot of them|them all) (on a|back on a|in a|back in a) (boat|dinghy|plane)', "won't integrate", 'will not integrate', "don't integrate", 'never integrate', "can't even speak english", 'cant even speak english', "can't speak english", 'speak english', 'send them (back|home)', 'get rid of them', 'had enough of them', "we've had enough of them"], note: 'Exclusion of a group.', source: EHRC },
  { match: ['could (get up and|easily|perfectly well|all)? walk', 'walk (perfectly|just)? (well|fine) if', 'if (they|he|she) (could|can|can\'t) be bothered', 'faking it', 'fake it', 'faking (their|it|a)', 'putting it on', 'put it on', 'swinging the lead', 'swing the lead', 'nothing wrong with (them|half of them|most of them|any of them|the lot of them)', '(just|only) an excuse', 'an excuse for (bad|lazy|poor|naughty)', 'badly behaved', 'bad parenting', 'naughty kids', 'playing the system', 'play the system', 'milking it', 'milking the system', 'on the fiddle', 'want the free (bus pass|parking|parking space|badge|car|money|ride)', 'shouldn\'t (live|be) near (schools|children|kids)'], note: 'Casting disabled people as fakers or an excuse ("half of them could walk if they could be bothered", "ADHD is just an excuse for bad parenting").', source: EHRC, only: ['disability'] },
  { match: ['(adapt|learn|change|retrain)', 'keep up with (technology|tech|change|the times|the job|the pace|anything|new)', 'cope with (change|technology|tech|computers|anything new|new things|new systems)', '(learn|handle) (new|anything|technology|tech|computers|change)', '(understand|get) (technology|tech|computers|the internet|social media|anything digital)'], note: 'Ageist stereotypes about capability, after "can\'t", "won\'t", "never" ("anyone over 50 can\'t adapt").', source: EHRC, only: ['age'], negated: true, notBefore: ['their', 'the', 'a', 'homes', 'houses', 'buildings', 'kitchens', 'bathrooms', 'because', 'without', 'unless', 'if'] },
  { match: ['set in (their|his|her) ways', 'stuck in (their|his|her) ways', "(they'll|they will|he'll|she'll|will) (just)? (retire|die|drop dead|keel over|pop their clogs) before", 'slow to learn', 'can\'t (use|handle|work|operate) (computers|a computer|technology|tech|email|emails|smartphones|a smartphone|an ipad|ipads|zoom|teams)', 'lazy and entitled'], note: 'Ageist stereotypes about capability ("anyone over 50 can\'t adapt", "pensioners are set in their ways").', source: EHRC, only: ['age'], notBefore: ['their', 'the', 'a', 'homes', 'houses', 'buildings', 'kitchens', 'bathrooms', 'because', 'without', 'unless', 'if'] },
  { match: ['(goes|gone|went|going|go|slid|slides|sliding) downhill', '(gone|goes|went|going) (to pot|to the dogs|to rack and ruin|to hell|to ruin|to the wall)', 'house prices (drop|dropped|drops|fall|fell|falls|collapse|collapsed|crash|crashed|plummet|plummeted|go down|went down|tanked)', "(isn't|is not|hasn't been|not been) the same (any more|anymore)", 'prices (on|in) (the|this|our|that) (road|street|area|estate|village|town) (drop|dropped|fell|collapsed|crashed|plummeted|went down|tanked)', '(ruin|ruins|ruined|ruining|kill|kills|killing|killed|destroy|destroys|destroying|destroyed|wreck|wrecks|wrecking|wrecked) (the|this|our|my) (area|town|village|country|estate|street|neighbourhood|community|high street|city|way of life|culture)', 'crime (rate|rates)? (goes|go|went|shoots|shot|rockets|rocketed|soars|soared) (up|through the roof)', '(bring|brings|brought|bringing) nothing but (crime|trouble|problems|misery|disease|drugs)', "(don't|do not|never|won't|refuse to) (respect|accept|follow|obey|share) (our|british|english|welsh) (laws|law|ways|culture|values|traditions|way of life|customs)", "(don't|do not|never) pay (their way|a penny|into the system|a penny in)", '(will|would) eat anything', '(eat|eats|eating|ate) (dogs|cats|dog|cat|swans|pets|anything that moves|rats)', 'breed like (rabbits|rats)', "(don't|do not|never) wash", 'smell of curry', "(don't|do not) know how to (live|behave|use a toilet|use a bin)", 'ten to a (house|room|flat)', 'tight with money'], note: 'An area said to decline because a group or its place of worship arrives, and other ethnic and religious stereotypes ("since the mosque opened the area has gone downhill", "that lot will eat anything").', source: EHRC, only: ['race', 'religion or belief'] },
  { match: ['(is|are|being|it\'s|its|it is|was) (not|never|never going to be) (natural|normal)', "(isn't|aren't|ain't|wasn't) (natural|normal)", 'abnormal', '(a|is a|are a) sin', 'sinful', '(an)? abomination', '(is a|are a|are|is) mental (illness|disorder|condition)', '(are|is) (all)? mentally ill', 'mentally disturbed', '(is|are|it\'s) (just)? a phase', '(is|are|it\'s) (just)? (a fad|a fashion|a trend|a craze)', 'deluded', 'men in (wigs|dresses|frocks)', "(haven't|hasn't|not) met the right (man|woman|bloke|fella|guy)", "(shouldn't|should not|should never) be allowed (near|around|to adopt|to foster|to teach|to work with|to raise) (kids|children)?", 'a danger to (kids|children|women|society)', 'keep (it|that|them|this)? (stuff|filth|rubbish|nonsense|propaganda)? away from (our|my|the) (kids|children|schools|grandkids)'], note: 'Anti-LGBT claims stated as fact: not natural, a sin, a mental illness, a phase, a danger to children.', source: EHRC, only: ['sexual orientation', 'gender reassignment'], notBefore: ['that', 'for', 'to', 'when', 'how', 'if', 'by'] },
  { match: ["(don't|do not|never|won't|will never|can't) (fit in|mix|blend in|assimilate)", '(begging|beggars|on the rob|on the take)', '(should|ought to|must|can) (stay|keep to|remain) (in|with)? (their own|their own country|their own kind|their own sort)', '(should|ought to) (stay|remain) in (england|wales|scotland|poland|romania|pakistan|india|africa)', '(pushing|push|pushed|forcing|force|driving|drive) (us|locals|the locals|local people|our young people|our kids) out', '(buying|bought) up (all|every)? (the|our)? (houses|homes)', '(buying|bought) (all|every) (our|the)? (houses|homes|house)', '(buying|bought) our (houses|homes)', 'ruin(s|ed|ing)? the language', 'yr un fath', 'i gyd yr un fath', '(own|owns|run|runs|control|controls) (all the|every|most of the|half the|all our) (shops|businesses|corner shops|property|houses|land|takeaways|landlords|media|banks|councils)', "(are|'re|is|were)? (not|never) (really|truly)? (british|english|welsh|scottish|one of us)", '(pay|paying|pays) no (tax|taxes|council tax|rates)', 'not so desperate'], note: 'A group said not to fit in, to beg, to stay among its own, to push locals out, to own everything or not to be British ("Muslims don\'t fit in here", "the English should stay in England", "buying up all our houses").', source: EHRC, only: ['race', 'religion or belief'], notBefore: ['for', 'to', 'after', 'about', 'citizens', 'citizenship', 'nationals', 'passport', 'passports', 'residents', 'enough'] },
  { match: ["(not|aren't|isn't|are not|is not) (strong|tough|clever|smart|bright|logical|rational|brave) enough", "(can't|cannot) multitask", "(can't|cannot) (read|use) a map"], note: 'Sexist stereotypes about ability ("women aren\'t strong enough", "blokes can\'t multitask").', source: EHRC, only: ['sex'] },
  { match: ['(hold|holds|holding) (the|other|normal)? (others|other kids|other children|everyone|the class|the rest) back'], note: 'Disabled children cast as holding others back.', source: EHRC, only: ['disability'] },
  { match: ['think (they\'re|they are) better than (us|the rest of us|everyone|everybody else|the locals)', 'get (everything|it all) (for free|handed to them|on a plate)', '(get|gets|getting) everything (handed|given) to them', "(can't|cannot|never|don't) hold down (a|any)? (proper|real)? job", "(don't|do not|never|won't) (even)? try (hard enough|at all)", "(shouldn't|should not|should never) be (near|around|anywhere near|allowed near|working with|teaching) (our|the|young|little)? (kids|children|schools|pupils)"], note: 'Generalisations about a group\'s character or ability ("deaf people don\'t try hard enough", "they get everything handed to them").', source: EHRC, notBefore: ['for', 'to', 'them', 'after', 'about'] },
  { match: ['(do|doing|practise|practice|keep|celebrate) (that|it|this|them|all that) back home', "about time (they|you) (went|cleared off|pushed off|buggered off) (home|back)", '(get|bring|buy) (a|your own|some|extra|a bigger) (padlock|padlocks)'], note: 'Telling a group to take their ways "back home", or to guard property when they are named ("Travellers? Bring your own padlock.").', source: EHRC, only: ['race', 'religion or belief'], reachBack: true },
  { match: ['too emotional', 'hysterical', 'should be in the kitchen', 'back in the kitchen', 'get back in the kitchen', 'know (her|their) place'], note: 'Sexist stereotypes.', source: EHRC },
  { match: ['never get the tech', "can't use (computers|technology|social media)", 'too old', 'past it', 'past (his|her|their) sell-by date', 'senile'], note: 'Ageist stereotypes.', source: EHRC },
  { match: ["shouldn't be (near children|around children|working with children)", 'still a (bloke|man|woman)', 'not (real|proper) women', 'not (real|proper) men'], note: 'Denying equal treatment or identity.', source: EHRC },
];

/**
 * Phrases that are discriminatory wherever they appear; no group word is needed.
 */
export const ALWAYS_DEMEANING: ReadonlyArray<LexiconEntry & { characteristic: Characteristic }> = [
  { characteristic: 'race', match: ['go back to where (you|they) came from', 'go back to (your|their) own country', 'go back home to (your|their) own country', 'go home to (your|their) own country', 'send them back to where they came from', 'go back to (africa|pakistan|poland|romania|india|bangladesh)'], note: 'Telling people to leave the country because of their origin.', source: EHRC },
  { characteristic: 'race', match: ['keep (brookside|it|the town|the area|this town|the village|our town|britain|england|wales) (british|white|english)', 'keep britain white', 'keep * british', 'keep * white', 'keep * english', 'white britain', 'rivers of blood'], note: 'Dog-whistle for excluding ethnic minorities.', source: EHRC },
  { characteristic: 'sex', match: ['typical woman', 'typical women', 'typical female', 'typical bird', 'like a girl'], note: 'Sexist stereotype.', source: EHRC },
  { characteristic: 'age', match: ['no older applicants', 'no older candidates', 'no over (50s|60s|40s)', '(looking for|seeking|want|wanted|need) (a|an|someone)? young'], note: 'Age discrimination in hiring (Equality Act 2010, s.5).', source: EHRC },
  { characteristic: 'race', match: ["i'm not racist but", 'im not racist but', 'i am not racist but', "i'm not being racist but", 'dw i ddim yn hiliol ond', 'dwi ddim yn hiliol ond', 'dydw i ddim yn hiliol ond', "sa i'n hiliol ond", 'smo fi\'n hiliol ond'], note: 'A disclaimer that introduces a racist generalisation.', source: EHRC },
  { characteristic: 'sexual orientation', match: ['teaching (our|the)? (kids|children) to be (gay|trans|lesbian)', 'turn(ing)? (our|the)? (kids|children) (gay|trans)', '(gay|trans|lgbt|lgbtq) agenda', 'groom(ing)? (our|the)? (kids|children)', 'promoting homosexuality'], note: 'Anti-LGBT tropes that cast gay and trans people as a danger to children.', source: EHRC },
  { characteristic: 'race', match: ['have no right to be (here|in this country|in britain|in the uk|in england|in wales|alive)', 'should all be deported', 'every * should be deported', 'deport the lot of them', 'deport them all'], note: 'Denying people the right to be in the country.', source: EHRC },
  { characteristic: 'race', match: ['little (bucharest|warsaw|pakistan|poland|india|mogadishu|romania|africa|lagos|kabul|baghdad|islamabad|karachi|bangladesh|somalia|albania|kosovo|lithuania)'], note: 'Casting an area as foreign because of who lives there.', source: EHRC },
  { characteristic: 'gender reassignment', match: ['so-called trans women', 'men pretending to be women', 'blokes pretending to be women', '(man|bloke|geezer) pretending to be a (woman|girl|lady)', '(woman|girl) pretending to be a (man|boy|bloke)', 'women pretending to be men', 'girls pretending to be boys', 'boys pretending to be girls', 'pretend (women|woman|men|man)', 'fake (women|woman)'], note: 'Denying trans women are women.', source: EHRC },
  { characteristic: 'sex', match: ['(going through|on) the menopause', 'menopausal', 'time of the month', 'hormonal', 'pmt', 'pms'], note: 'Putting a woman down because of her body.', source: EHRC },
  { characteristic: 'religion or belief', match: ['because of (his|her|their) (religion|faith|race|colour|skin colour|skin|gender|sex|age|disability|sexuality|ethnicity|background)', 'token (appointment|hire|gesture|woman|muslim|black|asian|ethnic)'], note: 'Saying someone got a role because of a protected characteristic.', source: EHRC },
  { characteristic: 'religion or belief', match: ['(jewish|zionist|zio) (lobby|bankers|money|cabal|media|control|controlled|puppet masters|globalists)', 'zionist-controlled', 'zionist occupied', 'rootless cosmopolitans', 'globalist (bankers|elite|cabal) (pulling|control|controls|behind)', 'rothschild (money|bankers|puppets|puppet|controlled)', 'rothschilds (control|own|run)', 'zog'], note: 'Coded antisemitic tropes of hidden control.', source: EHRC },
  { characteristic: 'race', match: ['ewch adre'], note: 'Welsh: "go home" (in a Welsh paragraph, where it is said to people).', source: CY, lang: 'cy' },
  { characteristic: 'race', match: ['cer nôl i dy wlad', 'cer yn ôl i dy wlad', "ewch yn ôl i'ch gwlad", "ewch nôl i'ch gwlad", "ewch adre i'ch gwlad", "ewch adref i'ch gwlad", 'cer adre i dy wlad', "ewch adre i'ch gwlad eich hun"], note: 'Welsh: "go back / go home to your country"; distinctive enough to read on short lines.', source: CY },
  { characteristic: 'sexual orientation', match: ['adam and steve'], note: 'Homophobic tropes ("not natural" and "against nature" are looked for only where LGBT people are the topic).', source: EHRC },
  { characteristic: 'gender reassignment', match: ['trans women are (men|blokes|males|biological men|still men)', 'transwomen are (men|males)', 'trans men are (women|females|girls|still women)', '(a|that) man in a wig'], note: 'Denying trans people\'s identity.', source: EHRC },
];

export interface TraitEntry {
  /** What the group is said to be, after "are", "is", "were" (and "all", "just", "born"…). */
  words: readonly string[];
  /** Only of these characteristics. */
  only?: readonly Characteristic[];
  note: string;
  source: string;
}

/**
 * Stereotypes stated as fact, said of a group as the subject: "the Welsh are all thick",
 * "older workers are dinosaurs", "wheelchair users are a burden". Looked for only right after
 * a group (or "they" in the next sentence), never after a thing for them ("the ramp for
 * wheelchair users is dangerous").
 */
export const TRAITS: readonly TraitEntry[] = [
  {
    words: ['drunks', 'drunkards', 'alcoholics', 'thick', 'stupid', 'dim', 'dimwits', 'inbred', 'arrogant', 'scammers', 'fraudsters', 'con artists', 'crooks', 'thugs', 'yobs', 'vandals', 'hooligans', 'a menace', 'menaces', 'tight', 'tight-fisted', 'greedy', 'stingy', 'money-grabbing', 'smelly', 'aggressive', 'violent', 'dangerous', 'savages', 'barbarians', 'liars', 'cheats', 'freeloaders', 'useless', 'a nuisance', 'trouble', 'bad news', 'perverts', 'deviants', 'freaks', 'weirdos', 'work-shy', 'workshy', 'good for nothing', 'uneducated', 'ignorant', 'simple', 'thick as mince', 'backward', 'entitled', 'snowflakes', 'benefit cheats', 'fakers', 'shoplifters', 'thieves', 'criminals', 'scroungers', 'dole scroungers', 'up to no good', 'cowboys', 'dodgy', 'a threat', 'a danger', 'fake refugees', 'fake asylum seekers', 'not real refugees', ...['rubbish', 'useless', 'hopeless', 'terrible', 'no good'].map((a) => `${a} at (?:maths|math|numbers|driving|parking|science|finance|sums|figures|technology|tech|money|budgets|leading|leadership|anything|everything)`)],
    note: 'A stereotype stated as a fact about a whole group ("the Welsh are all thick", "Nigerians are all scammers").',
    source: EHRC,
  },
  { words: ['a danger', 'a risk', 'a liability', 'nutters', 'mad', 'crazy', 'psychos', 'attention seekers', 'attention-seeking', 'a burden'], only: ['disability'], note: 'Casting disabled people as a danger or a burden.', source: EHRC },
  { words: ['feral', 'layabouts', 'lazy', 'dinosaurs', 'too slow', 'past it', 'past their best', 'a waste of money', 'a waste of space', 'a poor investment', 'a bad investment', 'not worth it', 'not worth training', 'not worth hiring', 'not worth employing', 'set in their ways', 'stuck in their ways'], only: ['age'], note: 'Ageist stereotypes ("older workers are dinosaurs", "pensioners are set in their ways").', source: EHRC },
];
