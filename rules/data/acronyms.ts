import type { CouncilSettings } from '../../src/config/types';
import type { LexiconEntry } from '../../src/engine/match/lexicon';

const LGA2_PLAIN = 'LGA2 abuse guide: avoid acronyms and council-speak';

export interface JargonEntry extends LexiconEntry {
  /** How the term is written in text, case-sensitive ("S106", "HMO"). */
  term: string;
  /** The plain-English phrase offered in the rewrite. */
  plain: string;
  /** Extra forms: plurals, older spellings. */
  forms?: readonly string[];
  /** Words that, right after the term, make it something else: "CAT scan". */
  notBefore?: readonly string[];
}

function acronym(term: string, plain: string, note: string, forms: string[] = [], notBefore?: string[]): JargonEntry {
  return { term, plain, forms, match: [term, ...forms], note, source: LGA2_PLAIN, ...(notBefore ? { notBefore } : {}) };
}

/** A phrase of council-speak in words, matched lower case, at the start of a sentence and in title case. */
function speak(term: string, plain: string, note: string, more: string[] = []): JargonEntry {
  const cased = (value: string) => [value, value[0]!.toUpperCase() + value.slice(1), value.replace(/\b\p{L}/gu, (c) => c.toUpperCase())];
  const forms = [...new Set([...cased(term), ...more.flatMap(cased)])].filter((form) => form !== term);
  return { term, plain, forms, match: [term, ...more], note, source: LGA2_PLAIN };
}

/**
 * Council-speak that residents may not know. Each `plain` is the wording used in the rewrite
 * "HMO (house in multiple occupation)". Councils add their own through `acronyms` in the configuration.
 */
