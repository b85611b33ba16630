import type { LexiconEntry } from '../../src/engine/match/lexicon';

/**
 * Vocabulary of allegations, grouped by concept. Each group is a list of regular-expression
 * fragments over the folded text (lower case, straight apostrophes, people as `NAME`); the rule
 * joins them into its patterns. Innocent senses ("stole the show", "forged ahead",
 * "watered down the plan") are kept out by the objects each group asks for.
 */
export interface TermGroup {
  terms: readonly string[];
  note: string;
  source: string;
}

const CG = 'CG §6.2 (defamation: the councillor is personally liable), GM 4.2, DSC 4.5';
const LIBEL = 'Defamation Act 2013 s.1 (serious harm); imputations of crime or dishonesty are the classic defamatory meanings';
const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Roles that make a person identifiable: "the parks manager", "our MP", "the landlord at the Feathers". */
export const ROLES: TermGroup = {
  terms: [
    'leader', 'deputy leader', 'chair(?:man|woman|person)?', 'vice-?chair', 'officers?', 'councill?ors?', 'cllrs?', 'members?',
    'portfolio holders?', 'cabinet members?', 'chief exec(?:utive)?', 'ceo', 'mayor', 'clerk', 'directors?', 'managers?',
    'supervisors?', 'mps?', 'ministers?', 'opponents?', 'rivals?', 'candidates?', 'landlords?', 'landlady', 'publican', 'licensee',
    'developers?', 'contractors?', 'builders?', 'owners?', 'agents?', 'editor', 'journalist', 'reporter', 'treasurer', 'secretary',
    'trustees?', 'governors?', 'head(?:teacher|master|mistress)?', 'caretaker', 'wardens?', 'inspectors?', 'planners?', 'surveyors?',
    'accountant', 'auditor', 'bursar', 'teachers?', 'head teacher', 'doctors?', 'gp', 'dentist', 'vet', 'nurses?', 'carers?',
    'coach', 'vicar', 'priest', 'imam', 'rabbi', 'scout leader', 'police officer', 'pcso', 'copper', 'drivers?', 'mechanic', 'boss', 'bosses', 'husband', 'wife', 'partner', 'brother', 'sister', 'son',
    'daughter', 'nephew', 'niece', 'cousin', 'mate', 'lad', 'bloke', 'fella', 'guy', 'man', 'woman', 'tenants?', 'neighbou?rs?',
    'fly-?tippers?', 'head of [a-z]+',
  ],
  note: 'A person picked out by role is identifiable to local readers, so an allegation about them can be defamatory.',
  source: CG,
};

/** Businesses and organisations by kind: "the chippy on Mill Street", "the garage". */
export const ORGANISATIONS: TermGroup = {
  terms: ['firm', 'company', 'business', 'garage', 'dealership', 'chippy', 'takeaway', 'pub', 'shop', 'club', 'charity', 'academy', 'family'],
  note: 'A business or family picked out by kind and place is identifiable.',
  source: CG,
};

/** Bodies: an allegation of crime against the council or its cabinet is still defamation risk. */
export const BODIES: TermGroup = {
  terms: ['administration', 'cabinet', 'leadership', 'ruling group', 'council', 'team', 'department', 'staff'],
  note: 'A public body can sue for malicious falsehood, and its named members for libel.',
  source: CG,
};

/** What a business is called: "Harrow Lane Motors", "Greenway Homes Ltd". */
export const BUSINESS_SUFFIXES: TermGroup = {
  terms: [
    'motors', 'autos', 'car sales', 'garage', 'ltd', 'limited', 'plc', 'homes', 'lettings', 'estates', 'properties', 'developments',
    'construction', 'builders', 'roofing', 'plumbing', 'holdings', 'taxis', 'cabs', 'kebabs?', 'pizza', 'takeaway', 'stores',
    'butchers', 'bakery', 'salon', 'barbers', 'scaffolding', 'skips', 'haulage', 'removals', 'landscaping', 'cleaning', 'security',
    'recruitment', '& sons', 'and sons', 'nursery', 'care home', 'cafe', 'café', 'restaurant', 'hotel', 'bar', 'inn', 'arms',
    'tavern', 'gym', 'stores', 'mart', 'vets', 'dental', 'pharmacy', 'chemist', 'launderette', 'car wash', 'hand car wash',
  ],
  note: 'A named business is an identifiable claimant.',
  source: CG,
};

