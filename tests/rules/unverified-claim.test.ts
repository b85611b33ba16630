import rule from '../../rules/unverified-claim';
import { ruleTester } from '../helpers/rule-tester';

const HEARSAY = 'This passes on something you have heard, not something you know; check it with the source before posting.';
const SPREAD = 'This asks others to spread an unchecked claim.';

ruleTester(rule, {
  valid: [
    // A motive everyone supposedly knows is speculation-as-fact's, not hearsay.
    'We all know the only reason they shut the pool is the land value.',
    // A story told by its witnesses (everyday-set false alarm).
    'An evening of wartime memories at the library, told by some of the people who lived through them.',
    // Hearing as listening, and a rumour the author confirms first-hand (everyday-set false alarms).
    'The parking scheme on Mill Row: I’ve heard the complaints and I’ve heard the praise, and I’ll take both to the review.',
    'Until I’ve heard the evidence at the hearing I won’t be saying anything about the licence.',
    'I’ve heard the frustrations of parents at the gate and I’ve passed them to the school.',
    'Rumour has it the library is getting a new reading garden. I can confirm it: I saw the plans signed off at committee.',
    // A message the author received and reported is not a rumour passed on.
    "Someone messaged me saying they know where I live. I've reported it to the police.",
    // Hearing from residents is casework, not rumour.
    "I've heard from many of you about the parking on Orchard Close, so I've asked for a parking survey.",
    "I've heard your concerns about the bus changes loud and clear.",
    // A rumour raised in order to correct it, or a claim checked with the source.
    "There's a rumour the leisure centre is closing for good. It isn't true: the manager confirmed this morning it reopens on 3 March.",
    'The council has confirmed the library will stay open; thanks to everyone who campaigned.',
    "According to the council's own report, the pool needs £2m of repairs.",
    // Literal hearing, light-hearted "apparently", "word is out".
    'Heard the brass band at the gala today. Brilliant!',
    'I heard the skylarks on the common this morning for the first time this year.',
    "Apparently it's National Tea Day, so the kettle's on at my surgery.",
    'The word is out: Northdale in Bloom has won gold!',
    // Passing on reports and events, not rumours.
    "Message me with any potholes and I'll pass it on to highways.",
    'Spread the word: the repair café is on Saturday at the library.',
    // Ordinary words.
    "The wordsearch in this month's newsletter is a tricky one!",
    'Rumours was a great album, and the tribute band at the Regal were superb.',
    // A named official source; casework; views; greetings; instructions; literal hearing; enthusiasm.
    "I'm told by the parks team that the paddling pool reopens on 1 June.",
    "I've been told by highways that the road will reopen on Friday.",
    "A resident told me about the pothole on Elm Road, so I've reported it.",
    "People told us they want a crossing, so we've asked for one.",
    'My mum says hi to everyone at the lunch club!',
    'My daughter told me to get off my phone at dinner 😂',
    'Everyone knows the way to the old tip.',
    'We all know the Christmas lights switch-on is the best night of the year.',
    'Is it true? Yes, the gala really is back this summer!',
    "Anyone else heard the new ice cream van's chimes?",
    'The talk at the library is on Tuesday at 7pm.',
    'People are saying lovely things about the new play park, thank you!',
    'Flu is doing the rounds at the primary school, so please wash hands.',
    'They say an apple a day keeps the doctor away!',
    // Hashtags.
    '#RumourHasIt — Adele tribute night at the Regal on Friday!',
    // Welsh: the council has confirmed the library stays open.
    { text: "Mae'r cyngor wedi cadarnhau y bydd y llyfrgell yn aros ar agor tan y flwyddyn nesaf.", name: 'Welsh' },
    // Everyday senses of hearing, telling and reports, and news that is cheered or attributed.
    "I've been hearing from lots of you about the state of Elm Road.",
    'Still hearing the fireworks at 2am, it is a nightmare for pets.',
    'Told by the highways manager this morning that the road reopens Friday.',
    "I'm reliably informed by the council's press office that the pool reopens in May.",
    'According to my diary, the surgery is on Thursday.',
    'My daughter works at the hospital and she says the staff have been brilliant.',
    "Don't quote me on the exact time, but the fireworks start around 7.",
    'Reports reaching us from residents about potholes have doubled; please keep reporting them.',
    'Heard that the team won the cup! Congratulations lads.',
    "A resident emailed to say the streetlight on Elm Road is out, so I've reported it.",
    'The rumblings of thunder kept us all up last night.',
  ],
  invalid: [
    {
      text: "I've heard a rumour the pool is closing for good.",
      findings: [{ messageId: 'hearsay', span: "I've heard a rumour", start: 0, end: 19, message: HEARSAY }],
    },
    {
      text: 'Apparently the council has already sold the depot site.',
      findings: [{ messageId: 'hearsay', span: 'Apparently the council' }],
    },
    {
      text: 'Rumour has it the new leisure operator is a mate of the leader.',
      findings: [{ messageId: 'hearsay', span: 'Rumour has it' }],
    },
    {
      text: 'A little bird tells me the bus station is being sold.',
      findings: [{ messageId: 'hearsay', span: 'A little bird tells me' }],
    },
    {
      text: 'A friend who works at county hall told me the gritting budget has been halved.',
      findings: [{ messageId: 'hearsay', span: 'A friend who works at county hall told me' }],
    },
    {
      text: "I'm told the new leader wants to scrap the garden waste service.",
      findings: [{ messageId: 'hearsay', span: "I'm told" }],
    },
    {
      text: "There's talk of a 10% council tax rise.",
      findings: [{ messageId: 'hearsay', span: "There's talk of" }],
    },
    {
      text: 'Can anyone confirm the Carr Lane surgery is closing?',
      findings: [{ messageId: 'hearsay', span: 'Can anyone confirm' }],
    },
    {
      text: 'Is it true the school is being turned into an academy?',
      findings: [{ messageId: 'hearsay', span: 'Is it true' }],
    },
    {
      text: 'The landlord allegedly ignored three improvement notices.',
      findings: [{ messageId: 'hearsay', span: 'allegedly', start: 13, end: 22 }],
    },
    {
      text: 'Someone told me the Co-op on Mill Lane is closing at Christmas. Pass it on.',
      findings: [
        { messageId: 'hearsay', span: 'Someone told me' },
        { messageId: 'spread', span: 'Pass it on', message: SPREAD },
      ],
    },
    // Gossip, "people are saying", unnamed tellers, trailing "apparently", unconfirmed reports.
    {
      text: 'Chatter at the bus stop says the 42 is being axed.',
      findings: [{ messageId: 'hearsay', span: 'Chatter at the bus stop says' }],
    },
    {
      text: 'People are saying the new estate will have no school places.',
      findings: [{ messageId: 'hearsay', span: 'People are saying' }],
    },
    {
      text: "I'm hearing from a mate on the planning team that the inspector will overturn it.",
      findings: [{ messageId: 'hearsay', span: "I'm hearing from a mate on the planning team" }],
    },
    {
      text: 'Bloke in the chippy told me the council is selling the car park.',
      findings: [{ messageId: 'hearsay', span: 'Bloke in the chippy told me' }],
    },
    {
      text: 'The youth club is closing in March apparently.',
      findings: [{ messageId: 'hearsay', span: 'apparently' }],
    },
    {
      text: 'Apparently the swimming pool is going to close for a year.',
      findings: [{ messageId: 'hearsay' }],
    },
    {
      text: "Can't confirm it yet but the depot is moving to the industrial estate.",
      findings: [{ messageId: 'hearsay', span: "Can't confirm it yet but" }],
    },
    {
      text: 'A source close to the leader says the budget vote will be pulled.',
      findings: [{ messageId: 'hearsay' }],
    },
    {
      text: 'Mae pobl yn dweud bod y ganolfan hamdden yn cau.',
      name: 'Welsh: people are saying',
      findings: [{ messageId: 'hearsay', span: 'Mae pobl yn dweud' }],
    },
    // Welsh: "I heard that", "there is talk".
    {
      text: "Clywais fod y cyngor am gau'r llyfrgell yn y pentref y flwyddyn nesaf.",
      name: 'Welsh',
      findings: [{ messageId: 'hearsay', span: 'Clywais fod' }],
    },
    {
      text: "Mae sôn bod y cyngor yn mynd i werthu'r hen ysgol i ddatblygwr.",
      name: 'Welsh',
      findings: [{ messageId: 'hearsay', span: 'Mae sôn' }],
    },
    // Still advice at relaxed.
    {
      text: "Word is the leisure centre won't reopen after the refit.",
      strictness: 'relaxed',
      findings: [{ messageId: 'hearsay', span: 'Word is' }],
    },
    // The same idea in other words: still hearing, who it came from, the talk of the town, tip-offs, unchecked.
    {
      text: "I've been hearing the school will merge next year.",
      findings: [{ messageId: 'hearsay', span: "I've been hearing the school will", start: 0, end: 33, message: HEARSAY }],
    },
    { text: 'Heard a whisper that the contract went to the leader’s brother.', findings: [{ messageId: 'hearsay', span: 'Heard a whisper' }] },
    { text: 'A little birdie tells me the chief exec is off to Cardiff.', findings: [{ messageId: 'hearsay', span: 'A little birdie tells' }] },
    { text: 'Told by a reliable source the bypass has been scrapped.', findings: [{ messageId: 'hearsay', span: 'Told by a reliable source' }] },
    { text: 'According to a friend in planning, the scheme is already approved.', findings: [{ messageId: 'hearsay', span: 'According to a friend' }] },
    { text: 'I understand from a contact that cabinet will cut the grant.', findings: [{ messageId: 'hearsay', span: 'I understand from a' }] },
    { text: 'Word around the estate is the flats are being knocked down.', findings: [{ messageId: 'hearsay', span: 'Word around' }] },
    { text: 'Rumblings from the town hall that council tax is going up 10%.', findings: [{ messageId: 'hearsay', span: 'Rumblings from' }] },
    { text: 'Reports reaching me suggest the depot is closing.', findings: [{ messageId: 'hearsay', span: 'Reports reaching me' }] },
    { text: "Don't quote me but the market is closing.", findings: [{ messageId: 'hearsay', span: "Don't quote me but" }] },
    { text: 'Someone messaged me to say the council is selling the park.', findings: [{ messageId: 'hearsay', span: 'Someone messaged me to say the council' }] },
    {
      text: "My mate's wife works at County Hall and she reckons there'll be redundancies.",
      findings: [{ messageId: 'hearsay', span: "My mate's wife works at County Hall and she reckons" }],
    },
    { text: "Could be wrong but I'm hearing the buses are being cut.", findings: [{ messageId: 'hearsay', span: "I'm hearing" }] },
    { text: 'Been told on good authority the market is moving to the car park. You heard it here first.', findings: [{ messageId: 'hearsay', span: 'Been told on good authority' }, { messageId: 'hearsay', span: 'You heard it here first' }] },
  ],
});
