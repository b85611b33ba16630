import rule, { HISTORY_DAYS, HISTORY_THRESHOLD } from '../../rules/repeated-target';
import type { HistoryEntry } from '../../src/engine/types';
import { ruleTester } from '../helpers/rule-tester';

const SERIES = 'This post says it is one of a series about one person; a run of critical posts about someone can amount to bullying.';

/** Every case is judged at this time, so the history window is fixed. */
const NOW = new Date('2025-04-01T12:00:00Z');
const DAY = 86_400_000;

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY).toISOString();
}

/** One earlier critical post about each key, `days` before NOW. */
function posts(keys: readonly string[], ...days: number[]): HistoryEntry[] {
  return days.map((d) => ({ at: daysAgo(d), criticised: [...keys] }));
}

/** Spread over the window: 5, 10, 15… days ago. */
function recent(key: string, count: number): HistoryEntry[] {
  return posts([key], ...Array.from({ length: count }, (_, i) => 5 * (i + 1)));
}

/** Enough recent critical posts about Cllr Holloway to make a pattern, and one about Cllr Pym. */
const HOLLOWAY_PATTERN: HistoryEntry[] = [...recent('holloway', HISTORY_THRESHOLD), ...posts(['pym'], 12)];

ruleTester(rule, {
  valid: [
    // Series about a topic, not a person.
    { text: 'That’s the third time this month the Carr Lane bins have been missed.', now: NOW },
    { text: 'Fourth update on the Mill Lane flooding: the pumps are working and the road reopens tomorrow.', now: NOW },
    { text: 'Part 2 of my series on the local plan: where the new homes will go.', now: NOW },
    { text: 'Second reminder this week: bins are a day late because of the bank holiday.', now: NOW },
    { text: 'Day 3 of our Walk to School week: well done to everyone at Hillcrest Primary!', now: NOW },
    { text: 'Week 6 of the Carr Lane roadworks: the contractor says they are on schedule.', now: NOW },
    { text: 'I’ve chased the Carr Lane gully three times now; highways say a crew is booked.', now: NOW },
    // Generalisation: numbered or regular features about an issue, a podcast, a round-up or in praise.
    "Part 2 of my budget explainer: why Cllr Smith's cuts are wrong for Ashby.",
    "It's Friday, so here's my ward round-up: the council failed to fix the Mill Lane lights, and Cllr Smith says a crew is booked.",
    "Episode 4 of our podcast with Cllr Baines on the local plan, out now!",
    "Round 2 of the Ashby quiz league tonight, well done to Cllr Marsh's team for winning round 1!",
    "Same time next week for the litter pick, meet at the library at 10.",
    "Adding this to my running thread on the Mill Lane roadworks 🧵 (we're at 12 updates)",
    "Neighbourhood Watch, issue 6: thanks to Cllr Reed for the new lights.",
    "The Tory excuse for the library cuts is getting old. Part 4 of our campaign to save the library.",
    "Cllr Dunn has done a brilliant job on the flood plan. Part 2 of my thank-you thread tomorrow.",
    // Generalisation, second round.
    "Our weekly litter pick continues on Saturday. Thanks to Cllr Quinn for joining us last week!",
    "Chapter 3 of the local history trail: the old mill. Thanks to Cllr Foster for opening it.",
    "As promised, here's this week's update on the Priory Road crossing: contractors start Monday.",
    "I post the bin calendar every Monday, so here it is.",
    "Day 40 of the Priory Road closure. The council has failed to give us a reopening date.",
    "Cllr Quinn has failed to answer my question about the depot.",
    "Scroll back for my earlier posts on the bus timetable consultation.",
    // Generalisation, second round.
    "How many times do I have to tell the kids to stop climbing on the bus shelter? Third time this week!",
    "Weekly Foster Road update: resurfacing continues, road open to buses.",
    "Cllr Quinn and I will be back next Friday with our advice surgery at the library.",
    "Another post about the bus timetable, sorry, but the consultation closes on Friday.",
    // Plain council news and process talk.
    "For the hundredth time, the bins are collected on Tuesdays this week!",
    "As promised, here's the update on the Priory Road crossing: work starts on Monday.",
    "See you next Friday at my surgery in the library, 10 till 12.",
    "Cllr Quinn and I disagree about the bus station, but she's always answered my questions.",
    "Another week, another brilliant litter pick. Thank you to all our volunteers.",
    // One critical post with no history of earlier ones.
    { text: 'Cllr Holloway still hasn’t answered residents about the footbridge.', now: NOW, name: 'no history' },
    // History below the threshold, outside the window, or after `now`.
    {
      text: 'Cllr Holloway still hasn’t replied to residents about the Carr Lane closure.',
      history: recent('holloway', HISTORY_THRESHOLD - 1),
      now: NOW,
      name: 'below the threshold',
    },
    {
      text: 'Cllr Holloway still hasn’t explained the Carr Lane overspend.',
      history: [...posts(['holloway'], HISTORY_DAYS + 1, HISTORY_DAYS + 30), ...recent('holloway', HISTORY_THRESHOLD - 1)],
      now: NOW,
      name: 'older posts fall outside the window',
    },
    {
      text: 'Where was Cllr Holloway when the footbridge closed? Residents deserve answers.',
      history: [...recent('holloway', HISTORY_THRESHOLD - 1), ...posts(['holloway'], -4)],
      now: NOW,
      name: 'a post dated after now is not counted',
    },
    // The person from the history, but not criticised; or someone else criticised.
    { text: 'Thank you to Cllr Holloway for coming to the Carr Lane residents’ meeting.', history: HOLLOWAY_PATTERN, now: NOW },
    { text: 'Congratulations to Cllr Holloway on her election as mayor.', history: HOLLOWAY_PATTERN, now: NOW },
    { text: 'Cllr Holloway, Cllr Pym and I met the Carr Lane residents tonight. A good meeting.', history: HOLLOWAY_PATTERN, now: NOW },
    { text: 'Cllr Pym still hasn’t answered residents about the Carr Lane closure.', history: HOLLOWAY_PATTERN, now: NOW },
    // Off at relaxed.
    { text: 'Day 14 of asking Cllr Holloway why the footbridge is still shut.', strictness: 'relaxed', now: NOW, name: 'off at relaxed' },
    // Counts and "again" about things, organisations or praise, not a person criticised.
    'That’s three times the national average for fly-tipping.',
    'The volunteers have done it again! Another gold in Bloom.',
    'Second time this month the bins have been missed on Elm Road; I’ve reported it.',
    'Three months of silence from the water company about the leak.',
    'Yet again the Lions have raised thousands for the hospice, well done all.',
    'Not the first time I’ve said it and it won’t be the last: thank you, NHS staff.',
    'That’s two times now the council has missed the deadline on the Local Plan.',
    // Round 7: repeats and series markers about an issue, in thanks, or a single 'again' stay clean.
    "The pothole on Mill Lane is back again. Reported it.",
    "Bins missed again on Elm Road. Reported to the council.",
    "Thanks again to Cllr Webb for sorting the streetlights, and thanks again for the bins!",
    "Thank you Cllr Reece, again, for all your help with the food bank.",
    "Here we go again: the clocks go back tonight.",
    "Same old story with the buses: late again.",
    "Weekly Ward Watch: the new benches are in on Market Street.",
    "Cllr Dorrell update: the leisure centre reopens on Monday.",
    "Update #3 on the Mill Lane flooding: the pumps are working.",
    "I'll say it again: please check on elderly neighbours in this cold snap.",
    "As I keep saying, the library needs more funding. I've raised it with Cllr Mayhew.",
    "Every week I post the bin calendar, so here it is.",
    "Third complaint I've raised about the streetlights on Oak Road this year.",
    "Dyma'r trydydd tro i ni gynnal y ffair Nadolig. Diolch i bawb!",
    "Unwaith eto, diolch i'r Cynghorydd Prys am ei waith.",
    "Cllr Hale voted against the motion. I disagree with her reasons, and I said so at council.",
    "Said it last week and I'll say it again: thank you to the volunteers at the food bank.",
    "Earlier posts in the thread \ud83e\uddf5 cover the consultation dates.",
    "Cllr Okoro is again asking for volunteers for the litter pick this Saturday.",
    "Cllr Fenwick has again failed to explain the overspend; the scrutiny committee will ask her on Tuesday.",
    // Round 7b: the same markers about a service, a quiz, thanks, or a debate stay clean.
    "Told you last week and I'm telling you again: the recycling centre opens at 8.",
    "For the umpteenth time, the bins go out on Thursday!",
    "Round three of the quiz goes to Cllr Dacre's team \u2014 well played.",
    "Week 12 of the roadworks on Elm Road, nearly there.",
    "Bob wythnos dw i'n diolch i'r gwirfoddolwyr.",
    "Cllr Amin was at the food bank again this week, thank you.",
    "I'll keep asking highways until the crossing is fixed.",
    "Cllr Noakes and I disagree on the budget, and we'll debate it again on Tuesday.",
  ],
  invalid: [
    // The post says it is one of a series about a person.
    {
      text: 'Another week, another excuse from Cllr Pym about the Carr Lane closure.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Another week, another excuse from Cllr Pym about the Carr Lane closure.', message: SERIES }],
    },
    {
      text: 'Another meeting, another no-show from Cllr Holloway.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Another meeting, another no-show from Cllr Holloway.' }],
    },
    {
      text: 'Day 12 of asking Cllr Holloway when the Carr Lane footbridge will reopen.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Day 12 of asking Cllr Holloway when the Carr Lane footbridge will reopen.' }],
    },
    {
      text: 'Broken promise number 7 from Cllr Holloway: the Carr Lane footbridge is still shut.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Broken promise number 7 from Cllr Holloway: the Carr Lane footbridge is still shut.' }],
    },
    {
      text: 'Gaffe number 9 from Cllr Pym this year. You couldn’t make it up.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Gaffe number 9 from Cllr Pym this year.', start: 0, end: 39 }],
    },
    {
      text: 'Still waiting, @CllrHolloway. That’s the fifth time I’ve asked.',
      now: NOW,
      name: 'handle in the sentence before',
      findings: [{ messageId: 'series', span: 'That’s the fifth time I’ve asked.', start: 30, end: 63, message: SERIES }],
    },
    {
      text: 'I’m not stopping until Cllr Holloway explains the overspend.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'I’m not stopping until Cllr Holloway explains the overspend.' }],
    },
    {
      text: 'I’ll keep asking Cllr Holloway until we get an answer on the Carr Lane bridge.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'I’ll keep asking Cllr Holloway until we get an answer on the Carr Lane bridge.' }],
    },
    {
      text: 'As I’ve said many times, Cllr Pym needs to explain the overspend.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'As I’ve said many times, Cllr Pym needs to explain the overspend.' }],
    },
    {
      text: 'Cllr Holloway has failed residents again. #HollowayOut',
      now: NOW,
      name: 'campaign hashtag about one person',
      findings: [{ messageId: 'series', span: '#HollowayOut', start: 42, end: 54 }],
    },
    // Generalisation: counters, running threads, weekly features, episodes, repeated questions.
    {
      text: "That's the fourth of Cllr Baines's dodges I've posted this month, and there'll be a fifth.",
      findings: [{ messageId: 'series', span: "That's the fourth of Cllr Baines's dodges I've posted this month, and there'll be a fifth." }],
    },
    {
      text: "Adding this week's howler to my thread on Cllr Marsh 🧵 (now at 17)",
      findings: [{ messageId: 'series', span: "Adding this week's howler to my thread on Cllr Marsh 🧵 (now at 17)" }],
    },
    {
      text: "Monday again, so you know what's coming: Cllr Dunn has still not replied to the Hill Top tenants. Same time next week.",
      findings: [{ messageId: 'series', span: "Monday again, so you know what's coming: Cllr Dunn has still not replied to the Hill Top tenants." }],
    },
    {
      text: "Baines Watch, episode 9: another excuse.",
      findings: [{ messageId: 'series', span: "Baines Watch, episode 9: another excuse." }],
    },
    {
      text: "Round 4 of 'Guess what Cllr Marsh got wrong this time' 🎯",
      findings: [{ messageId: 'series', span: "Round 4 of 'Guess what Cllr Marsh got wrong this time' 🎯" }],
    },
    {
      text: "Same question to @CllrDunn as yesterday, and the day before: where is the flood report?",
      findings: [{ messageId: 'series', span: "Same question to @CllrDunn as yesterday, and the day before: where is the flood report?" }],
    },
    {
      text: "For the hundredth time on here, Cllr Hale: answer the question.",
      findings: [{ messageId: 'series', span: "For the hundredth time on here, Cllr Hale: answer the question." }],
    },
    {
      text: "Cllr Hale's blunder count for this year now stands at 23. Keep them coming.",
      findings: [{ messageId: 'series', span: "Cllr Hale's blunder count for this year now stands at 23." }],
    },
    {
      text: "Friday means one thing on this page: another Cllr Baines fail.",
      findings: [{ messageId: 'series', span: "Friday means one thing on this page: another Cllr Baines fail." }],
    },
    {
      text: "Regular readers know the drill: Cllr Marsh has missed a ward surgery.",
      findings: [{ messageId: 'series', span: "Regular readers know the drill: Cllr Marsh has missed a ward surgery." }],
    },
    {
      text: "Instalment six of Cllr Hale's broken promises: the skate park.",
      findings: [{ messageId: 'series', span: "Instalment six of Cllr Hale's broken promises: the skate park." }],
    },
    {
      text: "Spot the Pemberton blunder, week 9: the parking fiasco.",
      findings: [{ messageId: 'series', span: "Spot the Pemberton blunder, week 9: the parking fiasco." }],
    },
    {
      text: "Week 9 of asking Cllr Reed to publish the depot contract.",
      findings: [{ messageId: 'series', span: "Week 9 of asking Cllr Reed to publish the depot contract." }],
    },
    {
      text: "Cllr Reed's reply to me: 'no comment'. That's the fifth of his non-answers on this page.",
      findings: [{ messageId: 'series', span: "That's the fifth of his non-answers on this page." }],
    },
    // The local history shows a pattern.
    {
      text: 'Cllr Holloway still hasn’t answered residents about the Carr Lane closure.',
      history: HOLLOWAY_PATTERN,
      now: NOW,
      findings: [
        {
          messageId: 'history',
          span: 'Cllr Holloway',
          start: 0,
          end: 13,
          message: `You have criticised Cllr Holloway in ${HISTORY_THRESHOLD} posts in the last two months; a series of posts about one person can amount to bullying.`,
        },
      ],
    },
    {
      text: 'Cllr Holloway has dodged the question on the footbridge again.',
      history: [...posts(['holloway'], HISTORY_DAYS), ...recent('holloway', HISTORY_THRESHOLD - 1)],
      now: NOW,
      name: 'a post exactly at the edge of the window counts',
      findings: [{ messageId: 'history', span: 'Cllr Holloway' }],
    },
    {
      text: '@CllrHolloway still no answer on the Carr Lane bridge. Residents deserve better.',
      history: HOLLOWAY_PATTERN,
      now: NOW,
      name: 'handle grouped with the name',
      findings: [
        {
          messageId: 'history',
          span: '@CllrHolloway',
          message: `You have criticised @CllrHolloway in ${HISTORY_THRESHOLD} posts in the last two months; a series of posts about one person can amount to bullying.`,
        },
      ],
    },
    {
      text: 'Cllr Holloway failed to answer residents again, and Mr Pym’s excuses are pathetic.',
      history: HOLLOWAY_PATTERN,
      now: NOW,
      name: 'only the person with the pattern',
      findings: [{ messageId: 'history', span: 'Cllr Holloway' }],
    },
    {
      text: 'Cllr Holloway and Cllr Pym both failed to turn up to the Carr Lane meeting.',
      history: [...recent('pym', HISTORY_THRESHOLD + 1), ...posts(['holloway'], 3)],
      now: NOW,
      name: 'the second person named has the pattern',
      findings: [
        {
          messageId: 'history',
          span: 'Cllr Pym',
          start: 18,
          end: 26,
          message: `You have criticised Cllr Pym in ${HISTORY_THRESHOLD + 1} posts in the last two months; a series of posts about one person can amount to bullying.`,
        },
      ],
    },
    // Generalisation, second round.
    {
      text: "Here we are again with Cllr Foster's weekly no-show. Seventh week running.",
      findings: [{ messageId: 'series', span: "Here we are again with Cllr Foster's weekly no-show." }],
    },
    {
      text: "Another Tuesday, another unanswered email to Cllr Quinn. I'll keep a tally on here.",
      findings: [{ messageId: 'series', span: "Another Tuesday, another unanswered email to Cllr Quinn." }],
    },
    {
      text: "Cllr Quinn's excuses, a continuing series. Today: 'the software was down'.",
      findings: [{ messageId: 'series', span: "Cllr Quinn's excuses, a continuing series." }],
    },
    {
      text: "Sharing yet another of Cllr Foster's howlers. If you're new here, scroll back for the rest.",
      findings: [{ messageId: 'series', span: "If you're new here, scroll back for the rest." }],
    },
    {
      text: "As promised, here's this week's update on Cllr Quinn's failure to publish the audit. Still nothing.",
      findings: [{ messageId: 'series', span: "As promised, here's this week's update on Cllr Quinn's failure to publish the audit." }],
    },
    {
      text: "Cllr Foster: still no reply to my letter. I post this every Monday and I'll keep doing it.",
      findings: [{ messageId: 'series', span: "I post this every Monday and I'll keep doing it." }],
    },
    {
      text: "My daily reminder to @CllrQuinn that the Priory Road crossing is still not fixed.",
      findings: [{ messageId: 'series', span: "My daily reminder to @CllrQuinn that the Priory Road crossing is still not fixed." }],
    },
    {
      text: "#QuinnWatch day 40: no crossing, no answer.",
      findings: [{ messageId: 'series', span: "#QuinnWatch day 40: no crossing, no answer." }],
    },
    {
      text: "It's been 12 posts and 3 months, Cllr Foster. Answer the question about the depot.",
      findings: [{ messageId: 'series', span: "It's been 12 posts and 3 months, Cllr Foster." }],
    },
    {
      text: "Back again with the Cllr Quinn report card: F for effort, again.",
      findings: [{ messageId: 'series', span: "Back again with the Cllr Quinn report card: F for effort, again." }],
    },
    {
      text: "Cllr Foster, I've asked you on here every week since January and you keep ignoring it.",
      findings: [{ messageId: 'series', span: "Cllr Foster, I've asked you on here every week since January and you keep ignoring it." }],
    },
    {
      text: "Chapter 14 of the Quinn chronicles: the budget he couldn't add up.",
      findings: [{ messageId: 'series', span: "Chapter 14 of the Quinn chronicles: the budget he couldn't add up." }],
    },
    // Generalisation, second round.
    {
      text: "Oh look, Cllr Quinn's dodged the question AGAIN. Add it to the pile, folks 🙃",
      findings: [{ messageId: 'series', span: "Add it to the pile, folks 🙃" }],
    },
    {
      text: "Weekly Foster update: still hasn't visited Priory. I'll be back next Friday with the same news, no doubt.",
      findings: [{ messageId: 'series', span: "I'll be back next Friday with the same news, no doubt." }],
    },
    {
      text: "How many times do I have to ask, Cllr Quinn? This is the fifth post. Where's the audit?",
      findings: [{ messageId: 'series', span: "How many times do I have to ask, Cllr Quinn?" }],
    },
    {
      text: "I'm keeping count, Cllr Foster: that's 9 missed meetings, and I've posted about every one.",
      findings: [{ messageId: 'series', span: "I'm keeping count, Cllr Foster: that's 9 missed meetings, and I've posted about every one." }],
    },
    {
      text: "Another post, another non-answer from @CllrQuinn. You know where I'll be next week.",
      findings: [{ messageId: 'series', span: "Another post, another non-answer from @CllrQuinn." }],
    },
    {
      text: "Cllr Foster ignores residents, part 6.",
      findings: [{ messageId: 'series', span: "Cllr Foster ignores residents, part 6." }],
    },
    // A run about one person, in other words.
    {
      text: 'Yet again Cllr Morgan has failed to turn up to committee. That’s four times now.',
      now: NOW,
      findings: [{ messageId: 'series', span: 'Yet again Cllr Morgan has failed to turn up to committee.', message: SERIES }],
    },
    { text: 'Cllr Singh’s latest disaster, number 12 in my series.', now: NOW, findings: [{ messageId: 'series' }] },
    { text: 'Cllr Jones has done it again! Second time this month she’s dodged the question.', now: NOW, findings: [{ messageId: 'series' }] },
    { text: 'Still waiting, Cllr Owen. It’s been three months of silence.', now: NOW, findings: [{ messageId: 'series', span: 'It’s been three months of silence.' }] },
    { text: 'Not the first time I’ve called out Cllr Lee and it won’t be the last.', now: NOW, findings: [{ messageId: 'series' }] },
    // Round 7: the text itself says the criticism is repeated: titles, numbered updates, 'said it last week', 'same old', Welsh.
    { text: "Weekly Pryor Watch 👀 This week: skipped the flood meeting. See previous weeks on my page.", findings: [{ messageId: 'series', span: "Weekly Pryor Watch 👀 This week: skipped the flood meeting." }] },
    { text: "Daily Pryor Watch: no reply again.", findings: [{ messageId: 'series', span: "Daily Pryor Watch: no reply again." }] },
    { text: "Cllr Dorrell update #4: still no answer on the leisure centre contract.", findings: [{ messageId: 'series', span: "Cllr Dorrell update #4: still no answer on the leisure centre contract." }] },
    { text: "Cllr Dorrell update no. 9: no reply, no explanation.", findings: [{ messageId: 'series', span: "Cllr Dorrell update no. 9: no reply, no explanation." }] },
    { text: "Same old Cllr Fenwick. Said it last month, said it last week, saying it again: she isn't up to the job.", findings: [{ messageId: 'series', span: "Same old Cllr Fenwick." }] },
    { text: "Same old Cllr Fenwick, dodging questions.", findings: [{ messageId: 'series', span: "Same old Cllr Fenwick, dodging questions." }] },
    { text: "Here we go again with Cllr Oldroyd. Fourth complaint I've raised about him this year.", findings: [{ messageId: 'series', span: "Here we go again with Cllr Oldroyd." }] },
    { text: "Here we go again with Cllr Oldroyd, ignoring residents.", findings: [{ messageId: 'series', span: "Here we go again with Cllr Oldroyd, ignoring residents." }] },
    { text: "Second letter I've sent about Cllr Oldroyd's conduct this month, and I'll send a third if I have to.", findings: [{ messageId: 'series', span: "Second letter I've sent about Cllr Oldroyd's conduct this month, and I'll send a third if I have to." }] },
    { text: "As I keep saying, and will keep saying, Cllr Mayhew is out of his depth.", findings: [{ messageId: 'series', span: "As I keep saying, and will keep saying, Cllr Mayhew is out of his depth." }] },
    { text: "I'll say it again, as I have every month since June: Cllr Mayhew misled the committee.", findings: [{ messageId: 'series', span: "I'll say it again, as I have every month since June: Cllr Mayhew misled the committee." }] },
    { text: "Cllr Okoro, again. Every week I say it and every week he proves me right: he hasn't read the papers.", findings: [{ messageId: 'series', span: "Every week I say it and every week he proves me right: he hasn't read the papers." }] },
    { text: "Every week I point out another Cllr Okoro blunder and every week he ignores it.", findings: [{ messageId: 'series', span: "Every week I point out another Cllr Okoro blunder and every week he ignores it." }] },
    { text: "Earlier posts in the thread 🧵 Cllr Reece still hasn't answered.", findings: [{ messageId: 'series', span: "Earlier posts in the thread 🧵 Cllr Reece still hasn't answered." }] },
    { text: "Cllr Reece has still not answered. Previous instalments further up the thread.", findings: [{ messageId: 'series', span: "Previous instalments further up the thread." }] },
    { text: "Unwaith eto, y Cynghorydd Prys yn methu. Dyma'r chweched tro i mi sôn am hyn.", findings: [{ messageId: 'series', span: "Unwaith eto, y Cynghorydd Prys yn methu." }] },
    { text: "Dyma'r trydydd tro i mi godi hyn am y Cynghorydd Prys, a dw i ddim yn mynd i stopio.", findings: [{ messageId: 'series', span: "Dyma'r trydydd tro i mi godi hyn am y Cynghorydd Prys, a dw i ddim yn mynd i stopio." }] },
    { text: "Cllr Prys yn methu eto fyth. Bob wythnos, yr un stori.", findings: [{ messageId: 'series', span: "Cllr Prys yn methu eto fyth." }] },
    { text: "I've said it every week since Christmas and I'll keep saying it: Cllr Hale should resign.", findings: [{ messageId: 'series', span: "I've said it every week since Christmas and I'll keep saying it: Cllr Hale should resign." }] },
    { text: "Said it last week, saying it again: Cllr Hale is not fit to chair planning.", findings: [{ messageId: 'series', span: "Said it last week, saying it again: Cllr Hale is not fit to chair planning." }] },
    { text: "Cllr Hale: part 5 of why she has to go.", findings: [{ messageId: 'series', span: "Cllr Hale: part 5 of why she has to go." }] },
    // Round 7b: 'told you last week and I'm telling you again', 'fifth time I've had to write about her', 'fail of the week', 'day 30' in a critical post, Welsh 'bob wythnos dw i'n dweud', 'I'll be saying so every week'.
    { text: "Told you last week and I'm telling you again: Cllr Gibb hasn't read the report.", findings: [{ messageId: 'series', span: "Told you last week and I'm telling you again: Cllr Gibb hasn't read the report." }] },
    { text: "Cllr Noakes. Again. Fifth time I've had to write about her attendance.", findings: [{ messageId: 'series', span: "Fifth time I've had to write about her attendance." }] },
    { text: "Still banging on about it? Yes. Because Cllr Lyle still hasn't answered, and I'll keep asking until she does.", findings: [{ messageId: 'series', span: "Because Cllr Lyle still hasn't answered, and I'll keep asking until she does." }] },
    { text: "For the umpteenth time, Cllr Rafiq: where is the audit?", findings: [{ messageId: 'series', span: "For the umpteenth time, Cllr Rafiq: where is the audit?" }] },
    { text: "Round three of Cllr Dacre dodging the question 🙄", findings: [{ messageId: 'series', span: "Round three of Cllr Dacre dodging the question 🙄" }] },
    { text: "Cllr Pell's fail of the week: the parking fiasco.", findings: [{ messageId: 'series', span: "Cllr Pell's fail of the week: the parking fiasco." }] },
    { text: "Week 12 of Cllr Fox ignoring the Elm Road residents.", findings: [{ messageId: 'series', span: "Week 12 of Cllr Fox ignoring the Elm Road residents." }] },
    { text: "Cllr Moss: still no answer, day 30.", findings: [{ messageId: 'series', span: "Cllr Moss: still no answer, day 30." }] },
    { text: "Mae'r Cynghorydd Rees wedi methu eto. Bob wythnos dw i'n dweud yr un peth.", findings: [{ messageId: 'series', span: "Bob wythnos dw i'n dweud yr un peth." }] },
    { text: "Cllr Amin has let us down again — and I'll be saying so every week until the election.", findings: [{ messageId: 'series', span: "Cllr Amin has let us down again — and I'll be saying so every week until the election." }] },
  ],
});
