import rule from '../../rules/speculation-as-fact';
import { ruleTester } from '../helpers/rule-tester';

const MOTIVE = 'This states someone’s motive or intent as fact; say what you know and label the rest as your opinion.';
const INSINUATION = 'This insinuates bad faith without saying what you know; readers fill the gap with the worst.';

ruleTester(rule, {
  valid: [
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
    // The rule is off at relaxed.
    { text: 'The real reason cabinet shut Fenwick baths is they want the land for flats.', strictness: 'relaxed', name: 'off at relaxed' },
    { text: 'Funny how the report came out the day after the election.', strictness: 'relaxed', name: 'off at relaxed' },
  ],
  invalid: [
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
