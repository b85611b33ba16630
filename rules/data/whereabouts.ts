import type { LexiconEntry } from '../../src/engine/match/lexicon';

const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';
const LGA1 = 'LGA1 §2 (personal safety: routines, places you frequent, future visits, holidays)';

/** Welsh absences; the English ones are patterns in the rule. */
export const WHEREABOUTS_CY: readonly LexiconEntry[] = [
  { match: ['ar wyliau tan', 'ar wyliau yn * tan', 'i ffwrdd tan', 'bant tan', 'tŷ gwag', "ar fy mhen fy hun heno"], note: '"On holiday until", "away until", "empty house", "on my own tonight".', source: CY, lang: 'cy' },
  { match: ['ar wyliau o ddydd', 'i ffwrdd o ddydd', 'bant o ddydd', 'ar fy mhen fy hun tan', 'ar fy mhen fy hun yr wythnos (hon|nesaf)'], note: '"On holiday from (day)", "away from (day)", "on my own until", "on my own this/next week".', source: CY, lang: 'cy' },
];

/**
 * Words for a habit, as regular-expression alternatives over the folded text (lower case,
 * straight apostrophes). "Every" alone is in the rule with its nouns.
 */
export interface WordList {
  words: readonly string[];
  note: string;
  source: string;
}

export const HABIT_MARKERS: WordList = {
  words: [
    'rain or shine', 'come rain or shine', 'without fail', 'religiously', 'like clockwork', 'same time every', 'same place every', 'always', 'daily',
    'weekly', 'nightly', 'ritual', 'routine', 'tradition', 'usual', 'regular', 'regularly', 'habit', 'never miss', 'most (?:mornings|evenings|nights|days|weekends|lunchtimes)',
    'each (?:morning|evening|night|day|weekend)', 'weekday (?:mornings|evenings)', 'weeknights', 'weekdays', 'every other (?:day|morning|evening|week|weekend)',
    '(?:mon|tues|wednes|thurs|fri|satur|sun)days', '(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings|evenings|nights|afternoons|lunchtimes)',
    'of a (?:morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'on a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|evening|night)',
  ],
  note: 'Ways of saying something happens again and again at a time or place: "rain or shine", "our usual table", "Sunday ritual", "Tuesdays".',
  source: LGA1,
};

/** Leisure the author does in person: what makes a habit a place to find them. */
export const LEISURE: WordList = {
  words: [
    'lengths', 'swim', 'swimming', 'dip', 'run', 'running', 'jog', 'jogging', 'parkrun', 'walk', 'walking', 'dog walk', 'stroll', 'cycle', 'cycling', 'ride',
    'gym', 'spin class', 'yoga', 'pilates', 'zumba', 'training', 'coffee', 'flat white', 'latte', 'cuppa', 'brew', 'breakfast', 'brunch', 'lunch', 'carvery',
    'pint', 'pints', 'quiz', 'bingo', 'golf', 'fishing', 'towpath',
  ],
  note: 'Things people do for themselves at a regular place and time; a habit of these says where to find the author.',
  source: LGA1,
};
