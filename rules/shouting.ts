import { defineRule } from '../src/engine/define-rule';
import { isKnownAcronym, JARGON } from './data/acronyms';
import { startsSentence } from './shared/words';

/** A run of capitals reads as shouting from this many words… */
const MIN_WORDS = 3;
/** …and this many capital letters (so "UK GP NHS" is not). */
const MIN_LETTERS = 10;

const CAPITAL_WORD = /^\p{Lu}[\p{Lu}\d'’&-]*$/u;
/** Short capital words that are ordinary English, so a run of them is a shout rather than a list of acronyms. */
const SHOUTED_SHORT_WORDS = new Set(
  `A I THE AND TO OF IS ARE WAS NOT NO FOR YOU WE ALL NOW THIS THAT IT IN ON AT BE DO GET OUT UP OFF BY OR IF SO MY
  OUR YOUR HIS HER THEY THEM STOP HELP SAVE VOTE SHUT DOWN OPEN WHY HOW WHAT WHO WILL CAN MUST BACK HOME KEEP LEFT
  HAVE HAS HAD JUST ONLY EVER NEED WANT MORE LESS LIES`.split(/\s+/),
);
const JARGON_TERMS = new Set(JARGON.flatMap((entry) => [entry.term, ...(entry.forms ?? [])]));

export default defineRule({
  meta: {
    id: 'shouting',
    description: 'Long runs of capital letters and repeated exclamation marks, which read as shouting.',
    sources: ['LGA2 abuse guide (tone of voice)'],
    section: { ref: 'LGA2, tackling online abuse', anchor: '#tone-of-voice' },
    why: "The LGA's guide to tackling online abuse asks councillors to mind their tone of voice: capitals and strings of exclamation marks read as shouting and invite heated replies.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'info' },
    scope: 'all',
    checksComments: false,
    messages: {
      capitals: 'Writing in capitals reads as shouting.',
      exclamations: 'Repeated exclamation or question marks read as shouting.',
    },
    examples: {
      valid: ['The Mill Lane footpath is NOT closed — only the bridge section.', 'Call the NHS on 111 or see your GP.'],
      invalid: ['ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING.', 'Loved every minute of the gala!!!'],
    },
  },
  check(context) {
    const { doc, text } = context;
    let run: Array<{ start: number; end: number; letters: number }> = [];
    const flush = () => {
      const letters = run.reduce((sum, word) => sum + word.letters, 0);
      const acronymsOnly = run.every((word) => word.letters <= 4 && !SHOUTED_SHORT_WORDS.has(text.slice(word.start, word.end)));
      const header = run.length === 2 && isHeader(text, run[0]!.start, run[1]!.end);
      if ((run.length >= MIN_WORDS || header) && letters >= MIN_LETTERS && !acronymsOnly) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const lower = text.slice(start, end).toLowerCase();
        const fixed = startsSentence(text, start) ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
        context.report({ messageId: 'capitals', start, end, suggestions: [{ text: fixed, label: 'Change to normal case' }] });
      }
      run = [];
    };
    for (const token of doc.tokens) {
      const isCapital =
        token.kind === 'word' &&
        CAPITAL_WORD.test(token.raw) &&
        !isKnownAcronym(token.raw, context.council) &&
        !JARGON_TERMS.has(token.raw.replace(/['’]s$/, ''));
      const previous = run[run.length - 1];
      if (previous && /\n/.test(text.slice(previous.end, token.start))) flush();
      if (isCapital && (token.raw.length > 1 || run.length > 0)) {
        run.push({ start: token.start, end: token.end, letters: token.raw.replace(/[^\p{L}]/gu, '').length });
      } else if (!(token.kind === 'number' && run.length > 0)) {
        flush();
      }
    }
    flush();

    for (const run of punctuationRuns(text)) {
      const replacement = /[?⁉]/.test(run.value) ? '?' : '!';
      context.report({
        messageId: 'exclamations',
        start: run.start,
        end: run.end,
        suggestions: [{ text: replacement, label: `Use one “${replacement}”` }],
      });
    }
  },
});

const EXCESSIVE = /!{2}|\?{3}|\?!|!\?|‼|⁉/;

function isEmphasis(code: number): boolean {
  return code === 33 || code === 63 || code === 0x203c || code === 0x2049;
}

/**
 * Runs of "!", "?", "‼" and "⁉" that shout: "!!", "???", "?!", "‼" or "⁉" somewhere in the run,
 * and the whole run is flagged. A scan by character; a regular expression starting with
 * `[!?‼⁉]*` was tried at every position of the post.
 */
function punctuationRuns(text: string): Array<{ start: number; end: number; value: string }> {
  const out: Array<{ start: number; end: number; value: string }> = [];
  for (let i = 0; i < text.length; i++) {
    if (!isEmphasis(text.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < text.length && isEmphasis(text.charCodeAt(i + 1))) i++;
    const end = i + 1;
    const value = text.slice(start, end);
    if (EXCESSIVE.test(value)) out.push({ start, end, value });
  }
  return out;
}

/** "KESTRELFORD COUNCIL | Your council…": two words in capitals as a banner at the start of a line. */
function isHeader(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(0, start)) && /^[ \t]*(?:[|:•·–—-]|\n|$)/.test(text.slice(end, end + 4));
}

