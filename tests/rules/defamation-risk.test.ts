import rule from '../../rules/defamation-risk';
import { ruleTester } from '../helpers/rule-tester';

const ALLEGATION =
  'This states as fact that an identifiable person or body is dishonest, corrupt or criminal; unless you can prove it, it risks a libel claim.';
const INNUENDO = 'This insinuates corruption by an identifiable person; a question or hint can be as defamatory as a statement.';
const CRIME = 'This accuses identifiable people of a crime; leave it to the police and the courts.';

ruleTester(rule, {
  valid: [
    // A verdict followed by a clause, favours to relatives with base verbs, bribes 'anyone?', buying a way in, a culprit named in answer.
    "That's not corruption, and I'll be saying so at full council.",
    "Is it corruption? The auditor will decide, and I'll be saying so at full council.",
    "The council voted to give the contract to the lowest bidder.",
    "We want to give the contract to a local firm if the tender allows.",
    "Brown envelopes, anyone? The stationery cupboard is overflowing, take what you need for the school appeal.",
    "He bought his way into the team with a round of drinks, lovely lad.",
    "For those asking who has been fly-tipping behind the garages: we don't know yet, it's with enforcement.",
    "Who's been tidying the planters on Elm Row? It's Darren Platt, and he deserves a medal.",
    "That's theft of our heritage, says Cllr Rhys about the museum closure, and I agree with the sentiment.",
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
    // Ordinary senses of theft, lying, forging, covering up, shredding and arrest.
    'Our youngest stole the show at the nativity.',
    'The kids made it up the hill in record time.',
    'The fox was lying low in the hedge all afternoon.',
    'The team forged ahead with the new cycle lanes despite the rain.',
    'Builders covered up the old mosaic with plasterboard in the 1970s.',
    'Officers shredded the old files under GDPR rules, as required.',
    'Cllr Penn was arrested for charity at the jail-and-bail fundraiser.',
    'The cabinet watered down the climate plan, which I think is a mistake.',
    'Our stall walked off with first prize at the county show.',
    'The snooker champ pocketed the black to win the frame.',
    'The scouts rigged up a gazebo for the fete.',
    'The lads from the rugby club smashed it at the charity match.',
    'The mechanic at Kite Motors clocked off early to watch the match.',
    'Cllr Hart says she is lying low until the cold clears up.',
    // Questions that scrutinise, not insinuate; policy talk about fraud; conditionals; unknown culprits.
    'How much did the developer pay the council for the land? I have asked for the figure.',
    'Did the leader know about the overspend? I have asked the question at scrutiny.',
    "The council's anti-bribery policy is being reviewed at audit committee.",
    "The council's fraud team stopped £2m of false claims last year.",
    'If any councillor took a bribe they should go to prison.',
    'Someone nicked the Christmas lights from the square. Theft, plain and simple. Please call 101 if you saw anything.',
    'The lad who smashed the bus shelter has been caught and the police are dealing with it.',
    'The council is selling off the old depot site, which I opposed.',
    'I paid the window cleaner cash in hand.',
    // Round 6: idioms of corruption in their innocent senses, doubted and attributed allegations, open questions, declared interests.
    "Trading Standards warn that cowboy builders are cold-calling in the area.",
    "I don't believe the leader lied, but the figures were wrong.",
    "Our savings club hands out pocket money books to every child.",
    "Cllr Hart's solo stole the show at the carol concert.",
    "There are allegations of a cover-up by the council; I've asked for an independent inquiry.",
    "The leader is in bed with flu, so the deputy is chairing tonight.",
    "Grease the palms of your hands with a little oil before shaping the dough.",
    "The landlord is up to his neck in paperwork since the new licensing rules.",
    "Cllr Fenn declared an interest and left the room for the item.",
    "If any councillor has a conflict of interest, they must declare it.",
    "Trading Standards are running a scam awareness session at the library.",
    "The council approved the lease in return for a community benefit fund.",
    "The leader used her position to secure funding for the hospice.",
    "I've asked the monitoring officer whether Cllr Royle failed to declare his shares.",
    "Cllr Oduya is working closely with the developers to get affordable homes built.",
    "The pothole was fixed by the council within a day.",
    "We will not cover up our mistakes: the full report is online.",
    "Police have charged a man with stealing from the church.",
    "The kids had their hands in the sweet jar all afternoon.",
  ],
  invalid: [
    // A verdict followed by a clause, favours to relatives with base verbs, bribes 'anyone?', buying a way in, a culprit named in answer.
    { text: "Cllr Dawes pushed the housing contract through for a mate's firm. That's cronyism, pure and simple, and I'll be raising it at scrutiny.", findings: [{ messageId: "innuendo", span: "pushed the housing contract through for a mate's firm" }, { messageId: "allegation", span: "That's cronyism, pure and simple, and I'll be raising it at scrutiny." }] },
    { text: "Mr Pryce put in the invoices twice. That's fraud, and everyone at the depot knows it.", findings: [{ messageId: "allegation", span: "That's fraud, and everyone at the depot knows it." }] },
    { text: "Cllr Oates voted to give the cleaning contract to his son-in-law's company.", findings: [{ messageId: "innuendo", span: "give the cleaning contract to his son" }] },
    { text: "The leader tried to hand the catering deal to her cousin's business.", findings: [{ messageId: "innuendo", span: "hand the catering deal to her cousin" }] },
    { text: "Funny how Cllr Marsh backed the scheme a week after that 'consultancy fee' landed. Brown envelopes, anyone?", findings: [{ messageId: "innuendo", span: "Brown envelopes, anyone?" }] },
    { text: "Cllr Rees approved the extension. Backhanders, anyone?", findings: [{ messageId: "innuendo", span: "Backhanders, anyone?" }] },
    { text: "Hartley Homes bought their way onto the local plan. Simple as.", findings: [{ messageId: "allegation", span: "bought their way onto the local plan" }] },
    { text: "Everyone knows the developer paid his way past the planning committee.", findings: [{ messageId: "allegation", span: "paid his way past the planning committee" }] },
    { text: "For those asking who has been fly-tipping behind the garages: it's Darren Platt from Elm Row. I've seen him do it.", findings: [{ messageId: "crime", span: "For those asking who has been fly-tipping behind the garages: it's Darren Platt from Elm Row." }] },
    { text: "Wondering who keeps smashing the bus shelter? It's Kyle Benson at number 4.", findings: [{ messageId: "crime", span: "It's Kyle Benson at number 4." }] },
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
    // Businesses by name and by role-and-place; trade crimes.
    {
      text: 'Harrow Lane Motors winds back the mileage on the cars it sells. Avoid.',
      name: 'a business: clocking',
      findings: [{ messageId: 'allegation', span: 'winds back the mileage' }],
    },
    {
      text: 'The manager of the Red Lion waters down the lager.',
      findings: [{ messageId: 'allegation', span: 'waters down the lager' }],
    },
    {
      text: 'The bloke who runs the chippy on Mill Street pays his staff cash in hand to dodge the taxman.',
      findings: [
        { messageId: 'allegation', span: 'pays his staff cash in hand' },
        { messageId: 'allegation', span: 'dodge the tax' },
      ],
    },
    {
      text: "Joe Briggs, the builder, takes deposits and never turns up.",
      name: 'apposition after a name',
      findings: [{ messageId: 'allegation', span: 'takes deposits and never' }],
    },
    // Dishonesty with qualifiers; theft of money or an employer's property.
    {
      text: 'Our MP deliberately misled the chamber about the hospital.',
      findings: [{ messageId: 'allegation', span: 'deliberately misled the chamber' }],
    },
    {
      text: 'Cllr Dawes pocketed the money raised for the food bank. Fact.',
      findings: [{ messageId: 'allegation', span: 'pocketed the money' }],
    },
    {
      text: 'A mate on the bins says the depot supervisor has been nicking council fuel.',
      name: 'reported speech',
      findings: [{ messageId: 'allegation', span: 'nicking council fuel' }],
    },
    {
      text: 'The former head of housing made off with a pile of council equipment.',
      findings: [{ messageId: 'allegation', span: 'made off with a pile of council equipment' }],
    },
    {
      text: 'Our so-called leader is nothing but a liar.',
      findings: [{ messageId: 'allegation', span: 'a liar' }],
    },
    {
      text: 'Cllr Dunn claimed expenses for trips he never made.',
      findings: [{ messageId: 'allegation' }],
    },
    // Verdicts after a sentence about someone; bribery as a bare noun.
    {
      text: 'The director signed off his own expenses three times over. That is fraud.',
      findings: [{ messageId: 'allegation', span: 'That is fraud.' }],
    },
    {
      text: "The vice-chair's nephew's company got the grounds maintenance deal. Brown envelopes all round.",
      findings: [
        { messageId: 'innuendo', span: "The vice-chair's nephew's company got the grounds maintenance deal" },
        { messageId: 'innuendo', span: 'Brown envelopes all round.' },
      ],
    },
    {
      text: 'Cllr Obi handed the youth contract to his mates.',
      findings: [{ messageId: 'innuendo', span: 'handed the youth contract to his mates' }],
    },
    // Rhetorical questions.
    {
      text: 'How much did the builder bung the planning chair to wave it through?',
      findings: [{ messageId: 'innuendo', span: 'bung the planning chair' }],
    },
    {
      text: 'Is Cllr Pennock on the take?',
      findings: [{ messageId: 'innuendo', span: 'Is Cllr Pennock on the take' }],
    },
    {
      text: 'Did the leader lie to full council about the library?',
      findings: [{ messageId: 'innuendo', span: 'Did the leader lie' }],
    },
    // Insinuation through missing money; a culprit named.
    {
      text: 'Everyone in the village knows the money never added up while he was treasurer.',
      findings: [{ messageId: 'innuendo', span: 'money never added up while' }],
    },
    {
      text: 'That lad from number 9 is the one who smashed the bus shelter.',
      findings: [{ messageId: 'crime', span: 'smashed' }],
    },
    {
      text: 'The van outside the chip shop, reg LM19 XKT, has been dealing to kids all week.',
      name: 'a vehicle registration',
      findings: [{ messageId: 'crime' }],
    },
    {
      text: 'The planners are in the developer’s pocket.',
      findings: [{ messageId: 'allegation', span: 'in the developer’s pocket' }],
    },
    {
      text: 'Cllr Ashworth should be in prison for what he did with the grant money.',
      findings: [{ messageId: 'allegation', span: 'should be in prison' }],
    },
    {
      text: "Mae'r cynghorydd yn gelwyddgi.",
      name: 'Welsh',
      findings: [{ messageId: 'allegation', span: 'gelwyddgi' }],
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
    // Round 6: general structures (motive clauses, plans, predictions as certain, rhetorical questions; bribery idioms, cover-ups, abuse of office, undeclared interests, passives with an agent).
    {
      text: "Cllr Ainsley was clearly paid off by the applicant.",
      findings: [{ messageId: 'allegation', span: "was clearly paid off" }],
    },
    {
      text: "The highways chair has been bought by the developers, plain as day.",
      findings: [{ messageId: 'allegation', span: "been bought by the developers" }],
    },
    {
      text: "Redmoor Homes greased a few palms at the town hall.",
      findings: [{ messageId: 'allegation', span: "greased a few palms" }],
    },
    {
      text: "The treasurer has had her hand in the till for years.",
      findings: [{ messageId: 'allegation', span: "hand in the till" }],
    },
    {
      text: "The chief executive orchestrated the cover-up over the flooding.",
      findings: [{ messageId: 'allegation', span: "orchestrated the cover-up" }],
    },
    {
      text: "This whole thing is a cover-up by the leader.",
      findings: [{ messageId: 'allegation', span: "cover-up by the leader" }],
    },
    {
      text: "The cabinet is hiding the true cost of the stadium from taxpayers.",
      findings: [{ messageId: 'allegation', span: "hiding the true cost of the stadium from taxpayers" }],
    },
    {
      text: "The landlord is ripping off his tenants every month.",
      findings: [{ messageId: 'allegation', span: "ripping off his tenants" }],
    },
    {
      text: "Cllr Fenn abused his position to get his nephew a job at the depot.",
      findings: [{ messageId: 'allegation', span: "abused his position" }],
    },
    {
      text: "The portfolio holder used her office to line her mates' pockets.",
      findings: [{ messageId: 'allegation', span: "used her office to line" }],
    },
    {
      text: "Cllr Royle voted for the superstore because his brother owns the land.",
      findings: [{ messageId: 'innuendo', span: "voted for the superstore because his brother owns" }],
    },
    {
      text: "The chair conveniently forgot to declare his shares in the firm.",
      findings: [{ messageId: 'allegation', span: "conveniently forgot to declare his shares" }],
    },
    {
      text: "The deputy leader has a massive conflict of interest.",
      findings: [{ messageId: 'allegation', span: "has a massive conflict of interest" }],
    },
    {
      text: "Cllr Oduya is in bed with the developers.",
      findings: [{ messageId: 'allegation', span: "in bed with the developers" }],
    },
    {
      text: "The mayor is in cahoots with the scrap dealer.",
      findings: [{ messageId: 'allegation', span: "in cahoots with" }],
    },
    {
      text: "The clerk is up to her neck in this scandal.",
      findings: [{ messageId: 'allegation', span: "up to her neck in this scandal" }],
    },
    {
      text: "The estates manager is running a racket with the letting agents.",
      findings: [{ messageId: 'allegation', span: "running a racket" }],
    },
    {
      text: "The licensing officer turned a blind eye in return for free drinks.",
      findings: [{ messageId: 'allegation', span: "turned a blind eye in return for free drinks" }],
    },
    {
      text: "Cllr Pike committed fraud, end of.",
      findings: [{ messageId: 'allegation', span: "committed fraud" }],
    },
    {
      text: "The ballot was rigged by the branch chair.",
      findings: [{ messageId: 'allegation', span: "was rigged by the branch chair" }],
    },
    {
      text: "The councillor for Hillside, Mr Dunn, is a thief.",
      findings: [{ messageId: 'allegation', span: "a thief" }],
    },
    {
      text: "Cllr Hale took the developer out for lunch and then voted it through. Corrupt.",
      findings: [{ messageId: 'allegation', span: "Corrupt." }],
    },
    {
      text: "Cllr Vane's son got the cleaning contract. Funny how that works. Backhanders all round.",
      findings: [{ messageId: 'innuendo', span: "Cllr Vane's son got the cleaning contract" }, { messageId: 'innuendo', span: "Backhanders all round." }],
    },
    {
      text: "Cllr Ames is only on planning to feather his own nest.",
      findings: [{ messageId: 'allegation', span: "feather his own nest" }],
    },
    // Saying you don't think someone is honest is not a denial of the allegation that follows.
    { text: "I don't think Cllr Smith is honest. He is a crook.", findings: [{ span: 'a crook' }] },
  ],
});
