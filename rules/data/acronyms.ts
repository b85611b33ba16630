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
  SATs CV DVD PC IT AI QR CEO VAT PIN LED ATM 4x4 AONB LGA RE: FYI TBC ETA NI NHS's`.split(/\s+/),
);

export function isKnownAcronym(word: string, council?: CouncilSettings): boolean {
  const bare = word.replace(/['’]s$/, '');
  return WELL_KNOWN_ACRONYMS.has(bare) || (council !== undefined && bare in council.acronyms);
}
