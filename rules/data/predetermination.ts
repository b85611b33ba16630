import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

/** Welsh closed-mind phrases; English ones are patterns in the rule. */
export const CLOSED_MIND_CY: readonly LexiconEntry[] = [
  { match: ["wedi penderfynu'n barod", 'wedi penderfynu yn barod', "mae fy meddwl wedi'i wneud", 'mae fy meddwl wedi ei wneud', "mae fy meddwl i wedi'i wneud", "wedi gwneud fy meddwl i fyny", 'wedi gwneud fy mhenderfyniad', 'beth bynnag ddywed', 'beth bynnag mae', 'beth bynnag ddywedan', 'dros fy nghrogi'], note: '"Already decided", "my mind is made up", "whatever they say", "over my dead body".', source: CY, lang: 'cy' },
  { match: ["(does)? dim ots beth (ddywed|ddywedan|mae|mae'r|maen|fydd|sydd|yw'r)", "waeth beth (ddywed|ddywedan|mae|mae'r|maen|fydd)"], note: '"No matter what (they say)": the evidence dismissed in advance.', source: CY, lang: 'cy' },
  { match: ["(bydda|byddaf|wna) i'n pleidleisio (yn erbyn|dros|o blaid)", 'bydda i yn pleidleisio (yn erbyn|dros|o blaid)', 'byddaf yn pleidleisio (yn erbyn|dros|o blaid)', 'fe wna i bleidleisio (yn erbyn|dros|o blaid)'], note: '"I will vote against / for": a vote announced before the hearing.', source: CY, lang: 'cy' },
  { match: ["(fydda|fyddai|bydda|byddaf|wna) i (byth|ddim) yn (cefnogi|cefnogi'r|cymeradwyo|cymeradwyo'r|pleidleisio dros|pleidleisio o blaid)", "wna i byth (gefnogi|gefnogi'r|gymeradwyo|gymeradwyo'r|bleidleisio dros)", "(fydda|bydda) i'n pleidleisio yn (ei|eu) erbyn"], note: '"I will never support / approve / vote for (it)": a vote announced before the hearing.', source: CY, lang: 'cy' },
  { match: ["beth bynnag mae'r", "waeth beth mae'r", "dim ots beth mae'r"], note: '"Whatever the (officers) say", with the article joined to the verb.', source: CY, lang: 'cy' },
  { match: ['dim gobaith caneri', 'dim siawns o gwbl', 'byth yn cael (trwydded|caniatad|ei gymeradwyo|ei chymeradwyo)'], note: '"Not a hope", "no chance at all", "will never get a licence / permission / be approved".', source: CY, lang: 'cy' },
];
