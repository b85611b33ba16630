import rule from '../../rules/selective-quote';
import { ruleTester } from '../helpers/rule-tester';

const ELLIPSIS = 'Words are cut from this quotation; readers cannot see what was left out, which can change its meaning.';
const FRAGMENT = 'This quotes a fragment; link to or quote the whole passage so readers can judge its meaning.';
const STITCHED = 'These quoted words are stitched together from different places; readers cannot see what came between them.';

ruleTester(rule, {
  valid: [
    // A quotation that trails off omits nothing.
    `A resident stopped me on Market Street to ask "why can't you just fill the potholes…?" Good question, and here's the answer.`,
    `She said "we'll see..." and left it there.`,
    // Ellipses outside quotation marks.
    'The gala was brilliant... thanks to everyone who came!',
    'Loading the van now... see you at the tip at 10.',
    // Whole sentences, quoted in full.
    'The motion reads: "This council declares a climate emergency and commits to net zero by 2030."',
    'The report, and I quote: "The scheme is not viable in its current form." Full report at northdale.gov.uk/reports.',
    'Quote of the day from our youngest litter picker: "Bins are cool!"',
    // Short quotations that are not introduced as extracts.
    `I asked the leader "when will the pool reopen?" and I'm still waiting.`,
    "The sign said 'No ball games' so the kids went to the rec instead.",
    'Cllr Ward said the plan was "unaffordable" — her word, not mine.',
    'The audit found "significant weaknesses" in contract management (page 4, northdale.gov.uk/audit).',
    'Volunteers painted "Love where you live" on the new bus shelter mural.',
    // No quotation at all.
    'Full statement from the chief executive at northdale.gov.uk/news — worth reading the whole thing.',
    // Countdowns, chants, slogans and prices.
    'The kids shouted "3... 2... 1..." and the lights came on!',
    'Our new slogan: "Ready... steady... recycle!"',
    `The contractor's quote: "£4,500 plus VAT". Not bad for a new fence.`,
    'Quote of the week: "I love my new bin".',
    // Welsh, quoted in full.
    { text: `Mae'r adroddiad yn dweud "mae'r cynllun yn hyfyw". Da iawn.`, name: 'Welsh' },
    // The rule is off at relaxed.
    {
      text: 'The highways report calls the junction "safe ... at current traffic levels". Really?',
      strictness: 'relaxed',
      name: 'off at relaxed',
    },
  ],
  invalid: [
    // Words cut from inside a quotation.
    {
      text: 'The highways report calls the junction "safe ... at current traffic levels". Really?',
      findings: [{ messageId: 'ellipsis', span: '"safe ... at current traffic levels"', start: 39, end: 75, message: ELLIPSIS }],
    },
    {
      text: 'The leader told full council the cuts were "regrettable … but necessary for the long term".',
      findings: [{ messageId: 'ellipsis', span: '"regrettable … but necessary for the long term"' }],
    },
    {
      text: `The inspector called the plan "sound...subject to modifications". So it's sound, then.`,
      findings: [{ messageId: 'ellipsis', span: '"sound...subject to modifications"' }],
    },
    {
      text: "The minister said the funding was 'ring-fenced ... for the next two years'.",
      name: 'single quotes',
      findings: [{ messageId: 'ellipsis', span: "'ring-fenced ... for the next two years'" }],
    },
    {
      text: 'The report says “the site is suitable … for housing”. Read that again.',
      name: 'curly quotes',
      findings: [{ messageId: 'ellipsis', span: '“the site is suitable … for housing”' }],
    },
    {
      text: 'The minutes record the chair saying "…we will not be closing the library". Then they closed it.',
      name: 'leading ellipsis',
      findings: [{ messageId: 'ellipsis', span: '"…we will not be closing the library"' }],
    },
    {
      text: 'Dywedodd yr arweinydd fod y cynllun yn "fforddiadwy ... yn y tymor hir", ond does dim arian ar ôl.',
      name: 'Welsh',
      findings: [{ messageId: 'ellipsis', span: '"fforddiadwy ... yn y tymor hir"' }],
    },
    // Fragments introduced as quotations.
    {
      text: "Cabinet minutes, quote: 'no further action'. That's our flood defences sorted then.",
      findings: [{ messageId: 'fragment', span: "'no further action'", message: FRAGMENT }],
    },
    {
      text: 'In her own words: "happy to look at it". Six months later, nothing.',
      findings: [{ messageId: 'fragment', span: '"happy to look at it"', start: 18, end: 39 }],
    },
    {
      text: "In his words: 'a minor setback'. The bridge has been shut for a year.",
      findings: [{ messageId: 'fragment', span: "'a minor setback'" }],
    },
    // Fragments stitched together with ellipses.
    {
      text: "The report calls the scheme 'bold' … 'risky' … 'uncosted'. Says it all.",
      findings: [{ messageId: 'stitched', span: "'bold' … 'risky' … 'uncosted'", message: STITCHED }],
    },
    {
      text: 'Officers\' words: "ambitious"... "challenging"... "unfunded". Three words, one verdict.',
      findings: [{ messageId: 'stitched', span: '"ambitious"... "challenging"... "unfunded"' }],
    },
    // Other ways of introducing an extract.
    {
      text: 'Quoting the audit: "significant weaknesses". Enough said.',
      findings: [{ messageId: 'fragment', span: '"significant weaknesses"' }],
    },
    {
      text: "Straight from the minutes, verbatim: 'not a priority'. Remember that in May.",
      findings: [{ messageId: 'fragment', span: "'not a priority'" }],
    },
    {
      text: 'The inspector said the plan was "sound . . . subject to modifications".',
      name: 'spaced dots',
      findings: [{ messageId: 'ellipsis', span: '"sound . . . subject to modifications"' }],
    },
    {
      text: `My opponent's leaflet says the bypass is "fully funded... by 2027".`,
      strictness: 'pre-election',
      findings: [{ messageId: 'ellipsis', span: '"fully funded... by 2027"' }],
    },
  ],
});