export const JARGON: readonly JargonEntry[] = [
  acronym('ASB', 'anti-social behaviour', 'Police and housing shorthand.'),
  acronym('ASC', 'adult social care', 'Service-area shorthand.'),
  acronym('BCF', 'Better Care Fund', 'NHS and council pooled budget.'),
  acronym('CIL', 'Community Infrastructure Levy', 'A planning charge on new building.'),
  acronym('CPO', 'compulsory purchase order', 'Legal power to buy land.', ['CPOs']),
  acronym('CPZ', 'controlled parking zone', 'Parking scheme shorthand.', ['CPZs']),
  acronym('CSE', 'child sexual exploitation', 'Safeguarding shorthand.'),
  acronym('DFG', 'Disabled Facilities Grant', 'Home adaptation grant.', ['DFGs']),
  acronym('DSG', 'Dedicated Schools Grant', 'School funding shorthand.'),
  acronym('EHCP', 'education, health and care plan', 'SEND plan for a child.', ['EHCPs']),
  acronym('FPN', 'fixed penalty notice', 'Enforcement shorthand.', ['FPNs']),
  acronym('HMO', 'house in multiple occupation', 'Housing and planning shorthand.', ['HMOs']),
  acronym('HRA', 'Housing Revenue Account', 'Council housing budget.'),
  acronym('ICB', 'integrated care board', 'NHS body.', ['ICBs']),
  acronym('KPI', 'performance target', 'Management shorthand.', ['KPIs']),
  acronym('LAC', 'looked-after children', 'Children in care.'),
  acronym('LATC', 'council-owned company', 'Local authority trading company.', ['LATCs']),
  acronym('LDP', 'local development plan', 'Planning policy document.'),
  acronym('LGR', 'local government reorganisation', 'Restructuring shorthand.'),
  acronym('LTN', 'low traffic neighbourhood', 'Traffic scheme shorthand.', ['LTNs']),
  acronym('MASH', 'multi-agency safeguarding hub', 'Safeguarding team.'),
  acronym('MTFS', 'medium-term financial strategy', 'Budget planning document.'),
  acronym('NLW', 'National Living Wage', 'Pay-rate shorthand.'),
  acronym('NPPF', 'National Planning Policy Framework', 'Government planning rules.'),
  acronym('O&S', 'overview and scrutiny', 'Committee shorthand.'),
  acronym('PRS', 'private rented sector', 'Housing shorthand.'),
  acronym('PSPO', 'public spaces protection order', 'Enforcement order.', ['PSPOs']),
  acronym('RSL', 'housing association', 'Registered social landlord.', ['RSLs']),
  acronym('S106', 'money developers pay towards local services', 'Section 106 planning obligation.', ['s106', 'S.106']),
  acronym('SEND', 'special educational needs and disabilities', 'Education shorthand (only in capitals).'),
  acronym('SEN', 'special educational needs', 'Education shorthand.'),
  acronym('SHLAA', 'housing land availability assessment', 'Planning evidence document.'),
  acronym('SLA', 'service agreement', 'Service level agreement.', ['SLAs']),
  acronym('SPD', 'supplementary planning document', 'Planning guidance.', ['SPDs']),
  acronym('TRO', 'legal order to change traffic or parking rules', 'Traffic Regulation Order.', ['TROs']),
  acronym('UKSPF', 'UK Shared Prosperity Fund', 'Government funding programme.'),
  acronym('VFM', 'value for money', 'Finance shorthand.'),
  acronym('s151', 'chief finance officer', 'Section 151 officer.', ['S151']),
  acronym('LCWIP', 'local cycling and walking plan', 'Local Cycling and Walking Infrastructure Plan.', ['LCWIPs']),
  acronym('ATE', 'Active Travel England', 'Government agency funding walking and cycling.'),
  acronym('LUF', 'Levelling Up Fund', 'Government funding programme.'),
  acronym('BSIP', 'bus service improvement plan', 'Bus funding plan.', ['BSIPs']),
  acronym('LEVI', 'funding for electric vehicle charge points', 'Local Electric Vehicle Infrastructure fund.'),
  acronym('NHB', 'New Homes Bonus', 'Government grant for new homes.'),
  acronym('RSG', 'government grant to the council', 'Revenue Support Grant.'),
  acronym('NNDR', 'business rates', 'National Non-Domestic Rates.'),
  acronym('CTR', 'council tax reduction', 'Council tax support scheme.', ['CTRS']),
  acronym('DHP', 'discretionary housing payment', 'Help with rent.', ['DHPs']),
  acronym('SEMH', 'social, emotional and mental health needs', 'SEND category.'),
  acronym('LADO', 'the council’s officer for allegations against staff working with children', 'Local Authority Designated Officer.'),
  acronym('CIN', 'child in need', 'Children’s services category.'),
  acronym('DoLS', 'Deprivation of Liberty Safeguards', 'Care law safeguards.'),
  acronym('CHC', 'NHS continuing healthcare', 'Health funding for care.'),
  acronym('DToC', 'delayed hospital discharges', 'Delayed transfers of care.'),
  acronym('TTRO', 'temporary road closure order', 'Temporary Traffic Regulation Order.', ['TTROs']),
  acronym('PCN', 'parking fine', 'Penalty charge notice.', ['PCNs']),
  acronym('CPE', 'council parking enforcement', 'Civil parking enforcement.'),
  acronym('CAZ', 'clean air zone', 'Vehicle charging zone.'),
  acronym('AQMA', 'air quality management area', 'Air pollution area.', ['AQMAs']),
  acronym('SuDS', 'drainage that slows rainwater', 'Sustainable drainage systems.', ['SUDS']),
  acronym('LLFA', 'the council as flood authority', 'Lead Local Flood Authority.'),
  acronym('SFRA', 'flood risk assessment', 'Strategic Flood Risk Assessment.'),
  acronym('IDB', 'internal drainage board', 'Local drainage body.', ['IDBs']),
  acronym('SSSI', 'Site of Special Scientific Interest', 'Protected wildlife site.', ['SSSIs']),
  acronym('NDP', 'neighbourhood plan', 'Neighbourhood Development Plan.', ['NDPs']),
  acronym('SHMA', 'housing needs study', 'Strategic Housing Market Assessment.'),
  acronym('HDT', 'Housing Delivery Test', 'Government housing target test.'),
  acronym('5YHLS', 'five-year supply of housing land', 'Five-year housing land supply.'),
  acronym('OAN', 'assessed housing need', 'Objectively assessed need.'),
  acronym('LDO', 'local development order', 'Planning permission by order.'),
  acronym('ALMO', 'council-owned housing company', 'Arm’s-length management organisation.', ['ALMOs']),
  acronym('RTB', 'Right to Buy', 'Council house sales scheme.'),
  acronym('HHSRS', 'housing health and safety rating', 'Housing Health and Safety Rating System.'),
  acronym('MEES', 'minimum energy standards for rented homes', 'Minimum Energy Efficiency Standards.'),
  acronym('MRP', 'debt repayment set aside', 'Minimum Revenue Provision.'),
  acronym('CFR', 'borrowing need', 'Capital Financing Requirement.'),
  acronym('PWLB', 'government loans to councils', 'Public Works Loan Board.'),
  acronym('HWB', 'health and wellbeing board', 'Council and NHS partnership board.'),
  acronym('JSNA', 'local health needs study', 'Joint Strategic Needs Assessment.'),
  acronym('ICS', 'integrated care system', 'NHS and council partnership.'),
  acronym('CSP', 'community safety partnership', 'Crime reduction partnership.'),
  acronym('OSC', 'overview and scrutiny committee', 'Scrutiny committee shorthand.'),
  acronym('CAT', 'community asset transfer', 'Handing a building to a community group (only in capitals).', [], ['scan', 'scans', 'scanner']),
  acronym('BID', 'business improvement district', 'Business levy area (only in capitals).', ['BIDs']),
  acronym('LEP', 'local enterprise partnership', 'Business partnership.'),
  acronym('CA', 'combined authority', 'Group of councils (only in capitals).'),
  acronym('MHCLG', 'the government department for councils', 'Ministry of Housing, Communities and Local Government.'),
  acronym('DLUHC', 'the government department for councils', 'Former name of MHCLG.'),
  // Funding, finance and government programmes.
  acronym('NCIL', 'the neighbourhood share of the Community Infrastructure Levy', 'Neighbourhood CIL: the part of the levy spent locally.'),
  acronym('MTFP', 'medium-term financial plan', 'Budget planning document.'),
  acronym('HIF', 'Housing Infrastructure Fund', 'Government funding programme.'),
  acronym('FHSF', 'Future High Streets Fund', 'Government funding programme.'),
  acronym('CRSTS', 'government transport funding for city regions', 'City Region Sustainable Transport Settlement.'),
  acronym('LAHF', 'Local Authority Housing Fund', 'Government housing funding.'),
  acronym('PFI', 'private finance deal', 'Private Finance Initiative.'),
  acronym('SPV', 'company set up for the project', 'Special purpose vehicle.', ['SPVs']),
  acronym('OBC', 'outline business case', 'Project approval stage.', ['OBCs']),
  acronym('FBC', 'full business case', 'Project approval stage.', ['FBCs']),
  acronym('MoU', 'formal agreement', 'Memorandum of understanding.', ['MOU', 'MoUs', 'MOUs']),
  acronym('LCTS', 'council tax support', 'Local council tax support scheme.', ['LCTRS']),
  acronym('SBRR', 'small business rate relief', 'Business rates discount.'),
  acronym('LGPS', 'the local government pension scheme', 'Pension scheme shorthand.'),
  acronym('TUPE', 'the rules that move staff to a new employer on the same terms', 'Transfer of Undertakings (Protection of Employment) regulations.'),
  acronym('DSO', 'the council’s own works team', 'Direct services organisation.', ['DLO']),
  acronym('TMO', 'tenant management organisation', 'Tenant-run housing management.', ['TMOs']),
  // Highways, transport and parking.
  acronym('ETRO', 'trial traffic order', 'Experimental Traffic Regulation Order.', ['ETROs']),
  acronym('RPZ', 'residents’ parking zone', 'Parking scheme shorthand.', ['RPZs']),
  acronym('DYL', 'double yellow lines', 'Parking shorthand.', ['DYLs']),
  acronym('LTP', 'local transport plan', 'Transport policy document.'),
  acronym('ANPR', 'number-plate cameras', 'Automatic number plate recognition.'),
  acronym('PRoW', 'public right of way', 'Footpaths and bridleways.', ['PROW', 'PRoWs']),
  acronym('ROWIP', 'rights of way improvement plan', 'Footpath plan.'),
  acronym('MUGA', 'multi-use games area', 'Fenced sports court.', ['MUGAs']),
  acronym('NDR', 'business rates', 'Non-domestic rates.'),
  acronym('SAB', 'safeguarding adults board', 'Safeguarding partnership.'),
  acronym('LGSCO', 'the Local Government Ombudsman', 'Local Government and Social Care Ombudsman.', ['LGO']),
  acronym('EIR', 'request for environmental information', 'Environmental Information Regulations request.', ['EIRs']),
  acronym('SAR', 'request for the personal data held about you', 'Subject access request.', ['SARs']),
  acronym('SIL', 'supported living', 'Supported independent living.'),
  acronym('S278', 'agreement for a developer to change the road', 'Section 278 highways agreement.', ['s278', 'S.278']),
  // Planning, environment and waste.
  acronym('TPO', 'tree preservation order', 'Protected tree.', ['TPOs']),
  acronym('BNG', 'biodiversity net gain (leaving more nature than before)', 'Planning requirement.'),
  acronym('LNRS', 'local nature recovery strategy', 'Nature plan.'),
  acronym('SANG', 'green space provided to protect wildlife sites', 'Suitable Alternative Natural Greenspace.', ['SANGs']),
  acronym('NFM', 'natural flood management', 'Flood prevention shorthand.'),
  acronym('EiP', 'the public examination of the local plan', 'Examination in public.', ['EIP']),
  acronym('LDS', 'the timetable for the local plan', 'Local development scheme.'),
  acronym('NSIP', 'nationally significant infrastructure project', 'Major project decided by government.', ['NSIPs']),
  acronym('DCO', 'development consent order', 'Planning permission for national infrastructure.', ['DCOs']),
  acronym('CLEUD', 'certificate that an existing use is lawful', 'Certificate of lawful existing use or development.'),
  acronym('S215', 'notice to tidy up land', 'Section 215 untidy land notice.', ['s215']),
  acronym('HWRC', 'household waste recycling centre (the tip)', 'Waste site shorthand.', ['HWRCs']),
  acronym('MRF', 'recycling sorting plant', 'Materials recovery facility.'),
  acronym('EfW', 'energy-from-waste plant', 'Incinerator shorthand.', ['EFW']),
  acronym('EqIA', 'equality impact assessment', 'Assessment of effects on protected groups.', ['EqIAs', 'EIA', 'EIAs']),
  acronym('DPIA', 'data protection impact assessment', 'Privacy assessment.'),
  acronym('PSED', 'the public sector equality duty', 'Equality law duty.'),
  acronym('RIPA', 'the law on covert surveillance', 'Regulation of Investigatory Powers Act.'),
  acronym('CPN', 'community protection notice', 'Anti-social behaviour notice.', ['CPNs', 'CPW', 'CPWs']),
  // Children, education, health and care.
  acronym('ALN', 'additional learning needs', 'Welsh education shorthand.'),
  acronym('ALNCo', 'additional learning needs coordinator', 'School role.', ['ALNCO']),
  acronym('SENCO', 'special educational needs coordinator', 'School role.', ['SENCo', 'SENCOs']),
  acronym('EHCNA', 'assessment for an education, health and care plan', 'EHC needs assessment.'),
  acronym('CAMHS', 'children’s mental health services', 'Child and Adolescent Mental Health Services.'),
  acronym('PRU', 'pupil referral unit (a school for excluded pupils)', 'Alternative school.', ['PRUs']),
  acronym('MAT', 'multi-academy trust', 'Group of academies (only in capitals).', ['MATs']),
  acronym('LEA', 'local education authority', 'Older name for the council’s education role.'),
  acronym('FSM', 'free school meals', 'Education shorthand.'),
  acronym('HAF', 'holiday activities and food programme', 'School holiday scheme.'),
  acronym('HNB', 'high needs funding for SEND', 'High needs block.'),
  acronym('NEET', 'not in education, employment or training', 'Young people shorthand.', ['NEETs']),
  acronym('UASC', 'unaccompanied asylum-seeking children', 'Children’s services shorthand.'),
  acronym('EHE', 'home education', 'Elective home education.'),
  acronym('SGO', 'special guardianship order', 'Care order for a relative.', ['SGOs']),
  acronym('CLA', 'children in care', 'Children looked after.'),
  acronym('LSCP', 'local safeguarding children partnership', 'Safeguarding board.'),
  acronym('MARAC', 'meeting on high-risk domestic abuse cases', 'Multi-agency risk assessment conference.', ['MARACs']),
  acronym('MAPPA', 'arrangements for managing dangerous offenders', 'Multi-agency public protection arrangements.'),
  acronym('IDVA', 'domestic abuse adviser', 'Independent domestic violence adviser.', ['IDVAs']),
  acronym('DHR', 'domestic homicide review', 'Review after a domestic abuse death.', ['DHRs']),
  acronym('DPH', 'director of public health', 'Senior officer.'),
  acronym('D2A', 'discharge from hospital to assess needs at home', 'Discharge to assess.'),
  acronym('AMHP', 'approved mental health professional', 'Mental health role.', ['AMHPs']),
  acronym('CQC', 'the care inspectorate (Care Quality Commission)', 'Care regulator.'),
  acronym('VCS', 'voluntary and community groups', 'Voluntary and community sector.', ['VCSE', 'VCFS']),
  acronym('FOI', 'freedom of information request', 'Information request shorthand.', ['FOIs', 'FoI']),
  // Council-speak written out in words.
  acronym('NRW', 'Natural Resources Wales', 'Welsh environment body.'),
  acronym('DCWW', 'Welsh Water', 'Dŵr Cymru Welsh Water.'),
  acronym('WLGA', 'Welsh Local Government Association', 'Councils’ body in Wales.'),
  acronym('CDLl', 'local development plan', 'Welsh for LDP (Cynllun Datblygu Lleol).'),
  acronym('BAU', 'business as usual', 'Management shorthand.'),
  acronym('VA', 'viability assessment', 'Planning shorthand: a developer’s case for paying less.', ['VAs']),
  acronym('FVA', 'financial viability assessment', 'Planning shorthand.', ['FVAs']),
  acronym('ECO4', 'the ECO4 energy-saving grant scheme', 'Home insulation scheme.'),
  acronym('s38', 'road adoption agreement', 'Highways Act 1980 section 38.', ['S38']),
  acronym('IDP', 'infrastructure delivery plan', 'Planning document.'),
  acronym('SCI', 'statement of community involvement', 'Planning consultation policy.'),
  acronym('PPA', 'planning performance agreement', 'Planning shorthand.', ['PPAs']),
  acronym('EA', 'Environment Agency', 'Government body.', [], ['sports', 'games']),
  acronym('UKHSA', 'UK Health Security Agency', 'Government body.'),
  acronym('DfE', 'Department for Education', 'Government department.'),
  acronym('DfT', 'Department for Transport', 'Government department.'),
  acronym('DHSC', 'Department of Health and Social Care', 'Government department.'),
  acronym('MCA', 'mayoral combined authority', 'Regional body.', ['MCAs']),
  acronym('PTE', 'passenger transport executive', 'Transport body.'),
  acronym('BCUHB', 'Betsi Cadwaladr health board', 'Welsh health board.'),
  speak('place-based', 'local', 'Council-speak.', ['place based']),
  speak('co-production', 'working it out with residents', 'Council-speak.', ['coproduction', 'co-produce', 'co-produced']),
  speak('stakeholder mapping', 'working out who to talk to', 'Council-speak.'),
  speak('stakeholder engagement', 'talking to the people affected', 'Council-speak.'),
  speak('holistic approach', 'joined-up approach', 'Council-speak.', ['holistic, place-based']),
  speak('whole-system approach', 'joined-up approach', 'Council-speak.', ['whole system approach']),
  speak('direction of travel', 'plan', 'Council-speak.'),
  speak('workstream', 'piece of work', 'Council-speak.', ['workstreams']),
  speak('place-shaping', 'improving the area', 'Council-speak.', ['place shaping']),
  speak('options appraisal', 'comparison of the choices', 'Council-speak.'),
  speak('soft market testing', 'asking firms informally what they could offer', 'Procurement term.'),
  speak('benefits realisation', 'checking the promised benefits happen', 'Council-speak.'),
  speak('horizon scanning', 'looking ahead', 'Council-speak.'),
  speak('silo working', 'departments not working together', 'Council-speak.'),
  speak('transformation programme', 'programme of changes', 'Council-speak.'),
  speak('demand management', 'reducing the need for services', 'Council-speak.'),
  speak('early intervention', 'helping sooner', 'Council-speak.'),
  speak('capital programme', 'the council’s spending plan for buildings, roads and equipment', 'Finance term.'),
  speak('revenue budget', 'day-to-day budget', 'Finance term.', ['revenue budgets']),
  speak('virement', 'moving money between budgets', 'Finance term.', ['virements']),
  speak('minimum revenue provision', 'money set aside to repay debt', 'Finance term.'),
  speak('capitalisation direction', 'government permission to pay running costs from borrowing or sales', 'Finance term.'),
  speak('section 114 notice', 'a formal warning that the council cannot balance its budget', 'Finance term.', ['s114 notice', 'S114 notice']),
  speak('budget envelope', 'the money available', 'Finance term.'),
  speak('precept', 'the share of council tax that goes to it', 'Council tax term.', ['precepts']),
  speak('decant', 'move out temporarily', 'Housing term: moving tenants out while work is done.'),
  speak('decanted', 'moved out temporarily', 'Housing term: tenants moved out while work is done.'),
  speak('decanting', 'moving tenants out temporarily', 'Housing term.'),
  speak('void properties', 'empty council homes', 'Housing term.', ['void property', 'void homes', 'voids']),
  speak('delegated powers', 'powers officers use without a committee vote', 'Governance term.', ['delegated decision', 'delegated decisions']),
  speak('statutory consultation', 'the consultation the law requires', 'Governance term.'),
  {
    term: 'Article 4 direction',
    plain: 'planning rule that removes the automatic right to make some changes',
    match: ['article 4 direction(s)'],
    note: 'Planning term unknown to most residents.',
    source: LGA2_PLAIN,
  },
  { term: 'Reg 19', plain: 'final consultation on the local plan', forms: ['Reg. 19', 'Regulation 19', 'Reg 18', 'Regulation 18'], match: ['reg 19'], note: 'Local plan stage.', source: LGA2_PLAIN },
  { term: 'soundness', plain: 'whether the plan meets the legal tests', match: ['soundness'], note: 'Planning inspection term.', source: LGA2_PLAIN },
  { term: 'material considerations', plain: 'the planning reasons that can count', forms: ['material consideration'], match: ['material considerations'], note: 'Planning term.', source: LGA2_PLAIN },
  { term: 'permitted development', plain: 'building work that needs no planning application', forms: ['permitted development rights'], match: ['permitted development'], note: 'Planning term.', source: LGA2_PLAIN },
  { term: 'reserved matters', plain: 'the detailed design stage of a planning approval', match: ['reserved matters'], note: 'Planning term.', source: LGA2_PLAIN },
];

