import rule from '../../rules/speculation-as-fact';
import { ruleTester } from '../helpers/rule-tester';

const MOTIVE = 'This states someone’s motive or intent as fact; say what you know and label the rest as your opinion.';
const INSINUATION = 'This insinuates bad faith without saying what you know; readers fill the gap with the worst.';

ruleTester(rule, {
  valid: [
    // Opinion labelled in the next sentence, judgement held back until the report; an announcement's timing hinted at.
    "They say it's about money. I think it's about priorities, and I'll say so on Thursday.",
    "Interesting timing for the announcement, but I'll wait for the report before commenting.",
    // Musing, not insinuation (everyday-set false alarm).
    'The Victorians built this viaduct by hand. Makes you wonder what they’d make of our roadworks.',
    // The author's own reason.
    'The real reason we started the litter pick? The kids asked us to.',
    // Jokes about history and the weather.
    'Makes you wonder how the Romans got the road so straight without a sat nav.',
    'Funny how the sun comes out as soon as the village cricket match is rained off.',
    // Saying what you don't know, or labelling a view as opinion.
    "Not sure why the Mill Lane application was pulled — it may be the cost of the drainage. I've asked the agent.",
    "In my view the 10am start shuts out working parents, so I've asked for the next consultation event to be held in the evening.",
    "In my view the real reason for the delay is the cost, but I've asked officers to confirm.",
    "I'm not suggesting anything improper; I just want to know why the meeting moved.",
    // Reasons that are on the record.
    "The officer's report gives three reasons for refusal; you can read them at northdale.gov.uk/planning.",
    'The main reason for the closure, according to the report, is the cracked roof.',
    // Ordinary words.
    'The real ale festival returns to the Corn Exchange next month.',
    'Obviously we want as many residents as possible to have their say.',
    'The consultation closes on Friday, so please have your say.',
    // A resident's words, quoted and answered.
    "A resident wrote 'funny how the bins are always late on our street'. Fair point, and I've raised it with the crews.",
    // Hashtags.
    '#FunnyHowTheBinsNeverCome is trending in my ward. Crews are out today.',
    // Welsh: thanks for coming to the meeting.
    { text: "Diolch i bawb a ddaeth i'r cyfarfod cyhoeddus am y llyfrgell neithiwr.", name: 'Welsh' },
    // Innocent "quietly", physical hiding, waste, celebrations, sourced reasons, the audience.
    'Volunteers quietly worked through the night to clear the flood debris.',
    'The library quietly celebrated its hundredth birthday last week.',
    "We're planting hedges along Mill Lane to hide the bin stores.",
    'Free skip at the depot on Saturday to get rid of bulky waste.',
    'The depot sale is a done deal: contracts were exchanged on Friday.',
    'The officers clearly tried hard, but the software let them down.',
    'The real reason is simple: the roof is unsafe, as the structural report sets out.',
    "It's interesting that so many of you have asked about the budget.",
    'Funny how things work out: the lost cat turned up on the doorstep.',
    'No surprise that the gala was a sell-out again!',
    'Join the dots activity sheets are at the library for half-term.',
    'Funny how quickly the kids picked up the new recycling rules, quicker than me 😂',
    'The scrutiny report on the leisure contract is a whitewash, nothing more.',
    "It's no accident the council won the Britain in Bloom award: volunteers worked all year.",
    'The vote was fixed for 9 March so that all members could attend.',
    "I'm only standing for the votes of people who want a better town!",
    'Follow the money trail at the new museum exhibition on Victorian banking.',
    'The new fees are there to punish persistent fly-tippers, not residents.',
    // The rule is off at relaxed.
    { text: 'The real reason cabinet shut Fenwick baths is they want the land for flats.', strictness: 'relaxed', name: 'off at relaxed' },
    { text: 'Funny how the report came out the day after the election.', strictness: 'relaxed', name: 'off at relaxed' },
    // Round 7: innocent senses of the insinuation and decoding phrases.
    'Just saying hello to everyone at the coffee morning 👋',
    'The council has a new road safety plan. Just saying, the consultation closes Friday.',
    'Translation: the leaflet is now available in Polish and Urdu.',
    'The Welsh translation: they want everyone to come along.',
    'Residents told me clearly: they want the crossing. In other words, they want safer roads.',
    'The dog show at the fete was brilliant, best in show went to a spaniel.',
    'Our consultation event is at the theatre on Friday.',
    'Everyone knows why we love the carnival: the steel band!',
    'I wonder why I bother with the garden, the slugs win every year 😂',
    'That explains why the buses were late: the bridge was closed for an inspection.',
    "There's only one explanation for the queues: the new ice cream van is that good 🍦",
    "Don't be fooled by the sunshine, it's freezing out there.",
    'Who benefits from the new cycle lane? Commuters, schoolkids and the high street.',
    "The plan all along was to open the path in spring, and we've done it!",
    "They've already decided the date for the fun run: 14 June.",
    'The event was moved indoors so nobody would get soaked.',
    "Let's be honest about the budget: there's a £4m gap and every option is painful.",
    'Scheduled for 7pm so working parents can come along.',
    'Someone needs to explain the new bin rota to the whole street. Just saying.',
    'Pam tybed bod y glaw wastad yn dod ar ddydd Sadwrn? 😂',
  ],
  invalid: [
    // Opinion labelled in the next sentence, judgement held back until the report; an announcement's timing hinted at.
    { text: "Interesting timing for the announcement. I wonder why 🤔", findings: [{ messageId: "insinuation", span: "Interesting timing" }, { messageId: "insinuation", span: "I wonder why" }] },
    { text: "They say it's 'budget pressures'. Translation: they never wanted a day centre here.", findings: [{ messageId: "motive", span: "Translation: they never wanted" }] },
    // Round 7: motive "decoded" from a stated reason.
    { text: 'They call it "efficiency savings". Translation: they want the depot land for flats.', findings: [{ messageId: 'motive', span: 'Translation: they want' }] },
    { text: 'Budget pressures, my foot. In plain English, they don’t care about the villages.', findings: [{ messageId: 'motive', span: 'In plain English, they don’t care' }] },
    { text: '"Operational reasons" is code for they couldn\'t be bothered.', findings: [{ messageId: 'motive', span: 'is code for' }] },
    // The reason everyone supposedly knows; what something was "really for".
    { text: 'We all know the only reason they moved the meeting is to avoid the protest.', findings: [{ messageId: 'motive', span: 'We all know the only reason' }] },
    { text: "Let's be honest about what the restructure was really for: getting rid of anyone who asked questions.", findings: [{ messageId: 'motive', span: "Let's be honest about what the restructure was really" }] },
    { text: 'Honestly, the consultation was only ever about ticking a box.', findings: [{ messageId: 'motive', span: 'was only ever about ticking' }] },
    // Timing chosen so nobody would notice; knowing how it would look.
    { text: 'They pushed it through over Christmas so nobody would notice.', findings: [{ messageId: 'motive', span: 'so nobody would notice' }] },
    { text: "Scheduled for 2pm on a weekday so working parents can't object. Of course.", findings: [{ messageId: 'motive', span: "so working parents can't object" }] },
    { text: 'Officers buried the figures in an appendix because they knew how it would look.', findings: [{ messageId: 'motive', span: 'because they knew how it would look' }] },
    { text: 'They know full well the residents would object, that’s why it went out on Christmas Eve.', findings: [{ messageId: 'motive', span: 'They know full well' }] },
    // Run down on purpose; the plan all along; a process that is only for show.
    { text: 'They ran the centre down on purpose so they could justify closing it.', findings: [{ messageId: 'motive', span: 'ran the centre down on purpose' }, { messageId: 'motive', span: 'so they could justify' }] },
    { text: 'Clearly the plan all along was to run the centre down.', findings: [{ messageId: 'motive', span: 'the plan all along was' }] },
    { text: "The public meeting is just for show, they've already made their minds up.", findings: [{ messageId: 'motive', span: 'public meeting is just for show' }, { messageId: 'motive', span: "they've already made their minds up" }] },
    { text: 'The decision was made in a back room months ago.', findings: [{ messageId: 'motive', span: 'made in a back room' }] },
    { text: 'Cllr Moss only took the cabinet job to boost her profile before the mayoral race.', findings: [{ messageId: 'motive', span: 'only took the cabinet job to boost her profile' }] },
    // Hints: "just saying", "I'm not saying it's connected, but", "I wonder why 🤔", "how else do you explain".
    { text: "Not saying anything, but the tender went to the leader's cousin. Just saying 🤷", findings: [{ messageId: 'insinuation', span: 'Not saying anything, but' }, { messageId: 'insinuation', span: 'Just saying' }] },
    { text: "I'm not saying it's connected, but the developer donated to their campaign last spring 👀", findings: [{ messageId: 'insinuation', span: "I'm not saying it's connected, but" }] },
    { text: 'Six weeks before the election the library suddenly gets funding. I wonder why...', findings: [{ messageId: 'insinuation', span: 'I wonder why' }] },
    { text: "Which would explain why they're so keen to close it, wouldn't it?", findings: [{ messageId: 'insinuation', span: "Which would explain why they're so keen" }] },
    { text: 'How else do you explain the officer recommending approval?', findings: [{ messageId: 'insinuation', span: 'How else do you explain' }] },
    { text: 'Ask yourselves who benefits from the bypass going through Mill Lane.', findings: [{ messageId: 'insinuation', span: 'Ask yourselves who benefits' }] },
    { text: "Don't be fooled, it's all about getting the developer's money.", findings: [{ messageId: 'insinuation', span: "Don't be fooled" }] },
    { text: 'Penderfyniad rhyfedd. Pam tybed? 🤔', name: 'Welsh: I wonder why', findings: [{ messageId: 'insinuation', span: 'Pam tybed' }] },
    // Motive stated as fact.
    {
      text: 'The real reason cabinet shut Fenwick baths is they want the land for flats.',
      findings: [{ messageId: 'motive', span: 'The real reason', start: 0, end: 15, message: MOTIVE }],
    },
    {
      text: 'Clearly this was timed to stop working parents getting to the meeting.',
      findings: [{ messageId: 'motive', span: 'Clearly this was timed to' }],
    },
    {
      text: "Obviously the cabinet couldn't care less about the villages.",
      findings: [{ messageId: 'motive', span: "Obviously the cabinet couldn't care less" }],
    },
    {
      text: "The drop-in was held at 11am on a weekday on purpose so parents couldn't object.",
      findings: [{ messageId: 'motive', span: 'held at 11am on a weekday on purpose so' }],
    },
    {
      text: "They'd already decided before a single resident had been consulted.",
      findings: [{ messageId: 'motive', span: "They'd already decided" }],
    },
    {
      text: 'The consultation is just a smokescreen.',
      findings: [{ messageId: 'motive', span: 'just a smokescreen' }],
    },
    {
      text: 'The library review is a done deal.',
      findings: [{ messageId: 'motive', span: 'a done deal' }],
    },
    {
      text: "It's obvious why the leader wants this through before May.",
      findings: [{ messageId: 'motive', span: "It's obvious why the leader" }],
    },
    {
      text: 'The cabinet quietly dropped the promise to reopen the tip.',
      findings: [{ messageId: 'motive', span: 'quietly dropped' }],
    },
    {
      text: 'The figures were massaged to hide the overspend.',
      findings: [{ messageId: 'motive', span: 'to hide' }],
    },
    // Insinuation.
    {
      text: 'Funny how the report came out the day after the election.',
      findings: [{ messageId: 'insinuation', span: 'Funny how', message: INSINUATION }],
    },
    {
      text: "Odd, then, that the minutes still haven't been published.",
      findings: [{ messageId: 'insinuation', span: 'Odd, then, that' }],
    },
    {
      text: "The budget papers went up at 11pm on a Friday. Makes you think, doesn't it?",
      findings: [{ messageId: 'insinuation', span: 'Makes you think', start: 47, end: 62 }],
    },
    {
      text: "Cllr Ogden voted against the skate park. Coincidence? I'll let you decide.",
      findings: [
        { messageId: 'insinuation', span: 'Coincidence?' },
        { messageId: 'insinuation', span: "I'll let you decide" },
      ],
    },
    // Motives as fact: votes, money, publicity; predetermined outcomes; "it's obvious they…".
    {
      text: 'They only did it to get re-elected.',
      findings: [{ messageId: 'motive', span: 'only did it to get re-elected' }],
    },
    {
      text: 'This is nothing but a cash grab by the council.',
      findings: [{ messageId: 'motive', span: 'nothing but a cash grab' }],
    },
    {
      text: 'The consultation was a done deal from the start.',
      findings: [{ messageId: 'motive', span: 'a done deal' }],
    },
    {
      text: 'The whole consultation is rigged.',
      findings: [{ messageId: 'motive', span: 'consultation is rigged' }],
    },
    {
      text: "It's obvious they want the land for housing.",
      findings: [{ messageId: 'motive', span: "It's obvious they want" }],
    },
    {
      text: "They didn't want anyone to find out before the election.",
      findings: [{ messageId: 'motive', span: "They didn't want anyone to find out" }],
    },
    {
      text: 'This has nothing to do with road safety and everything to do with parking revenue.',
      findings: [{ messageId: 'motive', span: 'nothing to do with road safety and everything to do with' }],
    },
    {
      text: 'The cabinet quietly shelved the cycle lane plan over the summer.',
      findings: [{ messageId: 'motive', span: 'quietly shelved' }],
    },
    {
      text: 'They let the pool rot to get rid of it.',
      findings: [{ messageId: 'motive', span: 'to get rid of' }],
    },
    // Insinuation by tag lines, coincidence and timing, and loaded questions.
    {
      text: 'The planning decision came the week after the donation. Make of that what you will.',
      findings: [{ messageId: 'insinuation', span: 'Make of that what you will' }],
    },
    {
      text: 'No prizes for guessing why the report was published on Christmas Eve.',
      findings: [{ messageId: 'insinuation', span: 'No prizes for guessing' }],
    },
    {
      text: "Don't tell me it's a coincidence that the cuts all fall on opposition wards.",
      findings: [{ messageId: 'insinuation', span: "Don't tell me it's a coincidence" }],
    },
    {
      text: 'Interesting timing, given the budget vote is next week.',
      findings: [{ messageId: 'insinuation', span: 'Interesting timing' }],
    },
    {
      text: 'How much did the developer pay Cllr Grey to switch his vote?',
      findings: [{ messageId: 'insinuation' }],
    },
    {
      text: "Nid cyd-ddigwyddiad yw hi fod y toriadau i gyd yn ein ward ni.",
      name: 'Welsh: not a coincidence',
      findings: [{ messageId: 'insinuation', span: 'Nid cyd-ddigwyddiad' }],
    },
    // Welsh: "strange how".
    {
      text: "Rhyfedd sut mae'r cyngor wastad yn cau pethau yn y pentrefi a byth yn y dref.",
      name: 'Welsh',
      findings: [{ messageId: 'insinuation', span: 'Rhyfedd sut' }],
    },
    {
      text: 'Surprise, surprise, the developer got what it wanted.',
      strictness: 'pre-election',
      findings: [{ messageId: 'insinuation', span: 'Surprise, surprise' }],
    },
  ],
});
