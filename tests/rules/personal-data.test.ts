import rule from '../../rules/personal-data';
import { GENERIC_COUNCIL } from '../../src/config/generic';
import type { CouncilSettings } from '../../src/config/types';
import { ruleTester } from '../helpers/rule-tester';

/** A council that publishes a switchboard, a 0300 line and an official councillor address. */
const EASTBRIDGE: CouncilSettings = {
  ...GENERIC_COUNCIL,
  name: 'Eastbridge Borough Council',
  shortName: 'Eastbridge',
  allow: {
    phoneNumbers: ['01632 960000', '0300 123 0000'],
    emailDomains: ['eastbridge.gov.uk'],
    emailAddresses: ['cllr.jones@eastbridge.gov.uk'],
    words: [],
  },
};

const PHONE = 'This looks like a personal phone number; posting it publicly can expose you or them to unwanted contact.';
const EMAIL = 'This looks like a personal e-mail address; posting it publicly can expose you or them to spam, scams and unwanted contact.';
const ADDRESS = 'This looks like a home address; posting it publicly can put you or the people who live there at risk.';
const POSTCODE = 'A full postcode points to a handful of homes; posting it can put you or the people who live there at risk.';
const DOB = "This looks like a date of birth, which fraudsters use to steal identities; keep yours and other people's private.";
const NI = 'This looks like a National Insurance number; posting it exposes you or them to identity fraud.';
const NHS = "This looks like an NHS number, which opens a person's health records; never post yours or anyone else's.";
const VEHICLE = 'This looks like a vehicle registration; it can be used to identify and find you or the owner.';
const SORT_CODE = 'This looks like a bank sort code; posting it can expose you or the account holder to fraud.';
const ACCOUNT = 'This looks like a bank account number; posting it can expose you or the account holder to fraud.';
const CARD = 'This looks like a payment card number; posting it can expose you or the cardholder to fraud.';

