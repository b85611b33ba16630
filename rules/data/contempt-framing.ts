import type { LexiconEntry } from '../../src/engine/match/lexicon';

export interface FramingEntry extends LexiconEntry {
  /**
   * `process`: the word itself casts a process as rigged or chaotic ("stitch-up", "sham"); flagged unless
   * it is plainly about something else (the weather, a match). `judgement`: an emotive verdict
   * ("disgrace", "a joke") that only counts when governance is what it is said of.
   */
  kind: 'process' | 'chaos' | 'judgement';
  /** A calmer word for the one-click rewrite, when one exists. */
  instead?: string;
}

const CG = 'CG §8.2 (framing lawful governance as untrustworthy; encouraging contempt rather than scrutiny), CG §7.3';
const CY = 'Geiriadur Prifysgol Cymru (University of Wales Dictionary): https://geiriadur.ac.uk';

export const FRAMING: readonly FramingEntry[] = [
  { kind: 'process', match: ['stitch-up', 'stitch up', 'stitched up', 'stitch-ups'], note: 'Says a decision was rigged.', source: CG },
  { kind: 'process', match: ['cover-up', 'cover up', 'coverup', 'whitewash'], note: 'Says something is being hidden.', source: CG },
  { kind: 'process', match: ['sham', 'charade', 'pantomime', 'clown show', 'clown car', 'banana republic'], note: 'Casts governance as fake.', source: CG },
  { kind: 'chaos', match: ['farce', 'circus', 'omnishambles', 'fiasco', 'shambles', 'shambolic', 'shitshow', 'shit show', 'shit-show', 'car crash', 'train wreck'], note: 'Casts governance as chaotic; innocent about traffic or the weather.', source: CG, instead: 'mess' },
  { kind: 'process', match: ['rubber-stamp', 'rubber stamp', 'rubber-stamping', 'rubber stamped', 'rubber-stamped', 'tick-box exercise', 'box-ticking exercise', 'box ticking exercise', 'pr stunt', 'talking shop'], note: 'Says scrutiny or consultation is only for show.', source: CG },
  { kind: 'process', match: ['gravy train', 'snouts in the trough', 'jobs for the boys', 'old boys network', 'rotten borough', 'fat cats'], note: 'Casts public office as self-serving.', source: CG },
  { kind: 'judgement', match: ['disgrace', 'disgraceful', 'disgracefully', 'scandal', 'scandalous', 'shameful', 'shameless', 'a joke', 'joke of a', 'laughing stock', 'utter contempt', 'contempt for', 'pathetic', 'useless', 'incompetent', 'corrupt', 'rotten', 'rotten to the core', 'a mess', 'an embarrassment'], note: 'An emotive verdict; only flagged when said of the council or its processes.', source: CG },
  { kind: 'judgement', match: ["can't be trusted", 'cannot be trusted', 'should not be trusted', 'nobody should trust', 'no one should trust', "don't trust a word", 'trust a word they say', 'wrecked (our|the|this) town', 'wrecked (our|the|this) (area|ward|borough|city)', "couldn't care less", 'treat (us|residents|the public) with contempt', 'woken them up', 'wake them up', 'wake up the council'], note: 'Casts the council as untrustworthy or contemptuous.', source: CG },
  { kind: 'judgement', match: ['warthus', 'gwarthus', 'cywilydd', 'cywilyddus', 'ffars', 'llanast', 'jôc'], note: 'Welsh: disgraceful, shame, farce, mess, joke.', source: CY, lang: 'cy' },
];
