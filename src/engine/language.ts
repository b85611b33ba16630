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
  cym: words(`y yr yn mae ac ar ei eu wedi bydd fydd ddim dim fod hefyd gan gyda dros ein eich i'r o'r a'r yw yw'r ydy
    oedd roedd doedd sydd sy sy'n fel ond neu bod dw dwi rwy rwy'n rydw rydyn hyn hwn hon pob gyd diolch er mwyn nhw
    nhw'r chi ni fi ti mewn heb iawn heddiw yfory ddoe felly oherwydd achos pan nad mae'r gwneud cael mynd gallu
    trwy drwy byddai ichi iddo iddi ohono nesaf ddydd dydd llun byddaf ydych ydw cysylltwch â gweld cyngor cynghorydd
    fy yma nawr rhaid angen wrth ble pryd sut beth pwy newydd mwy llawer bore prynhawn nos wythnos ffordd ysgol`),
  // The lists below leave out anything that is also an English word or common English slang ("i", "a", "do", "da", "me").
  pol: words(`w na się nie jest przy że ze od jak po dla czy tak być będzie są oraz już tylko może który która`),
  ron: words(`și în cu care sunt pentru pe din că nu ce mai fost este vă ne au celor`),
  por: words(`os das dos em que não um uma para com é por mais como mas ao à vai foi são`),
  spa: words(`el los las del que y en una por para con es se al lo como más pero sus gracias`),
  fra: words(`le les des du et est pour nos notre vous nous une à au aux ce cette qui que dans sur pas merci`),
  deu: words(`der das und ist nicht ich mit den dem ein eine zu auf für sie es wir auch sich von`),
  nld: words(`het een en van ik niet dat zijn voor met wat ook als maar wel mij meer moet naar heb heeft worden kan nog dan uit bij om ons jullie zij hun deze`),
  ita: words(`il di che della del con anche questo sono gli`),
  tur: words(`ve bir bu için ile çok gibi daha olan`),
  lit: words(`ir kad yra į iš jau tai kaip`),
  som: words(`iyo waa ku ee iska ayaa`),
};

const OTHER_LANGUAGES = Object.keys(FUNCTION_WORDS).filter((lang) => lang !== 'eng');

/** Letters each language uses and English does not: "ł", "ș", "ñ". */
const LETTERS: Record<string, RegExp> = {
  pol: /[ąćęłńśźż]/giu,
  ron: /[ăâîșşțţ]/giu,
  por: /[ãõç]/giu,
  spa: /[ñ¿¡]/giu,
  fra: /[çàèùâêîôûëïœ]/giu,
  deu: /[äöüß]/giu,
  tur: /[ğışçöü]/giu,
  lit: /[ąčęėįšųūž]/giu,
  cym: /[ŵŷ]/giu,
};
const ANY_FOREIGN_LETTER = /[ąćęłńśźżăâîșşțţãõçñ¿¡àèùêôûëïœäöüßğışčėįšųūžŵŷ]/iu;

function letterCount(text: string, lang: string): number {
  const re = LETTERS[lang];
  return re ? (text.match(re) ?? []).length : 0;
}

/** Word → the languages it is a common word of: one lookup per word counts every language at once. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list) {
    const langs = LANGUAGES_OF.get(word);
    if (langs) langs.push(lang);
    else LANGUAGES_OF.set(word, [lang]);
  }
}



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
    const { counts, words } = sample;
    const share = (lang: string) => (words ? (counts.get(lang) ?? 0) / words : 0);
    // No common word or letter of any other language here: English (or slang), and franc is not needed.
    if (sample.nonLatinShare < 0.2 && sample.foreignLetters < 2 && !OTHER_LANGUAGES.some((lang) => (counts.get(lang) ?? 0) >= 2 && share(lang) >= 0.1)) {
      doc.setLanguage(para.index, 'eng', true, false);
      continue;
    }
    const text = sampleText(doc, cursor, para.end);
    const ranked = francAll(text, { only: [...DETECTED_LANGUAGES], minLength: 1 });
    const score = (lang: string) => ranked.find(([code]) => code === lang)?.[1] ?? 0;
    let top = (ranked[0]?.[0] ?? 'und') as LanguageCode;
    if (top === 'und' && sample.nonLatinShare > 0.5) top = 'other';
    const english = share('eng');
    const welsh = share('cym');
    if ((top === 'cym' || score('cym') >= 0.8) && welsh >= 0.15 && (welsh > english || (top === 'cym' && welsh === english))) {
      doc.setLanguage(para.index, 'cym', true, true);
    } else if (top === 'eng' || top === 'und' || top === 'cym') {
      doc.setLanguage(para.index, top === 'cym' ? 'eng' : top, true, false);
    } else if (sample.nonLatinShare > 0.5 && english < 0.2) {
      doc.setLanguage(para.index, top, false, false);
    } else if ((share(top) >= 0.15 && share(top) > english) || (letterCount(text, top) >= 2 && english < 0.25)) {
      doc.setLanguage(para.index, top, false, false);
    } else {
      doc.setLanguage(para.index, 'eng', true, false);
    }
  }
}

/** Counts over the first words of a paragraph: letters, scripts, and the common words of each language. */
function wordSample(doc: TextDocument, firstToken: number, end: number) {
  let length = 0;
  let letters = 0;
  let nonLatin = 0;
  let foreignLetters = 0;
  let words = 0;
  const counts = new Map<string, number>();
  for (let i = firstToken; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.start >= end || length >= SAMPLE) break;
    if (token.kind !== 'word') continue;
    length += token.raw.length + 1;
    words++;
    const raw = token.raw;
    let ascii = true;
    for (let k = 0; k < raw.length; k++) {
      const code = raw.charCodeAt(k);
      if (code >= 0xdc00 && code <= 0xdfff) continue;
      letters++;
      if (code <= 0x7f) continue;
      ascii = false;
      if (code > 0x24f) nonLatin++;
      else if (ANY_FOREIGN_LETTER.test(raw[k]!)) foreignLetters++;
    }
    // An ASCII token's folded form is its lower case, already made (and hashed) by the tokeniser.
    const langs = LANGUAGES_OF.get(ascii ? token.norm : raw.toLowerCase().replaceAll('\u2019', "'"));
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return { letters, words, counts, foreignLetters, nonLatinShare: letters ? nonLatin / letters : 0 };
}

/** The first words of a paragraph as one string, for franc. */
function sampleText(doc: TextDocument, firstToken: number, end: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = firstToken; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.start >= end || length >= SAMPLE) break;
    if (token.kind !== 'word') continue;
    parts.push(token.raw);
    length += token.raw.length + 1;
  }
  return parts.join(' ');
}