/** Labels after "is/are": "is corrupt", "are crooks", "is on the take". */
export const LABELS: TermGroup = {
  terms: [
    'corrupt', 'bent', 'crooked', 'crooks?', 'a crook', 'liars?', 'a liar', 'lying(?! (?:low|down|awake|in|still|flat|around|there|here|idle|empty|dormant|face|on|under|beside|next))', 'frauds?', 'a fraud', 'fraudsters?', 'fraudulent',
    'thie(?:f|ves)', 'a thief', 'thieving', 'criminals?', 'a criminal', 'dishonest', 'con ?(?:men|man|artists?)', 'cowboys', 'scammers?',
    'swindlers?', 'paedo(?:phile)?s?', 'nonces?', 'a racist', 'racists', 'a predator', 'predators', 'a sex pest', 'drug dealers?',
    'a drug dealer', 'a dealer', 'dealers', 'a tax dodger', 'tax dodgers', 'tax cheats?', 'benefit cheats?', 'a gangster', 'gangsters',
    'on the take', 'on the fiddle', 'in the pay of', 'on the payroll of', "on (?:the )?[a-z-]+'s? payroll", 'bought and paid for',
    "in (?:the |his |her |their )?(?:[a-z'-]+ ){0,2}pockets?(?! (?:money|books?|guides?|parks?|sized?|editions?|knife|knives|watch|calculators?|diar(?:y|ies)|dictionar(?:y|ies)|change|tissues?)\\b)", 'a cheat', 'cheats', 'cheating', 'money launderers?', 'laundering money',
    'a hack who makes', 'in it for (?:himself|herself|themselves)',
  ],
  note: 'Labels that impute crime or dishonesty.',
  source: LIBEL,
};

/** Lying and deceiving, with the object that makes it an accusation. */
export const LYING: TermGroup = {
  terms: [
    "(?:lied|has lied|have lied|is lying|are lying|was lying|were lying|been lying|keeps? lying|kept lying)(?! (?:low|down|awake|in (?:bed|their beds|wait|state)|still|flat|around|there|here|idle|empty|dormant|face|on (?:the|a|his|her|their)|under|beside|next to|in the))",
    'lies to', 'lies about', 'lying (?:to|about|through)', 'told (?:a |an )?(?:outright |barefaced |bare-faced |blatant |pack of )?lies',
    'tells lies', 'telling lies', 'spreading lies', 'made (?:it|things|stuff|that|the figures|the numbers) up(?! (?:the|to|a|an|there|here|onto|into|in|on|at|and over|hill|stairs)\\b)',
    'makes? (?:things|stuff|it) up(?! (?:the|to|a|an|there|here|onto|into|in|on|at)\\b)', 'making (?:it|things|stuff) up(?! (?:the|to|a|an|there|here|onto|into|in|on|at)\\b)',
  ],
  note: 'Saying someone lied imputes dishonesty.',
  source: LIBEL,
};

/** Deceiving verbs that are innocent in the passive ("he was misled by the figures"): the rule asks for an active subject. */
export const DECEIVING: TermGroup = {
  terms: [
    'misled(?: (?:the )?(?:whole |entire |full |local )?(?:committee|council|public|residents|inquiry|hustings|meeting|chamber|house|voters|electorate|parliament|people|everyone|us|taxpayers|tenants|members|press|audit committee|scrutiny))?',
    'misleads', 'has misled', 'have misled', 'deceived', 'deceives', 'deceiving', 'defrauded', 'defrauds', 'defrauding',
    'swindled', 'swindles', 'fleeced', 'fleeces', 'blackmailed', 'blackmails', 'bribed', 'bribes', 'bribing', 'intimidated witnesses',
    'perverted the course of justice', 'lied under oath',
    'conned (?:the |their |his |her )?(?:[a-z]+ )?(?:council|taxpayers?|residents|tenants|pensioners|customers|elderly|public|club|charity|members|people|us|everyone)',
    'cons (?:residents|people|tenants|pensioners|customers|the elderly|the public)',
    'is misleading (?:the|residents|people|us|everyone|voters)',
    "(?:deliberately |knowingly )?rip(?:s|ped|ping)? off (?:half |all |the whole |every |most of )?(?:the |his |her |their |its )?(?:pensioners|tenants|residents|old people|customers|the vulnerable|vulnerable|elderly|council|taxpayers?|estate|town|village|street|ward|public|people|everyone|parents|families|buyers|drivers|us|me)",
    '(?:sexually )?harass(?:ed|es|ing) (?:female |women |young |junior )?(?:staff|women|girls|colleagues|officers|volunteers|tenants)',
    'groped', 'gropes', 'groping', 'abuses (?:his|her|their) position', 'abused (?:his|her|their) position',
  ],
  note: 'Deceit, fraud, blackmail and harassment as acts of the subject; the passive ("was misled") is spared by the rule.',
  source: LIBEL,
};

