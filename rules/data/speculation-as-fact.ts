import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh insinuation and motive-as-fact phrases; the English ones are patterns in the rule. */
export const SPECULATION_CY: readonly LexiconEntry[] = [
  { match: ["gwneud i chi feddwl", "gwneud i ti feddwl", "gwneud i rywun feddwl"], note: '"Makes you think".', source: CY, lang: 'cy' },
  { match: ['rhyfedd sut', 'rhyfedd bod', 'doniol sut', 'diddorol sut'], note: '"Strange how", "funny how".', source: CY, lang: 'cy' },
  { match: ['y gwir reswm', 'yr unig reswm', 'yn fwriadol', "mae'n amlwg pam", 'dim syndod'], note: '"The real reason", "deliberately", "it\'s obvious why", "no surprise".', source: CY, lang: 'cy' },
];
