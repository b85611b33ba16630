/**
 * Word lists and reference data for `personal-data`. Every entry says why it is there
 * (`note`) and where that comes from (`source`), like the other lists in `rules/data/`.
 *
 * Cue phrases are written in lower case with plain apostrophes ("council's"); they match
 * whole words only. A trailing `*` stands for any further letters ("urodzon*").
 */

export interface DataNote {
  /** Why the entry is on the list, for reviewers. */
  note: string;
  /** A guidance section ("CG §12.3"), a standard or a URL backing the entry. */
  source: string;
}

/** A group of cue phrases that mean the same thing. */
export interface CueEntry extends DataNote {
  phrases: readonly string[];
}

export interface StreetTypeEntry extends DataNote {
  /** The word as it ends a street name, capitalised: "Avenue". */
  name: string;
  /** Abbreviations: "Ave". */
  forms?: readonly string[];
  /**
   * Also read in lower case after a home cue ("lives at 14 beech avenue"): only words that
   * are not also everyday words ("10 minutes drive", "2 doors close", "a 5 min walk").
   */
  lowerCase?: boolean;
}

export interface PostcodeAreaEntry extends DataNote {
  /** The letters that start every postcode in the area: "NG". */
  area: string;
}

export interface DomainEntry extends DataNote {
  /** The domain; its subdomains are included ("gov.uk" covers "northdale.gov.uk"). */
  domain: string;
}

export interface MailboxEntry extends DataNote {
  /** A word that names a role rather than a person, as it appears before the `@`. */
  name: string;
}

export interface PublicAddressEntry extends DataNote {
  /** The address as it is written: "10 Downing Street". */
  address: string;
}

const CG_12_3 = 'CG §12.3';
const CG_11_2 = 'CG §11.2';
const LGA1_2 = 'LGA1 §2 (personal security)';
const RULES_ALLOW = 'RULES.md: the council\u2019s own published contact details are not flagged';
const IMPRINT_LAW = 'Elections Act 2022, digital imprints (Electoral Commission statutory guidance)';
const ROYAL_MAIL = 'Royal Mail Postcode Address File: postcode areas';
const OFCOM = 'Ofcom National Telephone Numbering Plan';

/* ------------------------------------------------------------------ addresses */

