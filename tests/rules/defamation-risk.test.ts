import rule from '../../rules/defamation-risk';
import { ruleTester } from '../helpers/rule-tester';

const ALLEGATION =
  'This states as fact that an identifiable person or body is dishonest, corrupt or criminal; unless you can prove it, it risks a libel claim.';
const INNUENDO = 'This insinuates corruption by an identifiable person; a question or hint can be as defamatory as a statement.';
const CRIME = 'This accuses identifiable people of a crime; leave it to the police and the courts.';

ruleTester(rule, {
  valid: [
    // Expressly not alleging anything; asking for scrutiny.
    "I'm not suggesting Cllr Ferris did anything wrong, but residents deserve to know why the depot sale wasn't advertised.",
    "I've asked the monitoring officer to look at whether the contract was properly tendered.",
    // Disagreement about figures, labelled as opinion.
    "I think Cllr Pemberton has got the bus subsidy figures wrong, and I'll be asking for them to be checked at scrutiny.",
    "The figures the cabinet gave were wrong; I've asked for a correction.",
    // Reporting a published finding or a court result.
    "Cllr Ferris was convicted at Northdale Magistrates' Court yesterday of fraud; the council has suspended him.",
    'The ombudsman found that the council misled residents about the consultation.',
    "The new contract was awarded without any tender because it's below the threshold, as the report explains.",
    // Negation, and an allegation quoted in order to condemn it.
    "Cllr Hale is not a liar, and I won't have people on this page calling him one.",
    "A resident called the chair 'a crook' on my page. That's not acceptable and I've removed it.",
    // Crimes by unknown people, reported with a police appeal.
    'Thieves stole lead from the church roof on Sunday night. Please report anything suspicious to 101.',
    'Police are appealing for witnesses after the bus shelter on Mill Lane was smashed.',
    // Innocent senses of "lined", "made up", "fixed".
    'Our bid team lined up three more funders for the skate park.',
    'The developer made up the shortfall in the affordable housing contribution.',
    'Great to see the contractor fixed the streetlights on Carr Road so quickly.',
    // Handles.
    'Thanks to @CrookedSpireBrewery for sponsoring the beer tent at the gala.',
  ],
  invalid: [
    {
      text: 'Cllr Ashworth is corrupt and always has been.',
      findings: [{ messageId: 'allegation', span: 'corrupt', start: 17, end: 24, message: ALLEGATION }],
    },
    {
      text: 'The leader lied to full council about the library budget.',
      findings: [{ messageId: 'allegation', span: 'lied' }],
    },
    {
      text: 'The highways officer has lied to residents about when the bridge will reopen.',
      findings: [{ messageId: 'allegation', span: 'has lied' }],
    },
    {
      text: 'The chair of licensing took backhanders from the nightclub owner.',
      findings: [{ messageId: 'allegation', span: 'took backhanders' }],
    },
    {
      text: "Cllr Osei fixed the vote at the residents' association AGM.",
      findings: [{ messageId: 'allegation', span: 'fixed the vote' }],
    },
    {
      text: 'Kestrel Lettings are crooks who rip off tenants.',
      name: 'a business',
      findings: [
        { messageId: 'allegation', span: 'crooks' },
        { messageId: 'allegation', span: 'rip off tenants' },
      ],
    },
    {
      text: 'The treasurer has been fiddling the expenses for years.',
      findings: [{ messageId: 'allegation', span: 'fiddling the expenses' }],
    },
    {
      text: 'The landlord is lining his own pockets with housing benefit.',
      findings: [{ messageId: 'allegation', span: 'lining his own pockets' }],
    },
    {
      text: "They've been lying to residents about the bin contract for months.",
      findings: [{ messageId: 'allegation', span: "They've been lying to residents" }],
    },
    {
      text: 'Cllr Bates is a l1ar.',
      name: 'leet',
      findings: [{ messageId: 'allegation', span: 'a l1ar' }],
    },
    // Innuendo.
    {
      text: "Cllr Booth's son-in-law got the parks contract without any tender.",
      findings: [{ messageId: 'innuendo', span: "Cllr Booth's son-in-law got the parks contract", message: INNUENDO }],
    },
    // Crimes pinned on identifiable people.
    {
      text: 'The fly-tipper lives on Heron Way, we all know which house.',
      findings: [{ messageId: 'crime', span: 'The fly-tipper lives on', message: CRIME }],
    },
    {
      text: 'Caught on CCTV: the pickup fly-tipping on Back Lane was KX19 ABC.',
      name: 'a vehicle registration',
      findings: [{ messageId: 'crime', span: 'Caught on CCTV: the pickup fly-tipping on Back Lane was KX19 ABC.' }],
    },
    // Strictness and comments.
    {
      text: 'Cllr Marsh misled the committee about the budget gap.',
      strictness: 'relaxed',
      findings: [{ messageId: 'allegation', span: 'misled the committee' }],
    },
    {
      text: 'The chair is on the take.',
      mode: 'comment',
      name: 'a comment under the post',
      findings: [{ messageId: 'allegation', span: 'on the take' }],
    },
  ],
});
