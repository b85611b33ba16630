import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh hearsay markers; the English ones are patterns in the rule. */
export const HEARSAY_CY: readonly LexiconEntry[] = [
  { match: ['clywais fod', 'clywais bod', "dw i wedi clywed", "rwy wedi clywed", "dwi wedi clywed", 'clywed si'], note: '"I heard that".', source: CY, lang: 'cy' },
  { match: ['mae sôn', 'mae si', 'yn ôl y sôn', "mae'n debyg fod", "mae'n debyg bod", 'medden nhw'], note: '"There is talk", "rumour has it", "apparently", "so they say".', source: CY, lang: 'cy' },
  { match: ['clywais i', 'clywes i', 'glywais i', "dw i'n clywed", "rwy'n clywed", "dwi'n clywed", 'clywed gan rywun', 'clywed gan ffrind'], note: '"I heard", "I\'m hearing", "heard from someone/a friend".', source: CY, lang: 'cy' },
  { match: ['mae pobl yn dweud', 'ma pobl yn deud', 'mae pawb yn dweud', "mae rhywun wedi dweud wrtha i", 'dywedodd rhywun wrtha i', 'mae ffrind yn dweud', 'yn ôl pob sôn', 'si ar led', 'mae si ar led', 'clecs', 'sibrydion'], note: '"People are saying", "someone told me", "by all accounts", "a rumour abroad", "gossip", "whispers".', source: CY, lang: 'cy' },
];
