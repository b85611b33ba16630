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
  { kind: 'judgement', match: ['debacle', "dog's dinner", "dog's breakfast", "pig's ear"], note: 'Casts governance as a botched job; only said of the council, not of cakes, haircuts or leaflet folding.', source: CG, instead: 'mess' },
  { kind: 'chaos', match: ['farce', 'circus', 'omnishambles', 'fiasco', 'shambles', 'shambolic', 'shitshow', 'shit show', 'shit-show', 'car crash', 'train wreck'], note: 'Casts governance as chaotic; innocent about traffic or the weather.', source: CG, instead: 'mess' },
  { kind: 'process', match: ['rubber-stamp', 'rubber stamp', 'rubber-stamping', 'rubber stamped', 'rubber-stamped', 'tick-box exercise', 'box-ticking exercise', 'box ticking exercise', 'pr stunt', 'talking shop'], note: 'Says scrutiny or consultation is only for show.', source: CG },
  { kind: 'process', match: ['gravy train', 'snouts in the trough', 'jobs for the boys', 'old boys network', 'rotten borough', 'fat cats'], note: 'Casts public office as self-serving.', source: CG },
  { kind: 'process', match: ['cronies', 'cronyism', 'chums act', 'jobs for mates'], note: 'Casts office as favours for friends.', source: CG },
  { kind: 'judgement', match: ['jobsworth', 'jobsworths', 'pen-pushers', 'pen pushers', 'penpushers', 'bean counters', 'box tickers', 'box-tickers'], note: 'Sneers at the council\'s staff as a class; only counts when the council is what it is said of.', source: CG },
  { kind: 'judgement', match: ['democracy is dead', 'death of democracy', 'democracy died', 'end of democracy', 'so much for democracy'], note: 'Casts lawful decision-making as illegitimate; only counts when governance is what it is said of.', source: CG },
  { kind: 'judgement', match: ['disgrace', 'disgraceful', 'disgracefully', 'scandal', 'scandalous', 'shameful', 'shameless', 'a joke', 'joke of a', 'laughing stock', 'utter contempt', 'contempt for', 'pathetic', 'useless', 'incompetent', 'corrupt', 'rotten', 'rotten to the core', 'a mess', 'an embarrassment'], note: 'An emotive verdict; only flagged when said of the council or its processes.', source: CG },
  { kind: 'judgement', match: ["can't be trusted", 'cannot be trusted', 'should not be trusted', 'nobody should trust', 'no one should trust', "don't trust a word", 'trust a word they say', 'wrecked (our|the|this) town', 'wrecked (our|the|this) (area|ward|borough|city)', "couldn't care less", 'treat (us|residents|the public) with contempt', 'woken them up', 'wake them up', 'wake up the council'], note: 'Casts the council as untrustworthy or contemptuous.', source: CG },
  { kind: 'process', match: ['pr exercise', 'public relations exercise', 'box-ticking', 'box ticking', 'tick-box', 'window dressing', 'window-dressing', 'smoke and mirrors', '(all|just|purely|only) for show', 'fake consultation', 'pretend consultation', 'so-called consultation', 'token gesture', 'kangaroo court', 'lip service', 'to tick (a|the) box(es)?', 'ticking (the )?boxes'], note: 'Says scrutiny or consultation is only for show.', source: CG },
  { kind: 'judgement', match: ['tinpot', 'tin-pot', 'tin pot', 'two-bit', 'mickey mouse', 'third-rate', 'cesspit', 'cesspool', 'snake pit', 'laughable', 'farcical', 'hopeless', 'an insult to', 'beneath contempt', 'slap in the face', 'two fingers up to'], note: 'Contempt for the council as an institution: small-time, chaotic or corrupt.', source: CG },
  { kind: 'judgement', match: ['asleep at the wheel', 'lunatics (are )?running the asylum', "(couldn't|could not|can't|cannot|couldnt|cant) (organise|run) a * in a brewery", "(couldn't|could not|can't|cannot|couldnt|cant) (organise|run) a * * in a brewery", 'puppets', 'lapdogs', 'yes-men', 'yes men', 'nodding dogs', 'going through the motions', 'like mushrooms', 'kept in the dark and fed'], note: 'Casts the council as incompetent, captured or going through the motions.', source: CG },
  { kind: 'judgement', match: ['treat(s|ed|ing) (us|residents|people|the public|taxpayers|tenants|voters|locals|families|everyone) like (mugs|fools|idiots|mushrooms|children|kids|dirt|muck|cash cows|cashpoints|an afterthought|second-class citizens|peasants|serfs)', 'tak(e|es|ing) (us|residents|people|the public|voters|everyone) for (fools|mugs|idiots|granted)', "think(s)? we('re| are) stupid", 'think(s)? residents are stupid'], note: 'Says the council holds residents in contempt.', source: CG },
  { kind: 'judgement', match: ['warthus', 'gwarthus', 'cywilydd', 'cywilyddus', 'ffars', 'llanast', 'jôc'], note: 'Welsh: disgraceful, shame, farce, mess, joke.', source: CY, lang: 'cy' },
  { kind: 'judgement', match: ['syrcas', 'siambls', 'smonach', 'traed moch', 'ffiasgo', 'anobeithiol', 'chwerthinllyd', 'sgandal', 'sgandalus', 'di-glem', 'diglem'], note: 'Welsh: circus, shambles, mess ("pig\'s feet"), fiasco, hopeless, ridiculous, scandal, clueless.', source: CY, lang: 'cy' },
];