/** Words that end an English street name after a house number ("14 Beech Avenue"). */
export const STREET_TYPES: readonly StreetTypeEntry[] = [
  { name: 'Street', lowerCase: true, forms: ['St'], note: 'Most common street type.', source: ROYAL_MAIL },
  { name: 'Road', lowerCase: true, forms: ['Rd'], note: 'Most common street type.', source: ROYAL_MAIL },
  { name: 'Avenue', lowerCase: true, forms: ['Ave', 'Av'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Lane', lowerCase: true, forms: ['Ln'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Close', forms: ['Cl'], note: 'Cul-de-sac; very common on estates.', source: ROYAL_MAIL },
  { name: 'Drive', forms: ['Dr'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Way', note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Court', forms: ['Ct'], note: 'Common on estates and for blocks of flats.', source: ROYAL_MAIL },
  { name: 'Crescent', lowerCase: true, forms: ['Cres'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Grove', lowerCase: true, forms: ['Gr'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Place', forms: ['Pl'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Row', note: 'Terraces ("Chapel Row").', source: ROYAL_MAIL },
  { name: 'Terrace', lowerCase: true, forms: ['Terr', 'Ter'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Gardens', lowerCase: true, forms: ['Gdns'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Mews', lowerCase: true, note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Walk', note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Rise', note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Hill', note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'View', note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Square', forms: ['Sq'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Parade', forms: ['Pde'], note: 'Common street type.', source: ROYAL_MAIL },
  { name: 'Park', note: 'Street type on estates ("Elm Park").', source: ROYAL_MAIL },
  { name: 'Green', note: 'Street type in villages.', source: ROYAL_MAIL },
  { name: 'Croft', note: 'Street type, northern England.', source: ROYAL_MAIL },
  { name: 'Mount', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Vale', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Wharf', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Yard', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Fold', note: 'Street type, northern England.', source: ROYAL_MAIL },
  { name: 'Gate', note: 'Street type, northern England ("Briggate").', source: ROYAL_MAIL },
  { name: 'Meadow', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Meadows', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Chase', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Fields', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Heights', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Boulevard', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Broadway', note: 'Street name used as its own type.', source: ROYAL_MAIL },
  { name: 'Circus', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Quay', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Wynd', note: 'Street type, Scotland and the north.', source: ROYAL_MAIL },
  { name: 'Brae', note: 'Street type, Scotland.', source: ROYAL_MAIL },
  { name: 'Loan', note: 'Street type, Scotland.', source: ROYAL_MAIL },
  { name: 'Approach', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Bank', note: 'Street type, northern England.', source: ROYAL_MAIL },
  { name: 'Dale', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Dene', note: 'Street type, north-east England.', source: ROYAL_MAIL },
  { name: 'Garth', note: 'Street type, Yorkshire and Wales.', source: ROYAL_MAIL },
  { name: 'Glade', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Hollow', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Nook', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Orchard', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Paddock', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Spinney', note: 'Street type on estates.', source: ROYAL_MAIL },
  { name: 'Villas', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Cottages', note: 'Street type for terraces of cottages.', source: ROYAL_MAIL },
  { name: 'Path', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Passage', note: 'Street type.', source: ROYAL_MAIL },
  { name: 'Embankment', note: 'Street type.', source: ROYAL_MAIL },
];

/** Welsh street words come before the name ("12 Heol y Parc", "3 Stryd Fawr"). */
export const WELSH_STREET_TYPES: readonly StreetTypeEntry[] = [
  { name: 'Heol', note: 'Welsh "road".', source: ROYAL_MAIL },
  { name: 'Stryd', note: 'Welsh "street".', source: ROYAL_MAIL },
  { name: 'Ffordd', note: 'Welsh "way, road".', source: ROYAL_MAIL },
  { name: 'Lôn', forms: ['Lon'], note: 'Welsh "lane".', source: ROYAL_MAIL },
  { name: 'Rhodfa', note: 'Welsh "avenue".', source: ROYAL_MAIL },
  { name: 'Cilgant', note: 'Welsh "crescent".', source: ROYAL_MAIL },
  { name: 'Clos', note: 'Welsh "close".', source: ROYAL_MAIL },
  { name: 'Llys', note: 'Welsh "court".', source: ROYAL_MAIL },
  { name: 'Teras', note: 'Welsh "terrace".', source: ROYAL_MAIL },
  { name: 'Coedlan', note: 'Welsh "wooded lane, avenue".', source: ROYAL_MAIL },
  { name: 'Maes', note: 'Welsh "field", a common close name ("Maes y Coed").', source: ROYAL_MAIL },
  { name: 'Llwyn', note: 'Welsh "grove".', source: ROYAL_MAIL },
  { name: 'Rhes', note: 'Welsh "row".', source: ROYAL_MAIL },
  { name: 'Cwrt', note: 'Welsh "court".', source: ROYAL_MAIL },
  { name: 'Gerddi', note: 'Welsh "gardens".', source: ROYAL_MAIL },
  { name: 'Cae', note: 'Welsh "field", as in street names ("Cae Mawr").', source: ROYAL_MAIL },
];

/**
 * Addresses of public offices that a house number and street name would otherwise flag.
 * Their postcodes are public too.
 */
export const PUBLIC_ADDRESSES: readonly PublicAddressEntry[] = [
  { address: '10 Downing Street', note: 'The Prime Minister\u2019s office; petitions are handed in here.', source: 'gov.uk (10 Downing Street)' },
  { address: '11 Downing Street', note: 'The Chancellor\u2019s office.', source: 'gov.uk (11 Downing Street)' },
];

/** Before a house number: the number is a flat in a block, kept with the address. */
export const FLAT_WORDS: readonly string[] = ['Flat', 'Apartment', 'Apt'];

/**
 * A flat or room in a named block, with no street number: "Flat 4, Osprey Court", "Room 12,
 * Oakleigh House" (a resident's room in a care home is their home). `rooms` come before the
 * number; `names` end the block's name (the street types, plus words used only for buildings).
 */
export const BUILDING_ADDRESS = {
  rooms: ['Flat', 'Apartment', 'Apt', 'Room', 'Bedsit'],
  names: [
    'House', 'Lodge', 'Tower', 'Towers', 'Mansions', 'Manor', 'Point', 'Buildings', 'Flats', 'Apartments', 'Residences', 'Heights', 'Court',
    'Close', 'Gardens', 'View', 'Place', 'Mews', 'Square', 'Walk', 'Rise', 'Green', 'Terrace', 'Row', 'Cottages', 'Villas', 'Quay', 'Wharf', 'Yard',
  ],
  note: 'Blocks of flats, sheltered schemes and care homes are named, and a flat or room number in one points to one home.',
  source: 'CG \u00a712.3 (home addresses); Royal Mail address formats',
} as const;

/** Before "Room 2, …": a meeting or public room, not someone's home. */
export const PUBLIC_ROOM_CUES: readonly CueEntry[] = [
  {
    phrases: ['committee', 'meeting', 'conference', 'function', 'seminar', 'training', 'board', 'interview', 'council', 'consulting', 'treatment', 'waiting', 'changing', 'community', 'class', 'court'],
    note: 'Rooms in public buildings and offices.',
    source: 'issue 2: precision (public premises are not personal data)',
  },
];

/**
 * Words just before a number that make it something other than a house number ("page 14
 * Green Park report", "Year 5 Oak Road walk").
 */
export const NOT_HOUSE_NUMBER_CUES: readonly CueEntry[] = [
  {
    phrases: ['page', 'pages', 'para', 'paragraph', 'section', 'item', 'items', 'clause', 'chapter', 'appendix', 'table', 'figure'],
    note: 'A number in a document reference.',
    source: 'issue 2: precision (references are not personal data)',
  },
  {
    phrases: ['year', 'years', 'aged', 'age', 'route', 'bus', 'junction', 'jct', 'platform', 'phase', 'stage', 'week', 'day', 'top', 'over', 'about', 'around', 'nearly', 'almost', 'only'],
    note: 'A school year, an age, a route or a count before a place name.',
    source: 'issue 2: precision',
  },
  {
    phrases: ['building', 'block', 'plot', 'plots', 'site', 'gate', 'stand', 'stall', 'pitch', 'court', 'room', 'floor', 'level'],
    note: 'A numbered part of a site ("Plot 4 Oak Road", "Block 2 Station Road"), not a home.',
    source: 'issue 2: precision',
  },
];

/**
 * Just before a small number: it is a time of day ("meet at 10 Market Place"), not a house
 * number. Only numbers up to 12 are read this way.
 */
export const TIME_CUES: readonly CueEntry[] = [
  {
    phrases: [
      'meet at', 'meeting at', 'meet from', 'start at', 'starts at', 'starting at', 'kick off at', 'kick-off at', 'kicks off at',
      'gather at', 'gathering at', 'opens at', 'open at', 'doors open at', 'meet us at', 'see you at', 'join us at',
    ],
    note: 'A start time before a meeting place.',
    source: 'issue 2: precision (times are not personal data)',
  },
];

/** After an address-like phrase: the number counted these ("the 14 Beech Avenue residents"). */
export const COUNTED_NOUNS: readonly CueEntry[] = [
  {
    phrases: [
      'residents', 'households', 'homes', 'houses', 'properties', 'flats', 'families', 'businesses', 'shops', 'cottages',
      'bungalows', 'apartments', 'dwellings', 'plots', 'sites', 'units', 'garages', 'buildings', 'trees', 'cars', 'bins',
      'lights', 'streetlights', 'signatures', 'objections', 'complaints', 'children', 'pupils', 'people', 'tenants',
      'neighbours', 'members', 'volunteers', 'matches', 'games', 'stalls', 'events',
    ],
    note: 'A count of things on a street, not a house number.',
    source: 'issue 2: precision',
  },
];

/** An address here is someone's home, whatever else the sentence says. */
export const HOME_CUES: readonly CueEntry[] = [
  {
    phrases: ['my house', 'my home', 'my address', 'my flat', 'our house', 'our home', 'our address', 'our flat', 'at ours', 'round ours', 'to ours', 'at mine', 'round mine'],
    note: 'The councillor\u2019s own home.',
    source: CG_12_3,
  },
  {
    phrases: ['i live', 'i\'m at', 'i am at', 'we live', 'we\'re at', 'we are at', 'home address', 'fy nghartref', 'dw i\'n byw'],
    note: 'The councillor says where they live.',
    source: CG_12_3,
  },
  {
    phrases: ['lives at', 'live at', 'living at', 'lived at', 'his house', 'her house', 'their house', 'his home', 'her home', 'their home', 'his address', 'her address', 'their address', '\'s house', '\'s home', '\'s address', 'address is', 'address:'],
    note: 'Someone else\u2019s home.',
    source: CG_11_2,
  },
];

/**
 * Just before an address: it belongs to an organisation, whose address is public ("Brookside
 * Library, 12 High Street", "Unit 3, Station Yard", "c/o Northdale Labour Party").
 */
export const PREMISES_CUES: readonly CueEntry[] = [
  {
    phrases: ['c/o', 'care of', 'unit', 'units', 'suite', 'floor', 'office', 'offices', 'hq', 'headquarters', 'business park', 'industrial estate', 'trading estate'],
    note: 'Business premises.',
    source: 'issue 2: an organisation\u2019s address is not personal data',
  },
  {
    phrases: [
      'council', 'town hall', 'civic centre', 'county hall', 'guildhall', 'council offices', 'library', 'community centre', 'centre', 'center', 'hub', 'hall', 'reception',
      'church', 'chapel', 'mosque', 'temple', 'gurdwara', 'synagogue', 'school', 'academy', 'college', 'university', 'nursery',
      'surgery', 'practice', 'health centre', 'pharmacy', 'hospital', 'clinic', 'care home', 'nursing home', 'police station', 'fire station',
      'museum', 'theatre', 'cinema', 'gallery', 'leisure centre', 'pool', 'stadium', 'ground', 'station', 'depot', 'post office', 'job centre', 'jobcentre',
    ],
    note: 'A public building or service.',
    source: 'issue 2: an organisation\u2019s address is not personal data',
  },
  {
    phrases: [
      'shop', 'store', 'cafe', 'café', 'pub', 'inn', 'hotel', 'restaurant', 'bar', 'club', 'market', 'food bank', 'foodbank', 'pantry', 'warehouse', 'works', 'factory', 'garage',
      'ltd', 'limited', 'plc', 'llp', 'cic', 'charity', 'trust', 'association', 'society', 'foundation', 'company', 'business', 'venue', 'studio',
      'party office', 'campaign office', 'constituency office', 'party',
    ],
    note: 'A business, charity or party office ("party" only as part of a name: "Northdale Labour Party").',
    source: 'issue 2: an organisation\u2019s address is not personal data',
  },
];

/**
 * Before an address in the same sentence: it is quoted from a public register (a planning
 * or licensing application), which publishes the site address.
 */
export const PUBLIC_RECORD_CUES: readonly CueEntry[] = [
  {
    phrases: [
      'planning application', 'planning applications', 'planning permission', 'planning ref', 'planning reference', 'planning appeal',
      'outline application', 'full application', 'listed building consent', 'prior approval', 'tree preservation order', 'tpo',
      'licence application', 'licensing application', 'premises licence', 'application ref', 'application reference', 'cais cynllunio',
    ],
    note: 'Planning and licensing registers publish the site address.',
    source: 'issue 2: reporting a decision that is already public is not flagged (RULES.md)',
  },
];

/**
 * A paragraph that carries a digital imprint: the promoter\u2019s address in it is required by
 * law and published on purpose, so addresses and postcodes after the cue are not flagged.
 */
export const IMPRINT_CUES: readonly CueEntry[] = [
  {
    phrases: ['promoted by', 'printed by', 'published by', 'promoted and published by', 'hyrwyddwyd gan', 'argraffwyd gan', 'cyhoeddwyd gan'],
    note: 'Start of a digital or printed imprint.',
    source: IMPRINT_LAW,
  },
];

/* ------------------------------------------------------------------ postcodes */

const area = (code: string, town: string): PostcodeAreaEntry => ({ area: code, note: town, source: ROYAL_MAIL });

/** The 121 postcode areas of the UK, plus the Channel Islands and the Isle of Man. */
export const POSTCODE_AREAS: readonly PostcodeAreaEntry[] = [
  area('AB', 'Aberdeen'), area('AL', 'St Albans'), area('B', 'Birmingham'), area('BA', 'Bath'), area('BB', 'Blackburn'),
  area('BD', 'Bradford'), area('BH', 'Bournemouth'), area('BL', 'Bolton'), area('BN', 'Brighton'), area('BR', 'Bromley'),
  area('BS', 'Bristol'), area('BT', 'Northern Ireland'), area('CA', 'Carlisle'), area('CB', 'Cambridge'), area('CF', 'Cardiff'),
  area('CH', 'Chester'), area('CM', 'Chelmsford'), area('CO', 'Colchester'), area('CR', 'Croydon'), area('CT', 'Canterbury'),
  area('CV', 'Coventry'), area('CW', 'Crewe'), area('DA', 'Dartford'), area('DD', 'Dundee'), area('DE', 'Derby'),
  area('DG', 'Dumfries'), area('DH', 'Durham'), area('DL', 'Darlington'), area('DN', 'Doncaster'), area('DT', 'Dorchester'),
  area('DY', 'Dudley'), area('E', 'East London'), area('EC', 'East Central London'), area('EH', 'Edinburgh'), area('EN', 'Enfield'),
  area('EX', 'Exeter'), area('FK', 'Falkirk'), area('FY', 'Blackpool'), area('G', 'Glasgow'), area('GL', 'Gloucester'),
  area('GU', 'Guildford'), area('GY', 'Guernsey'), area('HA', 'Harrow'), area('HD', 'Huddersfield'), area('HG', 'Harrogate'),
  area('HP', 'Hemel Hempstead'), area('HR', 'Hereford'), area('HS', 'Outer Hebrides'), area('HU', 'Hull'), area('HX', 'Halifax'),
  area('IG', 'Ilford'), area('IM', 'Isle of Man'), area('IP', 'Ipswich'), area('IV', 'Inverness'), area('JE', 'Jersey'),
  area('KA', 'Kilmarnock'), area('KT', 'Kingston upon Thames'), area('KW', 'Kirkwall'), area('KY', 'Kirkcaldy'), area('L', 'Liverpool'),
  area('LA', 'Lancaster'), area('LD', 'Llandrindod Wells'), area('LE', 'Leicester'), area('LL', 'Llandudno'), area('LN', 'Lincoln'),
  area('LS', 'Leeds'), area('LU', 'Luton'), area('M', 'Manchester'), area('ME', 'Rochester'), area('MK', 'Milton Keynes'),
  area('ML', 'Motherwell'), area('N', 'North London'), area('NE', 'Newcastle upon Tyne'), area('NG', 'Nottingham'), area('NN', 'Northampton'),
  area('NP', 'Newport'), area('NR', 'Norwich'), area('NW', 'North West London'), area('OL', 'Oldham'), area('OX', 'Oxford'),
  area('PA', 'Paisley'), area('PE', 'Peterborough'), area('PH', 'Perth'), area('PL', 'Plymouth'), area('PO', 'Portsmouth'),
  area('PR', 'Preston'), area('RG', 'Reading'), area('RH', 'Redhill'), area('RM', 'Romford'), area('S', 'Sheffield'),
  area('SA', 'Swansea'), area('SE', 'South East London'), area('SG', 'Stevenage'), area('SK', 'Stockport'), area('SL', 'Slough'),
  area('SM', 'Sutton'), area('SN', 'Swindon'), area('SO', 'Southampton'), area('SP', 'Salisbury'), area('SR', 'Sunderland'),
  area('SS', 'Southend-on-Sea'), area('ST', 'Stoke-on-Trent'), area('SW', 'South West London'), area('SY', 'Shrewsbury'), area('TA', 'Taunton'),
  area('TD', 'Galashiels'), area('TF', 'Telford'), area('TN', 'Tonbridge'), area('TQ', 'Torquay'), area('TR', 'Truro'),
  area('TS', 'Cleveland'), area('TW', 'Twickenham'), area('UB', 'Southall'), area('W', 'West London'), area('WA', 'Warrington'),
  area('WC', 'West Central London'), area('WD', 'Watford'), area('WF', 'Wakefield'), area('WN', 'Wigan'), area('WR', 'Worcester'),
  area('WS', 'Walsall'), area('WV', 'Wolverhampton'), area('YO', 'York'), area('ZE', 'Shetland'),
];

/** A postcode written in lower case is only read as one after a cue like these. */
export const POSTCODE_CUES: readonly CueEntry[] = [
  { phrases: ['postcode', 'post code', 'cod post', 'côd post'], note: 'Names the postcode.', source: CG_12_3 },
];

/* ------------------------------------------------------------------ phone numbers */

/**
 * Before or just after a phone number: it is a person\u2019s own line. These win over the
 * organisation cues below ("call me or the council" is decided by the nearest cue).
 */
export const PERSONAL_PHONE_CUES: readonly CueEntry[] = [
  {
    phrases: [
      'me', 'mine', 'i\'m on', 'i am on', 'reach me', 'ffoniwch fi', 'tecstiwch fi',
      'my *? *? (number|numbers|no|mobile|phone|landline|line|cell|digits|contact|details|moby|whatsapp)',
      'fy *? (rhif|ffôn|ffon|symudol)',
    ],
    note: 'The councillor\u2019s own number ("call me on", "my number", "my direct line").',
    source: CG_12_3,
  },
  {
    phrases: ['home', 'mobile', 'mob', 'cell', 'private', 'personal', 'whatsapp', 'text', 'texts', 'ffôn symudol', 'symudol', 'cartref', 'preifat', 'personol'],
    note: 'A home, mobile or private line (LGA1: do not share personal phone numbers).',
    source: LGA1_2,
  },
  {
    phrases: [
      'his number', 'her number', 'their number', 'his mobile', 'her mobile', 'their mobile', 'his phone', 'her phone', 'their phone',
      'his direct line', 'her direct line', 'their direct line', 'his line', 'her line', 'his landline', 'her landline', 'his extension', 'her extension',
      'his number\'s', 'her number\'s',
      'daughter\'s', 'son\'s', 'mum\'s', 'mother\'s', 'dad\'s', 'father\'s', 'wife\'s', 'husband\'s', 'partner\'s', 'brother\'s', 'sister\'s',
      'nan\'s', 'gran\'s', 'grandad\'s', 'friend\'s', 'neighbour\'s', 'landlord\'s', 'tenant\'s', 'boyfriend\'s', 'girlfriend\'s', 'carer\'s',
      'aunt\'s', 'uncle\'s', 'cousin\'s', 'niece\'s', 'nephew\'s',
    ],
    note: 'Another person\u2019s number ("her daughter\u2019s number").',
    source: CG_11_2,
  },
];

/** Before or just after a phone number: it is an organisation\u2019s published line. */
export const ORGANISATION_PHONE_CUES: readonly CueEntry[] = [
  {
    phrases: ['council', 'council\'s', 'councils', 'borough', 'county', 'parish', 'authority', 'cyngor', 'town hall', 'civic centre'],
    note: 'A council line.',
    source: RULES_ALLOW,
  },
  {
    phrases: [
      'helpline', 'help line', 'hotline', 'switchboard', 'reception', 'customer service', 'customer services', 'contact centre', 'call centre',
      'team', 'department', 'dept', 'service', 'services', 'line', 'lines', 'desk', 'hub', 'front door', 'enquiries', 'enquiry', 'bookings', 'booking',
      'appointments', 'book', 'tickets', 'reservations', 'freephone', 'out of hours', 'out-of-hours', 'emergency', 'emergencies', '24/7', 'mon',
      'monday', 'office', 'offices',
      'social care', 'adult social care', 'children\'s services', 'social services', 'social work', 'safeguarding', 'housing', 'homelessness',
      'benefits', 'council tax', 'business rates', 'waste', 'recycling', 'highways', 'planning', 'environmental health', 'licensing',
      'registrar', 'register office', 'citizens advice', 'advice line', 'support line', 'crisis line', 'samaritans',
      'llinell', 'llinell gymorth', 'tîm', 'gwasanaeth', 'gwasanaethau', 'swyddfa', 'derbynfa',
    ],
    note: 'Names a service\u2019s line, desk or opening hours.',
    source: RULES_ALLOW,
  },
  {
    phrases: [
      'surgery', 'practice', 'pharmacy', 'hospital', 'clinic', 'care home', 'nursing home', 'nhs', 'police', 'fire service', 'library', 'school', 'academy', 'college',
      'trust', 'charity', 'foundation', 'association', 'society', 'club', 'centre', 'hall', 'church', 'food bank', 'foodbank', 'ltd', 'limited',
      'plc', 'company', 'business', 'shop', 'store', 'venue',
    ],
    note: 'Names an organisation whose number is published.',
    source: RULES_ALLOW,
  },
];

/** Before a name: the name is a person's ("Mrs Evans", "Cllr Obi"), not an organisation's. */
export const PERSON_TITLE_CUES: readonly CueEntry[] = [
  {
    phrases: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'cynghorydd', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'revd', 'pc', 'sgt', 'insp'],
    note: 'Titles of people.',
    source: CG_11_2,
  },
];

/** Just before a number: it is a reference, not a phone number ("case ref 0115…"). */
export const REFERENCE_CUES: readonly CueEntry[] = [
  {
    phrases: ['ref', 'reference', 'case', 'order', 'invoice', 'ticket', 'incident', 'claim', 'policy', 'serial', 'tracking', 'application', 'crime number', 'log number'],
    note: 'A reference number that happens to look like a phone number.',
    source: 'issue 2: fault and planning references are not personal data',
  },
];

/* ------------------------------------------------------------------ e-mail */

/** Public bodies: their addresses (including a councillor\u2019s official one) are published. */
export const PUBLIC_EMAIL_DOMAINS: readonly DomainEntry[] = [
  { domain: 'gov.uk', note: 'UK central and local government, including councillors\u2019 official addresses.', source: RULES_ALLOW },
  { domain: 'gov.wales', note: 'Welsh Government.', source: RULES_ALLOW },
  { domain: 'llyw.cymru', note: 'Welsh Government (Welsh domain).', source: RULES_ALLOW },
  { domain: 'gov.scot', note: 'Scottish Government.', source: RULES_ALLOW },
  { domain: 'nhs.net', note: 'NHS staff mail.', source: RULES_ALLOW },
  { domain: 'nhs.uk', note: 'NHS organisations.', source: RULES_ALLOW },
  { domain: 'nhs.scot', note: 'NHS Scotland.', source: RULES_ALLOW },
  { domain: 'police.uk', note: 'Police forces.', source: RULES_ALLOW },
  { domain: 'parliament.uk', note: 'MPs\u2019 and peers\u2019 official addresses.', source: RULES_ALLOW },
  { domain: 'parliament.scot', note: 'MSPs\u2019 official addresses.', source: RULES_ALLOW },
  { domain: 'senedd.wales', note: 'MSs\u2019 official addresses.', source: RULES_ALLOW },
  { domain: 'senedd.cymru', note: 'MSs\u2019 official addresses (Welsh domain).', source: RULES_ALLOW },
];

/** Mailbox names that stand for a role or a team, not a person ("info@", "press@"). */
export const ROLE_MAILBOXES: readonly MailboxEntry[] = [
  'info', 'information', 'enquiries', 'enquiry', 'inquiries', 'contact', 'contactus', 'hello', 'hi', 'office', 'admin', 'administration',
  'press', 'media', 'news', 'newsroom', 'communications', 'comms', 'help', 'helpdesk', 'support', 'customerservices', 'customer',
  'services', 'service', 'reception', 'mail', 'post', 'team', 'sales', 'bookings', 'booking', 'events', 'membership', 'members',
  'secretary', 'chair', 'treasurer', 'clerk', 'webmaster', 'feedback', 'complaints', 'democratic', 'democraticservices', 'elections',
  'electoral', 'planning', 'licensing', 'council', 'councillors', 'general', 'noreply', 'no', 'reply', 'volunteer', 'volunteers',
  'campaign', 'campaigns', 'party', 'ward', 'branch', 'group', 'ymholiadau', 'post', 'swyddfa', 'foodbank', 'rates', 'business',
  'council', 'tax', 'housing', 'highways', 'waste', 'parks', 'library', 'libraries',
]
  .filter((name, index, all) => all.indexOf(name) === index)
  .map((name) => ({ name, note: 'Role or team mailbox, published by the organisation.', source: 'issue 2: role addresses are not personal data' }));

/* ------------------------------------------------------------------ identity numbers */

/** Before a date: it is a date of birth. */
export const BIRTH_CUES: readonly CueEntry[] = [
  {
    phrases: ['born', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'bday', 'b\'day'],
    note: 'Names a date of birth (CG §12.3: do not share your date of birth).',
    source: CG_12_3,
  },
  {
    phrases: ['dyddiad geni', 'ganwyd', 'pen-blwydd', 'penblwydd', 'urodzon*', 'urodzin*', 'data urodzenia', 'geboren', 'geburtsdatum', 'né', 'née', 'date de naissance', 'nacid*', 'fecha de nacimiento', 'nato', 'nata', 'data di nascita'],
    note: 'Date of birth in Welsh and the languages most posted in besides English (the rule runs on every language).',
    source: CG_12_3,
  },
];

export const NI_CUES: readonly CueEntry[] = [
  {
    phrases: ['national insurance', 'ni number', 'ni no', 'ni num', 'nino', 'n.i. number', 'n.i. no', 'ni#', 'yswiriant gwladol'],
    note: 'Names a National Insurance number; with it any two-letter prefix counts (HMRC\u2019s own example is QQ 12 34 56 C).',
    source: 'HMRC National Insurance Manual NIM39110',
  },
];

export const NHS_CUES: readonly CueEntry[] = [
  {
    phrases: ['nhs', 'nhs no', 'nhs number', 'nhs num', 'nhs#', 'chi', 'chi no', 'chi number', 'h&c number', 'health and care number', 'rhif gig', 'gig'],
    note: 'Names an NHS (or Scottish CHI, Northern Irish H&C) number; with it a number is flagged even if its check digit is wrong.',
    source: 'NHS Data Dictionary: NHS number',
  },
];

export const SORT_CODE_CUES: readonly CueEntry[] = [
  { phrases: ['sort code', 'sortcode', 's/c', 'sort', 'cod didoli'], note: 'Names a bank sort code.', source: CG_11_2 },
];

export const ACCOUNT_CUES: readonly CueEntry[] = [
  {
    phrases: ['account', 'account no', 'account number', 'acc', 'acc no', 'acct', 'a/c', 'bank account', 'rhif cyfrif', 'cyfrif', 'konto', 'numer konta'],
    note: 'Names a bank account number.',
    source: CG_11_2,
  },
];

export const CARD_CUES: readonly CueEntry[] = [
  {
    phrases: ['card', 'card number', 'card no', 'long number', 'visa', 'mastercard', 'amex', 'debit card', 'credit card', 'cerdyn'],
    note: 'Names a payment card number.',
    source: CG_11_2,
  },
];

/** Before or after an older-format registration ("A123 BCD", "ABC 123D"): it is a vehicle. */
export const VEHICLE_CUES: readonly CueEntry[] = [
  {
    phrases: [
      'reg', 'registration', 'reg no', 'number plate', 'numberplate', 'plate', 'plates', 'vrm', 'car', 'cars', 'van', 'vans', 'vehicle',
      'lorry', 'truck', 'motor', 'motorbike', 'motorcycle', 'moped', 'scooter', 'taxi', 'minibus', 'pickup', 'pick-up', 'hgv', '4x4',
      'suv', 'camper', 'campervan', 'motorhome', 'caravan', 'trailer', 'cerbyd', 'fan', 'rhif cofrestru',
    ],
    note: 'Names a vehicle (LGA1 advises against sharing vehicle details).',
    source: LGA1_2,
  },
];

/** Sources for the format checks in `src/engine/detectors/`. */
export const FORMAT_SOURCES = {
  phone: OFCOM,
  postcode: 'Royal Mail / ONS postcode format (outward code A9, A99, A9A, AA9, AA99, AA9A; inward code 9AA)',
  nino: 'HMRC National Insurance Manual NIM39110 (prefix and suffix rules)',
  nhs: 'NHS Data Dictionary: NHS number (modulus 11 check digit)',
  vehicle: 'DVLA INF104: vehicle registration numbers and number plates',
  card: 'ISO/IEC 7812 (Luhn check digit)',
  iban: 'ISO 13616 (IBAN, mod 97 check)',
} as const;
