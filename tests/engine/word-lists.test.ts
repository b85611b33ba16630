import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JARGON } from '../../rules/data/acronyms';
import { CONFIDENTIAL_CY } from '../../rules/data/confidential-information';
import { FRAMING } from '../../rules/data/contempt-framing';
import { ALWAYS_DEMEANING, DEMEANING, GROUPS, SLURS } from '../../rules/data/discriminatory-language';
import { INSULTS } from '../../rules/data/personal-attack';
import { VOTE_CY } from '../../rules/data/pre-election';
import { CLOSED_MIND_CY } from '../../rules/data/predetermination';
import { SWEARING } from '../../rules/data/profanity';
import { SPEAKING_FOR_COUNCIL_CY } from '../../rules/data/speaking-for-council';
import { SPECULATION_CY } from '../../rules/data/speculation-as-fact';
import { THREAT_PHRASES_CY } from '../../rules/data/threat-or-incitement';
import { HEARSAY_CY } from '../../rules/data/unverified-claim';
import { WHEREABOUTS_CY } from '../../rules/data/whereabouts';
import { expandPhrase, Lexicon, mutationsOf, type LexiconEntry } from '../../src/engine/match/lexicon';
import { TextDocument } from '../../src/engine/text/document';

/** Every word-list entry says why it is there and where that comes from (retext-equality style). */
const entrySchema = z.object({
  match: z.array(z.string().min(1)).min(1),
  note: z.string().min(8),
  source: z.string().min(5),
  lang: z.enum(['en', 'cy']).optional(),
});

const LISTS: Record<string, readonly LexiconEntry[]> = {
  SWEARING, SLURS, GROUPS, DEMEANING, ALWAYS_DEMEANING, INSULTS, FRAMING, CONFIDENTIAL_CY, VOTE_CY, CLOSED_MIND_CY,
  SPEAKING_FOR_COUNCIL_CY, SPECULATION_CY, THREAT_PHRASES_CY, HEARSAY_CY, WHEREABOUTS_CY,
};

describe.each(Object.entries(LISTS))('word list %s', (_name, entries) => {
  it('has a note and a source for every entry, and compiles', () => {
    for (const entry of entries) expect(() => entrySchema.parse(entry), JSON.stringify(entry.match)).not.toThrow();
    expect(() => new Lexicon(entries)).not.toThrow();
  });

  it('lists no phrase twice', () => {
    const phrases = entries.flatMap((e) => e.match.flatMap(expandPhrase)).map((p) => p.toLowerCase());
    const duplicates = phrases.filter((p, i) => phrases.indexOf(p) !== i);
    expect(duplicates).toEqual([]);
  });
});

describe('word list JARGON (matched case-sensitively, so "SEND" is jargon and "send" is not)', () => {
  it('has a plain phrase, a note and a source for every term, and no term twice', () => {
    for (const entry of JARGON) {
      expect(() => entrySchema.parse(entry)).not.toThrow();
      expect(entry.plain.length).toBeGreaterThan(2);
    }
    const forms = JARGON.flatMap((e) => [e.term, ...(e.forms ?? [])]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
});

describe('Lexicon', () => {
  const doc = (text: string) => new TextDocument(text);
  const lexicon = new Lexicon([
    { match: ['idiot(s)', 'waste of (space|oxygen)', '(looking for|seeking) (a|an)? young', 'keep * british'], note: 'test entry', source: 'test' },
    { match: ['twpsyn'], note: 'welsh test', source: 'test', lang: 'cy' },
  ]);
  const found = (text: string) => lexicon.find(doc(text)).map((m) => text.slice(m.start, m.end));

  it('matches whole words and phrases, with optional endings, choices and wildcards', () => {
    expect(found('Two idiots and a waste of oxygen')).toEqual(['idiots', 'waste of oxygen']);
    expect(found('We are seeking a young graduate; keep Brookside British')).toEqual(['seeking a young', 'keep Brookside British']);
  });

  it('never matches inside longer words, links, handles or hashtags', () => {
    expect(found('idiotic #IdiotWatch @the_idiot https://idiot.example/idiot')).toEqual([]);
  });

  it('reads masked, stretched, leet and look-alike spellings', () => {
    expect(found('id**t, idiooooot, 1d1ot, іdіot')).toEqual(['id**t', 'idiooooot', '1d1ot', 'іdіot']);
  });

  it('runs Welsh entries, with mutations, in English paragraphs too: posts switch language mid-sentence', () => {
    expect(mutationsOf('twpsyn')).toEqual(['dwpsyn', 'nhwpsyn', 'thwpsyn']);
    expect(found('Honestly, what a twpsyn. Dwpsyn!')).toEqual(['twpsyn', 'Dwpsyn']);
  });

  it('expands multi-word choices', () => {
    expect(expandPhrase('(looking for|seeking) (a|an)? young')).toEqual(['looking for (a|an)? young', 'seeking (a|an)? young']);
  });
});
