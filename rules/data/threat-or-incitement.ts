import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';
const DSC = 'DSC 4.5 (malicious communications, harassment)';

/** Welsh threats; English threats are patterns in the rule, as they depend on who is the object. */
export const THREAT_PHRASES_CY: readonly LexiconEntry[] = [
  { match: ["dw i'n gwybod lle ti'n byw", "rwy'n gwybod lle rwyt ti'n byw", "dwi'n gwybod lle ti'n byw", "dw i'n gwybod lle mae e'n byw", "dw i'n gwybod lle mae hi'n byw"], note: '"I know where you/he/she live(s)".', source: CY, lang: 'cy' },
  { match: ["gwybod (lle|ble) (ti'n|rwyt|wyt|mae|maen|dach|dych|rydych|chi'n) (ti'n|e'n|o'n|hi'n|nhw'n|chi'n|ti|chi)? byw", "gwybod (lle|ble|pa ysgol) mae (dy|ei|eich) (blant|plant|wraig|gwr|gŵr|teulu|mam|car) (yn)?"], note: '"(I) know where you/he/she live(s)", "know where/which school your children go": the southern "ble" and northern "lle", any subject.', source: CY },
  { match: ["(paid|peidiwch) â meddwl (dy|eich) (fod|bod) (di'n|chi'n) (saff|ddiogel)", "(paid|peidiwch) a meddwl (dy|eich) (fod|bod) (di'n|chi'n) (saff|ddiogel)", "dwyt ti ddim yn (saff|ddiogel)", "dych chi ddim yn (saff|ddiogel)"], note: '"Don\'t think you\'re safe", "you\'re not safe".', source: CY },
  { match: ['gwylia dy gefn', 'gwyliwch eich cefn', 'gwylied ei gefn', "gwylio'i gefn", "gwylio'i chefn", "gwylio ei gefn", "gwylio ei chefn", 'gwylio dy gefn'], note: '"Watch your/his/her back" (mutations of the first word are added automatically).', source: CY, lang: 'cy' },
  { match: ["mi ladda i di", "ladda i di", "dw i am dy ladd di", 'mi gei di weld', 'rhybudd olaf'], note: '"I\'ll kill you", "you\'ll see", "last warning".', source: CY, lang: 'cy' },
  { match: ['peidiwch â rhoi munud o heddwch iddo', 'peidiwch â rhoi munud o heddwch iddi'], note: '"Don\'t give him/her a minute\'s peace".', source: DSC, lang: 'cy' },
  // Distinctively Welsh, so they also run on lines too short to be told apart as Welsh.
  { match: ['(mi|fe)? (gei|gaiff|geith|cei|caiff) (di|e|o|hi|nhw) (gweir|grasfa|gosfa|slap|fonclust|gic)', 'dylai rhywun (ei|eu) (saethu|grogi|guro|ladd|sortio|frifo|daro)', '(mi|fe) (wna|wnaf|wnawn) (i|ni) (dy|ei|eich|eu) (ladd|frifo|guro|daro|sortio)', '(dw|dwi|rydw) (i)? (am|yn mynd i) (dy|ei|eich|eu) (ladd|frifo|guro|daro|sortio)', 'bydd rhywun yn (dy|ei|eich|eu) (frifo|guro|ladd|daro)', 'gobeithio (bydd|fydd|y bydd) (ei|eu) (dŷ|thŷ|ty|thy|car|char|fan) yn llosgi'], note: '"You\'ll get a hiding", "someone should shoot/hang/beat him", "I\'ll kill/hurt/beat you", "someone will hurt you", "hope his house burns".', source: CY },
  { match: ['haeddu (cweir|crasfa|cic|slap|bonclust)', 'angen (cweir|crasfa|slap|bonclust) (arno|arni|arnyn)'], note: '"Deserves / needs a hiding, a beating, a slap" (cweir, crasfa: a thrashing).', source: CY },
  { match: ["llosgi ei dŷ", "llosgi ei thŷ", "llosgi'r lle", 'rhoi ei ffenestri i mewn', 'torri ei ffenestri'], note: '"Burn his/her house", "burn the place", "put his windows in".', source: CY },
  { match: ["fydd o'n difaru", "fydd e'n difaru", "fydd hi'n difaru", "byddi di'n difaru", "fyddi di'n difaru", "fyddwch chi'n difaru", 'gwylia dy hun', 'gwyliwch eich hunain', 'gwylia di'], note: '"He/she/you will regret (this)", "watch yourself".', source: CY },
];
