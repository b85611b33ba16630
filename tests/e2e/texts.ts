/**
 * The texts the end-to-end tests type, and the rule ids each must raise: the one place to
 * update when a rule lands or changes. Only rules that work today are expected here.
 */
export interface RiskyText {
  text: string;
  /** Sorted, each once: what `data-golden-rule-rules` must say. */
  rules: string[];
}

/** Two paragraphs, two `shouting` findings; the fixes lowercase the capitals and cut "!!!" to "!". */
export const CAPITALS = 'ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING';
export const CAPITALS_FIXED = 'Road closed at mill lane bridge due to flooding';
export const EXCLAIMED = 'Loved it!!!';
export const EXCLAIMED_FIXED = 'Loved it!';
export const TWO_PARAGRAPHS: RiskyText = { text: `${CAPITALS}\n${EXCLAIMED}`, rules: ['shouting'] };

/** Nothing in it for any rule. */
export const CLEAN = 'Thank you to everyone who came to the Mill Lane litter pick on Saturday.';

/** Pasted in one go: masked swearing, a mobile number and shouting. */
export const PASTED: RiskyText = {
  text: 'What a f*cking mess. Sh1t day at the depot, call me on 07700 900123. SEE YOU ALL AT THE MEETING!!!',
  rules: ['personal-data', 'profanity', 'shouting'],
};

/** A post of 5,000 characters with capitals near its end. */
export function longPost(length = 5_000): RiskyText {
  const tail = ` ${CAPITALS}.`;
  const sentence = 'The council met on Tuesday to discuss the bus routes, the library hours and the Mill Lane bridge. ';
  const body = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - tail.length);
  return { text: body + tail, rules: ['shouting'] };
}

/** Typed in the latency measurement: one finding stays underlined while more is typed. */
export const LATENCY_PREFIX = `${CAPITALS} `;

/** A bold run of capitals after a colon: the fix rewrites every character of its own text node. */
export const BOLD_LEAD = 'Meeting tonight: ';
export const BOLD_CAPITALS = 'ROAD CLOSED AT MILL LANE';
export const BOLD_FIXED = 'road closed at mill lane';
