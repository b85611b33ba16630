import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh insinuation and motive-as-fact phrases; the English ones are patterns in the rule. */
export const SPECULATION_CY: readonly LexiconEntry[] = [
  { match: ["gwneud i chi feddwl", "gwneud i ti feddwl", "gwneud i rywun feddwl"], note: '"Makes you think".', source: CY, lang: 'cy' },
  { match: ['rhyfedd sut', 'rhyfedd bod', 'doniol sut', 'diddorol sut'], note: '"Strange how", "funny how".', source: CY, lang: 'cy' },
  { match: ['y gwir reswm', 'y rheswm go iawn', 'yr unig reswm go iawn', 'yr unig reswm', 'yn fwriadol', "mae'n amlwg pam", 'dim syndod'], note: '"The real reason" (two wordings), "deliberately", "it\'s obvious why", "no surprise".', source: CY, lang: 'cy' },
  { match: ['nid cyd-ddigwyddiad', 'dim cyd-ddigwyddiad', 'yn gyd-ddigwyddiad', 'tynnwch eich casgliadau eich hun', 'gwnewch beth a fynnoch o hynny', 'gwnewch be fynnwch chi o hynny'], note: '"Not a coincidence", "a coincidence" (asked), "draw your own conclusions", "make of that what you will".', source: CY, lang: 'cy' },
  { match: ['er mwyn osgoi embaras', 'er mwyn cuddio', "i guddio'r", "maen nhw wedi penderfynu'n barod", "roedden nhw wedi penderfynu'n barod", "mae'r cyngor wedi penderfynu'n barod", "mae'r cabinet wedi penderfynu'n barod", "roedd y cyngor wedi penderfynu'n barod", 'wedi ei benderfynu ymlaen llaw', "wedi'i benderfynu ymlaen llaw", 'dim ond er mwyn cael pleidleisiau', 'cipio arian', 'yn dawel bach'], note: '"To avoid embarrassment", "to hide (the)", "they/the council had already decided" (not "I have": that is predetermination), "decided in advance", "only to get votes", "cash grab", "on the quiet".', source: CY, lang: 'cy' },
];