ruleTester(rule, {
  valid: [
    // Welsh street words that start a street name: Coedlan, Maes, Llwyn, Rhes, Cwrt, Gerddi, Cae.
    "Year 12 Maes Glas pupils won the debating cup.",
    "Our team came 3rd at Cae Ras yesterday.",
    // A link after a sentence, read as 'name at domain' (everyday-set false alarm).
    'The carers’ group meets on Mondays, with tea and biscuits. Details at example.org/carers-group.',
    // A council reception's address, and a second number from the same switchboard block.
    'The town hall reception (Mill Road, Ashby LE65 1AB) is open 10 to 3 for blue badge renewals.',
    'Housing repairs line: 01632 960300 (weekdays). Urgent repairs at night, such as a burst pipe flooding a house: 01632 960777.',
    // Organisations' published lines: labelled as a council or service line, or non-geographic.
    "Flooding on Meadow Lane: the council's emergency line is 01632 960500. If anyone is in danger, call 999.",
    'Missed bin? Call customer services on 0115 496 0000 (Mon–Fri, 8.30–5) or report it at northdale.gov.uk/binreport.',
    "If you're worried about a child, call the council's children's services front door on 0300 500 8080, or 999 in an emergency.",
    "Local businesses: the council's business rates team is on 029 2018 0800 or business.rates@caerwen.gov.uk.",
    'Out-of-hours highways emergencies: 0300 123 7788 (council line, 24/7).',
    'Call 999 in an emergency, 101 for the police, 111 for the NHS and 105 in a power cut.',
    'Contact Sarah Jones (Parish Clerk) on 01632 960321 about allotments.',
    'Bookings for the village hall: ring 01632 960888 to book your slot.',
    'Call me or the council on 01632 960111 if the lights are still out.',
    'Llinell argyfwng y cyngor yw 01632 960500.',
    'Mój numer do biura rady: 0300 123 4567.',
    'Age UK Northdale can help on 01632 960202.',
    // The council's allow-list, however the number is written.
    { text: 'Ring the switchboard on +44 1632 960 000 or email me at cllr.jones@eastbridge.gov.uk.', council: EASTBRIDGE, name: 'allow-listed' },
    { text: 'Call me on 01632 960000 any time, or on 0300 123 0000.', council: EASTBRIDGE, name: 'allow-listed, even with "me"' },
    // Public-sector and role e-mail addresses.
    'You can email me at my council address, cllr.amara.obi@northdale.gov.uk, or come to my surgery.',
    'Questions? Email info@brooksidecommunitycentre.org.uk, press@northdalelabour.org.uk or hello@eastwoodfoodbank.org.',
    'Write to jo.bloggs.ms@senedd.wales, a.smith@gov.scot, pc.jones@northdale.police.uk or d.patel@nhs.net.',
    // References, times, money, years and dates that are not personal data.
    'Planning ref 24/00871/FUL (48 flats) was refused by 7 votes to 3.',
    'This pothole is a disgrace. Reported it again today, third time. Highways ref HW-770134.',
    "Thanks Margaret — I've logged the broken bench with parks (ref PK-20419).",
    'Case ref 01632960123 has now been closed by the housing team.',
    'The 07:42 train was cancelled again, and the £1.4m upgrade was promised in 2019.',
    'The meeting is on 14/06/2025 at the civic centre; the last one was on 3 March 2024.',
    'I was born and raised in Northdale and have lived here since 14 June 1990.',
    'Happy birthday to Brookside Library, which opened on 14 June 1975!',
    'Raffle ticket 123 456 7890 won the hamper.',
    'The quiz score was 40-12-76 after three rounds.',
    'QQ 12 34 56 C is the example HMRC uses in its guidance.',
    // Written-out e-mail addresses on public or role mailboxes; examples; rooms booked for meetings.
    'Email the team at info at kestrelford dot gov dot uk.',
    'Write to cllr dot smith at kestrelford dot gov dot uk.',
    'The format is QQ 12 34 56 C, for example.',
    'Committee Room 2, Civic House is booked for Tuesday.',
    'We meet in Room 3, Kite House, every Tuesday.',
    'The dot com boom was a long time ago; look at Amazon today.',
    'Look at Amazon.com for the best price.',
    'I’m at gmail.com’s mercy with these spam filters.',
    // Links, handles and hashtags are not read.
    'Report it at northdale.gov.uk/report/01632960500 or tag @Bins07700900123 on X.',
    // Postcode sectors, imprints and organisations' addresses.
    'Residents in the NG5 7 postcode sector should have had a letter about the resurfacing.',
    "Re-elect Priya Nair on 1 May.\n\nPromoted by J. Osei on behalf of Priya Nair (Labour), both c/o Northdale Labour Party, 41 Station Road, Northdale NG5 2AB.",
    'Out knocking on doors this week.\n\nPromoted by T. Evans on behalf of Sam Kirby (Independent), both at Unit 3, Station Yard, Northdale NG5 4TW.',
    'Vote Green on 1 May 🌍 Promoted by R. Ahmed on behalf of Northdale Green Party, 2 Market St, Northdale NG5 1QP',
    'Surgery this Saturday at Brookside Library, 12 High Street, NG5 1AB, 10–12.',
    'The food bank at 14 Mill Lane needs volunteers on Fridays.',
    'Northdale Labour Party, 41 Station Road, is open on Saturdays.',
    'The Crown, 12 Market Street, has had its licence reviewed.',
    'Co-op, 3 High Street, is now open until 10pm.',
    "I'm at the Civic Centre, NG5 1AA, until 5pm for my surgery.",
    'We delivered the petition to 10 Downing Street today.',
    'Oakfield Primary School, 2 School Lane, NG5 8AB has a new head.',
    // Addresses read from a public register.
    'Planning application 24/00871/FUL for a rear extension at 14 Beech Avenue was approved.',
    'The planning application for 14 Beech Avenue goes to committee on 9 July.',
    // Not an address: a request, a stretch of street, a count, a date.
    'Proof of address needed: bring a recent utility bill to the library.',
    'Bin collections for 1-15 Mill Lane move to Tuesdays from 1 April.',
    'Over 30 Oak Road residents came to the meeting about the 20mph limit.',
    'From 14 May Road closures apply across the town centre.',
    'I live a 12 mins walk from the station and 10 minutes drive from the coast.',
    'Litter pick on Saturday: meet at 10 Market Place and bring gloves.',
    'Plot 4 Oak Road has been sold to a housing association.',
    // Not a number plate: capitals, or an older format with no vehicle cue.
    'The A6 CAR PARK is closed for resurfacing.',
    'Spotted P123 ABC in the report.',
    { text: 'Just picked up the new car: AB27 CDE.', now: new Date('2026-11-22T12:00:00Z'), name: 'age identifier not yet issued' },
  ],
  invalid: [
    // Welsh street words that start a street name: Coedlan, Maes, Llwyn, Rhes, Cwrt, Gerddi, Cae.
    { text: "Shout out to the boy at 12 Coedlan Bedw who helped me carry leaflets.", findings: [{ messageId: "address", span: "12 Coedlan Bedw" }], output: "Shout out to the boy at Coedlan Bedw who helped me carry leaflets." },
    { text: "Mrs Price at 4 Maes y Coed has had no bin collection for a month.", findings: [{ messageId: "address", span: "4 Maes y Coed" }], output: "Mrs Price at Maes y Coed has had no bin collection for a month." },
    { text: "Parcel left at 27 Llwyn Onn by mistake, the owner can collect it from me.", findings: [{ messageId: "address", span: "27 Llwyn Onn" }], output: "Parcel left at Llwyn Onn by mistake, the owner can collect it from me." },
    // E-mail addresses written out to dodge scrapers.
    {
      text: 'email me at gwyn dot lloyd70 at gmail dot com rather than the council address',
      findings: [{ messageId: 'email', span: 'gwyn dot lloyd70 at gmail dot com', message: EMAIL }],
      output: 'email me at [email removed] rather than the council address',
    },
    {
      text: 'My personal one is priya(at)outlook.com if you’d rather.',
      findings: [{ messageId: 'email', span: 'priya(at)outlook.com' }],
      output: 'My personal one is [email removed] if you’d rather.',
    },
    {
      text: 'DM me or email jsmith1 at gmail.com if it’s private.',
      findings: [{ messageId: 'email', span: 'jsmith1 at gmail.com' }],
      output: 'DM me or email [email removed] if it’s private.',
    },
    // An NI number in HMRC's spacing, whatever the prefix.
    {
      text: 'Can someone explain why her letter shows QQ 58 21 04 B through the envelope window?',
      findings: [{ messageId: 'ni-number', span: 'QQ 58 21 04 B', message: NI }],
      output: 'Can someone explain why her letter shows [NI number removed] through the envelope window?',
    },
    // A flat or room in a named block, and its postcode.
    {
      text: 'Nora in flat 9, Larch Court is 91.',
      findings: [{ messageId: 'address', span: 'flat 9, Larch Court', message: ADDRESS }],
      output: 'Nora in Larch Court is 91.',
    },
    {
      text: 'Send cards to Mum at Room 7, Willow Lodge, Park Road, NG5 3XY.',
      findings: [
        { messageId: 'address', span: 'Room 7, Willow Lodge' },
        { messageId: 'postcode', span: 'NG5 3XY', message: POSTCODE },
      ],
      output: 'Send cards to Mum at Willow Lodge, Park Road, NG5.',
    },
    // Phone numbers.
    {
      text: 'call me on +44 29 2018 0457 (home) or +44 7700 900561',
      strictness: 'relaxed',
      findings: [
        { messageId: 'phone', span: '+44 29 2018 0457', message: PHONE },
        { messageId: 'phone', span: '+44 7700 900561' },
      ],
      output: 'call me on [number removed] (home) or [number removed]',
    },
    {
      text: "Text me on 07700 900664 if it's urgent.",
      council: EASTBRIDGE,
      name: "the council's number offered for the councillor's own",
      findings: [{ messageId: 'phone', span: '07700 900664', start: 11, end: 23 }],
      output: "Text me on 01632 960000 if it's urgent.",
    },
    {
      text: 'Mój prywatny numer: 07700 900274. Dzwońcie śmiało w sprawie Carr Lane.',
      name: 'Polish',
      findings: [{ messageId: 'phone', span: '07700 900274', message: PHONE }],
      output: 'Mój prywatny numer: [number removed]. Dzwońcie śmiało w sprawie Carr Lane.',
    },
    {
      text: "Need a postal vote form? Call me on 0115 496 0712 or pop round to 3 Chapel Row and I'll help.",
      strictness: 'pre-election',
      findings: [
        { messageId: 'phone', span: '0115 496 0712' },
        { messageId: 'address', span: '3 Chapel Row', message: ADDRESS },
      ],
      output: "Need a postal vote form? Call me on [number removed] or pop round to Chapel Row and I'll help.",
    },
    {
      text: 'Contact Dave on (01632) 960 500 or 020 7946 0018 after six.',
      findings: [
        { messageId: 'phone', span: '(01632) 960 500' },
        { messageId: 'phone', span: '020 7946 0018' },
      ],
      output: 'Contact Dave on [number removed] or [number removed] after six.',
    },
    {
      text: 'Please keep an eye out for her. Her daughter’s number is 07700 900913 if you see her.',
      findings: [{ messageId: 'phone', span: '07700 900913' }],
      output: 'Please keep an eye out for her. Her daughter’s number is [number removed] if you see her.',
    },
    {
      text: "The council's out-of-hours line is 01632 960999, or ring my mobile on 07700 900123.",
      name: 'council line kept, mobile flagged',
      findings: [{ messageId: 'phone', span: '07700 900123' }],
      output: "The council's out-of-hours line is 01632 960999, or ring my mobile on [number removed].",
    },
    {
      text: '07700 900456 is my personal mobile, so please keep it to yourselves.',
      council: EASTBRIDGE,
      name: 'label after the number',
      findings: [{ messageId: 'phone', span: '07700 900456' }],
      output: '01632 960000 is my personal mobile, so please keep it to yourselves.',
    },
    {
      text: 'Ring 0044 7700 900561 or +44 (0)20 7946 0018.',
      findings: [
        { messageId: 'phone', span: '0044 7700 900561' },
        { messageId: 'phone', span: '+44 (0)20 7946 0018' },
      ],
      output: 'Ring [number removed] or [number removed].',
    },
    {
      text: 'Call Dave Smith on 01632 960111 about the allotment.',
      name: 'a landline under a person’s name',
      findings: [{ messageId: 'phone', span: '01632 960111' }],
      output: 'Call Dave Smith on [number removed] about the allotment.',
    },
    {
      text: 'Zadzwoń do mnie: +48 600 123 456.',
      name: 'international',
      findings: [{ messageId: 'phone', span: '+48 600 123 456' }],
      output: 'Zadzwoń do mnie: [number removed].',
    },
    {
      text: 'Ffoniwch fi ar 07700 900123 unrhyw bryd.',
      name: 'Welsh',
      council: EASTBRIDGE,
      findings: [{ messageId: 'phone', span: '07700 900123' }],
      output: 'Ffoniwch fi ar 01632 960000 unrhyw bryd.',
    },
    // E-mail addresses.
    {
      text: 'Re-elect Cllr Joan Meyer on 1 May! Questions? joanmeyer62@hotmail.co.uk',
      strictness: 'pre-election',
      findings: [{ messageId: 'email', span: 'joanmeyer62@hotmail.co.uk', message: EMAIL }],
      output: 'Re-elect Cllr Joan Meyer on 1 May! Questions? [email removed]',
    },
    {
      text: 'Email me at jo.bloggs@gmail.com about casework.',
      council: EASTBRIDGE,
      findings: [{ messageId: 'email', span: 'jo.bloggs@gmail.com' }],
      output: 'Email me at cllr.jones@eastbridge.gov.uk about casework.',
    },
    {
      text: 'Email Dave at dave.wilson@northdale-pta.org.uk or the office at office@northdale-pta.org.uk.',
      findings: [{ messageId: 'email', span: 'dave.wilson@northdale-pta.org.uk' }],
      output: 'Email Dave at [email removed] or the office at office@northdale-pta.org.uk.',
    },
    // Home addresses and postcodes.
    {
      text: "The woman at 14 Beech Avenue who keeps reporting her neighbours' bins needs to mind her own business.",
      findings: [{ messageId: 'address', span: '14 Beech Avenue', message: ADDRESS }],
      output: "The woman at Beech Avenue who keeps reporting her neighbours' bins needs to mind her own business.",
    },
    {
      text: "If you want to discuss it like an adult, I'm at 8 Heron Close, NG5 6PW. Kettle's on.",
      findings: [
        { messageId: 'address', span: '8 Heron Close' },
        { messageId: 'postcode', span: 'NG5 6PW', message: POSTCODE },
      ],
      output: "If you want to discuss it like an adult, I'm at Heron Close, NG5. Kettle's on.",
    },
    {
      text: "Here's the landlord's address: 27 Queen Street, Northdale NG5 2HX.",
      findings: [
        { messageId: 'address', span: '27 Queen Street' },
        { messageId: 'postcode', span: 'NG5 2HX' },
      ],
      output: "Here's the landlord's address: Queen Street, Northdale NG5.",
    },
    {
      text: 'Party at ours this afternoon, 22 Kestrel Way from 2pm!',
      findings: [{ messageId: 'address', span: '22 Kestrel Way' }],
      output: 'Party at ours this afternoon, Kestrel Way from 2pm!',
    },
    {
      text: 'Vote Kirby window posters available! Collect from my house, 17 Ferndale Road, NG5 3LP, or text 07700 900842.',
      strictness: 'pre-election',
      findings: [
        { messageId: 'address', span: '17 Ferndale Road' },
        { messageId: 'postcode', span: 'NG5 3LP' },
        { messageId: 'phone', span: '07700 900842' },
      ],
      output: 'Vote Kirby window posters available! Collect from my house, Ferndale Road, NG5, or text [number removed].',
    },
    {
      text: 'The Smiths, 12 Oak Road, need a hand with their garden.',
      name: 'a family, not a business',
      findings: [{ messageId: 'address', span: '12 Oak Road' }],
      output: 'The Smiths, Oak Road, need a hand with their garden.',
    },
    {
      text: 'Flat 2, 14 Beech Avenue has had no heating for a fortnight.',
      findings: [{ messageId: 'address', span: 'Flat 2, 14 Beech Avenue' }],
      output: 'Beech Avenue has had no heating for a fortnight.',
    },
    {
      text: 'Cllr Nkemelu lives at 8 Willow Court if anyone wants a word.',
      findings: [{ messageId: 'address', span: '8 Willow Court' }],
      output: 'Cllr Nkemelu lives at Willow Court if anyone wants a word.',
    },
    {
      text: 'Leaflets to collect from 7 Ferndale Road.',
      name: 'a small house number that is not a time',
      findings: [{ messageId: 'address', span: '7 Ferndale Road' }],
      output: 'Leaflets to collect from Ferndale Road.',
    },
    {
      text: 'She lives at 14 beech avenue with her mum.',
      name: 'lower case after a home cue',
      findings: [{ messageId: 'address', span: '14 beech avenue' }],
      output: 'She lives at beech avenue with her mum.',
    },
    {
      text: 'My planning application for my house at 14 Beech Avenue was refused.',
      name: 'own home wins over the public register',
      findings: [{ messageId: 'address', span: '14 Beech Avenue' }],
      output: 'My planning application for my house at Beech Avenue was refused.',
    },
    {
      text: "Mae hi'n byw yn 12 Heol y Parc ers blynyddoedd.",
      name: 'Welsh street',
      findings: [{ messageId: 'address', span: '12 Heol y Parc' }],
      output: "Mae hi'n byw yn Heol y Parc ers blynyddoedd.",
    },
    {
      text: 'The parcel went to SW1A 2AA instead of W1A 1AA.',
      findings: [
        { messageId: 'postcode', span: 'SW1A 2AA' },
        { messageId: 'postcode', span: 'W1A 1AA' },
      ],
      output: 'The parcel went to SW1A instead of W1A.',
    },
    {
      text: 'My postcode is ng5 6pw if you need it.',
      findings: [{ messageId: 'postcode', span: 'ng5 6pw' }],
      output: 'My postcode is ng5 if you need it.',
    },
    // Dates of birth.
    {
      text: 'Happy 50th to me! 🎂 Born 14/06/1975 at Northdale General and never left.',
      strictness: 'pre-election',
      findings: [{ messageId: 'date-of-birth', span: '14/06/1975', message: DOB }],
      output: 'Happy 50th to me! 🎂 Born 1975 at Northdale General and never left.',
    },
    {
      text: 'Mrs Evans (DOB 3.4.81) has moved to Rosewood.',
      findings: [{ messageId: 'date-of-birth', span: '3.4.81' }],
      output: 'Mrs Evans (DOB 1981) has moved to Rosewood.',
    },
    {
      text: 'My date of birth: 14 June 1975, in case the form asks.',
      findings: [{ messageId: 'date-of-birth', span: '14 June 1975' }],
      output: 'My date of birth: 1975, in case the form asks.',
    },
    {
      text: 'She was born at Northdale General on June 3, 1940.',
      findings: [{ messageId: 'date-of-birth', span: 'June 3, 1940' }],
      output: 'She was born at Northdale General on 1940.',
    },
    {
      text: 'Dyddiad geni: 14/06/1975',
      name: 'Welsh',
      findings: [{ messageId: 'date-of-birth', span: '14/06/1975' }],
      output: 'Dyddiad geni: 1975',
    },
    // National Insurance and NHS numbers.
    {
      text: "The council sent a resident a letter with someone else's National Insurance number on it — QQ 12 34 56 C. How is that acceptable?",
      strictness: 'relaxed',
      findings: [{ messageId: 'ni-number', span: 'QQ 12 34 56 C', message: NI }],
      output: "The council sent a resident a letter with someone else's National Insurance number on it — [NI number removed]. How is that acceptable?",
    },
    {
      text: 'Her details were on the form: AB 12 34 56 C.',
      name: 'HMRC prefix, no cue',
      findings: [{ messageId: 'ni-number', span: 'AB 12 34 56 C' }],
      output: 'Her details were on the form: [NI number removed].',
    },
    {
      text: 'Mrs Evans (NHS no. 485 777 3456) has been waiting 11 weeks for her care package. Unacceptable.',
      strictness: 'relaxed',
      name: 'fails the check digit, but labelled',
      findings: [{ messageId: 'nhs-number', span: '485 777 3456', message: NHS }],
      output: 'Mrs Evans (NHS no. [NHS number removed]) has been waiting 11 weeks for her care package. Unacceptable.',
    },
    {
      text: 'Patient 943 476 5919 has been on a trolley for six hours.',
      name: 'valid check digit, no cue',
      findings: [{ messageId: 'nhs-number', span: '943 476 5919' }],
      output: 'Patient [NHS number removed] has been on a trolley for six hours.',
    },
    // Bank and card details.
    {
      text: 'Thanks to everyone who bought raffle tickets! If you still owe me, sort code 40-12-76, account 91234567 (my own account).',
      findings: [
        { messageId: 'bank-details', span: '40-12-76', message: SORT_CODE },
        { messageId: 'bank-details', span: '91234567', message: ACCOUNT },
      ],
      output: 'Thanks to everyone who bought raffle tickets! If you still owe me, sort code [sort code removed], account [account number removed] (my own account).',
    },
    {
      text: 'Subs to 40-12-76 91234567 please.',
      name: 'sort code and account together, no cue',
      findings: [
        { messageId: 'bank-details', span: '40-12-76' },
        { messageId: 'bank-details', span: '91234567' },
      ],
      output: 'Subs to [sort code removed] [account number removed] please.',
    },
    {
      text: 'Donations to GB29 NWBK 6016 1331 9268 19 please.',
      findings: [{ messageId: 'bank-details', span: 'GB29 NWBK 6016 1331 9268 19' }],
      output: 'Donations to [bank details removed] please.',
    },
    {
      text: 'Lost my card, 4111 1111 1111 1111, so ignore any payments from it.',
      findings: [{ messageId: 'card-number', span: '4111 1111 1111 1111', message: CARD }],
      output: 'Lost my card, [card number removed], so ignore any payments from it.',
    },
    // Vehicle registrations.
    {
      text: 'New motor 🚗 YX73 KLM, finally upgraded after 12 years!',
      strictness: 'relaxed',
      findings: [{ messageId: 'vehicle-registration', span: 'YX73 KLM', message: VEHICLE }],
      output: 'New motor 🚗 [registration removed], finally upgraded after 12 years!',
    },
    {
      text: "The van dumping waste on the verge was YF68 OPL. I've passed it to enforcement.",
      findings: [{ messageId: 'vehicle-registration', span: 'YF68 OPL' }],
      output: "The van dumping waste on the verge was [registration removed]. I've passed it to enforcement.",
    },
    {
      text: 'A silver Ford Focus, reg P123 ABC, was seen at the tip.',
      name: 'prefix format with a cue',
      findings: [{ messageId: 'vehicle-registration', span: 'P123 ABC' }],
      output: 'A silver Ford Focus, reg [registration removed], was seen at the tip.',
    },
    {
      text: 'My old car, ABC 123D, is for sale.',
      name: 'suffix format with a cue',
      findings: [{ messageId: 'vehicle-registration', span: 'ABC 123D' }],
      output: 'My old car, [registration removed], is for sale.',
    },
    {
      text: 'Just picked up the new car: AB27 CDE!',
      now: new Date('2027-04-01T12:00:00Z'),
      name: 'age identifier issued by then',
      findings: [{ messageId: 'vehicle-registration', span: 'AB27 CDE' }],
      output: 'Just picked up the new car: [registration removed]!',
    },
    // Comments on the councillor's post are checked too.
    {
      text: 'Ring me on 07700 900321, love Sue',
      mode: 'comment',
      council: EASTBRIDGE,
      name: "a commenter's own number is not replaced by the council's",
      findings: [{ messageId: 'phone', span: '07700 900321' }],
      output: 'Ring me on [number removed], love Sue',
    },
  ],
});
