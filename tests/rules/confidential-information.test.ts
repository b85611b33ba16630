import rule from '../../rules/confidential-information';
import { ruleTester } from '../helpers/rule-tester';

const MATERIAL = 'This discloses confidential or exempt material or a private meeting.';
const MARKED = 'This shares something marked or given in confidence.';
const LEAKED = 'This publishes leaked material.';
const EMBARGO = 'This breaks an embargo.';

ruleTester(rule, {
  valid: [
    // Welsh material in an English post, told in confidence in the passive, 'it was Part 2, but…', a mole's papers, drafts not yet published; contact with officers, published drafts and confidentiality as a topic stay clean.
    "Can't say too much as it was Part 2, so please wait for the published minutes.",
    "The draft budget is published today for consultation; have your say by 3 March.",
    "Whistleblowing matters: our policy protects staff who raise concerns.",
    "The audit letter was published on the council website today.",
    "I was told this by an officer at the public meeting: the depot is closing.",
    "Part 2 of our consultation report will be out next week.",
    "A little bird tells me it's someone's birthday today! 🎂",
    "A friend in the village told me the shop is closing, so sad.",
    "I've seen the draft local plan, which is out for consultation until May.",
    "I have read the final report, published this morning on the council website.",
    "Our whistleblowing policy means a whistleblower in finance can report concerns safely.",
    "My source for this is the published cabinet report, page 12.",
    "Someone in the planning team told me the application is valid, which is good news for the applicant.",
    "Good session at the conference on when councils should and shouldn't use confidential items. More decisions in public, please.",
    "Our council relies on exempt reports far too often; I'll keep pushing for openness.",
    // Residents' own papers taken for shredding (everyday-set false alarm).
    'Shredding day at the civic centre car park on Saturday: bring your old bills and confidential papers and we’ll shred them securely.',
    // A swimming session and a charity's name (everyday-set false alarms).
    'The leisure centre’s women-only closed session at the pool is now on Sunday mornings.',
    'Private sessions with the swimming coach can be booked at reception.',
    'Off the Record, the young people’s counselling charity, now runs a drop-in at the library.',
    // Confidential services, not confidential material.
    "Worried about a neighbour's welfare? You can call adult social care in confidence on 0300 123 4567, or report concerns confidentially online.",
    "Northdale Carers' Hub offers a confidential helpline for unpaid carers, open weekdays 9 to 5.",
    "Confidentiality is key to the Samaritans' service; their number is 116 123.",
    // Raised only to deny it, or to refuse to share.
    'Was it a private meeting? Not at all — the licensing sub-committee sat in public and the webcast is online.',
    "I can't share what was discussed in the closed session, and nor should I.",
    // Published business and lifted embargoes.
    'The cabinet papers for Thursday are published at northdale.gov.uk/cabinet.',
    'Embargo lifted: we can now confirm the £8m town centre grant!',
    // Ordinary senses of "leaked", "closed", "private", "part two".
    "A burst pipe leaked into the library basement overnight; it's closed today while it dries out.",
    'The leisure centre is closed for half-term maintenance until Monday.',
    'Our private rented sector survey closes on Friday; please fill it in.',
    "Private parking firms can't issue fines on council land.",
    'Part two of my planning explainer: how to comment on an application.',
    // Public notices, personal secrets and jokes, refusals.
    "The closed roads list for Sunday's 10k is on the council website.",
    'Restricted parking details for match days are at northdale.gov.uk/parking.',
    "The Secret Santa list is up in the members' room!",
    'The Part B plans for the school extension are on the planning portal.',
    'Private hire details are changing from April.',
    "The closed session items are listed on the agenda with the reason they're exempt, as the law requires.",
    "Decisions made behind closed doors are bad for democracy; I'll keep pushing for open meetings.",
    'I signed the NDA so I can’t say any more about the stadium.',
    "Keep this under your hat: the mayor's surprise party is on Friday!",
    'Strictly between us and the whole internet: I love the new bins.',
    "A resident told me in confidence about her situation, so I've raised it with housing.",
    "I shouldn't say this as a Villa fan, but well done Blues!",
    // Hashtags.
    "#ConfidentialReporting: here's how to report a rogue trader without giving your name.",
    // Welsh: the cabinet papers are published.
    { text: "Mae papurau'r cabinet ar gyfer dydd Iau wedi'u cyhoeddi ar wefan y cyngor.", name: 'Welsh' },
  ],
  invalid: [
    // Welsh material in an English post, told in confidence in the passive, 'it was Part 2, but…', a mole's papers, drafts not yet published; contact with officers, published drafts and confidentiality as a topic stay clean.
    { text: "Cyfarfod cyfrinachol heddiw. The short version: the council is in talks to buy the old school site for £600k.", findings: [{ messageId: "material", span: "cyfrinachol" }] },
    { text: "I was told this in confidence by an officer, but residents have a right to know: the depot is closing and 40 jobs are going.", findings: [{ messageId: "marked", span: "was told this in confidence" }] },
    { text: "An officer told me in confidence that the library will shut in April.", findings: [{ messageId: "marked", span: "told me in confidence" }] },
    { text: "Can't say too much as it was Part 2, but the offer on the Market Hall is way below what we paid for it.", findings: [{ messageId: "marked", span: "it was Part 2, but" }] },
    { text: "Can't go into detail as it was a private session, but the leisure contract is going to Fusion.", findings: [{ messageId: "marked", span: "it was a private session, but" }] },
    { text: "A whistleblower in finance has sent me the draft audit letter. It's damning.", findings: [{ messageId: "leaked", span: "A whistleblower in finance has sent me" }] },
    { text: "Someone inside the planning department sent me the draft officer report before it's published. It recommends approval.", findings: [{ messageId: "leaked", span: "Someone inside the planning department sent me" }] },
    { text: "I've seen the draft budget that hasn't been published yet: 12 posts are going in highways.", findings: [{ messageId: "leaked", span: "seen the draft budget that hasn't been published yet" }] },
    { text: "A little bird in HR tells me they're planning 30 redundancies at the depot.", findings: [{ messageId: "leaked", span: "A little bird in HR tells me" }] },
    { text: "Too many exempt reports at cabinet? Here's what was in last night's exempt report: the pool is being sold.", findings: [{ messageId: "material", span: "exempt report" }] },
    // Confidential and exempt material, private meetings.
    {
      text: 'The confidential report on the depot says the roof could fail within a year.',
      findings: [{ messageId: 'material', span: 'confidential report', start: 4, end: 23, message: MATERIAL }],
    },
    {
      text: 'The exempt report on the market hall sale puts the price at £1.2m.',
      findings: [{ messageId: 'material', span: 'exempt report' }],
    },
    {
      text: 'In the Part 2 session last night, cabinet agreed to buy the old Co-op.',
      findings: [{ messageId: 'material', span: 'In the Part 2 session' }],
    },
    {
      text: 'What was said in closed session about the leisure contract would shock you.',
      findings: [{ messageId: 'material', span: 'in closed session' }],
    },
    {
      text: 'What was said in closed session about the swimming pool would shock you.',
      findings: [{ messageId: 'material', span: 'in closed session' }],
    },
    {
      text: 'From the closed session on the pool: the leisure centre is being sold.',
      findings: [{ messageId: 'material', span: 'closed session' }],
    },
    {
      text: 'This was in the pink papers, not for publication, but residents deserve to know.',
      findings: [
        { messageId: 'material', span: 'pink papers' },
        { messageId: 'marked', span: 'not for publication' },
      ],
    },
    // Marked or given in confidence.
    {
      text: 'Off the record, the chief executive told me the pool won’t reopen.',
      findings: [{ messageId: 'marked', span: 'Off the record', message: MARKED }],
    },
    {
      text: 'Between you and me, the bus depot is being sold.',
      findings: [{ messageId: 'marked', span: 'Between you and me' }],
    },
    {
      text: 'The draft, marked confidential, says 40 jobs will go.',
      findings: [{ messageId: 'marked', span: 'marked confidential' }],
    },
    {
      text: "Staff haven't been told yet, but the library is moving to the town hall.",
      findings: [{ messageId: 'marked', span: "Staff haven't been told yet" }],
    },
    // Leaks and embargoes.
    {
      text: 'Leaked to me by a friendly officer: the youth service is being cut by half.',
      findings: [{ messageId: 'leaked', span: 'Leaked to me', message: LEAKED }],
    },
    {
      text: 'A leaked email shows the contract was signed before the consultation closed.',
      findings: [{ messageId: 'material', span: 'leaked email' }],
    },
    {
      text: 'This is embargoed until 10am tomorrow, but great news: the bypass bid has been approved!',
      findings: [{ messageId: 'embargo', span: 'embargoed until', start: 8, end: 23, message: EMBARGO }],
    },
    // Welsh: "confidential report", "closed session".
    {
      text: "Mae'r adroddiad cyfrinachol yn dangos bod y cyngor yn gwybod am y perygl.",
      name: 'Welsh',
      findings: [{ messageId: 'material', span: 'cyfrinachol' }],
    },
    {
      text: "Yn y sesiwn gaeedig neithiwr, penderfynodd y cabinet werthu'r hen ysgol.",
      name: 'Welsh',
      findings: [{ messageId: 'material', span: 'sesiwn gaeedig' }],
    },
    // An error at every strictness level.
    {
      text: "Here's the private briefing on the budget gap: we're £4m short.",
      strictness: 'relaxed',
      findings: [{ messageId: 'material', span: 'private briefing' }],
    },
    // Paraphrased disclosures: exempt items by name, closed doors with a time, in private, in confidence, NDAs.
    {
      text: 'Part 2 at full council: the depot land is going for £2m.',
      findings: [{ messageId: 'material', span: 'Part 2 at full council' }],
    },
    {
      text: 'What cabinet discussed behind closed doors last night will shock you: the depot is being sold.',
      findings: [{ messageId: 'material', span: 'discussed behind closed doors last night' }],
    },
    {
      text: 'From the papers cabinet saw in private this week: the preferred bidder is Brookway.',
      findings: [{ messageId: 'material', span: 'papers cabinet saw in private' }],
    },
    {
      text: "I'm not supposed to say this, but the depot is being sold.",
      findings: [{ messageId: 'marked', span: "I'm not supposed to say" }],
    },
    {
      text: 'Strictly confidential, but the depot is being sold to Halbrook Homes.',
      findings: [{ messageId: 'marked', span: 'Strictly confidential, but' }],
    },
    {
      text: 'Before this is announced, the depot is closing.',
      findings: [{ messageId: 'marked', span: 'Before this is announced', start: 0, end: 24 }],
    },
    {
      text: 'You didn’t hear this from me, but the chief exec is leaving.',
      findings: [{ messageId: 'marked', span: 'You didn’t hear this from me' }],
    },
    {
      text: "I'm under a non-disclosure agreement, but I can tell you the bid was £3m.",
      findings: [{ messageId: 'marked', span: 'under a non-disclosure agreement' }],
    },
    {
      text: 'Officers told us in confidence that the bridge has failed its inspection.',
      findings: [{ messageId: 'marked', span: 'told us in confidence' }],
    },
    {
      text: "Peidiwch â dweud wrth neb, ond mae'r llyfrgell yn cau.",
      name: "Welsh: don't tell anyone",
      findings: [{ messageId: 'material', span: 'Peidiwch â dweud wrth neb' }],
    },
  ],
});
