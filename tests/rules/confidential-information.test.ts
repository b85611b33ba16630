import rule from '../../rules/confidential-information';
import { ruleTester } from '../helpers/rule-tester';

const MATERIAL = 'This discloses confidential or exempt material or a private meeting.';
const MARKED = 'This shares something marked or given in confidence.';
const LEAKED = 'This publishes leaked material.';
const EMBARGO = 'This breaks an embargo.';

ruleTester(rule, {
  valid: [
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
    // Hashtags.
    "#ConfidentialReporting: here's how to report a rogue trader without giving your name.",
    // Welsh: the cabinet papers are published.
    { text: "Mae papurau'r cabinet ar gyfer dydd Iau wedi'u cyhoeddi ar wefan y cyngor.", name: 'Welsh' },
  ],
  invalid: [
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
  ],
});