/** Taking what is not yours. The verbs that have innocent senses ask for money or an employer's property. */
export const THEFT_VERBS: TermGroup = {
  terms: [
    'pocketed', 'pockets', 'pocketing', 'trousered', 'trousers', 'trousering', 'nicked', 'nicks', 'nicking', 'pinched', 'pinches',
    'pinching', 'siphon(?:ed|s|ing)? off', 'syphon(?:ed|s|ing)? off', 'skim(?:med|s|ming)? (?:off|from)', 'misappropriated',
    'misappropriating', 'helped (?:himself|herself|themselves) to', 'helps (?:himself|herself|themselves) to',
    'helping (?:himself|herself|themselves) to', '(?:walked|made|ran|went) off with', '(?:walks|makes|runs) off with',
    '(?:walking|making|running) off with', 'flog(?:s|ged|ging)(?: off)?', 'sell(?:s|ing)?(?: off)?', 'sold(?: off)?',
    'taking home', 'took home',
  ],
  note: 'Verbs of taking or keeping; they count when the object is money or someone else\'s property.',
  source: LIBEL,
};

/** Money and property that is not the subject's to take. */
export const PROPERTY: TermGroup = {
  terms: [
    'money', 'cash', 'funds?', 'takings', 'float', 'petty cash', 'grant(?: money)?', 'donations', 'collection', 'proceeds', 'subs',
    'fees', 'deposits?', 'bonds?', 'savings', 'pensions?', 'diesel', 'fuel', 'petrol', 'equipment', 'kit', 'tools', 'laptops?',
    'computers?', 'stock', 'materials', 'lead', 'copper', 'data', 'furniture', 'timber', 'supplies', 'expenses', 'wages', 'rent',
    'budget', 'ward grant', 'council tax', '(?:heating )?oil', 'gas', 'food', 'paint', 'plants', 'tiles', 'bricks', 'cables?',
    'batteries', 'bikes?', 'phones?', 'tablets?', 'ipads?', 'vans?', 'mowers?', 'machinery', 'toner', 'prizes', 'raffle prizes',
    'tickets', 'fundraising', 'sponsorship', 'allowances?', 'payoff',
  ],
  note: 'Money and goods: taking them is theft, unlike "walked off with first prize".',
  source: LIBEL,
};

/** Owners that make taking property theft: "council diesel", "the school's laptops". */
export const OWNERS: TermGroup = {
  terms: [
    "council(?:'s)?", "school(?:'s)?", "club(?:'s)?", "charity(?:'s)?", "church(?:'s)?", "parish(?:'s)?", 'ward', 'community',
    'public', "taxpayers'?", "residents'?", "tenants'?", "company(?:'s)?", "firm(?:'s)?", "depot(?:'s)?", "works'?", 'office',
    "hospital(?:'s)?", "people'?s", "pensioners'?",
  ],
  note: 'Property of an employer or the public.',
  source: LIBEL,
};

/** Faking and rigging, with the objects that make it fraud ("rigged the tender", not "rigged up a gazebo"). */
export const FAKING_VERBS: TermGroup = {
  terms: [
    'falsified', 'falsifies', 'falsifying', 'doctored', 'doctors', 'doctoring', 'fabricated', 'fabricates', 'fabricating', 'faked',
    'fakes', 'faking', 'forged', 'forges', 'forging', 'rigged', 'rigs', 'rigging', 'fiddled', 'fiddles',
    'fiddling', 'cooked', 'cooks', 'cooking', 'massaged', 'massaging', 'inflated', 'inflates', 'inflating', 'padded', 'padding',
    'shredded', 'shreds', 'shredding', 'destroyed', 'deleted', 'covered up', 'covers up', 'covering up', 'hushed up', 'hushes up',
    'buried', 'buries', 'burying', 'suppressed', 'suppresses', 'suppressing', 'hid', 'hides', 'hiding', 'concealed', 'conceals',
    'concealing', 'kept quiet about',
  ],
  note: 'Falsifying, rigging and concealing.',
  source: LIBEL,
};

