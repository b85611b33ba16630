import rule from '../../rules/speaking-for-council';
import { ruleTester } from '../helpers/rule-tester';

const BEHALF = 'Only the council can speak on its own behalf; say this is your view or apology as a councillor.';
const DECISION =
  'This presents a council decision that has not been made (or gives no source for it); say what you are asking for, or link the decision.';
const PROMISE = 'You cannot promise what the council will do; say what you will push for.';
const POSITION = 'This states the council’s position; unless it has decided one, say it is yours.';
const INSTRUCT = 'Councillors cannot instruct officers; say you have asked them.';

ruleTester(rule, {
  valid: [
    // Asking and pushing, not promising.
    'I’ll be asking the council to look at a crossing outside Hillcrest Primary. I can’t promise the outcome, but I’ll keep pushing.',
    'I’m going to ask the council to freeze parking charges next year.',
    'I’ve asked officers to look into the flooding on Mill Lane and will report back.',
    'Byddaf yn gofyn i’r cyngor edrych ar groesfan ger yr ysgol.',
    // Reporting a decision with its source.
    'The council has decided to scrap the garden waste charge. The cabinet report is on the council’s website.',
    'Cabinet agreed last night to extend the library opening hours; the decision notice is published on northdale.gov.uk.',
    'The council will be closing the Carr Lane car park for resurfacing from Monday, according to the council’s press release.',
    'I can confirm the council has agreed to fund two more PCSOs; it was agreed at cabinet on Tuesday and the minutes are published.',
    'The council’s position is set out in the cabinet report published last week.',
    'Good news: after I raised it, officers tell me the council will be fixing the streetlight on Carr Lane next Tuesday.',
    'I’ve raised the broken streetlights with the council and they have told me a repair is booked.',
    // Council news with no personal claim.
    'The council will collect bins a day late next week because of the bank holiday.',
    'Happy to confirm the Christmas lights switch-on is on 28 November.',
    // Clearly labelled personal views, or speaking for another body.
    'In my view the council should bring grounds maintenance back in-house.',
    'My personal view, not the council’s: the Lowfield Farm plans are too big.',
    'Speaking as a ward councillor, not for the council: I think we need more bins on the high street.',
    'Thank you on behalf of Brookside Residents’ Association to everyone who helped at the gala.',
    // Generalisation: critics' predictions, asking, sourced decisions, other bodies.
    "Trust me, the council will ignore this consultation like the last one.",
    "Mark my words, the council will probably blame the weather again.",
    "I've persuaded the council to look again at the bus station plans, and they'll report back in June.",
    "I've got the council to reply at last: they'll decide on the crossing in June.",
    "Years of pressure and I've finally got the council to agree a crossing. Cabinet approved it last night, report here: ashby.gov.uk/decisions/77",
    "I promise I'll keep pushing until the council fixes the streetlights on Hill Top.",
    "From all of us at the Hill Top Residents' Association, thank you to the council's bin crews.",
    "I've told highways about the flooding on Mill Lane and asked them to clear the drains.",
    "I'll make sure the council hears your views on the bus station.",
    // Generalisation, second round.
    "The council will consult on the new parking charges in June; you can have your say online.",
    "I've asked officers to look at the Priory Road gully and they've said it's on the list.",
    "I'm pleased the council has agreed to keep the library open on Sundays; the cabinet report is here: URL",
    "The council is going to consult on closing the tip on Wednesdays. I'll be opposing that.",
    "I told the council I'd fight this, and I will.",
    "I'll do everything I can to persuade the council to keep the library open, but I can't guarantee it.",
    "Our residents' association, on behalf of all of us, thanks the council for the new benches.",
    "The council will never listen to residents on parking, mark my words.",
    // Generalisation, second round.
    "I've had a word with highways and they've booked the Mill Lane lights in for Friday, according to their email.",
    "The council will have to find £2m of savings next year, according to the budget report.",
    "I can't promise anything, but I'll ask the council to look at a bench outside the Co-op.",
    "Apologies for the late post: the council meeting ran over.",
    "I personally think the council will regret this decision.",
    "My promise to you is simple: I'll keep asking questions until we get answers.",
    // Off at relaxed.
    { text: 'On behalf of the council, I apologise to everyone affected by the missed collections.', strictness: 'relaxed', name: 'off at relaxed' },
    // A stance the council is said (by critics) to take, asked about, or reported with its source; the councillor's own stance.
    "The council claims it stands with residents, but it's closing our library.",
    "Does the council stand with the bus drivers? I've asked the leader to say.",
    'Full council voted last night to condemn the cuts; the motion is on the website.',
    "I stand with the bus drivers, and I've asked the council to do the same.",
    'Our council stands by its decision, said the leader in a statement (link below).',
    "The council won't listen, so let's make some noise.",
    "The council won't be collecting bins on Boxing Day, the schedule is on the website.",
    'Speaking for myself, not the council: this is wrong.',
  ],
  invalid: [
    // On behalf of the council.
    {
      text: 'On behalf of the council, I’d like to apologise to everyone affected by the missed collections.',
      findings: [{ messageId: 'behalf', span: 'On behalf of the council', start: 0, end: 24, message: BEHALF }],
    },
    {
      text: 'On behalf of Northdale Borough Council, happy Diwali to everyone celebrating.',
      findings: [{ messageId: 'behalf', span: 'On behalf of Northdale Borough Council' }],
    },
    {
      text: 'Ar ran y cyngor, hoffwn ymddiheuro i drigolion Heol y Parc.',
      name: 'Welsh',
      findings: [{ messageId: 'behalf', span: 'Ar ran y cyngor', message: BEHALF }],
    },
    {
      text: 'Ar ran Cyngor Caerwen, diolch i bawb a helpodd gyda’r llifogydd.',
      name: 'Welsh, council named',
      findings: [{ messageId: 'behalf', span: 'Ar ran Cyngor Caerwen' }],
    },
    // Promises of what the council will do.
    {
      text: 'I will make sure the council fixes the streetlights on Carr Lane before Christmas.',
      findings: [{ messageId: 'promise', span: 'I will make sure the council', message: PROMISE }],
    },
    {
      text: 'I’ll get the council to put a crossing outside Hillcrest Primary, I promise.',
      findings: [{ messageId: 'promise', span: 'I’ll get the council to' }],
    },
    {
      text: 'I’ll make sure the Oak Road play park is reopened by the summer holidays.',
      findings: [{ messageId: 'promise', span: 'I’ll make sure the Oak Road play park is reopened' }],
    },
    {
      text: 'I’ll ensure the council reviews the bin rounds on the Meadows estate.',
      findings: [{ messageId: 'promise', span: 'I’ll ensure the council' }],
    },
    {
      text: 'I will see to it that the council reopens the toilets in the park.',
      strictness: 'pre-election',
      findings: [{ messageId: 'promise', span: 'I will see to it that the council' }],
    },
    // Decisions announced with a personal claim and no source.
    {
      text: 'I can confirm the council will be reopening Brookside Library in the spring. You have my word.',
      findings: [{ messageId: 'decision', span: 'I can confirm the council will', message: DECISION }],
    },
    {
      text: 'Leave it with me: the council will have the potholes on Oak Road filled by Friday.',
      findings: [{ messageId: 'decision', span: 'the council will', start: 18, end: 34 }],
    },
    {
      text: 'I promise you the council is going to build a new skate park at Brookside.',
      findings: [{ messageId: 'decision', span: 'the council is going to' }],
    },
    // The council's position.
    {
      text: 'The council’s position on the Lowfield Farm development is clear: we oppose it.',
      findings: [{ messageId: 'position', span: 'The council’s position on the Lowfield Farm development is clear', message: POSITION }],
    },
    {
      text: 'The council’s view is simple: this development is wrong for Northdale.',
      findings: [{ messageId: 'position', span: 'The council’s view is simple' }],
    },
    // Instructing officers.
    {
      text: 'I’ve instructed officers to close the car park at night.',
      findings: [{ messageId: 'instruct', span: 'I’ve instructed officers to', message: INSTRUCT }],
    },
    {
      text: 'I have directed officers to stop enforcement on Carr Lane.',
      findings: [{ messageId: 'instruct', span: 'I have directed officers to' }],
    },
    // Generalisation: promises, credit, apologies and orders in other wordings.
    {
      text: "I've persuaded the council to make parking free in the town centre every Saturday in December. You're welcome!",
      findings: [{ messageId: 'decision', span: "I've persuaded the council to" }],
    },
    {
      text: "Good news: I've got the council to sign off a new play area for Ashby Green.",
      findings: [{ messageId: 'decision', span: "I've got the council to" }],
    },
    {
      text: "The bins team have their instructions from me: Carr Street gets a collection this Saturday.",
      findings: [{ messageId: 'instruct', span: "The bins team have their instructions from me" }],
    },
    {
      text: "On my instructions, highways are filling every pothole on Mill Lane this week.",
      findings: [{ messageId: 'instruct', span: "On my instructions" }],
    },
    {
      text: "THE COUNCIL WILL BE SCRAPPING THE GARDEN WASTE CHARGE. You have my word!",
      findings: [{ messageId: 'decision', span: "THE COUNCIL WILL" }],
    },
    {
      text: "Take it from me: the council will reopen the Fenton Road toilets by Easter.",
      findings: [{ messageId: 'decision', span: "the council will" }],
    },
    {
      text: "My pledge to Hill Top: the council is going to fix the streetlights before Christmas.",
      findings: [{ messageId: 'decision', span: "the council is going to" }],
    },
    {
      text: "I can assure you the council will cover the cost of the new fence.",
      findings: [{ messageId: 'decision', span: "I can assure you the council will" }],
    },
    {
      text: "From everyone at Ashby Borough Council, we're sorry for the missed bins.",
      findings: [{ messageId: 'behalf', span: "From everyone at Ashby Borough Council" }],
    },
    {
      text: "I'd like to apologise on the council's behalf for the flooding at the depot.",
      findings: [{ messageId: 'behalf', span: "on the council's behalf" }],
    },
    {
      text: "Speaking for the council, we will not be closing the Mill Road library.",
      findings: [{ messageId: 'behalf', span: "Speaking for the council" }],
    },
    {
      text: "I've secured £40k for the skate park and the council's locked it in.",
      findings: [{ messageId: 'decision', span: "the council's locked it in" }],
    },
    {
      text: "I've pulled some strings and the council's waiving the parking charges for the fun run.",
      findings: [{ messageId: 'decision', span: "the council's waiving" }],
    },
    {
      text: "The council will NOT be closing the Fenton Road library, you have my word.",
      findings: [{ messageId: 'decision', span: "The council will" }],
    },
    {
      text: "Mae'r cyngor yn mynd i drwsio'r ffordd cyn y Pasg, rwy'n addo.",
      findings: [{ messageId: 'decision', span: "Mae'r cyngor yn mynd i" }],
    },
    // Generalisation, second round.
    {
      text: "Great news for Elm Park: the council WILL be putting in a new zebra crossing this summer. I've made it happen!",
      findings: [{ messageId: 'decision', span: "the council WILL" }],
    },
    {
      text: "I've done a deal with the council: no more fortnightly bins for Priory Road. Weekly from June.",
      findings: [{ messageId: 'decision', span: "I've done a deal with the council" }],
    },
    {
      text: "The council is going to buy back the old cinema. You heard it here first, and it's down to me.",
      findings: [{ messageId: 'decision', span: "The council is going to" }],
    },
    {
      text: "Speaking on behalf of Ashby Council, we want to thank everyone for their patience during the roadworks.",
      findings: [{ messageId: 'behalf', span: "Speaking on behalf of Ashby Council" }],
    },
    {
      text: "I'm pleased to confirm the council will be keeping the library open on Sundays. That's my promise to you.",
      findings: [{ messageId: 'decision', span: "the council will" }],
    },
    {
      text: "Officers have been told: the Priory Road gully gets cleared this week, no excuses.",
      findings: [{ messageId: 'instruct', span: "Officers have been told" }],
    },
    {
      text: "Sorry from the council for the mess at the tip on Saturday, we'll do better.",
      findings: [{ messageId: 'behalf', span: "Sorry from the council" }],
    },
    {
      text: "Rest assured, the council will pay for the damage to your cars. I'll personally make sure of it.",
      findings: [{ messageId: 'decision', span: "the council will" }],
    },
    {
      text: "Dw i wedi sicrhau bydd y cyngor yn agor y llyfrgell ar ddydd Sul. / I've made sure the council will open the library on Sundays.",
      findings: [{ messageId: 'decision', span: "bydd y cyngor yn" }, { messageId: 'decision', span: "the council will" }],
    },
    {
      text: "Heard your complaints. The council will be scrapping the new parking charges, I've sorted it with the leader.",
      findings: [{ messageId: 'decision', span: "The council will" }],
    },
    {
      text: "I've arranged for the council to cover the cost of the street party. Enjoy!",
      findings: [{ messageId: 'decision', span: "I've arranged for the council to" }],
    },
    {
      text: "We as the council apologise for the delays to the Priory Road works.",
      findings: [{ messageId: 'behalf', span: "We as the council" }],
    },
    // Generalisation, second round.
    {
      text: "Council's going to fix the Mill Lane lights by Friday. Sorted it myself 👍",
      findings: [{ messageId: 'decision', span: "Council's" }],
    },
    {
      text: "Gwnaf yn siŵr bod y cyngor yn trwsio'r golau stryd erbyn dydd Gwener.",
      findings: [{ messageId: 'promise', span: "Gwnaf yn siŵr bod y cyngor" }],
    },
    {
      text: "Can confirm: NO council tax rise next year. I've made sure of that.",
      findings: [{ messageId: 'decision', span: "Can confirm:" }],
    },
    {
      text: "Big thanks to me 😉 the council is putting a new bench outside the Co-op next week.",
      findings: [{ messageId: 'decision', span: "the council is putting" }],
    },
    {
      text: "As your councillor I guarantee the council will have the potholes fixed within a month.",
      findings: [{ messageId: 'decision', span: "the council will" }],
    },
    {
      text: "The council will be dropping the parking charges, and you can quote me on that.",
      findings: [{ messageId: 'decision', span: "The council will" }],
    },
    {
      text: "Apologies on behalf of the council for the missed collections this week.",
      findings: [{ messageId: 'behalf', span: "on behalf of the council" }],
    },
    {
      text: "I've instructed the waste team: no more missed bins on Priory Road.",
      findings: [{ messageId: 'instruct', span: "I've instructed the waste team" }],
    },
    {
      text: "Highways are on it, I've told them to have Mill Lane resurfaced by the end of the month.",
      findings: [{ messageId: 'instruct', span: "Highways are on it, I've told them to" }],
    },
    // The council's voice borrowed for a stance, the whole council spoken for, an outcome promised "full stop".
    {
      text: 'Ashby Council stands with the bus drivers.',
      findings: [{ messageId: 'position', span: 'Ashby Council stands with', start: 0, end: 25, message: POSITION }],
    },
    { text: 'The council is fully behind the campaign to save the hospital.', findings: [{ messageId: 'position', span: 'The council is fully behind the' }] },
    { text: 'Speaking for the whole council: we want the depot kept open.', findings: [{ messageId: 'behalf', span: 'Speaking for the whole council', message: BEHALF }] },
    { text: 'As your council, we promise the pool will stay open.', findings: [{ messageId: 'behalf', span: 'As your council, we' }] },
    { text: "The council won't be building on the green belt, full stop.", findings: [{ messageId: 'decision', span: "The council won't be" }] },
  ],
});
