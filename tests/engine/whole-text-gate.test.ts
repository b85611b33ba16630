import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/engine/match/regex';
import { mayMatch } from '../../src/engine/match/prefilter';
import { TextDocument } from '../../src/engine/text/document';

const drafts = readFileSync(new URL('../../../shared/corpus/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** A long post from many drafts, so FoldedView.matchAll takes the whole-text path. */
function longPost(from: number, length: number): string {
  let text = '';
  for (let i = from; text.length < length; i++) text += `${drafts[i % drafts.length]}\n\n`;
  return text;
}

/** What matchAll gave before the whole-text gate: each sentence gated and matched on its own. */
function sentenceBySentence(doc: TextDocument, re: RegExp): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const sentence of doc.wordSentences) {
    const folded = doc.view.sentence(sentence);
    if (!mayMatch(re, folded)) continue;
    for (const m of execAll(re, folded)) {
      if (m[0].length === 0) continue;
      const base = doc.view.sentenceStartIndex(sentence);
      const span = doc.view.originalSpan(base + m.index, base + m.index + m[0].length);
      out.push([span.start, span.end, m[0]]);
    }
  }
  return out;
}

describe('FoldedView.matchAll on a long post (one pass finds the sentences each expression may match)', () => {
  const expressions = [
    /\b(?:tell|ring) (?:him|her)\b/g,
    /\bthe council\b/g,
    /\b(?:planning|licensing) (?:committee|application)s?\b/g,
    /\b(?:i'?m|i am) (?:not )?(?:sure|certain)\b[^.!?]{0,30}/g,
    /\bday \d+ of\b/g,
    /[a-z]+ing\b/g,
    /\d{2,}/g,
    /\bthank(?:s| you)\b[^.!?]{0,20}(?:everyone|all)\b/g,
    /(?:^|\s)we\b/g,
  ];

  it.each([0, 97, 211])('gives what sentence-by-sentence matching gave (post from draft %i)', (from) => {
    const doc = new TextDocument(longPost(from, 30_000));
    expect(doc.view.folded.length).toBeGreaterThan(4_000);
    for (const re of expressions) {
      const got = doc.view.matchAll(re, doc.wordSentences).map((m) => [m.start, m.end, m.value]);
      expect(got, String(re)).toEqual(sentenceBySentence(doc, re));
    }
    // The expressions above do match in these posts: the comparison is not of empty lists.
    expect(doc.view.matchAll(/\bthe council\b/g, doc.wordSentences).length).toBeGreaterThan(5);
  });

  it('does not count a string that runs over the end of a sentence', () => {
    const filler = 'The library opens at nine on Saturday mornings now. '.repeat(120);
    const doc = new TextDocument(`${filler}Please ring him. Ask for the chair.`);
    const re = /him\. ask/g;
    expect(doc.view.matchAll(re, doc.wordSentences)).toEqual([]);
    expect(doc.view.matchAll(/\bring him\b/g, doc.wordSentences).map((m) => m.value)).toEqual(['ring him']);
  });
});

describe('execAll with notAfter', () => {
  const GLUED = /[\p{L}\p{N}&]/u;
  const withLookbehind = /(?<![\p{L}\p{N}&])(?:SEND|HMO|S106|ASB)(?![\p{L}\p{N}&])/gu;
  const without = /(?:SEND|HMO|S106|ASB)(?![\p{L}\p{N}&])/gu;

  it.each([
    'The SEND review and the HMO licence, S106 money and ASB team.',
    'reSEND xHMO &ASB 2S106 éSEND',
    'SENDSEND HMOHMO S106S106',
    '😀SEND 𝒜HMO (ASB) "S106"',
    '',
    'ASB',
  ])('matches what the lookbehind would: %j', (text) => {
    const expected = execAll(withLookbehind, text).map((m) => [m.index, m[0]]);
    expect(execAll(without, text, GLUED).map((m) => [m.index, m[0]])).toEqual(expected);
  });

  it('matches what the lookbehind would on random text', () => {
    const alphabet = ['SEND', 'HMO', 'S106', 'ASB', 'a', 'É', '1', '&', ' ', '.', '😀', '\n'];
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = execAll(withLookbehind, text).map((m) => [m.index, m[0]]);
      expect(execAll(without, text, GLUED).map((m) => [m.index, m[0]])).toEqual(expected);
    }
  });
});
