import rule from '../../rules/contempt-framing';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A bare verdict looks ahead only when the next sentence blames no one else.
    'Disgraceful. Someone dumped rubbish outside the council offices.',
    'Shameful. Vandals have smashed the new bus shelter the council put up.',
    "It's a disgrace how some drivers park on the pavement. The council is consulting on new restrictions.",
    "They must think we're made of money at the garage. Council tax is due on Friday too.",
    // Round 7: the same constructions about a boiler, twins, a garage, a broadband provider, a fly-tipped mattress,
    // a quiz, a history talk, a rubble pile, a match and a fun run; a verdict on a person ('You're a disgrace').
    "I couldn't run a bath this morning, the boiler's broken again.",
    "Our twins couldn't organise a sock drawer but they raised £400 for the hospice.",
    "Cabinet couldn't reach a decision on Tuesday, so it goes to full council.",
    "The highways team couldn't get to the estate because of the snow.",
    "My nan must think we're mugs, serving sprouts again.",
    "They must think we're made of money at the garage.",
    "Disgraceful. Someone has dumped a mattress in the brook again. Reported.",
    "Two hours on hold to my broadband provider. It's a disgrace.",
    "It's a disgrace, the state of the underpass. I've reported it to the council.",
    "The 'Listening Project' exhibition opens at the museum on Saturday.",
    "Reminder that 'the council' isn't one person: cabinet made this decision.",
    "Zero waste, zero fuss: the repair café is back on Saturday.",
    "Our pub quiz team came last. An absolute shambles, but a fun one 😂",
    "Talk at the library: 'Cover-ups and stitch-ups: scandal in Victorian mills' with a local historian.",
    "The pile of rubble behind the council depot has finally been cleared.",
    "Are you having a laugh? 2-0 up at half time!",
    "You couldn't make it up: the goat escaped and ate the mayor's hat at the show!",
    "My dog could run faster than me at the fun run.",
    "Where is the flood report? You're a disgrace and a coward.",
    "The council hired clowns and a magician for the fun day.",
    // Not about the council: the weather, a match, a place, the traffic.
    "What a shambles of a summer: third washed-out gala in a row, but the rain can't last forever.",
    'Disgraceful behaviour from a few fans at the derby on Saturday; two stewards were hurt.',
    'The roundabout at Carr Lane is a total circus at school-run time.',
    "The state of the underpass is disgraceful; I've reported the graffiti again.",
    // Names.
    'The Farce Theatre Company are performing at the Civic Centre on Friday.',
    'The panto is Cinderella this year; tickets from the Civic Centre box office.',
    // Negation, scrutiny without emotive framing, praise.
    "The council's decision was not a stitch-up; the minutes are online for anyone to read.",
    "I disagree with cabinet's decision to close the depot, and I'll be calling it in for scrutiny.",
    'The new bins are a huge improvement and the crews have been brilliant.',
    // Abuse quoted in order to condemn it.
    "A commenter called our officers 'jobsworths' and the council 'a shambles'. That's not OK: they worked all weekend on the floods.",
    // Literal circuses, pantomimes, whitewash and covering up; proper names; the author; labels in quotes.
    "Zippo's Circus is on the rec all week: clowns, acrobats, no animals. Tickets on the gate.",
    'The circus is coming to Brookside Park next month.',
    'Circus skills workshop at the youth centre on Saturday.',
    'Great trip to the Shambles in York with the over-60s club.',
    'Our deputy mayor was the back end of the pantomime cow at the Civic!',
    'Rubber Stamp craft fair at the church hall on Sunday.',
    'Volunteers will whitewash the scout hut walls on Saturday.',
    'Please cover up and wear sun cream at the fun day.',
    'Fat cats and dogs welcome at the pet show!',
    'The housing manager who sat on that survey should be ashamed of herself. Useless doesn’t begin to cover it.',
    "Bit of a dog's dinner, my leaflet folding technique. Back to it tomorrow.",
    "I'm hopeless at the pub quiz but the council team won!",
    'Remember to tick the box on the council tax form if you want paperless bills.',
    "We've launched a 'listening exercise' on the town centre this summer. Have your say!",
    "The report uses the word 'review' eleven times.",
    // Hashtags.
    'Seen the #CouncilShambles hashtag doing the rounds? Here are the facts about the bin rounds.',
    // Welsh: thanks to the council.
    { text: "Diolch i'r cyngor am drwsio'r goleuadau stryd mor gyflym.", name: 'Welsh' },
    // The rule is off at relaxed.
    { text: 'This administration is a disgrace.', strictness: 'relaxed', name: 'off at relaxed' },
    { text: 'The leisure centre refurb has been a total shambles from day one.', strictness: 'relaxed', name: 'off at relaxed' },
    // The same words about other places and jobs.
    'My dad was a jobsworth at the post office for 30 years, bless him.',
    'The bean counters at the bank have closed another branch.',
    'Democracy is dead in Myanmar and we should all be worried.',
  ],
  invalid: [
    // A process cast as rigged or fake.
    {
      text: 'The Carr Lane decision was a stitch-up from the start.',
      findings: [
        {
          messageId: 'process',
          span: 'stitch-up',
          start: 29,
          end: 38,
          message: '“stitch-up” casts a council process as rigged or fake; say what went wrong and what you want done.',
        },
      ],
    },
    {
      text: 'The library consultation was a sham from start to finish.',
      findings: [{ messageId: 'process', span: 'sham' }],
    },
    {
      text: 'Scrutiny committee is just a talking shop.',
      findings: [{ messageId: 'process', span: 'talking shop' }],
    },
    {
      text: 'The parking review was a tick-box exercise.',
      findings: [{ messageId: 'process', span: 'tick-box exercise' }],
    },
    {
      text: 'Cabinet will rubber-stamp the depot sale on Thursday.',
      findings: [{ messageId: 'process', span: 'rubber-stamp' }],
    },
    {
      text: 'Jobs for the boys again at county hall.',
      findings: [{ messageId: 'process', span: 'Jobs for the boys' }],
    },
    {
      text: 'The review of the leisure contract was a whitewash.',
      findings: [{ messageId: 'process', span: 'whitewash' }],
    },
    // Chaos, with a calmer word offered.
    {
      text: 'The leisure centre refurb has been a total shambles from day one.',
      findings: [
        { messageId: 'chaos', span: 'shambles', message: '“shambles” casts the council as chaotic; say what went wrong and what you want done.' },
      ],
      output: 'The leisure centre refurb has been a total mess from day one.',
    },
    {
      text: 'Full council last night was a complete circus.',
      findings: [{ messageId: 'chaos', span: 'circus' }],
      output: 'Full council last night was a complete mess.',
    },
    // Verdicts on the council.
    {
      text: 'This administration is a disgrace.',
      findings: [
        {
          messageId: 'judgement',
          span: 'disgrace',
          message: '“disgrace” invites contempt for the council rather than scrutiny of a decision; give the facts and ask the question.',
        },
      ],
    },
    {
      text: 'Useless council strikes again.',
      findings: [{ messageId: 'judgement', span: 'Useless', start: 0, end: 7 }],
    },
    {
      text: "The leader's response to the flooding was shameful.",
      findings: [{ messageId: 'judgement', span: 'shameful' }],
    },
    {
      text: 'Nobody should trust a word they say about the bus station.',
      findings: [{ messageId: 'judgement', span: 'Nobody should trust' }],
    },
    // Small-time, captured, going through the motions; contempt for residents.
    {
      text: 'Tinpot administration, tinpot decisions.',
      findings: [
        { messageId: 'judgement', span: 'Tinpot' },
        { messageId: 'judgement', span: 'tinpot' },
      ],
    },
    {
      text: 'This council treats residents like mushrooms.',
      findings: [{ messageId: 'judgement', span: 'treats residents like mushrooms' }],
    },
    {
      text: "The cabinet couldn't organise a booze-up in a brewery.",
      findings: [{ messageId: 'judgement', span: "couldn't organise a booze-up in a brewery" }],
    },
    {
      text: 'The planning committee is a kangaroo court.',
      findings: [{ messageId: 'process', span: 'kangaroo court' }],
    },
    {
      text: 'The whole budget process is smoke and mirrors.',
      findings: [{ messageId: 'process', span: 'smoke and mirrors' }],
    },
    {
      text: 'Another debacle from the highways department.',
      findings: [{ messageId: 'judgement', span: 'debacle' }],
      output: 'Another mess from the highways department.',
    },
    {
      text: 'The parking review has been an omnishambles.',
      name: 'a/an put right in the rewrite',
      findings: [{ messageId: 'chaos', span: 'omnishambles' }],
      output: 'The parking review has been a mess.',
    },
    // Scare quotes around a process.
    {
      text: "The 'listening events' were a PR exercise to tick a box.",
      findings: [
        { messageId: 'scare', span: "'listening events'", message: 'Scare quotes around “listening events” cast a council process as fake; say what was wrong with it.' },
        { messageId: 'process', span: 'PR exercise' },
        { messageId: 'process', span: 'to tick a box' },
      ],
    },
    {
      text: "Mae'r cynllun parcio yn draed moch.",
      name: 'Welsh: a mess',
      findings: [{ messageId: 'judgement', span: 'draed moch' }],
    },
    // Welsh: "disgraceful", "farce".
    {
      text: "Mae penderfyniad y cyngor i gau'r llyfrgell yn warthus.",
      name: 'Welsh',
      findings: [{ messageId: 'judgement', span: 'warthus' }],
    },
    {
      text: 'Roedd cyfarfod y cyngor neithiwr yn ffars llwyr.',
      name: 'Welsh',
      findings: [{ messageId: 'judgement', span: 'ffars' }],
    },
    {
      text: "The council's handling of the bin strike has been disgraceful.",
      strictness: 'pre-election',
      findings: [{ messageId: 'judgement', span: 'disgraceful' }],
    },
    // Staff sneered at as a class, office as favours for friends.
    { text: 'The town hall jobsworths strike again.', findings: [{ span: 'jobsworths' }] },
    { text: "Overpaid pen-pushers at the council haven't a clue.", findings: [{ span: 'pen-pushers' }] },
    { text: 'Council by cronies, for cronies.', findings: [{ messageId: 'process', span: 'cronies' }, { messageId: 'process', span: 'cronies' }] },
    // Round 7: mockery of competence ('couldn't run a bath'), contempt for residents ('must think we're mugs'),
    // scare-quoted bodies ('listening council'), a bare verdict beside a sentence about the council or a service it runs
    // ('Gwarthus.', 'Utter joke.', 'It's a disgrace' after the call centre), Welsh verdicts in an English line.
    { text: "This council couldn't run a bath.", findings: [{ messageId: 'judgement', span: "couldn't run a bath" }] },
    { text: "County Hall couldn't organise a raffle at a church fete.", findings: [{ messageId: 'judgement', span: "couldn't organise a raffle" }] },
    { text: "The highways team couldn't find a pothole if they fell in one.", findings: [{ messageId: 'judgement', span: "couldn't find a pothole if they fell in one" }] },
    { text: "The planning department couldn't find its own backside with both hands.", findings: [{ messageId: 'judgement', span: "couldn't find its own backside with both hands" }] },
    { text: "The council couldn't hear a smoke alarm going off.", findings: [{ messageId: 'judgement', span: "couldn't hear a smoke alarm" }] },
    { text: "This council wouldn't know value for money if it slapped them in the face.", findings: [{ messageId: 'judgement', span: "wouldn't know value for money if it slapped them in the face" }] },
    { text: "My dog could run the planning department better.", findings: [{ messageId: 'judgement', span: "My dog could run the planning department better" }] },
    { text: "They must think we're mugs. The council has put parking up again.", findings: [{ messageId: 'judgement', span: "must think we're mugs" }] },
    { text: "Do the council think we were born yesterday?", findings: [{ messageId: 'judgement', span: "think we were born yesterday" }] },
    { text: "The council are having a laugh with these parking charges.", findings: [{ messageId: 'judgement', span: "having a laugh" }] },
    { text: "You couldn't make it up. Cabinet has hired another consultant.", findings: [{ messageId: 'judgement', span: "You couldn't make it up" }] },
    { text: "This 'listening council' hasn't listened once.", findings: [{ messageId: 'scare', span: "'listening council'" }] },
    { text: "So much for the 'transparent' administration.", findings: [{ messageId: 'scare', span: "'transparent'" }] },
    { text: "Gwarthus. The council has closed the library again.", findings: [{ messageId: 'judgement', span: "Gwarthus" }] },
    { text: "Disgraceful. Three weeks and still no bin collection from the council.", findings: [{ messageId: 'judgement', span: "Disgraceful" }] },
    { text: "Zero accountability, zero competence. That's this council.", findings: [{ messageId: 'judgement', span: "Zero accountability" }, { messageId: 'judgement', span: "zero competence" }] },
    { text: "Honestly this council's new app is a pile of crap.", findings: [{ messageId: 'judgement', span: "is a pile of crap" }] },
    { text: "Clueless council does it again.", findings: [{ messageId: 'judgement', span: "Clueless council" }] },
    { text: "Forty minutes on hold to the call centre again. It's a disgrace.", findings: [{ messageId: 'judgement', span: "disgrace" }] },
    { text: "Our planning department can't turn round a simple application in eight weeks. Utter joke.", findings: [{ messageId: 'judgement', span: "Utter joke" }] },
    { text: 'Pathetic. Cabinet has delayed the decision for a fifth time.', findings: [{ messageId: 'judgement', span: 'Pathetic' }] },
  ],
});
