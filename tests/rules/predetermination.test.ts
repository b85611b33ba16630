import rule from '../../rules/predetermination';
import { ruleTester } from '../helpers/rule-tester';

const CLOSED = 'This shows your mind is made up on a decision you may take; say you will weigh the evidence at the meeting.';
const VOTE = 'Announcing how you will vote before the hearing shows a closed mind; say you will decide on the evidence.';

ruleTester(rule, {
  valid: [
    // Going to committee to kill off or sink an application, 'as far as my vote goes… dead in the water', 'once and for all'; policy talk and open minds stay clean.
    "The Ash Field application comes to committee on Tuesday. I'll listen to the evidence before deciding.",
    "I have real concerns about the Foundry Lane flats, and I'll be asking hard questions at committee.",
    "The government's planning reforms are dead in the water, and good riddance.",
    "Residents want to kill off the idea of a ring road once and for all; I'll keep campaigning against it in the local plan review.",
    "The council voted down the Green Party's motion on the budget last night.",
    "Objections to the mast application close on Friday: make your views known.",
    // Saying the mind is not made up (everyday-set false alarm).
    'To answer the question I keep getting: I haven’t made my mind up on the Brierley Lane homes, and I won’t until the committee has heard both sides.',
    'I have not made my mind up about the market licence, and I am not allowed to until the hearing.',
    // Predisposition with an open mind (allowed: Localism Act 2011 s.25).
    'I have real concerns about the Carr Lane flats, but I’ll keep an open mind and listen to all the evidence at committee.',
    'I’m minded to support the new leisure centre plans, but I’ll decide on the planning merits when the report is published.',
    'I’m leaning against the Carr Lane flats but I’ll be listening carefully to the applicant and residents at committee before deciding.',
    'My view on the Lowfield Farm development is well known, but I will weigh the evidence at committee.',
    'Lots of people have asked me how I’ll vote on the Elm Grove HMO. I sit on the planning committee so I’ll listen to everyone at the hearing and decide on the evidence.',
    'I can’t say how I’ll vote on the Lowfield Farm application before the hearing, but I’ve passed on every objection.',
    'Bydda i’n gwrando ar bob ochr cyn penderfynu ar y cais cynllunio.',
    // Not a decision-maker on it.
    'I’m not on the planning committee, so I’m free to say it: I object to the Lowfield Farm houses and I’ve sent in my objection.',
    'The Lowfield Farm application won’t get through, the officers have recommended refusal.',
    // Political votes: the budget, motions.
    'I voted against the budget last night because of the cuts to youth services.',
    'I’ll be voting for the motion on the climate emergency on Thursday.',
    'I’ll be voting against the council tax rise and the cuts to bin collections at budget council.',
    'I’ll never support closing Brookside Library.',
    // Decisions already taken and published.
    'The planning committee refused the Elm Grove HMO application last night by 6 votes to 4. The decision notice is online.',
    'I voted against the Carr Lane flats at committee last night; the minutes will be published next week.',
    'Fantastic that the planning inspector has thrown out the Carr Lane appeal. Well done to every resident who objected.',
    'The council’s planning committee will decide the Lowfield Farm application on 9 July; you can register to speak.',
    // A made-up mind about something else.
    'Residents have made their minds up: they don’t want the quarry.',
    'My mind is made up: I’m standing again in May.',
    // Generalisation, second round.
    "I'm on the planning committee. Whatever your view on the Bramley Lane homes, please send it in before Friday.",
    "I'm on the licensing panel for the Bull's review on Tuesday. I'll hear from the police, residents and the owners, then decide.",
    "Not on the committee, so happy to say it: the Saxon Way flats are wrong for our area and I've objected.",
    "As a member of the planning committee I'd encourage everyone to read the officer report before the meeting.",
    "The quarry application was refused on appeal. Never happening now, thank goodness.",
    "I'll be voting against the Conservative motion on the local plan at full council.",
    "My mind's made up on one thing: we need more social housing.",
    "As chair of planning I'll be approving the minutes of the last meeting first thing.",
    "I'm on the planning committee and I'll be blocking anyone who posts abuse about the Lidl application.",
    "I'm on the licensing committee. The Bull's late licence is getting a full hearing on Tuesday, with the police and residents heard first.",
    "I'm on the planning committee. The site visit to the Oakfield homes is not happening on Friday because of the weather.",
    "I'm on the planning committee, and the new Lidl is going in the bin area behind the car park? No, that's just a rumour about the bins.",
    "On the planning committee I'll vote on the evidence, as I always do.",
    "I'm on the licensing panel. The Crown's licence was revoked in 2019 and they're applying again; I'll hear both sides.",
    "Chairing the licensing hearing tomorrow. Forget it if you're hoping I'll comment beforehand; I'll decide on the evidence.",
    "I'm on planning committee: the applicant for the Oakfield homes has withdrawn, so it's not happening.",
    "I sit on planning. Anyone saying the Saxon Way flats are as good as approved is wrong: nothing is decided until committee.",
    // Generalisation, second round.
    "Do I sit on the licensing committee? Yes. So I can't say what I think about the Feathers until the hearing.",
    "I'm on planning, folks, which is exactly why I won't be commenting on the Lidl plans before committee.",
    "I'm on the planning committee. Trust me, I'll read every one of your objections.",
    "The Priory Road HMO was thrown out at committee last night, 7 votes to 2. Decision notice online.",
    // Plain council news and process talk.
    "Councillors on the planning committee must keep an open mind, so please don't ask them how they'll vote.",
    "No decision has been made on the Saxon Way homes. It goes to committee in June.",
    "The Tesco extension isn't going ahead: the company withdrew its application this week.",
    // Generalisation: ordinary senses and political votes beside the new closed-mind wordings.
    "I'm on the planning committee and I'm not going to get through this agenda without coffee.",
    "Nothing anyone has said has changed my mind that we need more council houses in the local plan.",
    "I couldn't support the council's planning policy on HMOs and I said so at full council.",
    "I'm on the planning committee. Pleased to say the Rowan Court homes are finished and families move in next week.",
    "The Rose and Crown isn't getting through the winter without help, says the landlord. I'm on licensing and I'll help with the forms.",
    "Officers can recommend what they like; councillors make the decision. That's how planning works.",
    "I'm on the planning committee, so I'm keeping my powder dry on the Dene Road scheme until I've read the officer report.",
    "Mae'r pwyllgor cynllunio yn cyfarfod ddydd Iau. Byddaf yn gwrando ar bob ochr cyn penderfynu ar y cais.",
    "Nothing will change my mind about closing the library: it's a mistake.",
    "The wind farm developer has withdrawn the application, so it's not going ahead. Thanks to everyone who objected.",
    // Round 6: idioms, verdict words and decision cues in innocent senses.
    'Hell will freeze over before the planning department answers my emails!',
    'Not a hope in hell of the buses running on time during the roadworks.',
    'I haven’t read the officer report yet; I’ll do so before committee.',
    'I don’t know how I’m voting on the Brook Farm application yet, I’ll hear all sides.',
    'Tell the government to save their money on consultants and fund our planning department properly.',
    'My answer to the budget is no: the cuts are too deep.',
    'Our committee meets Thursday to consider the park plans; everyone is welcome to speak.',
    'The only way to stop bad development is a proper local plan, so respond to the consultation.',
    'I’d rather the council spent money on potholes than on a new logo.',
    'The pub landlord is finished with the refurb, and it looks great!',
    'The only thing getting built on the green is a new playground, paid for by the parish council.',
    'I’ve decided to object to the flats; I’m not on the committee so I’m free to.',
    'When pigs fly will this government fund councils properly.',
    'Over my dead body will this government close our hospital.',
    'I’d rather eat my hat than agree with the opposition on this one!',
    'I’m minded to support the scheme, subject to what I hear at committee.',
    'Fydda i byth yn anghofio’r diwrnod agoriadol.',
    'The developer can whistle for a meeting with me, I’m not on planning and I’ve objected.',
    'I’m on licensing. Reminder: the pub’s licence review is on Monday at 10am, open to the public.',
  ],
  invalid: [
    // Going to committee to kill off or sink an application, 'as far as my vote goes… dead in the water', 'once and for all'; policy talk and open minds stay clean.
    { text: "I've read enough. As far as my vote goes, the Marlpit Road solar farm is dead in the water.", findings: [{ messageId: "closed", span: "dead in the water" }] },
    { text: "I'll be at committee next week to kill off the Gwili Close HMO application once and for all.", findings: [{ messageId: "closed", span: "I'll be at committee next week to kill off the Gwili Close HMO application" }] },
    { text: "The Foundry Lane flats application goes to planning on Tuesday and I'll be there to sink it.", findings: [{ messageId: "closed", span: "I'll be there to sink it" }] },
    { text: "Planning committee next month: the Bellway scheme on Ash Field is getting a no from me, whatever the report says.", findings: [{ messageId: "closed", span: "is getting a no from me" }, { messageId: "closed", span: "whatever the report says" }] },
    { text: "That licence application for the Anchor? Not a cat in hell's chance while I sit on licensing.", findings: [{ messageId: "closed", span: "cat in hell's chance" }] },
    { text: "I'm on the planning committee and that phone mast application is going nowhere. Count on it.", findings: [{ messageId: "closed", span: "is going nowhere" }] },
    { text: "The supermarket plans come to committee on the 12th. I'll be voting them down, end of.", findings: [{ messageId: "vote", span: "I'll be voting them down" }] },
    {
      text: 'My mind is made up on the Lowfield Farm planning application: it’s a no.',
      findings: [{ messageId: 'closed', span: 'My mind is made up', start: 0, end: 18, message: CLOSED }],
    },
    {
      text: 'I’m on the planning committee and I will vote against the Carr Lane flats whatever the officers recommend.',
      findings: [
        { messageId: 'vote', span: 'I will vote against', message: VOTE },
        { messageId: 'closed', span: 'whatever the officers recommend' },
      ],
    },
    {
      text: 'I sit on the planning committee and I’ll be voting to refuse the Tesco extension.',
      findings: [{ messageId: 'vote', span: 'I’ll be voting to refuse' }],
    },
    {
      text: 'Whatever the developer says, I’m voting no on the Mill Lane homes application at committee.',
      findings: [
        { messageId: 'closed', span: 'Whatever the developer says' },
        { messageId: 'vote', span: 'I’m voting no' },
      ],
    },
    {
      text: 'As a member of the licensing committee, I can tell you the Red Lion’s late licence won’t be granted while I’m on the panel.',
      findings: [{ messageId: 'closed', span: 'won’t be granted' }],
    },
    {
      text: 'The HMO application on Elm Grove will be refused when it comes to committee, no matter what the applicant says.',
      findings: [
        { messageId: 'closed', span: 'will be refused when' },
        { messageId: 'closed', span: 'no matter what the applicant says' },
      ],
    },
    {
      text: 'Over my dead body will that incinerator get planning permission.',
      findings: [{ messageId: 'closed', span: 'Over my dead body' }],
    },
    {
      text: 'Don’t need to read the officer’s report, I already know I’m refusing the casino licence.',
      findings: [{ messageId: 'closed', span: 'I already know I’m refusing', message: CLOSED }],
    },
    {
      text: 'I’ll make sure the new nightclub licence is refused.',
      findings: [{ messageId: 'closed', span: 'I’ll make sure the new nightclub licence is refused' }],
    },
    {
      text: 'The casino licence is dead in the water if I have anything to do with it, whatever the applicant says.',
      findings: [
        { messageId: 'closed', span: 'dead in the water' },
        { messageId: 'closed', span: 'whatever the applicant says' },
      ],
    },
    {
      text: 'I will never support the Lowfield Farm application.',
      findings: [{ messageId: 'closed', span: 'I will never support' }],
    },
    {
      text: 'The quarry extension won’t get past committee, I can promise you that. Not now, not ever.',
      findings: [{ messageId: 'closed', span: 'Not now, not ever', start: 71, end: 88 }],
    },
    {
      text: 'The Elm Grove HMO is getting a firm no from me when it comes to the planning committee.',
      findings: [{ messageId: 'closed', span: 'is getting a firm no from me' }],
    },
    // Welsh.
    {
      text: 'Mae fy meddwl wedi’i wneud am gais cynllunio Heol y Parc.',
      name: 'Welsh: my mind is made up',
      findings: [{ messageId: 'closed', span: 'Mae fy meddwl wedi’i wneud' }],
    },
    {
      text: 'Rwy wedi penderfynu’n barod ar y cais cynllunio ar gyfer y fflatiau.',
      name: 'Welsh: already decided',
      findings: [{ messageId: 'closed', span: 'wedi penderfynu’n barod', message: CLOSED }],
    },
    {
      text: 'Beth bynnag ddywed y datblygwr, dydy’r cais ddim yn mynd i lwyddo.',
      name: 'Welsh: whatever the developer says',
      findings: [{ messageId: 'closed', span: 'Beth bynnag ddywed' }],
    },
    // Generalisation: the concept in other wordings, roles and idioms.
    {
      text: "As vice-chair of the licensing sub-committee: the Black Swan is not keeping its late licence while I'm in charge.",
      findings: [{ messageId: 'closed', span: "is not keeping its late licence" }],
    },
    {
      text: "I sit on the planning committee and my mind's already made up on the Marsh Lane flats.",
      findings: [{ messageId: 'closed', span: "my mind's already made up" }],
    },
    {
      text: "Developers can send in as many revised drawings as they like. I'm on planning and the answer will still be no.",
      findings: [{ messageId: 'closed', span: "Developers can send in as many revised drawings as they like" }, { messageId: 'closed', span: "the answer will still be no" }],
    },
    {
      text: "Vice-chair of planning here. The Tesco extension is going through, so save your stamps.",
      findings: [{ messageId: 'closed', span: "is going through" }, { messageId: 'closed', span: "save your stamps" }],
    },
    {
      text: "I'm on the committee that decides the Glebe Farm houses, and nothing anyone says on the night will shift me.",
      findings: [{ messageId: 'closed', span: "nothing anyone says on the night will shift me" }],
    },
    {
      text: "I'm on the licensing panel on Tuesday. The Crown can kiss its licence goodbye.",
      findings: [{ messageId: 'closed', span: "can kiss its licence goodbye" }],
    },
    {
      text: "There isn't a version of the Brook Street HMO plans I could ever support. I sit on the planning committee.",
      findings: [{ messageId: 'vote', span: "There isn't a version of the Brook Street HMO plans I could ever support" }],
    },
    {
      text: "Member of the planning committee, and I knew my answer the moment the turbine application came in.",
      findings: [{ messageId: 'closed', span: "knew my answer the moment the turbine application came in" }],
    },
    {
      text: "I'm on the licensing panel and that shisha bar isn't getting a licence.",
      findings: [{ messageId: 'closed', span: "isn't getting a licence" }],
    },
    {
      text: "Looking forward to throwing out the Linden Homes application at planning committee next week.",
      findings: [{ messageId: 'closed', span: "Looking forward to throwing out" }],
    },
    {
      text: "My vote at committee on the quarry extension is already decided: against.",
      findings: [{ messageId: 'closed', span: "My vote at committee on the quarry extension is already decided" }],
    },
    {
      text: "I'm on planning committee. The Mill Road phone mast is a no from me.",
      findings: [{ messageId: 'closed', span: "is a no from me" }],
    },
    {
      text: "Sitting on licensing for the Volt nightclub review. They've lost their licence, they just don't know it yet.",
      findings: [{ messageId: 'closed', span: "They've lost their licence" }],
    },
    {
      text: "The Copper Kettle can forget its late licence on my watch.",
      findings: [{ messageId: 'closed', span: "can forget its late licence" }, { messageId: 'closed', span: "on my watch" }],
    },
    {
      text: "Got my planning committee papers for the Aldi store: don't need to read them.",
      findings: [{ messageId: 'closed', span: "don't need to read them" }],
    },
    {
      text: "Does dim ots beth mae'r swyddogion yn ei ddweud, bydda i'n pleidleisio yn erbyn y cais.",
      findings: [{ messageId: 'closed', span: "Does dim ots beth mae'r" }, { messageId: 'closed', span: "bydda i'n pleidleisio yn erbyn" }],
    },
    // Generalisation, second round.
    {
      text: "Will I be voting for the Elmfield Road flats when they come to planning? Not a chance. I'm on the committee and I've seen enough.",
      findings: [{ messageId: 'closed', span: "Not a chance" }],
    },
    {
      text: "Gonna be honest, as a member of the licensing panel that bar's licence is getting pulled on Thursday. They've had it coming.",
      findings: [{ messageId: 'closed', span: "is getting pulled" }],
    },
    {
      text: "I'm on planning. The Greenhill quarry? Forget it. Never happening.",
      findings: [{ messageId: 'closed', span: "Forget it" }, { messageId: 'closed', span: "Never happening" }],
    },
    {
      text: "No point the applicant turning up on Tuesday, I'm on the panel and I've already written my speech refusing it.",
      findings: [{ messageId: 'vote', span: "already written my speech refusing" }],
    },
    {
      text: "Planning committee next week: I will be refusing the Bramley Lane homes. Residents have spoken and so have I.",
      findings: [{ messageId: 'vote', span: "I will be refusing the" }],
    },
    {
      text: "Whatever spin the developer puts on it, that incinerator isn't getting my vote at committee.",
      findings: [{ messageId: 'vote', span: "isn't getting my vote" }],
    },
    {
      text: "I'm on the licensing sub-committee and the Bull's new hours are going nowhere.",
      findings: [{ messageId: 'closed', span: "are going nowhere" }],
    },
    {
      text: "As someone who sits on planning, let me be clear: the Saxon Way flats are going in the bin.",
      findings: [{ messageId: 'closed', span: "are going in the bin" }],
    },
    {
      text: "The Red Lion review? I'm chairing it, and the licence is as good as gone.",
      findings: [{ messageId: 'closed', span: "is as good as gone" }],
    },
    {
      text: "I'm on the planning committee and my view on the Oakfield homes hasn't changed since day one and won't.",
      findings: [{ messageId: 'closed', span: "my view on the Oakfield homes hasn't changed since day one" }],
    },
    {
      text: "Sitting on the planning committee for the Lidl tomorrow. Already know how I'm voting: against.",
      findings: [{ messageId: 'vote', span: "Already know how I'm voting" }],
    },
    {
      text: "Rwy ar y pwyllgor cynllunio ac mae fy meddwl wedi ei wneud am y fflatiau.",
      findings: [{ messageId: 'closed', span: "mae fy meddwl wedi ei wneud" }],
    },
    {
      text: "I sit on planning and there's no way on earth I'm approving those turbines.",
      findings: [{ messageId: 'vote', span: "no way on earth I'm approving" }],
    },
    {
      text: "Mark my words: as a member of the planning panel I'll be voting those flats down.",
      findings: [{ messageId: 'vote', span: "I'll be voting those flats down" }],
    },
    // Generalisation, second round.
    {
      text: "Do I sit on the licensing committee? Yes. Will the Feathers keep its late licence? Not a hope.",
      findings: [{ messageId: 'closed', span: "Not a hope" }],
    },
    {
      text: "Aye, I'm on the planning committee, and yon turbines are nae getting built.",
      findings: [{ messageId: 'closed', span: "nae getting built" }],
    },
    {
      text: "Why would I bother reading the officer report on the Saxon Way homes? I'm on the committee and it's rubbish.",
      findings: [{ messageId: 'closed', span: "Why would I bother reading the officer report" }],
    },
    {
      text: "The Priory Road HMO will be thrown out. I'm on the committee, trust me.",
      findings: [{ messageId: 'closed', span: "will be thrown out" }],
    },
    {
      text: "Planning committee member here. Those flats on the old depot site? Over my cold, dead body.",
      findings: [{ messageId: 'closed', span: "Over my cold, dead body" }],
    },
    {
      text: "As licensing chair I've told the Anchor's owners they'll lose their licence at the review.",
      findings: [{ messageId: 'closed', span: "'ll lose their licence" }],
    },
    {
      text: "Dw i ar y pwyllgor cynllunio. Fydd y tai ar Heol y Bont ddim yn cael caniatâd, dim ffiars o beryg.",
      findings: [{ messageId: 'closed', span: "ddim yn cael caniatâd" }, { messageId: 'closed', span: "dim ffiars o beryg" }],
    },
    // Round 6: a decision cue with closed-mind wording in its many forms.
    {
      text: "I sit on licensing, and that betting shop gets its licence when pigs fly.",
      findings: [{ span: "when pigs fly" }],
    },
    {
      text: "I sit on planning. Those towers get built when hell freezes over.",
      findings: [{ span: "when hell freezes over" }],
    },
    {
      text: "I sit on the planning committee and the Brook Farm homes are a flat no from me.",
      findings: [{ span: "a flat no from me" }],
    },
    {
      text: "I sit on the planning committee and I've already decided to refuse the car park plans.",
      findings: [{ span: "I've already decided to refuse" }],
    },
    {
      text: "I won't even open the officer report, no need. The depot plans come to our committee next week.",
      findings: [{ span: "I won't even open the officer report, no need" }],
    },
    {
      text: "Can't think of anything that would make me approve the Park Road flats. I'm on the committee.",
      findings: [{ span: "Can't think of anything that would make me" }],
    },
    {
      text: "The only way those flats get permission is if I'm not on the committee.",
      findings: [{ span: "The only way those flats get permission is if I'm not" }],
    },
    {
      text: "I'm on planning and I'd sooner resign than approve the stadium plans.",
      findings: [{ span: "I'd sooner resign than approve" }],
    },
    {
      text: "I'm on the licensing sub-committee: that shop has zero chance of keeping its licence.",
      findings: [{ span: "zero chance of keeping its licence" }],
    },
    {
      text: "Member of the planning committee here. Not one brick will be laid on that meadow.",
      findings: [{ span: "Not one brick will" }],
    },
    {
      text: "The planning committee will throw the depot plans out, I'll make sure of it.",
      findings: [{ span: "committee will throw the depot plans out" }],
    },
    {
      text: "Planning committee next month: my answer on the care home conversion is no, full stop.",
      findings: [{ span: "my answer on the care home conversion is no" }],
    },
    {
      text: "I'm on licensing. Don't waste your money applying for a late licence, you won't get one.",
      findings: [{ span: "Don't waste your money applying" }, { span: "won't get one" }],
    },
    {
      text: "The retail park comes to us in May. Tell the developer not to bother.",
      findings: [{ span: "Tell the developer not to bother" }],
    },
    {
      text: "When the casino licence comes before us I'll be throwing it out.",
      findings: [{ span: "I'll be throwing it out" }],
    },
    {
      text: "I'll never vote in favour of the quarry, and I'm on the planning committee.",
      findings: [{ span: "I'll never vote in favour" }],
    },
    {
      text: "I'm on the panel for the shisha bar licence hearing, and I know how I'm voting.",
      findings: [{ span: "know how I'm voting" }],
    },
    {
      text: "As licensing chair I'll make sure the club on Dock Street is shut down at the review.",
      findings: [{ span: "I'll make sure the club on Dock Street is shut down" }],
    },
    {
      text: "On the planning committee? Yes. Open mind? Not on this one, it's a no.",
      findings: [{ span: "it's a no" }],
    },
    {
      text: "Wna i byth gefnogi'r cais am drwydded i'r clwb nos.",
      findings: [{ span: "Wna i byth gefnogi'r" }],
    },
    {
      text: 'As chair of licensing: that off-licence is getting nowt from us.',
      findings: [{ messageId: 'closed', span: 'getting nowt from us' }],
    },
    {
      text: 'I’m on planning, and frankly the developer can whistle for it.',
      findings: [{ messageId: 'closed', span: 'can whistle for it' }],
    },
  ],
});
