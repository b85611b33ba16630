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
}

function acronym(term: string, plain: string, note: string, forms: string[] = []): JargonEntry {
  return { term, plain, forms, match: [term, ...forms], note, source: LGA2_PLAIN };
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
  {
    term: 'Article 4 direction',
    plain: 'planning rule that removes the automatic right to make some changes',
    match: ['article 4 direction(s)'],
    note: 'Planning term unknown to most residents.',
    source: LGA2_PLAIN,
  },
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