/**
 * Acronyms everyone knows. They are not jargon, and a sentence made of them is not shouting.
 */
export const WELL_KNOWN_ACRONYMS = new Set(
  `NHS GP GPs UK EU BBC ITV MP MPs MSP MS CCTV ID TV DIY ASAP FAQ FAQs OK PM AM NB PS RIP VIP HGV HGVs MOT A&E RSPCA RNLI
  NSPCC DVLA HMRC DWP BT UN NATO LGBT LGBTQ LGBTQ+ SNP FC PTA WI GCSE GCSEs PE RE BBQ PCSO PCSOs USA US COVID RAF
  SATs CV DVD PC IT AI QR CEO VAT PIN LED ATM 4x4 AONB LGA RE: FYI TBC ETA NI NHS's
  TBA RSVP PDF URL SMS LOL OMG FFS WTF IMO IMHO TBH AKA DM DMs PMs GB ONS UCAS NVQ BTEC STEM HIV DNA ADHD OCD PTSD MMR CPR BSL
  RSPB YMCA YHA AGM MBE OBE CBE KC QC MEP MEPs MSPs MSs UKIP DUP SDP ITU ICU EV EVs SUV SUVs CO2 UV BMX BMW VW KFC M&S B&Q B&B
  AFC RFC CC NCT RBL WW1 WW2 WWII VE VJ GCHQ MI5 NATO UEFA FIFA WHO UNICEF NSPCC RNIB RNID CAB MIND ACAS DBS DVSA DBS PAYE ISA
  NHS111 GMT BST USB HD PCs LGBTQIA LGBTQIA+ BAME OAP OAPs PO BA MA PhD MSc BSc MD CIC CEOs PMQs FMQs UHT`.split(/\s+/),
);

