import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

export const SPEAKING_FOR_COUNCIL_CY: readonly LexiconEntry[] = [
  { match: ['ar ran y cyngor', "ar ran cyngor *"], note: '"On behalf of the council".', source: CY, lang: 'cy' },
];
