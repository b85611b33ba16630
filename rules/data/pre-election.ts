import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

export const VOTE_CY: readonly LexiconEntry[] = [
  { match: ['pleidleisiwch dros', 'pleidleisiwch i', 'pleidleisia dros', 'cefnogwch fi', 'ail-ethol', 'ailethol'], note: '"Vote for", "support me", "re-elect".', source: CY, lang: 'cy' },
  { match: ['ail-etholwch', 'ailetholwch', 'ail-ethola', 'cefnogwch (ni|nhw|hi|fe|e)', 'rhowch eich (croes|pleidlais) (i|wrth|nesaf at|dros)', 'rho dy (groes|bleidlais) (i|wrth|dros)'], note: '"Re-elect (her)", "support us / them", "put your cross next to / give your vote to".', source: CY, lang: 'cy' },
];
