import rule from '../../rules/safeguarding';
import { ruleTester } from '../helpers/rule-tester';

const CHILD = 'This identifies a child (name, age, school or address together); that can put them at risk.';
const VULNERABLE = 'This identifies a vulnerable adult; that can put them at risk.';

ruleTester(rule, {
  valid: [
    // A child pinned to a house number with the age in the next sentence, a children's home or refuge by its address, a vulnerable relative's NHS number; services and the author's own children (whereabouts) stay clean.
    "Well done to the twins' netball team at Ysgol Gymraeg Cwm Eithin, the whole squad was brilliant.",
    "The new children's home on the Hillside estate has been welcomed by neighbours.",
    "The council runs three children's homes and is recruiting foster carers.",
    "Waiting times for a social care assessment are far too long; I've raised it at scrutiny.",
    "Your NHS number is on any letter from your GP; you'll need it for the app.",
    "The boy at the centre of the story has asked for privacy.",
    "Dropping the twins at Ysgol Gymraeg Cwm Eithin then straight on to a site visit.",
    // A venue's name, a hospital unit and a teacher's years of service (everyday-set false alarms).
    'Well done to the Year 4 recorder group at Fenwick Primary, who played at the Royal Albert Hall on Friday.',
    'Huge thanks to Gwen from the craft club, who has sewn 300 blankets for the special care baby unit at Ashcombe Hospital.',
    'Diolch i Gareth Morgan, a fu’n athro yn Ysgol Bryn Hafod am dros 25 mlynedd. Byddwn ni’n gweld ei eisiau.',
    // A saint's day is not a named child.
    "Dydd Gŵyl Dewi hapus i bawb 🏴 Great to see the children's parade through Llanbedr this morning, photo with the school's permission 📸",
    // Whole classes, teams and schools: nobody is singled out.
    'Congratulations to the whole Year 6 class at Hillcrest Primary on their SATs results.',
    'Huge well done to Brookside Juniors football team, county champions!',
    'Congratulations to all the pupils at Northdale Academy on their GCSE results.',
    'Well done to the Under-11s at Brookside Juniors, league winners at last!',
    'Year 9 pupils at Northdale Academy planted 200 trees on Saturday.',
    'Proud to open the new sensory room at Oakfield Primary today with pupils and staff.',
    'Llongyfarchiadau i holl ddisgyblion Blwyddyn 6 Ysgol Gynradd Llanfair ar eu llwyddiant.',
    // An incident or a group with no identifying detail.
    'A child was knocked down on Carr Lane this morning; I’ve asked for a crossing patrol.',
    'The 12-year-old cyclist hurt on Mill Lane is recovering, police say; I’ve asked again for a crossing.',
    'A woman in her 80s was scammed out of £4,000 on the Meadows estate. Please warn older relatives.',
    // Welsh whole classes, teams by age band, children counted in a rule, adults with an age.
    'Llongyfarchiadau i Flwyddyn 4 Ysgol y Dderwen ar ennill y gystadleuaeth!',
    'Congratulations to Millbrook Rovers under-9s on the league title.',
    'Kids under 5 go free at the Quayside pool from Monday.',
    'Children under 12 must be with an adult at the skate park.',
    'Gareth Hughes, 45, has been selected as our candidate for Hawthorn.',
    'Happy 18th birthday to my son Tom!',
    'He’s 88 and still runs the allotment society on Mill Lane, what a man.',
    // Homes and families with no child or vulnerable adult singled out.
    'The flat above the Spar on High Street has been empty for two years.',
    'Three families on Cedar Court have had no heating since October; I’ve raised it with housing.',
    'The Smith family have run the corner shop on Elm Road for 40 years. Well done!',
    'Sheltered housing residents at Beech Lodge will get new lifts next year.',
    'If you’re worried about an elderly neighbour who lives alone, call adult social care.',
    // Services and appeals.
    'Children’s services are on 0300 500 8080 if you are worried about a child.',
    'If you are worried that someone is being abused or neglected, call adult social care on 0300 500 8181.',
    'We need more foster carers in Northdale: could you give a child a home?',
    'Young carers in Northdale can get support from Carers Trust.',
    'The council’s dementia café meets every Tuesday at Brookside Library.',
    // Care homes and staff thanked, no resident named.
    'Our care homes have had a tough winter; thank you to every carer.',
    'Thank you to the staff at Rosewood Care Home for a lovely afternoon tea with residents.',
    // The author's own grown-up or unnamed family.
    'My daughter has just graduated from Cardiff University, so proud.',
    'Our eldest starts at big school next week.',
  ],
  invalid: [
    // A child pinned to a house number with the age in the next sentence, a children's home or refuge by its address, a vulnerable relative's NHS number; services and the author's own children (whereabouts) stay clean.
    { text: "Shout out to the boy at 12 Coedlan Bedw who helped me carry leaflets. He's only 10 and a proper little grafter", findings: [{ messageId: "child", span: "Shout out to the boy at 12 Coedlan Bedw who helped me carry leaflets." }] },
    { text: "Thanks to the girl at number 7 who found my keys. She's only 9!", findings: [{ messageId: "child", span: "Thanks to the girl at number 7 who found my keys." }] },
    { text: "The kids from the new children's home at 7 Merlin Crescent were running riot at the Co-op again tonight.", findings: [{ messageId: "child", span: "The kids from the new children's home at 7 Merlin Crescent were running riot at the Co-op again tonight." }] },
    { text: "Residents of the women's refuge at 14 Alma Road deserve better than this.", findings: [{ messageId: "vulnerable", span: "Residents of the women's refuge at 14 Alma Road deserve better than this." }] },
    { text: "My dad's been waiting 11 weeks for a social care assessment. His NHS no. is 453 331 4783 if anyone at adult social care wants to look him up.", findings: [{ messageId: "vulnerable", span: "His NHS no. is 453 331 4783 if anyone at adult social care wants to look him up." }] },
    { text: "My nan has dementia and her NHS number is 943 476 5919, can someone at the hospital chase this?", findings: [{ messageId: "vulnerable", span: "My nan has dementia and her NHS number is 943 476 5919, can someone at the hospital chase this?" }] },
    // Children: a name, age, school or address together.
    {
      text: 'Well done to 10-year-old Jack Barker from St Mary’s Primary who raised £250 for the food bank.',
      findings: [{ messageId: 'child', span: 'Well done to 10-year-old Jack Barker from St Mary’s Primary who raised £250 for the food bank.', message: CHILD }],
    },
    {
      text: 'Amelia, aged 11, at Northdale Academy, won the regional chess title.',
      findings: [{ messageId: 'child', span: 'Amelia, aged 11, at Northdale Academy, won the regional chess title.' }],
    },
    {
      text: 'Well done to little Ellie Morgan, 7, from Oak Road for her sponsored silence.',
      findings: [{ messageId: 'child', span: 'Well done to little Ellie Morgan, 7, from Oak Road for her sponsored silence.' }],
    },
    {
      text: 'Shout out to Tyler Hughes from Year 8 at Northdale Academy, who has been picked for the Wales under-14s.',
      findings: [{ messageId: 'child', span: 'Shout out to Tyler Hughes from Year 8 at Northdale Academy, who has been picked for the Wales under-14s.' }],
    },
    {
      text: 'The boy at number 14 Carr Lane has been throwing stones at buses again.',
      findings: [{ messageId: 'child', span: 'The boy at number 14 Carr Lane has been throwing stones at buses again.' }],
    },
    {
      text: 'The teenage girl at 41 Cobden Terrace is being bullied by older lads.',
      findings: [{ messageId: 'child', span: 'The teenage girl at 41 Cobden Terrace is being bullied by older lads.', message: CHILD }],
    },
    {
      text: 'The little lad from number 6 keeps climbing onto the garage roofs.',
      findings: [{ messageId: 'child', span: 'The little lad from number 6 keeps climbing onto the garage roofs.' }],
    },
    {
      text: 'These three Year 10s from Northdale Academy were vandalising the bus shelter last night. Recognise them?',
      name: 'a small group, a school and a call to identify them',
      findings: [{ messageId: 'child', span: 'These three Year 10s from Northdale Academy were vandalising the bus shelter last night.', start: 0, end: 88 }],
    },
    {
      text: 'Does anyone know the two lads from Carr Lane who were on the garage roofs? One had a red hoodie. [photo]',
      name: 'pictured',
      findings: [{ messageId: 'child', span: 'Does anyone know the two lads from Carr Lane who were on the garage roofs?' }],
    },
    {
      text: 'Jack Barker (9) from Oakfield Primary won the poetry prize.',
      mode: 'comment',
      name: "someone else's comment",
      findings: [{ messageId: 'child', span: 'Jack Barker (9) from Oakfield Primary won the poetry prize.' }],
    },
    {
      text: 'Llongyfarchiadau i Osian Jones (9) o Ysgol Gynradd Llanfair am ennill y gystadleuaeth.',
      name: 'Welsh',
      findings: [{ messageId: 'child', span: 'Llongyfarchiadau i Osian Jones (9) o Ysgol Gynradd Llanfair am ennill y gystadleuaeth.' }],
    },
    // A child picked out by description, home and an approximate age; a family by name with young children.
    {
      text: 'The wee boy with the red scooter from the house next to the chippy, maybe 6, was on the main road alone again.',
      findings: [{ messageId: 'child', span: 'The wee boy with the red scooter from the house next to the chippy, maybe 6, was on the main road alone again.' }],
    },
    {
      text: 'The Hallam family on Cedar Court (two kids under 5, the baby only 6 months) have had no heating since October.',
      findings: [{ messageId: 'child', span: 'The Hallam family on Cedar Court (two kids under 5, the baby only 6 months) have had no heating since October.' }],
    },
    {
      text: 'Llongyfarchiadau i Gwenllian Morgan, 8 oed, o Ysgol y Dderwen am ei llwyddiant.',
      name: 'Welsh: a full name, an age in oed and a school',
      findings: [{ messageId: 'child', span: 'Llongyfarchiadau i Gwenllian Morgan, 8 oed, o Ysgol y Dderwen am ei llwyddiant.' }],
    },
    {
      text: 'Shout out to young Jayden from Cedar Court, only 11, who litter-picked the whole estate.',
      findings: [{ messageId: 'child', span: 'Shout out to young Jayden from Cedar Court, only 11, who litter-picked the whole estate.' }],
    },
    {
      text: 'The two Carter boys from number 18 (aged 8 and 10) were playing on the railway line again.',
      findings: [{ messageId: 'child', span: 'The two Carter boys from number 18 (aged 8 and 10) were playing on the railway line again.' }],
    },
    {
      text: 'Well done to Oliwia Nowak, 12, of Kingsway Academy for her art prize.',
      findings: [{ messageId: 'child', span: 'Well done to Oliwia Nowak, 12, of Kingsway Academy for her art prize.' }],
    },
    // Vulnerable adults.
    {
      text: 'Mrs Patel at Beechwood Care Home, who has dementia, was left in her chair for hours.',
      findings: [{ messageId: 'vulnerable', span: 'Mrs Patel at Beechwood Care Home, who has dementia, was left in her chair for hours.', message: VULNERABLE }],
    },
    {
      text: 'An elderly gentleman on Mill Lane, Mr Cooper, 88, has been taken advantage of by rogue roofers.',
      findings: [{ messageId: 'vulnerable', span: 'An elderly gentleman on Mill Lane, Mr Cooper, 88, has been taken advantage of by rogue roofers.' }],
    },
    {
      text: 'My neighbour Doreen, who has Alzheimer’s, went missing from 12 Heol y Parc this morning.',
      findings: [{ messageId: 'vulnerable', span: 'My neighbour Doreen, who has Alzheimer’s, went missing from 12 Heol y Parc this morning.' }],
    },
    {
      text: 'Old Mr Jenkins at number 3 is housebound and his carers haven’t turned up for three days.',
      findings: [{ messageId: 'vulnerable', span: 'Old Mr Jenkins at number 3 is housebound and his carers haven’t turned up for three days.' }],
    },
    {
      text: 'Nora in flat 9, Larch Court is 91 and gets confused at night; if you see her out, ring her daughter.',
      name: 'a flat number and an age',
      findings: [{ messageId: 'vulnerable', span: 'Nora in flat 9, Larch Court is 91 and gets confused at night; if you see her out, ring her daughter.' }],
    },
    {
      text: 'Old Bill in the bungalow opposite the church is 94 and housebound; his carers haven’t been for days.',
      name: 'a home described, not numbered',
      findings: [{ messageId: 'vulnerable', span: 'Old Bill in the bungalow opposite the church is 94 and housebound; his carers haven’t been for days.' }],
    },
    {
      text: 'Can someone check on Mr Tranter? He’s 79, lives on his own in Beech Lodge sheltered housing and his carers stopped coming.',
      name: 'named in the sentence before',
      findings: [{ messageId: 'vulnerable', span: 'He’s 79, lives on his own in Beech Lodge sheltered housing and his carers stopped coming.', start: 33 }],
    },
    {
      text: 'Visited Rosewood Care Home today. Mrs Patel, who has dementia, told me she hasn’t seen a GP in months.',
      name: 'the care home named in the sentence before',
      findings: [{ messageId: 'vulnerable', span: 'Mrs Patel, who has dementia, told me she hasn’t seen a GP in months.', start: 34, end: 102 }],
    },
  ],
});
