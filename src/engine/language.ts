import { francAll } from 'franc-all';
import type { LanguageCode, TextDocument } from './text/document';

/**
 * The languages franc chooses between: English and Welsh, which the word rules cover, and the
 * languages most often written in UK communities, so a post in one of them is recognised as
 * such rather than read as odd English. Restricting franc to these is also what keeps it fast.
 */
export const DETECTED_LANGUAGES = [
  'eng', 'cym', 'gla', 'gle', 'pol', 'ron', 'por', 'spa', 'fra', 'deu', 'ita', 'lit', 'som', 'tur', 'nld',
  'urd', 'arb', 'pan', 'ben', 'guj', 'tam', 'cmn', 'rus', 'ukr', 'bul',
] as const;

export const LANGUAGE_NAMES: Record<string, string> = {
  eng: 'English', cym: 'Welsh', gla: 'Scottish Gaelic', gle: 'Irish', pol: 'Polish', ron: 'Romanian',
  por: 'Portuguese', spa: 'Spanish', fra: 'French', deu: 'German', ita: 'Italian', lit: 'Lithuanian',
  som: 'Somali', tur: 'Turkish', nld: 'Dutch', urd: 'Urdu', arb: 'Arabic', pan: 'Punjabi', ben: 'Bengali',
  guj: 'Gujarati', tam: 'Tamil', cmn: 'Chinese', rus: 'Russian', ukr: 'Ukrainian', bul: 'Bulgarian',
  other: 'another language',
};

/** Below this many letters franc guesses; such lines are treated as English. */
const MIN_LETTERS = 24;
/** franc reads at most this much of a paragraph: enough to tell languages apart, and bounded. */
const SAMPLE = 400;

/** Common English words; a line full of them is English whatever franc says about its slang. */
const ENGLISH_MARKERS = new Set(
  `the a an and or but to of in on at for with from by is are was were be been am i i'm you your you're he she
  it it's we they them this that these those my me our us his her not no so if what who why how all just
  do does did don't can can't will would should have has had get got like about up out there here`.split(/\s+/),
);

/**
 * Sets each paragraph's language. Word rules run on English, Welsh and undetermined
 * paragraphs; elsewhere only the language-independent rules run.
 */
export function detectLanguages(doc: TextDocument): void {
  let cursor = 0;
  for (const para of doc.paragraphs) {
    while (cursor < doc.tokens.length && doc.tokens[cursor]!.end <= para.start) cursor++;
    const sample = letterSample(doc, cursor, para.end);
    if (sample.letters < MIN_LETTERS) {
      doc.setLanguage(para.index, 'und', true, false);
      continue;
    }
    const ranked = francAll(sample.text, { only: [...DETECTED_LANGUAGES], minLength: 1 });
    let top = (ranked[0]?.[0] ?? 'und') as LanguageCode;
    if (top === 'und' && sample.nonLatinShare > 0.5) top = 'other';
    if (top === 'eng' || top === 'und') {
      doc.setLanguage(para.index, top, true, false);
    } else if (top === 'cym') {
      doc.setLanguage(para.index, 'cym', true, true);
    } else if (sample.englishShare >= 0.3) {
      doc.setLanguage(para.index, 'eng', true, false);
    } else {
      doc.setLanguage(para.index, top, false, false);
    }
  }
}

function letterSample(doc: TextDocument, firstToken: number, end: number) {
  let text = '';
  let letters = 0;
  let nonLatin = 0;
  let words = 0;
  let english = 0;
  for (let i = firstToken; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.start >= end || text.length >= SAMPLE) break;
    if (token.kind !== 'word') continue;
    text += (text ? ' ' : '') + token.raw;
    words++;
    if (ENGLISH_MARKERS.has(token.norm)) english++;
    for (const ch of token.raw) {
      letters++;
      if (ch.charCodeAt(0) > 0x24f) nonLatin++;
    }
  }
  return {
    text,
    letters,
    nonLatinShare: letters ? nonLatin / letters : 0,
    englishShare: words ? english / words : 0,
  };
}
