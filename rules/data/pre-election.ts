import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

export const VOTE_CY: readonly LexiconEntry[] = [
  { match: ['pleidleisiwch dros', 'pleidleisiwch i', 'pleidleisia dros', 'cefnogwch fi', 'ail-ethol', 'ailethol'], note: '"Vote for", "support me", "re-elect".', source: CY, lang: 'cy' },
];
