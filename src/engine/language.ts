import { francAll } from 'franc-all';
import type { LanguageCode, TextDocument } from './text/document';

/**
 * The languages franc chooses between: English and Welsh, which the word rules cover, and the
 * languages most often written in UK communities, so a post in one of them is recognised
 * rather than read as odd English. Restricting franc to these is also what keeps it fast.
 */
export const DETECTED_LANGUAGES = [
  'eng', 'cym', 'pol', 'ron', 'por', 'spa', 'fra', 'deu', 'ita', 'lit', 'som', 'tur', 'nld',
  'urd', 'arb', 'pan', 'ben', 'guj', 'tam', 'cmn', 'rus', 'ukr', 'bul',
] as const;

export const LANGUAGE_NAMES: Record<string, string> = {
  eng: 'English', cym: 'Welsh', pol: 'Polish', ron: 'Romanian', por: 'Portuguese', spa: 'Spanish', fra: 'French',
  deu: 'German', ita: 'Italian', lit: 'Lithuanian', som: 'Somali', tur: 'Turkish', nld: 'Dutch', urd: 'Urdu',
  arb: 'Arabic', pan: 'Punjabi', ben: 'Bengali', guj: 'Gujarati', tam: 'Tamil', cmn: 'Chinese', rus: 'Russian',
  ukr: 'Ukrainian', bul: 'Bulgarian', other: 'another language',
};

/** Below this many letters franc only guesses; such lines are read as English. */
const MIN_LETTERS = 20;
/** franc reads at most this much of a paragraph: enough to tell languages apart, and bounded. */
const SAMPLE = 300;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Very common words of each language that are not also English words. franc alone often
 * takes short, slangy English for French or Dutch; a line only counts as another language
 * when its own common words back franc up.
 */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  eng: words(`the and to of is are was were be been you your you're he she it it's we they them this that these those my
    me our us his her their not no so if what who why how all just do does did don't can can't will would should have
    has had get got like about up out there here with for from by or but at on in an i i'm am im u ur ya yall aint dont`),
  cym: words(`y yr yn mae ac ar ei eu wedi bydd ddim fod hefyd gan gyda dros ein eich i'r o'r yw oedd roedd sydd fel
    ond neu bod dw rwy rydw rydyn hyn hwn hon pob gyd diolch`),
  pol: words(`w i na się nie jest do przy że z ze od jak po dla czy tak być będzie są oraz już tylko może który która`),
  ron: words(`și în la cu care sunt pentru de pe din că nu ce o mai fost este vă ne au celor`),
  por: words(`o os da do das dos em que não um uma para com é por mais como mas ao à vai foi são se`),
  spa: words(`el la los las de del que y en un una por para con es no se al lo como más pero sus le gracias`),
  fra: words(`le la les de des du et est pour nos notre vous nous une un à au aux ce cette qui que dans sur pas merci`),
  deu: words(`der die das und ist nicht ich mit den dem ein eine zu auf für sie es wir auch sich von`),
  nld: words(`de het een en van ik niet is dat op te zijn voor met hoe wat ook als maar`),
  ita: words(`il di che e la per non sono un una le gli della del con si ma anche questo`),
  tur: words(`ve bir bu için ile çok da de ne mi ama gibi daha olan`),
  lit: words(`ir kad su yra ne į iš bet jau tai kaip`),
  som: words(`iyo ka waa oo ku ee iska ayaa ah`),
};

/**
 * Sets each paragraph's language. Word rules run on English, Welsh and undetermined
 * paragraphs; elsewhere only the language-independent rules run.
 */
export function detectLanguages(doc: TextDocument): void {
  let cursor = 0;
  for (const para of doc.paragraphs) {
    while (cursor < doc.tokens.length && doc.tokens[cursor]!.end <= para.start) cursor++;
    const sample = wordSample(doc, cursor, para.end);
    if (sample.letters < MIN_LETTERS) {
      doc.setLanguage(para.index, 'und', true, false);
      continue;
    }
    const ranked = francAll(sample.text, { only: [...DETECTED_LANGUAGES], minLength: 1 });
    const score = (lang: string) => ranked.find(([code]) => code === lang)?.[1] ?? 0;
    let top = (ranked[0]?.[0] ?? 'und') as LanguageCode;
    if (top === 'und' && sample.nonLatinShare > 0.5) top = 'other';
    const english = share(sample.words, 'eng');
    const welsh = share(sample.words, 'cym');
    if ((top === 'cym' || score('cym') >= 0.8) && welsh >= 0.15 && welsh > english) {
      doc.setLanguage(para.index, 'cym', true, true);
    } else if (top === 'eng' || top === 'und' || top === 'cym') {
      doc.setLanguage(para.index, top === 'cym' ? 'eng' : top, true, false);
    } else if (sample.nonLatinShare > 0.5 && english < 0.2) {
      doc.setLanguage(para.index, top, false, false);
    } else if (share(sample.words, top) >= 0.15 && share(sample.words, top) > english) {
      doc.setLanguage(para.index, top, false, false);
    } else {
      doc.setLanguage(para.index, 'eng', true, false);
    }
  }
}

function share(sampleWords: readonly string[], lang: string): number {
  const list = FUNCTION_WORDS[lang];
  if (!list || sampleWords.length === 0) return 0;
  let hits = 0;
  for (const word of sampleWords) if (list.has(word)) hits++;
  return hits / sampleWords.length;
}

function wordSample(doc: TextDocument, firstToken: number, end: number) {
  let text = '';
  let letters = 0;
  let nonLatin = 0;
  const sampleWords: string[] = [];
  for (let i = firstToken; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.start >= end || text.length >= SAMPLE) break;
    if (token.kind !== 'word') continue;
    text += (text ? ' ' : '') + token.raw;
    sampleWords.push(token.raw.toLowerCase().replace(/\u2019/g, "'"));
    for (const ch of token.raw) {
      letters++;
      if (ch.charCodeAt(0) > 0x24f) nonLatin++;
    }
  }
  return { text, letters, words: sampleWords, nonLatinShare: letters ? nonLatin / letters : 0 };
}
