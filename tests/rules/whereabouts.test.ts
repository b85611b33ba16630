import rule from '../../rules/whereabouts';
import { ruleTester } from '../helpers/rule-tester';

const ABSENCE = 'This tells everyone your home will be empty or you will be away.';
const LOCATION = 'This says where you are right now, outside council business.';
const ROUTINE = 'This gives away a routine: where you will be and when.';
const FAMILY = 'This says where your family can be found.';

ruleTester(rule, {
  valid: [
    // Trips that are over.
    'Just got back from a lovely week in Pembrokeshire. Back at my desk and catching up on emails.',
    'Throwback to our trip to Whitby last summer.',
    'We went to Tenerife last year and it was lovely.',
    'Back from a week away in Cornwall. Thanks to Cllr Shah for covering my casework.',
    'Booked our summer holiday today, can’t wait!',
    // Official business: surgeries, meetings, ward walks, campaigning.
    'I’ll be at my ward surgery at Brookside Library on Saturday from 10 until 12.',
    'Every Monday at 6pm I hold a drop-in surgery at the community centre.',
    'Walked the ward with highways officers this morning to look at the potholes on Carr Lane.',
    'Full council tonight at 6.30 in the council chamber, public gallery open.',
    'I’ll be at the consultation drop-in at St Mark’s church hall tonight from 6.',
    'Canvassing on Carr Lane tonight with the team, come and say hello.',
    'Lovely to visit Rosewood care home today with the mayor to open their new garden.',
    'Enjoyed a quiet pint in the Red Lion last night after full council.',
    // Advice and notices, not the author's whereabouts.
    'Holiday season is here: remember to cancel your milk and use timer switches if you go away.',
    'Bank holiday bin collections move back a day next week.',
    'Reminder: the pool at Northdale leisure centre is closed for repairs until Monday.',
    'Every morning at 8 the traffic on Mill Lane is backed up to the roundabout.',
    // A habit with no time or place, family news with no place.
    'I run a 5k most weeks; it’s great for clearing the head.',
    'Proud mum moment: my daughter has qualified as a nurse.',
    // Welsh: thanks after a surgery.
    'Diolch i bawb a ddaeth i’r gymhorthfa yn y llyfrgell heddiw.',
  ],
  invalid: [
    // Absences.
    {
      text: 'Off to Lanzarote for a fortnight from Saturday, so replies will be slow.',
      findings: [{ messageId: 'absence', span: 'Off to Lanzarote for a fortnight from Saturday, so replies will be slow.', message: ABSENCE }],
    },
    {
      text: 'We fly out to Crete on Friday and the house will be empty till the 14th.',
      findings: [{ messageId: 'absence', span: 'We fly out to Crete on Friday and the house will be empty till the 14th.' }],
    },
    {
      text: 'Home alone this weekend while the wife visits her sister.',
      findings: [{ messageId: 'absence', span: 'Home alone this weekend while the wife visits her sister.' }],
    },
    {
      text: 'I’ll be away from the 3rd to the 17th, so please contact Cllr Shah about casework.',
      findings: [{ messageId: 'absence', span: 'I’ll be away from the 3rd to the 17th, so please contact Cllr Shah about casework.' }],
    },
    {
      text: 'Suitcase packed, passport found, see you in two weeks!',
      findings: [{ messageId: 'absence', span: 'Suitcase packed, passport found, see you in two weeks!' }],
    },
    {
      text: 'Lovely turnout at the litter pick this morning. Now off to Cornwall for a week from tomorrow, so Cllr Shah is covering casework.',
      name: 'official first sentence, absence second',
      findings: [
        {
          messageId: 'absence',
          span: 'Now off to Cornwall for a week from tomorrow, so Cllr Shah is covering casework.',
          start: 48,
          end: 128,
        },
      ],
    },
    // Routines.
    {
      text: 'Every evening at 7 I walk the dog round Brookside park.',
      findings: [{ messageId: 'routine', span: 'Every evening at 7 I walk the dog round Brookside park.', message: ROUTINE }],
    },
    {
      text: 'Every Friday at 5 I’m in the Crown for a pint after work.',
      findings: [{ messageId: 'routine', span: 'Every Friday at 5 I’m in the Crown for a pint after work.' }],
    },
    {
      text: 'I’m the one in the yellow jacket at the Saturday parkrun, come and say hi.',
      findings: [{ messageId: 'routine', span: 'I’m the one in the yellow jacket at the Saturday parkrun, come and say hi.' }],
    },
    // Where the author is right now.
    {
      text: 'Sat in the Plough beer garden with the kids right now, glorious sunshine.',
      findings: [{ messageId: 'location', span: 'Sat in the Plough beer garden with the kids right now, glorious sunshine.', message: LOCATION }],
    },
    {
      text: 'The kids and I are at Brookside park right now if anyone wants to say hello.',
      findings: [{ messageId: 'location', span: 'The kids and I are at Brookside park right now if anyone wants to say hello.' }],
    },
    // Where the family can be found, even on the way to a council meeting.
    {
      text: 'Dropping my daughter off at Hillcrest Primary before the cabinet meeting.',
      findings: [{ messageId: 'family', span: 'Dropping my daughter off at Hillcrest Primary before the cabinet meeting.', message: FAMILY }],
    },
    {
      text: 'My mum’s in Rosewood care home now, and the staff have been brilliant.',
      findings: [{ messageId: 'family', span: 'My mum’s in Rosewood care home now, and the staff have been brilliant.' }],
    },
    // Welsh.
    {
      text: 'Mae’r teulu ar wyliau tan ddydd Llun, felly bydd y tŷ yn wag.',
      name: 'Welsh: on holiday until',
      findings: [{ messageId: 'absence', span: 'ar wyliau tan', start: 12, end: 25 }],
    },
    {
      text: 'Dw i bant tan ddydd Mawrth, felly bydd atebion yn araf.',
      name: 'Welsh: away until',
      findings: [{ messageId: 'absence', span: 'bant tan', message: ABSENCE }],
    },
    {
      text: 'Bob bore am chwech dw i’n rhedeg ar hyd y gamlas.',
      name: 'Welsh: every morning at six along the canal',
      findings: [{ messageId: 'routine', span: 'Bob bore am chwech dw i’n rhedeg ar hyd y gamlas.' }],
    },
  ],
});
