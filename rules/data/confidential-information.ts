import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';
const ACCESS = 'Local Government Act 1972, Schedule 12A (exempt information); CG §11.1; GM 5.6';

/** Welsh markers of confidential material; the English ones are patterns in the rule. */
export const CONFIDENTIAL_CY: readonly LexiconEntry[] = [
  { match: ['cyfrinachol', 'gyfrinachol', 'nghyfrinachol'], note: '"Confidential" (with mutations).', source: CY, lang: 'cy' },
  { match: ['sesiwn gaeedig', 'sesiwn gaeëdig', 'cyfarfod preifat', 'sesiwn breifat', 'cyfarfod caeedig'], note: '"Closed session", "private meeting".', source: ACCESS, lang: 'cy' },
  { match: ['peidiwch â dweud wrth neb', 'peidiwch a dweud wrth neb', 'paid â dweud wrth neb', 'rhyngom ni', 'rhyngddon ni', 'dan embargo', 'tu ôl i ddrysau caeedig', 'dw i ddim i fod i ddweud', 'dwi ddim i fod i ddweud', 'dwi ddim i fod i ddeud', 'chlywsoch chi ddim hyn gen i', 'glywsoch chi ddim hyn gen i', 'cytundeb peidio â datgelu', 'mewn cyfrinachedd'], note: '"Don\'t tell anyone", "between us", "under embargo", "behind closed doors", "I\'m not supposed to say", "you didn\'t hear this from me", "non-disclosure agreement", "in confidence".', source: ACCESS, lang: 'cy' },
  { match: ['adroddiad eithriedig', 'gwybodaeth eithriedig', 'heb ei gyhoeddi eto', 'oddi ar y record', "wedi'i ollwng", 'wedi gollwng'], note: '"Exempt report", "not yet published", "off the record", "leaked".', source: ACCESS, lang: 'cy' },
];
