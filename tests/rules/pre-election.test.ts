import rule from '../../rules/pre-election';
import { ruleTester } from '../helpers/rule-tester';

// The rule only runs at 'pre-election'; the tester picks that level unless a case sets another.

const VOTE = 'A vote message from a councillor needs a digital imprint ("Promoted by [name], [address]") in the post or your profile.';
const RESOURCES = 'Council resources, accounts or branding must not be used for campaigning.';
const INITIATIVE = 'Announcing new council initiatives in the pre-election period can look like using council business for campaigning.';
const CREDIT = 'Claiming council achievements for yourself or a party at election time uses council business for campaigning.';
const IMPRINT = 'Promoted by J. Osei on behalf of Sam Kirby, 41 Station Road, Northdale NG5 2AB.';

ruleTester(rule, {
  valid: [
    // An imprint naming the promoter and their town, short of a street address.
    { text: 'Vote Hart on 1 May. Promoted by Ann Reese for Ashby Labour, Ashby.', strictness: 'pre-election' },
    { text: 'Vote Lowe on 1 May. Promoted by Tim Bryce on behalf of Kay Lowe (Independent), both of Castle Ashby.', strictness: 'pre-election' },
    // Neutral encouragement to vote, and how to vote.
    'Polling stations are open 7am to 10pm on Thursday. Don’t forget your photo ID.',
    'Whoever you vote for, please vote on 1 May.',
    'Register to vote by 14 April at gov.uk/register-to-vote.',
    'Postal vote applications close on 14 April, so get yours in.',
    'Cofiwch bleidleisio ddydd Iau, beth bynnag yw’ch gwleidyddiaeth.',
    // Imprinted campaign posts.
    `Vote for me on Thursday! ${IMPRINT}`,
    `#VoteKirby on Thursday. ${IMPRINT}`,
    'Re-elect Councillor Priya Nair on 1 May. Promoted by T. Evans on behalf of Priya Nair, 41 Station Road, Northdale NG5 2AB.',
    // Campaigning with no council resources; pointing people to the council.
    'Out canvassing on the Meadows estate tonight with the Brookside Labour team.',
    'Thanks to the council’s elections team for all their hard work at the count.',
    'Ask the council’s elections office if you need a postal vote form.',
    'Contact the council’s customer services if your poll card hasn’t arrived.',
    // Observing the pre-election rules, or asking about them.
    'I won’t be posting about council business until after the election.',
    'Is the council launching the new parking scheme before the election? I’ve asked officers.',
    // Generalisation: valid imprints (Welsh too), neutral events at council premises, ordinary 'back them', asking.
    "Vote Green on 1 May. Promoted by Sam Reid on behalf of Ashby Green Party, 12 Mill Lane, Ashby AB1 2CD.",
    "Rhowch eich croes i Gareth Hughes ar 7 Mai. Hyrwyddwyd gan E. Pugh, 5 Stryd y Farchnad, Bryn Tawel BW1 2DF.",
    "The count is at the Civic Centre from 10pm Thursday. Results on the council website.",
    "Hustings at the Town Hall on Monday: all Hill Top candidates invited, organised by the Civic Society.",
    "Leaflets about the new bin rota are available at the Town Hall.",
    "Ashby Town are in the cup final. Back them!",
    "Get behind our team at the charity fun run on Thursday.",
    "Keep Hill Top green: plant a tree at Thursday's community day.",
    "I've got the council to agree to meet residents about the bus station.",
    "Check the council's page for polling station details on Thursday.",
    "Three of our councillors are standing down at this election; thank you all for your service.",
    // Generalisation, second round.
    "Reminder: you need photo ID to vote on Thursday. A bus pass or passport will do.",
    "Nominations close on Friday at 4pm at the Town Hall; candidates should bring their papers in person.",
    "The council's garden waste service restarts on Monday, as it does every March.",
    "Today I can't announce anything new because we're in the pre-election period, but bins are on Tuesday as usual.",
    "I'm not standing again this May. Thank you for sixteen years.",
    "Vote for your favourite float in the carnival by Friday!",
    "Election night results will be live on the council's website from 11pm.",
    "I'm asking for your views on the new bus timetable; survey closes Thursday.",
    // Generalisation, second round.
    "The council's flood defence works on Mill Lane continue next week, as planned since 2023.",
    "Candidates' leaflets are not council material; please report any that use the council logo to the returning officer.",
    "I'd be grateful for your views on the bus consultation before it closes.",
    "I'm standing again on 1 May and I'd be honoured to have your support. Promoted by Jo Bell, 4 Carr Street, Ashby AB2 3EF.",
    "Every vote counts, so please make sure you're registered by 14 April.",
    // Plain council news and process talk.
    "I'm delighted the council has decided to extend library opening hours. The cabinet decision is here: ashby.gov.uk/decisions/55",
    "Back the Ashby Town bid for the county cup final on Saturday!",
    "Good luck to all the candidates in Priory ward, and thank you for a clean campaign.",
    // Off outside the pre-election period.
    { text: 'Vote for me on Thursday and I’ll keep fighting for Brookside.', strictness: 'standard', name: 'off at standard' },
    { text: 'Printed 300 election leaflets on the council printer.', strictness: 'relaxed', name: 'off at relaxed' },
    // Reminders and the same words in other senses.
    'Whatever your politics, please use your vote on Thursday.',
    'Remember that the tip is closed on Thursday.',
    "I'm standing down at this election after 20 years; thank you for your support.",
    'Only the council can fix this, so I’ve asked them to.',
    "It's a two-horse race at the Grand National today, fancy a flutter?",
    'Remember to bring photo ID when you vote.',
  ],
  invalid: [
    // Vote messages without an imprint.
    {
      text: 'Vote for me on Thursday and I’ll keep fighting for Brookside.',
      findings: [{ messageId: 'vote', span: 'Vote for me', start: 0, end: 11, message: VOTE }],
    },
    {
      text: 'Please re-elect me on 1 May so I can finish the job on Carr Lane.',
      findings: [{ messageId: 'vote', span: 're-elect' }],
    },
    {
      text: 'Put your cross next to Sam Kirby on polling day!',
      findings: [{ messageId: 'vote', span: 'Put your cross next to' }],
    },
    {
      text: 'Vote Labour on 1 May for a fairer Northdale.',
      findings: [{ messageId: 'vote', span: 'Vote Labour' }],
    },
    {
      text: '#VoteKirby on Thursday 🌹',
      findings: [{ messageId: 'vote', span: '#VoteKirby', message: VOTE }],
    },
    {
      text: 'Photo by me at the Brookside gala. Vote Kirby on Thursday!',
      name: 'a capitalised name after "vote"',
      findings: [{ messageId: 'vote', span: 'Vote Kirby', start: 35, end: 45 }],
    },
    // Council resources and branding.
    {
      text: 'Took 500 leaflets off the council printer for the campaign this morning.',
      findings: [{ messageId: 'resources', span: 'council printer', message: RESOURCES }],
    },
    {
      text: 'Great photos from the council’s comms team for my election leaflet.',
      findings: [{ messageId: 'resources', span: 'from the council’s comms team' }],
    },
    {
      text: 'Sent the campaign newsletter from my council email address last night.',
      findings: [{ messageId: 'resources', span: 'council email address' }],
    },
    {
      text: 'Photo: Northdale Borough Council. Vote Kirby on 1 May!',
      findings: [
        { messageId: 'resources', span: 'Photo: Northdale Borough Council' },
        { messageId: 'vote', span: 'Vote Kirby' },
      ],
    },
    // New council initiatives.
    {
      text: 'Proud to announce the council is launching a new £1m fund for town centre shops.',
      findings: [{ messageId: 'initiative', span: 'the council is launching', message: INITIATIVE }],
    },
    {
      text: 'Proud to announce the council’s new £200,000 fund for community groups.',
      findings: [{ messageId: 'initiative', span: 'announce the council’s new' }],
    },
    // Party credit for council work.
    {
      text: 'Since we took control, the council has built 300 new homes. Don’t let them undo it on 1 May.',
      findings: [
        { messageId: 'credit', span: 'Since we took control', message: CREDIT },
        { messageId: 'credit', span: 'Don’t let them undo' },
      ],
    },
    {
      text: 'Under Labour leadership the council has frozen parking charges for three years.',
      findings: [{ messageId: 'credit', span: 'Under Labour leadership the council' }],
    },
    // Welsh.
    {
      text: 'Pleidleisiwch dros Rhian Evans ddydd Iau, a helpwch ni i gadw’r llyfrgell ar agor yn y pentref.',
      name: 'Welsh: vote for',
      findings: [{ messageId: 'vote', span: 'Pleidleisiwch dros', message: VOTE }],
    },
    {
      text: 'Cefnogwch fi ddydd Iau! Bydda i’n parhau i ymladd dros y pentref a’r ysgol.',
      name: 'Welsh: support me',
      findings: [{ messageId: 'vote', span: 'Cefnogwch fi' }],
    },
    // Generalisation: imprint without an address, backing and crosses, new schemes, council voice and premises, personal credit, Welsh.
    {
      text: "Vote Green in Ashby on 1 May. Promoted by Sam Reid.",
      findings: [{ messageId: 'vote', span: "Vote Green" }],
    },
    {
      text: "Back Priya Shah on Thursday!",
      findings: [{ messageId: 'vote', span: "Back Priya Shah" }],
    },
    {
      text: "Big news: the council's new Healthy Homes loans, up to £3,000, open next Monday. Share this!",
      findings: [{ messageId: 'initiative', span: "the council's new Healthy Homes loans" }],
    },
    {
      text: "Delighted to launch our new community wi-fi hub at Ashby library today!",
      findings: [{ messageId: 'initiative', span: "launch our new community wi-fi" }],
    },
    {
      text: "ASHBY BOROUGH COUNCIL | Working for you. Our council leader is standing again on Thursday.",
      findings: [{ messageId: 'resources', span: "ASHBY BOROUGH COUNCIL |" }],
    },
    {
      text: "Keep Hill Top Labour on 1 May!",
      findings: [{ messageId: 'vote', span: "Keep Hill Top Labour" }],
    },
    {
      text: "Thursday is the big day. Put a cross by my name.",
      findings: [{ messageId: 'vote', span: "Put a cross by" }],
    },
    {
      text: "Campaign launch in the Mayor's Parlour at the Town Hall on Friday, all welcome!",
      findings: [{ messageId: 'resources', span: "Mayor's Parlour" }, { messageId: 'resources', span: "Town Hall" }],
    },
    {
      text: "I've got the council to agree free parking every Saturday in December. Remember that on Thursday!",
      findings: [{ messageId: 'credit', span: "I've got the council to" }, { messageId: 'credit', span: 'Remember that on Thursday' }],
    },
    {
      text: "Posting this from the council's official account: our councillors are up for re-election, so back them.",
      findings: [{ messageId: 'resources', span: "Posting this from the council's official account" }, { messageId: 'vote', span: "back them" }],
    },
    {
      text: "Keep Hill Top green on polling day.",
      findings: [{ messageId: 'vote', span: "Keep Hill Top green" }],
    },
    {
      text: "Ail-etholwch Dafydd Rees ddydd Iau!",
      findings: [{ messageId: 'vote', span: "Ail-etholwch" }],
    },
    {
      text: "Rhowch eich croes wrth enw Megan Price ar 1 Mai.",
      findings: [{ messageId: 'vote', span: "Rhowch eich croes wrth" }],
    },
    // Generalisation, second round.
    {
      text: "Only 3 days until polling day! Make sure you choose Rachel Green for Priory ward. ",
      findings: [{ messageId: 'vote', span: "choose Rachel" }],
    },
    {
      text: "On Thursday, vote for the team that fixed the potholes. Vote Conservative.",
      findings: [{ messageId: 'vote', span: "Vote Conservative" }],
    },
    {
      text: "The council has just confirmed a brand new youth centre for Priory, opening in the summer. Remember who fought for it on 1 May!",
      findings: [{ messageId: 'initiative', span: "The council has just confirmed a brand new" }, { messageId: 'vote', span: "Remember who fought" }],
    },
    {
      text: "Exciting times: free bulky waste collections are coming to every household from next month, courtesy of the council.",
      findings: [{ messageId: 'initiative', span: "courtesy of the council" }],
    },
    {
      text: "Thrilled to unveil the council's brand-new electric bus fleet this morning.",
      findings: [{ messageId: 'initiative', span: "the council's brand-new electric bus" }],
    },
    {
      text: "Used the council photocopier for the campaign posters, cheers team!",
      findings: [{ messageId: 'resources', span: "council photocopier" }],
    },
    {
      text: "Don't forget: a vote for Labour on 1 May is a vote to keep the library open.",
      findings: [{ messageId: 'vote', span: "a vote for Labour" }],
    },
    {
      text: "Priory needs you on 1 May! Tick the box for Jo Bell.",
      findings: [{ messageId: 'vote', span: "Tick the box for" }],
    },
    {
      text: "Today I can announce the council will be introducing free parking after 3pm. Promoted by Jo Bell.",
      findings: [{ messageId: 'initiative', span: "the council will be introducing" }],
    },
    {
      text: "Pop into the council offices on Friday to grab your Vote Reform window poster.",
      findings: [{ messageId: 'resources', span: "council offices" }, { messageId: 'vote', span: "Vote Reform" }],
    },
    {
      text: "Pleidleisiwch i Gareth Hughes ddydd Iau! Hyrwyddwyd gan Gareth Hughes.",
      findings: [{ messageId: 'vote', span: "Pleidleisiwch i" }],
    },
    {
      text: "Help me keep Priory moving: vote Jo Bell on Thursday 🗳️",
      findings: [{ messageId: 'vote', span: "vote Jo" }],
    },
    {
      text: "I'm asking for your vote on Thursday so I can keep fighting for Priory.",
      findings: [{ messageId: 'vote', span: "asking for your vote" }],
    },
    // Generalisation, second round.
    {
      text: "🌹 LABOUR 🌹 Thursday 1 May. Every vote counts in Priory!",
      findings: [{ messageId: 'vote', span: "vote counts" }],
    },
    {
      text: "Vote to keep the Priory library open! Vote Bell, Thursday 1 May.",
      findings: [{ messageId: 'vote', span: "Vote Bell" }],
    },
    {
      text: "I'd be honoured to have your support again on 1 May.",
      findings: [{ messageId: 'vote', span: "I'd be honoured to have your support" }],
    },
    {
      text: "Mae'r cyngor yn lansio gwasanaeth bws newydd i'r pentref wythnos nesaf, diolch i'ch cynghorydd Llafur.",
      findings: [{ messageId: 'initiative', span: "cyngor yn lansio" }],
    },
    {
      text: "Great to see the council's shiny new recycling centre open today, delivered by your Lib Dem team. Polling day is Thursday!",
      findings: [{ messageId: 'initiative', span: "the council's shiny new recycling centre" }, { messageId: 'credit', span: "delivered by your Lib Dem team" }],
    },
    {
      text: "Borrowed the council's gazebo and tables for our street stall this Saturday. Come and meet your Green candidates.",
      findings: [{ messageId: 'resources', span: "council's gazebo and tables" }],
    },
    {
      text: "Sent my campaign update to all residents from my council email this morning.",
      findings: [{ messageId: 'resources', span: "council email" }],
    },
    {
      text: "Proud that the council's new £1m flood scheme starts next week. Delivered by your local Conservatives.",
      findings: [{ messageId: 'initiative', span: "the council's new £1m flood scheme" }, { messageId: 'credit', span: "Delivered by your local Conservatives" }],
    },
    {
      text: "Your Green councillors secured the new youth club. Vote Green to keep it.",
      findings: [{ messageId: 'credit', span: "Your Green councillors secured" }, { messageId: 'vote', span: "Vote Green" }],
    },
    // Vote-seeking and credit in other words.
    {
      text: "Don't forget to use your vote on Thursday, and make it count for the Greens.",
      findings: [{ messageId: 'vote', span: 'make it count for the Greens', message: VOTE }],
    },
    { text: 'Only the Lib Dems can win here.', findings: [{ messageId: 'vote', span: 'Only the Lib Dems can win here' }] },
    {
      text: "I'm standing again for Riverside ward and would be honoured by your support.",
      findings: [{ messageId: 'vote', span: "I'm standing again for Riverside ward and would be honoured" }],
    },
    { text: 'Your Conservative team has delivered: new bins, new lights, new pavements.', findings: [{ messageId: 'credit', span: 'Your Conservative team has delivered', message: CREDIT }] },
    { text: 'Another promise kept by your Independent councillor!', findings: [{ messageId: 'credit', span: 'promise kept by your Independent' }] },
    { text: 'Ask yourself who fixed the potholes when you vote on Thursday.', findings: [{ messageId: 'credit', span: 'Ask yourself who fixed the potholes when you vote' }] },
    // A promoter with no place at all is not an imprint.
    { text: 'Vote Green on 1 May! Promoted by Jo Bloggs for the Green Party, thanks.', strictness: 'pre-election', findings: [{ messageId: 'vote', message: VOTE }] },
  ],
});
