import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh absences; the English ones are patterns in the rule. */
export const WHEREABOUTS_CY: readonly LexiconEntry[] = [
  { match: ['ar wyliau tan', 'ar wyliau yn * tan', 'i ffwrdd tan', 'bant tan', 'tŷ gwag', "ar fy mhen fy hun heno"], note: '"On holiday until", "away until", "empty house", "on my own tonight".', source: CY, lang: 'cy' },
];
