import rule from '../../rules/personal-attack';
import { ruleTester } from '../helpers/rule-tester';

const INSULT = (word: string) => `“${word}” is an insult aimed at a person; criticise what they did, not who they are.`;
const RIDICULE = 'This mocks a person rather than their decisions.';

ruleTester(rule, {
  valid: [
    // The author about themselves.
    "I'm such an idiot, I left the raffle tickets on the bus.",
    'A resident said I was a clown. Fair enough, I got the date wrong on the leaflet.',
    // Abuse reported or quoted in order to condemn it.
    "Someone called me a clown in the comments last night. I won't be replying in kind.",
    "Cllr Hale has been called a 'moron' on this page. That is abuse and it has been reported.",
    // Negation and labelled disagreement with a decision.
    "Cllr Dawson is not a clown; he's a hard-working colleague and I simply disagree with him.",
    "Opinion: the leader's budget speech was thin on detail, and I'll be saying so at full council.",
    "It's a stupid decision and I'll be voting to reverse it at full council.",
    // Literal senses.
    'Circus skills workshop at the library on Saturday: juggling, stilts and clowns for all ages.',
    'Rats have been spotted near the bins on Elm Road; pest control is booked for Tuesday.',
    'Our mayor was a good sport as the pantomime cow this year.',
    'Lazy Sunday at the allotment after a long week of casework.',
    { text: 'The new signage at the tip is idiot-proof, at last.', name: 'idiot-proof' },
    // A surname that contains an insult.
    'Cllr Pratt has done a great job on the allotments review.',
    // Links, handles and hashtags.
    'Thanks @MuppetTheatreCo for a brilliant half-term show at Brookside Library.',
    'Loved the #IdiotsAbroad quiz night at the Fox and Hounds.',
    "The council tax guide is at northdale.gov.uk/idiots-guide-council-tax if you're stuck.",
    // Welsh: thanks to officers.
    { text: "Diolch i'r swyddogion am eu gwaith caled ar y llifogydd.", name: 'Welsh' },
  ],
  invalid: [
    {
      text: 'Cllr Ventnor is a complete idiot and everyone in the chamber knows it.',
      findings: [{ messageId: 'insult', span: 'idiot', start: 27, end: 32, message: INSULT('idiot') }],
    },
    {
      text: 'The new portfolio holder is utterly clueless about highways.',
      findings: [{ messageId: 'insult', span: 'clueless', message: INSULT('clueless') }],
    },
    {
      text: 'You absolute muppet, read the report before you comment.',
      findings: [{ messageId: 'insult', span: 'muppet' }],
    },
    {
      text: 'What a clown she is.',
      findings: [{ messageId: 'insult', span: 'What a clown she is', message: INSULT('What a clown she is') }],
    },
    {
      text: 'The cabinet members are a shower of clowns.',
      findings: [{ messageId: 'insult', span: 'clowns' }],
    },
    {
      text: 'Cllr Marsh needs to get a grip and stop embarrassing the ward.',
      findings: [{ messageId: 'insult', span: 'needs to get a grip' }],
    },
    {
      text: 'The lad who reported my bin is a tosser.',
      name: 'a resident',
      findings: [{ messageId: 'insult', span: 'tosser' }],
    },
    {
      text: 'I think Cllr Ventnor is an idiot.',
      name: 'labelled as opinion, still an insult',
      findings: [{ messageId: 'insult', span: 'idiot' }],
    },
    // Ridicule.
    {
      text: 'The so-called leader of this council has gone quiet again.',
      findings: [{ messageId: 'ridicule', span: 'so-called leader', message: RIDICULE }],
    },
    {
      text: "Our 'leader' has gone missing at budget time 🤡🤡",
      findings: [{ messageId: 'ridicule', span: "Our 'leader' has gone missing at budget time 🤡🤡" }],
    },
    // Masked, leet, stretched and look-alike spellings.
    {
      text: 'Cllr Dobbs is an 1d10t.',
      name: 'leet',
      findings: [{ messageId: 'insult', span: '1d10t' }],
    },
    {
      text: 'Cllr Pike is a pr@t.',
      name: 'masked',
      findings: [{ messageId: 'insult', span: 'pr@t', message: INSULT('pr@t') }],
    },
    {
      text: 'Cllr Pike is an іdiot.',
      name: 'Cyrillic і',
      findings: [{ messageId: 'insult', span: 'іdiot' }],
    },
    {
      text: 'Cllr Lowe is an idiooooot.',
      name: 'stretched',
      findings: [{ messageId: 'insult', span: 'idiooooot' }],
    },
    // Welsh, with a soft mutation (twpsyn → dwpsyn).
    {
      text: "Mae'r cynghorydd yn dwpsyn llwyr.",
      name: 'Welsh',
      findings: [{ messageId: 'insult', span: 'dwpsyn' }],
    },
    // Strictness and comments.
    {
      text: 'Cllr Fairbrother is a total numpty.',
      strictness: 'relaxed',
      findings: [{ messageId: 'insult', span: 'numpty' }],
    },
    {
      text: 'You stupid woman, nobody voted for this.',
      mode: 'comment',
      name: 'a comment under the post',
      findings: [{ messageId: 'insult', span: 'stupid' }],
    },
  ],
});