export function isKnownAcronym(word: string, council?: CouncilSettings): boolean {
  const bare = word.replace(/['’]s$/, '');
  return WELL_KNOWN_ACRONYMS.has(bare) || (council !== undefined && bare in council.acronyms);
}

/**
 * Ordinary words written in capitals for emphasis or on a sign ("NOT", "FREE", "HELP"): three to
 * five letters, so the fallback for unknown acronyms leaves them alone. Also short Welsh and
 * other words met in capitals, and day and month abbreviations.
 */
export const CAPITALISED_WORDS = new Set(
  `THE AND BUT NOT NOR FOR YET ALL ANY NOW NEW OLD OUT OFF ONE TWO SIX TEN YES YEP NOPE WHO WHY HOW WHAT WHEN WHERE WHICH
  THIS THAT THESE THOSE THEM THEY THEIR THERE THEN THAN YOU YOUR OUR OURS HIS HER HERS HIM SHE ITS WAS WERE ARE HAS HAD HAVE
  DID DOES DONE DOING CAN CANT CAN'T WONT WON'T DONT DON'T ISNT ISN'T WILL WOULD SHALL MUST MAY MIGHT COULD SHOULD NEED NEEDS
  GET GOT GOES GOING GONE COME CAME MAKE MADE TAKE TOOK GIVE GAVE KEEP KEPT SEE SAW SEEN LOOK SAID SAYS TELL TOLD KNOW KNEW
  FREE OPEN SHUT CLOSE STOP HELP READ NOTE NEWS SALE SOLD WANT LOVE HATE LIKE FUN BIG HUGE MASSIVE HUGE HOT COLD WET DRY
  VERY MORE MOST LESS LEAST JUST ONLY EVEN EVER NEVER STILL AGAIN ALSO TOO SO SUCH MUCH MANY FEW SOME NONE EACH EVERY BOTH
  WITH FROM INTO ONTO UPON OVER UNDER ABOUT AFTER BEFORE SINCE UNTIL TILL WHILE DURING AWAY BACK DOWN HERE LATE EARLY SOON
  TODAY NIGHT DAY DAYS WEEK YEAR TIME LAST NEXT FIRST BEST WORST GOOD BAD SAD MAD GLAD WOW YAY BOO OMG YEAH HEY HELLO THANK
  THANKS SORRY PLEASE LOTS LOT WELL REAL TRUE FALSE FACT FACTS LIES LIE SAFE RISK WARN ALERT DANGER SLOW FAST RIGHT WRONG LEFT
  WORK JOBS JOB HOME ROAD LANE BINS BIN ROADS PARK CLUB TEAM TOWN CITY VOTE VOTES POLL POLLS WIN WON LOST LOSE CASH MONEY
  RATE RATES FEES FEE TAX PAY PAID COST COSTS BILL BILLS FINE FINES LAW LAWS RULE RULES SHAME JOKE FARCE MESS FIX FIXED
  BROKE BROKEN DEAD LIVE LIVES LIFE KIDS KID MUM DAD MAN MEN WOMAN GIRL BOY BOYS GIRLS BABY DOG DOGS CAT CATS CAR CARS BUS
  BUSES VAN VANS FIRE FLOOD RAIN SNOW STORM WIND ICE SUN WARM DATE DATES FULL EMPTY LONG SHORT HIGH LOW TOP END ENDS ENDED
  DONE EASY HARD SURE WAIT SHOW SHOWS TRY TRIED CALL CALLS RING EMAIL TEXT POST SHARE JOIN MEET COME ASK ASKED ANSWER
  NO ON IN AT TO OF OR IF IS IT BE BY WE ME MY UP US AN AS DO GO HE SO OH OK
  MON TUE TUES WED THU THUR THURS FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
  DIM YR YN AR EICH EIN HEOL FAWR BACH BAWB DIOLCH CROESO TREF SIOP YSGOL CYMRU NAWR HEDDIW ETO
  II III IV VI VII VIII IX XI XII`.split(/\s+/),
);
