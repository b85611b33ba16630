import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh closed-mind phrases; English ones are patterns in the rule. */
export const CLOSED_MIND_CY: readonly LexiconEntry[] = [
  { match: ["wedi penderfynu'n barod", 'wedi penderfynu yn barod', "mae fy meddwl wedi'i wneud", 'beth bynnag ddywed', 'beth bynnag mae', 'dros fy nghrogi'], note: '"Already decided", "my mind is made up", "whatever they say", "over my dead body".', source: CY, lang: 'cy' },
];