/** What is faked, rigged or concealed. */
export const RECORDS: TermGroup = {
  terms: [
    'votes?', 'count', 'results?', 'election', 'ballot', 'tender', 'contracts?', 'figures', 'numbers', 'books', 'accounts', 'survey',
    'data', 'minutes', 'records', 'signatures?', 'documents?', 'invoices?', 'receipts?', 'references?', 'qualifications', 'certificates?',
    'consultation', 'selection', 'interview', 'draw', 'raffle', 'poll', 'petition', 'evidence', 'readings', 'timesheets', 'expenses',
    'claims?', 'mileage', 'bills?', 'meters?', 'benefits', 'vat', 'tax returns?', 'report', 'complaints?', 'truth', 'abuse',
    'allegations?', 'findings', 'failings', 'overspend', 'losses', 'scandal', 'emails?', 'files', 'audit', 'investigation', 'fraud',
    'crime', 'cctv', 'footage', 'scores', 'marks', 'bullying', 'harassment', 'mistakes?', 'damage', 'leaks?', 'accidents?',
    'incidents?', 'cases?', 'assaults?', 'misconduct', 'racism', 'wrongdoing', 'negligence', 'failures?', 'deaths?', 'injur(?:y|ies)',
    'pollution', 'spills?', 'contamination', 'safety (?:issues|problems|failings)',
  ],
  note: 'Records whose falsification or concealment is fraud or misconduct in public office.',
  source: LIBEL,
};

/** Crimes of trade: clocking cars, watering down beer, dodging tax, selling to children. */
export const TRADE_CRIMES: TermGroup = {
  terms: [
    'clock(?:s|ed|ing)? (?:the )?(?:mileage|miles|odometers?|speedos?|clocks)', 'clocking (?:cars|motors|vehicles|the cars)',
    'clocks (?:cars|motors|vehicles)', '(?:winds?|winding|wound|turns?|turned|turning|rolls?|rolled|rolling) back (?:the )?(?:mileage|clocks|odometers?|speedos?)',
    'water(?:s|ed|ing)? down (?:the )?(?:beer|bitter|lager|ale|cider|spirits|vodka|gin|whisk(?:e)?y|rum|drinks|pints?|wine|milk|fuel|diesel|petrol)',
    '(?:dodg|evad|fiddl|cheat)(?:e|es|ed|ing|s)? (?:the )?(?:tax|taxes|taxman|vat|hmrc|business rates|national insurance|council tax|income tax)',
    'cash in hand (?:to (?:dodge|avoid|evade|get round)|so (?:he|she|they) (?:can|don\'?t)|off the books|no tax|tax-?free)',
    'pays? (?:his |her |their |the )?(?:[a-z]+ )?(?:staff|workers|lads|employees) (?:cash in hand|below (?:the )?minimum wage|under the table|off the books|peanuts illegally)',
    '(?:claim(?:s|ed|ing)?|on) (?:benefits|universal credit|the dole|sick pay|pip|esa|housing benefit|the sick) (?:while|whilst|but|and) (?:working|works|worked|running|runs|doing)',
    '(?:deals?|dealing|dealt|sells?|selling|sold|push(?:es|ing)|grows?|growing) (?:drugs|coke|cocaine|weed|cannabis|skunk|heroin|smack|crack|pills|ket|ketamine|spice|class a)',
    '(?:sells?|selling|sold|serves?|serving|served) (?:booze|alcohol|drink|cigarettes|fags|vapes|knives|fireworks) to (?:kids|children|under-?age|minors|teenagers|under-?18s|schoolkids)',
    '(?:sells?|selling|sold|flog(?:s|ged|ging)|deals? in|dealing in) (?:stolen|nicked|fake|counterfeit|knock-?off|hooky) ',
    'drink-?driv(?:es|ing)', 'drives? (?:drunk|while drunk|without insurance|with no insurance|uninsured|while banned)', 'drove (?:drunk|home drunk|while drunk)',
    '(?:employs?|employing|employed|uses?|using) (?:illegal (?:workers|immigrants)|undeclared workers)',
    'illegally evict(?:ed|s|ing)?', "(?:keeps?|kept|keeping|pockets?|pocketed|withh(?:olds?|eld|olding)) (?:the |their |tenants'? |people'?s |students'? )?deposits? (?:and never|and won'?t|and doesn'?t|without)",
    "(?:never|won'?t|doesn'?t|didn'?t) (?:return|give back|pay back|hand back|refund) (?:the |their |tenants'? |people'?s |students'? |any )?deposits?", 'launder(?:s|ed|ing)? (?:money|cash|the proceeds)',
    '(?:billed|bills|billing|charged|charges|charging|invoiced|invoices|claimed|claims|claiming) [^.!?]{0,40}?(?:never|didn\'?t|did not|wasn\'?t|weren\'?t|not) (?:done|did|do|delivered|carried out|happened|finished|completed|made|went|attended|took|worked|turned up)',
    "(?:never|doesn'?t|don'?t|didn'?t|not) declar(?:es|ed|ing|e)? (?:it|any of it|the (?:cash|money|income|takings)|(?:his|her|their|its) (?:income|earnings|takings))",
    "takes? (?:the |people'?s |your |their )?(?:deposits?|money|cash|payments?) (?:up front |upfront )?and (?:then )?(?:never|doesn'?t|didn'?t|disappears|vanishes|does a runner|legs it)",
    '(?:sells?|selling|sold|serv(?:es|ing|ed)) (?:out-of-date|out of date|rotten|gone-off|contaminated|horse) (?:meat|food|chicken|stock|fish)',
    '(?:drive|drives|driving|work|works|working|operat(?:e|es|ing)|trad(?:e|es|ing)|runs?|running) without (?:a |any )?(?:licen[cs]es?|insurance|dbs checks?|taxi licen[cs]es?|premises licen[cs]e)',
    '(?:has|have|\'s|\'ve) (?:done|served) time', 'did time', '(?:was|been) inside for', 'has (?:a|previous|several|two|three) convictions? for', 'has a criminal record',
    '(?:was|got) (?:arrested|convicted|charged|done|nicked) for',
    'broke the law', 'acted illegally', 'acted unlawfully', 'is breaking the law', 'are breaking the law',
    '(?:was|got) (?:sacked|banned|barred|kicked out|struck off) (?:from [a-z\' ]+ )?for (?:fiddling|stealing|theft|fraud|gross misconduct|lying|fighting|violence|assault|dealing|dishonesty)',
  ],
  note: 'Everyday crimes of dishonesty and trading offences, stated as what someone does.',
  source: LIBEL,
};

