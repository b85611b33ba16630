import rule from '../../rules/whereabouts';
import { ruleTester } from '../helpers/rule-tester';

const ABSENCE = 'This tells everyone your home will be empty or you will be away.';
const LOCATION = 'This says where you are right now, outside council business.';
const ROUTINE = 'This gives away a routine: where you will be and when.';
const FAMILY = 'This says where your family can be found.';

ruleTester(rule, {
  valid: [
    // Holiday as a service, and a film title (everyday-set false alarms).
    'The holiday free school meals scheme was extended tonight by cabinet.',
    'Holiday lunches for families on the Parkside estate start next week: no need to book.',
    'Family film night at the Lyceum on Saturday: Home Alone at 5pm, tickets £3.',
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
    // Habits that belong to services, groups or the ward, not the author.
    'Bins are collected on Mondays and Thursdays in Hawthorn.',
    'The pool at Oakfield leisure centre is open Mon, Wed and Fri from 7am.',
    'The Hawthorn walking group meets every Thursday at 10 at the community centre, all welcome.',
    'We walk the ward every Saturday with residents to spot problems.',
    'The school run on Carr Lane is chaos every morning at 8.30; we need a crossing patrol.',
    'I’ve always lived in Hawthorn and I always will.',
    'As usual, the cabinet ignored residents in Millbrook.',
    'Our regular updates on the Quayside works are on the council website.',
    'The library will be closed from Friday to Monday for the new carpet.',
    // Stays that are not trips, alone at work, school visits.
    'Two weeks in a row the bins on Carr Lane have been missed.',
    'Ten days in office and the new leader has already cut the library budget.',
    'It’s just me on the phones until 5 today at the ward office.',
    'I can’t fix all of that on my own, but I’ll keep making the case.',
    'Off to the depot on Friday to see the new gritters with officers.',
    'Dropped off the donated books at Oakfield Primary this morning.',
    'Picked up an award on behalf of Hawthorn Primary tonight.',
    'Going on holiday? Cancel your milk and use timer switches.',
    'The other half is away but I’ll still be at Thursday’s full council.',
    'We’re in Millbrook on Saturday with the campaign team, come and say hello.',
    'I’ll be in London on Tuesday for the LGA meeting.',
    'I’m on holiday in my head already, roll on Friday.',
    'Taking a break from social media for a few days; email me if urgent.',
    'Our usual Christmas toy appeal is back: drop gifts at the Civic Centre.',
    'Residents tell me they’re home alone most nights and feel isolated; our befriending scheme can help.',
    'Every Friday the market comes to Hawthorn, 8am to 2pm.',
    'My husband always says I work too hard.',
    'Is it just me or is the bus late again tonight?',
    'Our trip to Cornwall on Saturday was wet but lovely.',
    'Off to the depot on Monday with the highways team to see the new gritters.',
    'The holiday club at the leisure centre runs Monday to Friday.',
    'Flights from Kestrel Airport to Alicante start on Saturday, good news for jobs.',
    'Tuesdays and Thursdays I’m at the Civic Centre from 9 if you need me.',
    // A habit with no time or place, family news with no place.
    'I run a 5k most weeks; it’s great for clearing the head.',
    'Proud mum moment: my daughter has qualified as a nurse.',
    // Welsh: thanks after a surgery.
    'Diolch i bawb a ddaeth i’r gymhorthfa yn y llyfrgell heddiw.',
    // Someone else away, a building out of use, a question about another's return, visitors from abroad.
    'Back from holiday on Monday? Great, the consultation closes on the 20th so there is still time.',
    'The library will be out of use until the 20th while the roof is fixed.',
    'Cllr Shah is out of the country until the 20th; contact me instead.',
    'Topping up the tan at the allotment today, the tomatoes are loving it.',
    'Our twinning visitors from overseas arrive on Friday.',
    // A late licence, a public class, a widow on her own: not the author's whereabouts.
    'Our surgery at Fore Street library runs until closing time at 7pm.',
    'The Crown is open until closing on Christmas Eve for the charity quiz.',
    'Licensing committee agreed the Feathers can stay open till last orders at midnight.',
    'Aquafit, 7am, Brookfield pool, every weekday. Book through the leisure centre app.',
    'Free swimming for under-16s every Saturday morning at Brookfield pool.',
    'Running club meets every Tuesday at 6pm at the leisure centre, all abilities welcome.',
    'Parked cars outside Millbrook Primary are a danger at pick-up; enforcement officers will visit.',
    "Mrs Khan's on her own now since her husband passed; neighbours have been wonderful.",
    'Back 14 Oct from the committee site visit programme, minutes to follow.',
    'The count is on Friday at the leisure centre; results from 2am.',
    "We'll be in Cardiff all day on Thursday at the WLGA conference.",
    'The youngest councillor on the authority is 23.',
  ],
  invalid: [
    // A night out till closing, a diary line with no subject, a child waited for, a relative alone, a date to come back.
    { text: "I'm in the Crown on Fore Street until closing if anyone fancies a natter about parking.", findings: [{ messageId: 'location', span: "I'm in the Crown on Fore Street until closing if anyone fancies a natter about parking." }] },
    { text: 'Propping up the bar at the Feathers till last orders, come and say hello.', findings: [{ messageId: 'location', span: 'Propping up the bar at the Feathers till last orders, come and say hello.' }] },
    { text: 'Live from the Kings Head quiz night 🍻 here till late.', findings: [{ messageId: 'location', span: 'Live from the Kings Head quiz night 🍻 here till late.' }] },
    { text: '7am, Brookfield pool, every weekday.', findings: [{ messageId: 'routine', span: '7am, Brookfield pool, every weekday.' }] },
    { text: 'Swimming at the lido every Saturday morning at 8, rain or shine.', findings: [{ messageId: 'routine', span: 'Swimming at the lido every Saturday morning at 8, rain or shine.' }] },
    { text: 'Running the canal towpath every evening this week for the hospice: 5k from the lock at 6pm.', findings: [{ messageId: 'routine', span: 'Running the canal towpath every evening this week for the hospice: 5k from the lock at 6pm.' }] },
    { text: 'Parked outside Millbrook Primary waiting for my youngest, the queue is ridiculous.', findings: [{ messageId: 'family', span: 'Parked outside Millbrook Primary waiting for my youngest, the queue is ridiculous.' }] },
    { text: 'Stood at the gates of Oak Lane Academy waiting for the eldest, what a downpour.', findings: [{ messageId: 'family', span: 'Stood at the gates of Oak Lane Academy waiting for the eldest, what a downpour.' }] },
    { text: "Mum's on her own at the bungalow this week while Dad is in hospital.", findings: [{ messageId: 'absence', span: "Mum's on her own at the bungalow this week while Dad is in hospital." }] },
    { text: "My wife is home by herself all weekend while I'm at conference, so keep an eye out.", findings: [{ messageId: 'absence', span: "My wife is home by herself all weekend while I'm at conference, so keep an eye out." }] },
    { text: "Heathrow ✈️ Toronto for my niece's wedding! Back 14 Oct, replies will be slow till then.", findings: [{ messageId: 'absence', span: "Heathrow ✈️ Toronto for my niece's wedding!" }] },
    { text: 'Off to Lanzarote the day after the count, win or lose 🏖️ Back 12 May.', findings: [{ messageId: 'absence', span: 'Off to Lanzarote the day after the count, win or lose 🏖️ Back 12 May.' }] },
    { text: "We'll be down in Cardiff all day for my son's graduation.", findings: [{ messageId: 'absence', span: "We'll be down in Cardiff all day for my son's graduation." }] },
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
    // Habits without "every": named days, "rain or shine", rituals, times in words.
    {
      text: 'Tuesdays and Thursdays you’ll find me doing lengths at the Riverside Baths at 6.30.',
      findings: [{ messageId: 'routine', span: 'Tuesdays and Thursdays you’ll find me doing lengths at the Riverside Baths at 6.30.' }],
    },
    {
      text: 'Rain or shine, the dog and I walk the old railway line from Mill Bridge to Fenton at half six.',
      findings: [{ messageId: 'routine', span: 'Rain or shine, the dog and I walk the old railway line from Mill Bridge to Fenton at half six.' }],
    },
    {
      text: 'Saturday tradition: breakfast with the grandkids at the Copper Kettle, our usual booth.',
      findings: [{ messageId: 'routine', span: 'Saturday tradition: breakfast with the grandkids at the Copper Kettle, our usual booth.' }],
    },
    {
      text: 'Mon, Wed and Fri: 7am spin class at Fitness First on Carr Road. Come and say hi!',
      name: 'a list of days, and an invitation in the next sentence',
      findings: [{ messageId: 'routine', span: 'Mon, Wed and Fri: 7am spin class at Fitness First on Carr Road.' }],
    },
    {
      text: 'Weekday mornings it’s a 6am swim at Hollins Lido for me.',
      findings: [{ messageId: 'routine', span: 'Weekday mornings it’s a 6am swim at Hollins Lido for me.' }],
    },
    // Absences told other ways: day ranges, stays, the household away, burglary jokes.
    {
      text: 'Heading to Majorca Saturday to Saturday, can’t wait!',
      findings: [{ messageId: 'absence', span: 'Heading to Majorca Saturday to Saturday, can’t wait!' }],
    },
    {
      text: 'A week of sun in Menorca from Friday 🌞',
      findings: [{ messageId: 'absence', span: 'A week of sun in Menorca from Friday 🌞' }],
    },
    {
      text: 'Husband’s away in Glasgow till Thursday so it’s just me and the cat.',
      findings: [{ messageId: 'absence', span: 'Husband’s away in Glasgow till Thursday so it’s just me and the cat.' }],
    },
    {
      text: 'Kids are away at their gran’s this weekend so it’s only me rattling round.',
      findings: [{ messageId: 'absence', span: 'Kids are away at their gran’s this weekend so it’s only me rattling round.' }],
    },
    {
      text: 'Don’t all break into our house at once, we’re off to Spain on Saturday 😂',
      findings: [{ messageId: 'absence', span: 'Don’t all break into our house at once, we’re off to Spain on Saturday 😂' }],
    },
    {
      text: 'Me and the boys are in Benidorm from Wednesday, behave yourselves Hawthorn!',
      findings: [{ messageId: 'absence', span: 'Me and the boys are in Benidorm from Wednesday, behave yourselves Hawthorn!' }],
    },
    {
      text: 'Finally a break: Algarve, 12th to 19th July.',
      findings: [{ messageId: 'absence', span: 'Finally a break: Algarve, 12th to 19th July.' }],
    },
    {
      text: 'House to myself this weekend, the wife’s taken the kids to her mum’s in Rhyl.',
      findings: [{ messageId: 'absence', span: 'House to myself this weekend, the wife’s taken the kids to her mum’s in Rhyl.' }],
    },
    {
      text: 'Sunday mornings I’m always at the car boot on the old airfield.',
      findings: [{ messageId: 'routine', span: 'Sunday mornings I’m always at the car boot on the old airfield.' }],
    },
    {
      text: 'Daily dog walk round Fenton woods at 6 before the emails start.',
      findings: [{ messageId: 'routine', span: 'Daily dog walk round Fenton woods at 6 before the emails start.' }],
    },
    {
      text: 'Bore Sadwrn rwy’n nofio yn y pwll yn Llanfair am 7.',
      name: 'Welsh: Saturday mornings I swim in the pool at 7',
      findings: [{ messageId: 'routine', span: 'Bore Sadwrn rwy’n nofio yn y pwll yn Llanfair am 7.' }],
    },
    {
      text: 'Our annual trip to Cornwall starts Saturday!',
      findings: [{ messageId: 'absence', span: 'Our annual trip to Cornwall starts Saturday!' }],
    },
    {
      text: 'Nobody in at ours till Sunday, so parcels next door please.',
      findings: [{ messageId: 'absence', span: 'Nobody in at ours till Sunday, so parcels next door please.' }],
    },
    {
      text: 'I’ll be visiting Dad at Oakleigh House every afternoon between 2 and 4.',
      findings: [{ messageId: 'family', span: 'I’ll be visiting Dad at Oakleigh House every afternoon between 2 and 4.' }],
    },
    // Children handed over at a named school or nursery.
    {
      text: 'Dropped the kids at Oakfield Primary then straight to the depot.',
      findings: [{ messageId: 'family', span: 'Dropped the kids at Oakfield Primary then straight to the depot.', message: FAMILY }],
    },
    {
      text: 'Collected our Mia (4) from Busy Bees nursery on Elm Road.',
      findings: [{ messageId: 'family', span: 'Collected our Mia (4) from Busy Bees nursery on Elm Road.' }],
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
    // Away until a day to come, out of the country, a commute offered as a place to find the author.
    { text: 'Back from holiday on Monday 3rd, catch up then.', findings: [{ messageId: 'absence', message: ABSENCE }] },
    { text: 'Out of the country until the 20th, contact Cllr Jones.', findings: [{ messageId: 'absence' }] },
    { text: 'Sunning myself in Crete till the 19th 😎', findings: [{ messageId: 'absence' }] },
    { text: 'On the 7.15 train to London every weekday, if you want to bend my ear.', findings: [{ messageId: 'routine', message: ROUTINE }] },
  ],
});
