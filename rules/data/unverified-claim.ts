import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh hearsay markers; the English ones are patterns in the rule. */
export const HEARSAY_CY: readonly LexiconEntry[] = [
  { match: ['clywais fod', 'clywais bod', "dw i wedi clywed", "rwy wedi clywed", "dwi wedi clywed", 'clywed si'], note: '"I heard that".', source: CY, lang: 'cy' },
  { match: ['mae sôn', 'mae si', 'yn ôl y sôn', "mae'n debyg fod", "mae'n debyg bod", 'medden nhw'], note: '"There is talk", "rumour has it", "apparently", "so they say".', source: CY, lang: 'cy' },
];