/** Bribery nouns: "took backhanders", "brown envelopes all round". */
export const BRIBES: TermGroup = {
  terms: ['backhanders?', 'bribes?', 'kickbacks?', 'bungs?', 'brown envelopes?', 'hush money', 'sweeteners?'],
  note: 'Money paid for a decision.',
  source: 'Bribery Act 2010; CG §6.2',
};

/** Crimes pinned on a culprit: "is the one who torched the bins". */
export const CULPRIT_CRIMES: TermGroup = {
  terms: [
    'torched', 'set fire to', 'set (?:the |them |it |a )?(?:[a-z]+ )?(?:fire|alight)', 'started the fires?', 'lit the fires?', 'smashed',
    'smashing', 'vandalised', 'vandalized', 'vandalising', 'vandalizing', 'stole', 'nicked', 'nicking', 'stealing', 'burgled',
    'broke into', 'breaking into', 'dumped', 'dumping', 'fly-?tipped', 'fly-?tipping', 'graffitied', 'tagged', 'spray-?painted',
    'attacked', 'assaulted', 'mugged', 'robbed', 'stabbed', 'keyed', 'slashed', 'trashed', 'wrecked',
    '(?:threw|throwing|chucked|chucking) (?:stones|bricks|eggs|rocks|fireworks)', 'poisoned', 'killed', 'dealing', 'deals', 'sells drugs',
    'selling drugs', 'joyriding', 'joyrode', 'ram-?raided', 'shoplifting', 'shoplifted', 'lit', 'burnt', 'burned',
  ],
  note: 'Criminal damage, theft and violence.',
  source: LIBEL,
};

/** Welsh allegations. */
export const ALLEGATIONS_CY: readonly LexiconEntry[] = [
  { match: ['celwyddgi', 'gelwyddgi', 'celwyddgwn', 'dweud celwydd', 'deud celwydd', 'palu celwyddau'], note: '"Liar", "telling lies".', source: CY, lang: 'cy' },
  { match: ['lleidr', 'yn dwyn arian', 'wedi dwyn arian', 'wedi dwyn yr arian'], note: '"Thief", "stealing money", "has stolen (the) money".', source: CY, lang: 'cy' },
  { match: ["yn dwyn o'r", "wedi dwyn o'r", 'yn dwyn oddi ar', 'wedi dwyn oddi ar', 'wedi bod yn dwyn'], note: '"Stealing from (the)", "has stolen from", "has been stealing": theft in any tense.', source: CY, lang: 'cy' },
  { match: ['twyllwr', 'twyllwyr', 'llygredig', 'llwgr', 'llwgrwobr', 'llwgrwobrwyo', 'cil-dwrn', 'wedi twyllo'], note: '"Fraudster", "corrupt", "bribe", "backhander", "has cheated".', source: CY, lang: 'cy' },
];
