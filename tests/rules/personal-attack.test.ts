import rule from '../../rules/personal-attack';
import { ruleTester } from '../helpers/rule-tester';

const INSULT = (word: string) => `“${word}” is an insult aimed at a person; criticise what they did, not who they are.`;
const RIDICULE = 'This mocks a person rather than their decisions.';

ruleTester(rule, {
  valid: [
    // A scheme called a waste of money is criticism of a decision; name-calling talked about is not done.
    'The new bus lane is a waste of money.',
    "Calling people idiots doesn't help anyone.",
    // The insult denied by the author: "I don't think X is an idiot".
    "No, I don't think Cllr Marsh is an idiot. I think he's wrong about the car park.",
    // The author about themselves.
    "I'm such an idiot, I left the raffle tickets on the bus.",
    'A resident said I was a clown. Fair enough, I got the date wrong on the leaflet.',
    // Abuse reported or quoted in order to condemn it.
    'Cllr Dawson said the leader is an idiot. I have asked her to withdraw it.',
    'I told the leader I was an idiot for missing the deadline.',
    'At full council a resident called the chair a clown. I have reported it to the monitoring officer.',
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
    // Nobody is called names; innocent senses of object words; comparisons of things, not people.
    'Nobody on this page is an idiot for asking a question.',
    'None of you are idiots for asking.',
    'The prick test at the allergy clinic is free for under-16s.',
    'They’re doughnuts from the new bakery, not bagels.',
    'A bunch of balloons and a box of doughnuts for the volunteers!',
    'Bring your own tools; we’ll provide the spanners.',
    'The park has all the charm of an English country garden.',
    'She has the patience of a saint.',
    'The sorry excuse for a bus service continues.',
    'Sorry for mouthing off at the meeting yesterday; I was out of order.',
    'Does the council even own a gritter?',
    'This clown will be at the fun day with balloons!',
    'The council has lost the plot on parking charges.',
    'The geniuses at the science fair impressed the judges.',
    'Our esteemed guest speaker, Dr Patel, was brilliant.',
    { text: 'Heckler at the hustings: "You\'re a disgrace, the lot of you." We carried on.', name: 'a transcript line quotes someone else' },
    { text: "Mae hi'n hollol wirion faint mae'r bws yn costio.", name: 'Welsh dummy subject' },
    { text: "Mae'r cynllun yn hollol ddiwerth i'r pentref.", name: 'Welsh, about a plan' },
    // Welsh: thanks to officers.
    { text: "Diolch i'r swyddogion am eu gwaith caled ar y llifogydd.", name: 'Welsh' },
    // Round 5: innocent senses of the new put-downs and labels.
    'The corner shop shut up early for the bank holiday.',
    "Please don't tell people to shut up in the comments; disagree with the argument instead.",
    'The twins got lost in the hedge maze 😂 found them by the ice cream van.',
    "We'll do one more litter pick before the autumn.",
    "I have no idea what I'm doing with this new printer 😂",
    'Residents have no idea about the consultation because it was never publicised.',
    'Keep them coming! 300 tins for the food bank so far 👏',
    'Take a bow, everyone who turned out for the litter pick 👏',
    'Thanks to everyone for braving the rain today!',
    'The dead wood has been cleared from the canal path.',
    'Pest control for vermin in the bin store is booked for Thursday.',
    'A nightmare of a council meeting: the microphones failed twice.',
    'Shepherd\u2019s crook, tea towels and tinsel: nativity costumes sorted.',
    'The walrus at the sea life centre is called Wally.',
    "Mum says grandad should be at home with his slippers after the op, and he's not arguing.",
    "I'm smug about my marrows this year.",
    'The committee is like a family to me after eight years.',
    { text: 'Come and meet this clown Bobo at the fun day.', name: 'a clown by name at a fun day' },
    { text: 'He dressed up as a clown for Children in Need.', name: 'dressed as a clown' },
    { text: "Mae'r llo bach newydd yn y cae.", name: 'Welsh: the new little calf' },
    { text: "Mae'r tywydd yn wirion heddiw.", name: 'Welsh: the weather is silly' },
    { text: "Dw i'n hurt.", name: 'Welsh: the author about themselves' },
    'Watch the little ones learn and grow up at Rainbow nursery.',
    'What a star! Jane raised £2,000 for the hospice.',
    'Who put the bins out on Tuesday? Collection is Thursday this week.',
    'Can you even read the small print on this parking form?',
    'Nobody cares about the weather at a litter pick 😂',
    'The smell from the tip makes me sick; the Environment Agency has been told.',
    'A blue tit nesting in the community garden box.',
    'Green sheep farming grants open on Monday.',
    'Too many biscuits at the coffee morning 😂',
    'We made too many pies for the bake sale.',
    'Thanks for nothing, weather! Fete moved indoors.',
    'As usual, the bins were late on the bank holiday.',
    'Who do you think should win best front garden?',
    "A resident told me to 'jog on' at the door. That's not acceptable and it has been reported.",
    'I was told to shut up at the meeting. I carried on.',
    "I haven't got a clue how the new bin app works.",
  ],
  invalid: [
    {
      text: 'Cllr Dawson said the leader is an idiot, and I agree.',
      name: 'someone else\'s insult, repeated and endorsed',
      findings: [{ messageId: 'insult', span: 'idiot', message: INSULT('idiot') }],
    },
    {
      text: 'As I said at full council, the leader is an idiot.',
      name: 'the author speaks, but the insult is said of the leader',
      findings: [{ messageId: 'insult', span: 'idiot' }],
    },
    {
      text: 'Cllr Dawson said the leader is an idiot. Great turnout at the litter pick. Thanks to the volunteers. Shame about the rain. It was not acceptable to leave the bags out.',
      name: 'pushback about something else, further on, does not excuse a repeated insult',
      findings: [{ messageId: 'insult', span: 'idiot' }],
    },
    {
      text: 'Cllr Dawson said the leader is an idiot.',
      name: 'someone else\'s insult, repeated without pushback',
      findings: [{ messageId: 'insult', span: 'idiot' }],
    },
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
    // Sarcastic comparisons, said of a person.
    {
      text: 'honestly mate youve got less sense than a box of frogs',
      name: 'lower case, no apostrophe',
      findings: [{ messageId: 'ridicule', span: 'less sense than a box of frogs' }],
    },
    {
      text: 'The chair has all the charisma of a wet Tuesday in Rhyl.',
      findings: [{ messageId: 'ridicule', span: 'all the charisma of a wet Tuesday in Rhyl' }],
    },
    {
      text: 'She’s about as much use as a chocolate teapot.',
      findings: [{ messageId: 'ridicule', span: 'about as much use as a chocolate teapot' }],
    },
    {
      text: 'That man couldn’t organise a raffle at a church fete.',
      findings: [{ messageId: 'ridicule', span: 'couldn’t organise a raffle at a church fete' }],
    },
    {
      text: 'Our MP is dafter than a brush.',
      findings: [{ messageId: 'ridicule', span: 'dafter than a brush' }],
    },
    // Dialect and slang.
    {
      text: 'yer a right melt, read the agenda before you post',
      findings: [{ messageId: 'insult', span: 'melt' }],
    },
    {
      text: 'Cllr Dunn is an absolute weapon.',
      findings: [{ messageId: 'insult', span: 'weapon' }],
    },
    {
      text: 'What a tool the new chair is.',
      findings: [{ messageId: 'insult', span: 'tool' }],
    },
    {
      text: 'He’s a total eejit.',
      findings: [{ messageId: 'insult', span: 'eejit' }],
    },
    {
      text: 'Here he is again, mouthing off about things he knows nowt about.',
      findings: [
        { messageId: 'insult', span: 'mouthing off' },
        { messageId: 'insult', span: 'things he knows nowt about' },
      ],
    },
    {
      text: 'Cllr Dunn is a useless excuse for a councillor.',
      findings: [{ messageId: 'insult', span: 'useless excuse for a councillor' }],
    },
    {
      text: 'The leader’s the biggest clown in the chamber.',
      findings: [{ messageId: 'insult', span: 'clown' }],
    },
    // Questions, idioms and sarcasm.
    {
      text: 'Does the man even own a calculator?',
      findings: [{ messageId: 'ridicule', span: 'Does the man even own a calculator?' }],
    },
    {
      text: 'Is he thick or just pretending?',
      findings: [{ messageId: 'insult', span: 'thick' }],
    },
    {
      text: 'Who voted for this clown?',
      findings: [{ messageId: 'insult', span: 'clown' }],
    },
    {
      text: 'Cllr Dunn is away with the fairies again.',
      findings: [{ messageId: 'ridicule', span: 'away with the fairies' }],
    },
    {
      text: 'Some genius in highways decided to resurface the road the day before the marathon.',
      findings: [{ messageId: 'ridicule', span: 'Some genius in highways' }],
    },
    {
      text: 'Nice one, Einstein. The bins are now collected at 4am.',
      findings: [{ messageId: 'ridicule', span: 'Nice one, Einstein' }],
    },
    {
      text: 'Our esteemed leader strikes again 🙄',
      findings: [{ messageId: 'ridicule', span: 'Our esteemed leader' }],
    },
    // Whoever did it.
    {
      text: 'Only a moron would approve that junction.',
      findings: [{ messageId: 'insult', span: 'moron' }],
    },
    {
      text: 'He’s talking out of his arse about the bus subsidy.',
      findings: [{ messageId: 'insult', span: 'He’s talking out of his arse' }],
    },
    {
      text: 'The man opposite is talking utter shite again.',
      findings: [{ messageId: 'insult', span: 'The man opposite is talking utter shite' }],
    },
    // A sexist put-down aimed at a named councillor.
    {
      text: 'Put a girl in charge of the budget and she spends it all on handbags. Take a bow, Cllr Dunn.',
      findings: [{ messageId: 'discrimination', span: 'Put a girl in charge of the budget and she spends' }],
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
      text: 'Cllr Pike is an ɪdiot.',
      name: 'small capital ɪ',
      findings: [{ messageId: 'insult', span: 'ɪdiot' }],
    },
    {
      text: 'Cllr Pike is a ᴍᴏʀᴏɴ.',
      name: 'small capitals',
      findings: [{ messageId: 'insult', span: 'ᴍᴏʀᴏɴ' }],
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
    {
      text: "Mae'r arweinydd newydd yn hollol dwp ac yn ddiwerth.",
      name: 'Welsh adjectives after yn',
      findings: [
        { messageId: 'insult', span: 'dwp' },
        { messageId: 'insult', span: 'ddiwerth' },
      ],
    },
    {
      text: "Mae e'n dipyn o dwmffat.",
      name: 'short Welsh line, mutated',
      findings: [{ messageId: 'insult', span: 'dwmffat' }],
    },
    {
      text: 'The chair is a twpsyn.',
      name: 'Welsh word in English',
      findings: [{ messageId: 'insult', span: 'twpsyn' }],
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
    // Round 5: telling someone to shut up or go away.
    { text: 'Pipe down, Cllr Ashworth.', findings: [{ messageId: 'insult', span: 'Pipe down' }] },
    { text: 'Oh just wind your neck in.', findings: [{ messageId: 'insult', span: 'just wind your neck in' }] },
    { text: 'Nobody asked you.', findings: [{ messageId: 'insult', span: 'Nobody asked you' }] },
    { text: 'Jog on, mate.', findings: [{ messageId: 'insult', span: 'Jog on' }] },
    { text: 'Get yourself a personality.', findings: [{ messageId: 'insult', span: 'Get yourself a personality' }] },
    { text: 'Fourth post on the same thing today. Maybe read the minutes? Or a brain cell.', findings: [{ messageId: 'insult', span: 'Or a brain cell.' }] },
    // Contempt for someone's grasp of their job.
    { text: 'He hasn\u2019t got a clue.', findings: [{ messageId: 'ridicule', span: 'He hasn\u2019t got a clue' }] },
    { text: 'The chair doesn\u2019t even understand her own budget.', findings: [{ messageId: 'ridicule', span: 'The chair doesn\u2019t even understand her own budget' }] },
    { text: 'Honestly, she has no idea what she\u2019s doing.', findings: [{ messageId: 'ridicule', span: 'she has no idea what she\u2019s doing' }] },
    // Sarcastic praise for a failure.
    { text: 'Well done Cllr Pike for losing the bus contract.', findings: [{ messageId: 'ridicule', span: 'Well done Cllr Pike for losing' }] },
    { text: 'Another deadline missed. Take a bow, Cllr Mercer 👏', findings: [{ messageId: 'ridicule', span: 'Take a bow' }] },
    // "A joke of a councillor", people likened to a nursery, sent home to their slippers.
    { text: 'What a joke of a councillor.', findings: [{ messageId: 'ridicule', span: 'joke of a councillor' }] },
    { text: 'The cabinet members are acting like a bunch of toddlers.', findings: [{ messageId: 'ridicule', span: 'The cabinet members are acting like a bunch of toddlers' }] },
    { text: 'Time he was put out to pasture.', findings: [{ messageId: 'ridicule', span: 'Time he was put out to pasture' }] },
    { text: 'At his age Cllr Platt should be at home with his slippers, not on the licensing panel.', findings: [{ messageId: 'ridicule', span: 'should be at home with his slippers' }] },
    // Labels for a person: said of them, put in front of a name, or drawn.
    { text: 'Cllr Lowe is a jobsworth.', findings: [{ messageId: 'insult', span: 'jobsworth' }] },
    { text: 'Our deputy leader is the dead weight in that group.', findings: [{ messageId: 'insult', span: 'dead weight' }] },
    { text: 'That chancer Cllr Rudd is at it again.', findings: [{ messageId: 'insult', span: 'chancer' }] },
    { text: 'I saw that shyster Mr Pollard at the market.', findings: [{ messageId: 'insult', span: 'shyster' }] },
    { text: 'He\u2019s smug and he knows it.', findings: [{ messageId: 'insult', span: 'smug' }] },
    { text: 'Someone has photoshopped him as a scarecrow.', findings: [{ messageId: 'insult', span: 'scarecrow' }] },
    { text: 'Whoever approved this rota must be a total idiot.', findings: [{ messageId: 'insult', span: 'idiot' }] },
    // Questions that answer themselves.
    { text: 'Who put him in charge of the budget?', findings: [{ messageId: 'ridicule', span: 'Who put him in charge' }] },
    { text: 'How is she still in a job?', findings: [{ messageId: 'ridicule', span: 'How is she still in a job' }] },
    { text: 'Can he even count?', findings: [{ messageId: 'ridicule', span: 'Can he even count' }] },
    { text: 'Is there anything Cllr Bell can\u2019t mess up?', findings: [{ messageId: 'ridicule', span: 'Is there anything Cllr Bell can\u2019t mess up' }] },
    // Dismissal and disgust.
    { text: 'Do us all a favour and resign, Cllr Platt.', findings: [{ messageId: 'insult', span: 'Do us all a favour and resign' }] },
    { text: 'Nobody cares what you think.', findings: [{ messageId: 'insult', span: 'Nobody cares what you think' }] },
    { text: 'He makes my skin crawl.', findings: [{ messageId: 'insult', span: 'He makes my skin crawl' }] },
    { text: 'Grow up, Cllr Marsh.', findings: [{ messageId: 'insult', span: 'Grow up' }] },
    { text: 'Labour clowns voted it through.', findings: [{ messageId: 'insult', span: 'Labour clowns' }] },
    // Sarcasm and comparisons.
    { text: 'Another genius idea from the portfolio holder 🤦', findings: [{ messageId: 'ridicule', span: 'Another genius idea from the portfolio holder 🤦' }] },
    { text: 'He wouldn\u2019t know a balanced budget if it bit him.', findings: [{ messageId: 'ridicule', span: 'wouldn\u2019t know a balanced budget if it bit him' }] },
    { text: 'Cllr Dee makes a goldfish look like a genius.', findings: [{ messageId: 'ridicule', span: 'makes a goldfish look like a genius' }] },
    { text: 'He\u2019s a right tit.', findings: [{ messageId: 'insult', span: 'tit' }] },
    { text: 'The man is pond life.', findings: [{ messageId: 'insult', span: 'pond life' }] },
    { text: 'Cllr Grey should lay off the pies.', findings: [{ messageId: 'insult', span: 'lay off the pies' }] },
    { text: 'Just the usual moaners on this page again.', findings: [{ messageId: 'insult', span: 'the usual moaners' }] },
    { text: 'Who does she think she is?', findings: [{ messageId: 'insult', span: 'Who does she think she is' }] },
    { text: 'Get back to your knitting, love.', findings: [{ messageId: 'ridicule', span: 'Get back to your knitting' }] },
    { text: 'He can\u2019t string two words together.', findings: [{ messageId: 'ridicule', span: 'can\u2019t string two words together' }] },
    { text: 'Mrs Pike is a moaning minnie.', findings: [{ messageId: 'insult', span: 'moaning minnie' }] },
    // Welsh short lines.
    { text: 'Cau dy geg.', name: 'Welsh: shut your mouth', findings: [{ messageId: 'insult', span: 'Cau dy geg' }] },
    { text: 'Y twpsyn!', name: 'Welsh: vocative', findings: [{ messageId: 'insult', span: 'Y twpsyn' }] },
    { text: "Mae o'n llo.", name: 'Welsh: he is a calf', findings: [{ messageId: 'insult', span: "o'n llo" }] },
    { text: "Mae'r arweinydd yn hollol ddiwerth.", name: 'Welsh: short line with a role', findings: [{ messageId: 'insult', span: 'arweinydd yn hollol ddiwerth' }] },
    { text: "Mae hi'n dipyn o fwnci.", name: 'Welsh: a bit of a monkey, mutated', findings: [{ messageId: 'insult', span: "hi'n dipyn o fwnci" }] },
    { text: "Dim clem be mae o'n wneud efo'r gyllideb.", name: 'Welsh: no idea what he is doing', findings: [{ messageId: 'ridicule', span: "Dim clem be mae o'n wneud" }] },
    // "I don't think X is honest" is not a denial: the insult after it in the same sentence stands.
    { text: "I don't think Cllr Smith is honest, he is a crook.", findings: [{ span: 'crook' }] },
  ],
});
