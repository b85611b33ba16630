import rule from '../../rules/threat-or-incitement';
import { ruleTester } from '../helpers/rule-tester';

const THREAT = 'This reads as a threat against someone.';
const VIOLENCE = 'This encourages or welcomes violence.';
const HARASSMENT = 'This calls on others to harass or intimidate someone.';

ruleTester(rule, {
  valid: [
    // Round 7: the innocent senses of veiled-threat words (advice about ice and heat, memories of a strike, a fall, a party,
    // fair blame for anger, invitations and condolences to a family, help carrying boxes, a quiet word about figures).
    "Be careful walking home tonight, the pavements are icy.",
    "She'd want to be careful going out in this heat, drink plenty of water.",
    "People round here have long memories of the 1984 strike, and rightly so.",
    "People here have long memories and generous hearts.",
    "He'll need more than a plaster after that fall, bless him. Get well soon Dave.",
    "Whoever finds the golden egg will need more than a plaster's worth of luck.",
    "I wouldn't blame anyone for being angry about the bin collections.",
    "I'm not saying the council should scrap the scheme, but I wouldn't blame residents for objecting.",
    "Send the invitation to his wife and his kids, they're all welcome.",
    "Share this with your neighbours and your church so nobody misses the flu jab.",
    "Let's make her birthday week very special!",
    "Make sure she can't see the surprise cake before Friday!",
    "Pitchforks out at the allotments this weekend for the big dig.",
    "The council has got it coming down the line: a funding cliff in 2027.",
    "We gave the retiring clerk a send-off she won't forget: cake, speeches and a choir.",
    "Bring eggs, flour and butter for the baking class.",
    "I'll wait for you in the car park after the meeting and give you a lift home.",
    "A few of us will meet her at her car after the surgery to help carry the boxes.",
    "Let's have a quiet word with him after the meeting about the budget figures.",
    "Hope you've got good locks: there's been a spate of shed break-ins.",
    "Residents took matters into their own hands and cleared the verge.",
    "He's lucky nobody was hurt when the wall came down.",
    "Someone will sort it out for you on Monday.",
    "If you need a hand, you know where to find me.",
    "Egg him on, he's nearly at the top of the climbing wall!",
    // A threat the author received, reported: someone else's words about the author.
    'Someone sent me a message saying I should be hanged. Nobody deserves that.',
    'I got an email today saying I should be hanged. Vile.',
    // Figures of speech.
    'I could murder a cup of tea after that three-hour planning committee.',
    "I'll kill two birds with one stone and do my surgery at the gala.",
    "I'm going to kill it at the quiz tonight.",
    'Shoot me a message if you want a lift to the meeting.',
    'Watch this space for news on the skatepark.',
    'Going to hang the Christmas lights on Saturday; volunteers welcome.',
    "The crossing outside Oakfield Primary is a death trap and I've asked for a lollipop patrol.",
    // Mobilising residents for a consultation or a service, not against a person.
    'Get your responses in and swamp the bus review before Friday!',
    'Make sure everyone knows about the consultation.',
    "Call me on the ward line if the bins aren't collected.",
    'Someone needs to deal with the potholes on Mill Lane.',
    'We know where the problem potholes are, thanks to your reports.',
    'The new lighting will make it harder for thieves to target parked cars.',
    // A threat quoted to condemn it, and a rejection.
    "A man at my surgery said I 'deserve a bullet'. That's a threat, not politics, and the police have it.",
    'Nobody should be told they deserve a kicking for doing their job.',
    // Winning, lobbying and notices: not threats.
    'Accidents happen at that junction every winter; we need a crossing.',
    'Final warning to residents: the garden waste subscription closes on Friday.',
    'They’ll pay for this at the ballot box in May.',
    'You’ll regret it if you don’t sign up for the garden waste scheme.',
    'We’re going to beat them at the quiz night.',
    'Pile in, the buffet’s open!',
    'Pile on the pressure: fill in the consultation.',
    'Everyone ring their councillor before Tuesday’s vote on the bus station.',
    'Please call your MP about the hospital cuts.',
    'Watch your step on the icy pavements this morning.',
    // A missing-person appeal, a birthday visit, a good deed, safety advice.
    'Missing since Sunday: Callum, 15. Ring his mum on 01632 960123 if you see him.',
    'Let’s all go round to Mrs Patel’s house to wish her happy 100th birthday!',
    'Glad someone put the bins out for the old couple on Elm Road.',
    'Lots of dark lanes round here, so please wear hi-vis when you walk home.',
    'Volunteers will be waiting for you at the car park with litter pickers and gloves.',
    'The contractors never finished the job on the Mill Lane resurfacing.',
    'We’ll give them hell at the ballot box in May.',
    'Anyone got the address for the Christmas card appeal?',
    'We know your kids love the new play area!',
    'Keep ringing the council until they answer: it’s your right.',
    'The mayor walks her dog along the canal every morning and says hello to everyone!',
    'Cllr Dunn’s surgery is at the library every Saturday. Come along!',
    'I won’t be responsible for the quiz questions this year, thank goodness.',
    'The MP should hear from every one of us about the hospital: write to her today.',
    // Hashtags.
    '#WatchYourBack campaign: Northdale Police are marking bikes free at the library.',
    // Welsh: a meeting notice.
    { text: "Bydd y cyfarfod yn cael ei gynnal yn neuadd y pentref nos Iau am saith o'r gloch.", name: 'Welsh' },
    // Round 5: near misses of the vigilante, wished-harm, occupation, pile-on and hinted-menace patterns.
    'Bring your cricket bats and we\'ll sort the teams out ourselves on the green.',
    'We\'ll sort the hedge out ourselves with shears.',
    'Wouldn\'t lose any sleep if the parking scheme went up in smoke.',
    'Wouldn\'t shed a tear if his planning application got knocked back.',
    'Let\'s all turn up at the town hall on Monday and make our voices heard.',
    'I\'ll put him through to the planning team if he rings again.',
    'Let\'s make sure she gets thousands of letters of support.',
    'Let\'s send him hundreds of birthday cards for his 100th!',
    'Don\'t think you\'re safe from scams just because you\'re careful online.',
    'I\'ll have a quiet word with the organisers about parking, you know what I mean.',
    'Let\'s settle this outside the chamber at the next meeting.',
    'The manager locks up at 5 so get your parcels before then.',
    'Here\'s the number of the council\'s housing officer: 01234 567890. Give her a ring and tell her what you think.',
    'A man told me he\'d put me through my own front window. I\'ve reported it to the police.',
    "We'll give them a good hiding at the quiz on Friday.",
    "United gave them a proper thrashing on Saturday.",
    "Let's give the kids a good send-off at the end of term.",
    "If you don't wear a helmet you'll get hurt on that track.",
    "Kids are going to get hurt on that junction if the council doesn't act.",
    "If he turns up at the gala he'll get a warm welcome.",
    "Next time you're in town you'll get a free coffee with this voucher.",
    "My phone blew up with messages after the flood warning.",
    "Light up the town hall in blue for the NHS!",
    "Please leave a five-star review for the food bank.",
    "Let's see how brave the council is when the budget comes round.",
    "People have been fined for less.",
    "I'd love five minutes with the minister to explain the bus cuts.",
    "The council will drive the changes through regardless.",
    "We'll run them off the pitch on Saturday.",
    "The fire brigade burned the heather off the moor in a controlled burn.",
    "Someone set fire to the bins on Mill Lane last night; police are investigating.",
    "We're coming round yours for tea on Sunday, Mum.",
    "I'd keep an eye on your car if I were you, there have been break-ins on Mill Lane.",
    "Bring your paint and brushes for the community mural.",
    "Let's all leave reviews on the council's consultation page.",
    "Someone needs to sort out the potholes on Mill Lane.",
    "Time we took matters into our own hands and cleared the footpath ourselves.",
    "The developers will get a kicking at the ballot box.",
    "After that vote Cllr Dunn is a dead man walking.",
    "I'll slap a parking ticket on it myself if I have to.",
    "I'll kick off the meeting at 7.",
    "We'll clobber them at the polls in May.",
    "I'm going to get it sorted this week.",
    "Once you see the plan you're gonna get it.",
    "We will fight this closure tooth and nail, and we'll beat them in court if we have to.",
  ],
  invalid: [
    // Threats.
    {
      text: 'We know where Cllr Pickering parks every morning.',
      findings: [{ messageId: 'threat', span: 'We know where Cllr Pickering parks', start: 0, end: 34, message: THREAT }],
    },
    {
      text: 'Watch your back, Cllr Dunn.',
      findings: [{ messageId: 'threat', span: 'Watch your back', message: THREAT }],
    },
    {
      text: 'This is your last warning, Cllr Hughes.',
      findings: [{ messageId: 'threat', span: 'last warning' }],
    },
    {
      text: "Cllr Hughes voted for the mast. He'll regret this.",
      findings: [{ messageId: 'threat', span: "He'll regret this" }],
    },
    {
      text: 'Would be a shame if something happened to that lovely new extension.',
      findings: [{ messageId: 'threat', span: 'Would be a shame if something happened' }],
    },
    {
      text: "Cllr Dunn's new car is parked outside the civic centre. Shame about his tyres.",
      name: 'veiled',
      findings: [{ messageId: 'threat', span: 'Shame about his tyres', start: 56, end: 77 }],
    },
    {
      text: 'Whoever keeps smashing the bus shelter deserves a good hiding.',
      findings: [{ messageId: 'threat', span: 'deserves a good hiding' }],
    },
    {
      text: 'Traitors like him should be strung up.',
      findings: [{ messageId: 'threat', span: 'should be strung up' }],
    },
    {
      text: 'I know wh3re you live.',
      name: 'leet',
      findings: [{ messageId: 'threat', span: 'I know wh3re you live' }],
    },
    // Violence.
    {
      text: "Burn the place down, it's the only language they understand.",
      findings: [{ messageId: 'violence', span: 'Burn the place down', message: VIOLENCE }],
    },
    // Incitement to harass.
    {
      text: 'Someone should sort him out once and for all.',
      findings: [{ messageId: 'harassment', span: 'Someone should sort him out', message: HARASSMENT }],
    },
    {
      text: "Let's all pester him until he resigns.",
      findings: [{ messageId: 'harassment', span: "Let's all pester him" }],
    },
    {
      text: "Tag his employer and let them know what he's like.",
      findings: [{ messageId: 'harassment', span: 'Tag his employer' }],
    },
    {
      text: "Fancy a trip to the chair's house? Bring spraypaint.",
      findings: [{ messageId: 'harassment', span: 'Bring spraypaint', start: 35, end: 51 }],
    },
    {
      text: "Let's go round to his house and let him know what we think.",
      findings: [{ messageId: 'harassment', span: 'go round to his house and let him know what we think' }],
    },
    // Lying in wait, and campaigns against a person and their family.
    {
      text: 'A few of us should be waiting for that councillor outside the chamber after the vote. He’ll get the message.',
      name: 'lying in wait',
      findings: [{ messageId: 'threat', span: 'be waiting for that councillor' }],
    },
    {
      text: 'Ring him, ring his wife, ring his kids. Don’t stop until he quits.',
      findings: [
        { messageId: 'harassment', span: 'ring his wife' },
        { messageId: 'harassment', span: 'ring his kids' },
      ],
    },
    {
      text: 'The agent is on Facebook. Let her know, day and night, what we think of her.',
      findings: [{ messageId: 'harassment', span: 'Let her know, day and night' }],
    },
    {
      text: 'Make sure she can’t walk to the shops without someone reminding her what she did.',
      findings: [{ messageId: 'harassment', span: 'she can’t walk to the shops without someone' }],
    },
    // Property, vehicles and dog-whistles after a person's details.
    {
      text: 'Everyone knows whose tyres need slashing now.',
      findings: [{ messageId: 'threat', span: 'whose tyres need slashing' }],
    },
    {
      text: 'The bailiff lives at 14 Rose Street and drives a white Transit. Just saying 👀',
      findings: [{ messageId: 'harassment', span: 'The bailiff lives at 14 Rose Street and drives a white Transit.' }],
    },
    {
      text: 'Good that someone bricked the councillor’s window. Pity they didn’t finish the job.',
      name: 'welcoming an attack',
      findings: [
        { messageId: 'violence', span: 'Good that someone bricked' },
        { messageId: 'violence', span: 'didn’t finish the job' },
      ],
    },
    // A crowd sent to a private home, in English and Welsh.
    {
      text: 'Everyone round to Cllr Shaw’s house on Sunday to show him what we think of him.',
      findings: [{ messageId: 'harassment', span: 'round to Cllr Shaw’s house' }],
    },
    {
      text: 'Pawb draw i dŷ’r arweinydd nos Sadwrn i ddangos iddo beth ry’n ni’n ei feddwl.',
      name: 'Welsh crowd',
      findings: [{ messageId: 'harassment', span: 'Pawb draw i dŷ’r' }],
    },
    // Veiled threats.
    {
      text: 'Be a shame if something happened to that nice house of yours, Cllr Shaw.',
      findings: [{ messageId: 'threat', span: 'Be a shame if something happened' }],
    },
    {
      text: 'Accidents happen, Cllr Shaw. Remember that.',
      findings: [{ messageId: 'threat', span: 'Accidents happen' }],
    },
    {
      text: 'Nice family you’ve got there, councillor. Be careful walking home.',
      findings: [{ messageId: 'threat', span: 'Nice family you’ve got there' }],
    },
    // Calls to harm.
    {
      text: 'Put them all on a boat and sink it.',
      findings: [{ messageId: 'violence', span: 'boat and sink it' }],
    },
    {
      text: 'Somebody needs to give that officer a good hiding.',
      findings: [{ messageId: 'threat', span: 'Somebody needs to give that officer a good hiding' }],
    },
    {
      text: 'That man wants his head kicking in.',
      findings: [{ messageId: 'threat', span: 'wants his head kicking in' }],
    },
    // Fists, what is coming to someone, family named as a warning, wishing harm.
    {
      text: 'If I see him at the count I’ll knock his block off.',
      findings: [{ messageId: 'threat', span: 'knock his block off' }],
    },
    {
      text: 'He’ll get what’s coming to him, mark my words.',
      findings: [{ messageId: 'threat', span: 'get what’s coming to him' }],
    },
    {
      text: 'We know your kids go to St Mary’s, councillor.',
      findings: [{ messageId: 'threat', span: 'We know your kids go' }],
    },
    {
      text: 'I hope his house burns down with him in it.',
      findings: [{ messageId: 'violence', span: 'hope his house burns' }],
    },
    // Pile-ons, private addresses, a child's school as a dog-whistle, relentless contact.
    {
      text: 'Everyone jump on her Facebook page and tell her what you think of her.',
      findings: [{ messageId: 'harassment', span: 'Everyone jump on her Facebook page' }],
    },
    {
      text: 'Anyone got the chair’s home address? We’ve got a few things to say to her face.',
      findings: [{ messageId: 'harassment', span: 'Anyone got the chair’s home address' }],
    },
    {
      text: 'Cllr Dunn’s daughter goes to Oakfield Primary. Just putting that out there.',
      findings: [{ messageId: 'harassment', span: 'Cllr Dunn’s daughter goes to Oakfield Primary.' }],
    },
    {
      text: 'Keep ringing his office until he can’t take any more.',
      findings: [{ messageId: 'harassment', span: 'ringing his office until he can’t take any more' }],
    },
    {
      text: "Mae e'n haeddu cweir.",
      name: 'short Welsh line',
      findings: [{ messageId: 'threat', span: 'haeddu cweir' }],
    },
    // Routines published with a nudge; a disclaimer with a 'but'.
    {
      text: 'Go and tell him what you think: he drinks in the Swan every Friday night.',
      findings: [{ messageId: 'harassment', span: 'Go and tell him what you think: he drinks in the Swan every Friday night.' }],
    },
    {
      text: 'I’m not saying do anything daft, but he should hear from every one of us, day and night, until he pulls out.',
      findings: [{ messageId: 'harassment', span: 'he should hear from every one of us, day and night' }],
    },
    {
      text: 'I swear I’ll swing for him if he says that again.',
      findings: [{ messageId: 'threat', span: 'I swear I’ll swing for him' }],
    },
    {
      text: 'Whoever did this to the park deserves to have their legs broken.',
      findings: [{ messageId: 'threat', span: 'deserves to have their legs broken' }],
    },
    {
      text: "Dewch i ni gyd fynd draw i'w dŷ e heno.",
      name: 'Welsh: to his house',
      findings: [{ messageId: 'harassment', span: "Dewch i ni gyd fynd draw i'w dŷ" }],
    },
    // Welsh: "watch your back", "I know where you live".
    {
      text: "Gwylia dy gefn, Cynghorydd Dunn. Rwyt ti wedi pleidleisio dros y mast a dw i'n gwybod lle ti'n byw.",
      name: 'Welsh',
      findings: [
        { messageId: 'threat', span: 'Gwylia dy gefn' },
        { messageId: 'threat', span: "dw i'n gwybod lle ti'n byw" },
      ],
    },
    // Strictness and comments.
    {
      text: "We're coming for you, Cllr Dunn.",
      strictness: 'relaxed',
      findings: [{ messageId: 'threat', span: "We're coming for you" }],
    },
    {
      text: "I'll batter him if he shows his face at the surgery again.",
      mode: 'comment',
      name: 'a comment under the post',
      findings: [{ messageId: 'threat', span: "I'll batter him" }],
    },
    // Round 5: vigilantes, wished harm, occupying an office, fists, pile-ons, hinted menace, Welsh.
    { text: 'If the police won\'t clear the dealers out, a few of us will go round with baseball bats and sort them out.', findings: [{ messageId: 'violence', span: 'with baseball bats and sort them out', message: VIOLENCE }] },
    { text: 'Time some of the lads went down there tooled up.', findings: [{ messageId: 'violence', span: 'went down there tooled up' }] },
    { text: 'No one would shed a tear if his shop got torched.', findings: [{ messageId: 'violence', span: 'No one would shed a tear if his shop got torched' }] },
    { text: 'Be poetic justice if the developer\'s site office went up in flames.', findings: [{ messageId: 'violence' }] },
    { text: 'Let\'s all camp outside Cllr Dunn\'s door and not let him leave till he resigns.', findings: [{ messageId: 'harassment', span: 'Let\'s all camp outside Cllr Dunn\'s door and not let him leave' }] },
    { text: 'I swear I\'ll throw him in the canal if he shows his face again.', findings: [{ messageId: 'threat', span: 'I\'ll throw him in the canal' }] },
    { text: 'Next time I see her I\'ll knock her into the middle of next week.', findings: [{ messageId: 'threat', span: 'I\'ll knock her into the middle of next week' }] },
    { text: 'Let\'s all send him a few hundred emails this weekend.', findings: [{ messageId: 'harassment', span: 'Let\'s all send him a few hundred emails' }] },
    { text: 'Everyone mass report her page.', findings: [{ messageId: 'harassment', span: 'Everyone mass report her page' }] },
    { text: 'We\'ll deal with them the old-fashioned way.', findings: [{ messageId: 'threat', span: 'deal with them the old-fashioned way' }] },
    { text: 'Don\'t think you\'re safe just because you\'re a councillor, Cllr Dunn.', findings: [{ messageId: 'threat', span: 'Don\'t think you\'re safe' }] },
    { text: 'Somebody needs a proper quiet word with him, if you catch my drift.', findings: [{ messageId: 'threat', span: 'quiet word with' }] },
    { text: 'Here\'s the number of the landlord: 07700 900123. Ring him and let him know how you feel.', findings: [{ messageId: 'harassment', span: 'Here\'s the number of the landlord: 07700 900123.' }] },
    { text: 'The owner leaves at 6 every night from the back gate. Let him know what you think.', findings: [{ messageId: 'harassment', span: 'The owner leaves at 6 every night from the back gate.' }] },
    { text: 'Dwi\'n gwybod lle mae e\'n byw.', findings: [{ messageId: 'threat', span: 'gwybod lle mae e\'n byw' }] },
    { text: "If he turns up at the meeting he'll be leaving in an ambulance.", findings: [{ span: "If he turns up at the meeting he'll be leaving in an ambulance" }] },
    { text: "I'd keep an eye on your car if I were you, Cllr Dunn.", findings: [{ span: "I'd keep an eye on your car if I were you" }] },
    { text: "Everyone blow up his phone until he answers.", findings: [{ span: "blow up his phone" }] },
    { text: "Let's all leave one-star reviews on his business until he pulls the application.", findings: [{ span: "Let's all leave one-star reviews on his" }] },
    { text: "I'll give him a right hiding if he comes near my allotment again.", findings: [{ span: "give him a right hiding" }] },
    { text: "He's going to get hurt if he keeps this up.", findings: [{ span: "He's going to get hurt if he keeps" }] },
    { text: "Let's see how brave he is when he's on his own in the car park.", findings: [{ span: "see how brave he is when he's on his own in the car park" }] },
    { text: "People have been hurt for less, Cllr Dunn.", findings: [{ span: "People have been hurt for less" }] },
    { text: "We're coming round yours tonight, Dunn.", findings: [{ span: "We're coming round yours" }] },
    { text: "If the council won't evict them, we'll drive them out ourselves.", findings: [{ span: "we'll drive them out ourselves" }] },
    { text: "Time we took matters into our own hands and burned the camp out.", findings: [{ span: "burned the camp out" }] },
    { text: "Round up some lads and give the dealers a proper kicking.", findings: [{ span: "give the dealers a proper kicking" }] },
    { text: "Next time he mouths off at a meeting he'll get a slap.", findings: [{ span: "Next time he mouths off at a meeting he'll get a slap" }] },
    { text: "Somebody should torch that eyesore of a house he owns.", findings: [{ span: "Somebody should torch that eyesore of a house" }] },
    { text: "Hope someone gives him a good hiding on his way home.", findings: [{ span: "gives him a good hiding" }] },
    { text: "Fancy a trip to the chair's house this weekend? Bring eggs.", findings: [{ span: "Bring eggs" }] },
    { text: "Wouldn't mind five minutes alone with him in a room.", findings: [{ span: "five minutes alone with him" }] },
    { text: "Mi gei di gweir os ti'n dod yn \u00f4l.", findings: [{ span: "Mi gei di gweir" }] },
    { text: "Dylai rhywun ei saethu fe.", findings: [{ span: "Dylai rhywun ei saethu" }] },
    { text: "Fe wna i dy ladd di.", findings: [{ span: "Fe wna i dy ladd" }] },
    { text: "Gobeithio bydd ei d\u0177 yn llosgi.", findings: [{ span: "Gobeithio bydd ei d\u0177 yn llosgi" }] },
    { text: "I'll skelp him if he comes near the allotments.", findings: [{ span: "I'll skelp him" }] },
    { text: "I'm gonna wallop that landlord.", findings: [{ span: "I'm gonna wallop that landlord" }] },
    { text: "Someone should kick his heid in.", findings: [{ span: "kick his heid in" }] },
    { text: "You're a dead man, Dunn.", findings: [{ span: "You're a dead man" }] },
    { text: "He's gonna get it when the lads find him.", findings: [{ span: "He's gonna get it when the lads find" }] },
    // Passed on about someone else, or agreed with: still a threat.
    { text: 'Someone sent me a message saying the leader should be hanged, and I agree.', findings: [{ messageId: 'threat' }] },
    // Round 7: veiled threats (care when walking home, long memories, a hurt promised on being caught), deniable incitement
    // ('wouldn't blame them'), humiliation sent to a person's family or congregation, pitchforks, 'has it coming', a send-off
    // with menace, lying in wait, ominous remarks about family, police and luck.
    { text: "He'd want to be careful walking home on his own these dark nights.", findings: [{ messageId: 'threat', span: "He'd want to be careful walking" }] },
    { text: "People round here have long memories, Councillor.", findings: [{ messageId: 'threat', span: "People round here have long memories" }] },
    { text: "He'll need more than a plaster when I catch up with him.", findings: [{ messageId: 'threat', span: "He'll need more than a plaster" }] },
    { text: "If I ever catch the one who did this, they'll be eating through a straw.", findings: [{ messageId: 'threat', span: "they'll be eating through a straw" }] },
    { text: "I'm not saying anyone should put his windows through… but I wouldn't blame them.", findings: [{ messageId: 'violence', span: "I wouldn't blame" }] },
    { text: "Nobody would blame the residents if they put her windows through.", findings: [{ messageId: 'violence', span: "Nobody would blame" }] },
    { text: "Honestly, if someone decked him I wouldn't shed a tear.", findings: [{ messageId: 'violence', span: "wouldn't shed a tear" }] },
    { text: "Send it to his wife and his chapel.", findings: [{ messageId: 'harassment', span: "Send it to his wife and his chapel" }] },
    { text: "Dig up everything embarrassing on her and send it to her husband.", findings: [{ messageId: 'harassment', span: "send it to her husband" }] },
    { text: "Print her old tweets and hand them round her church.", findings: [{ messageId: 'harassment', span: "Print her old tweets and hand them round her church" }] },
    { text: "Let her employer know exactly what she's like.", findings: [{ messageId: 'harassment', span: "Let her employer know exactly" }] },
    { text: "Let's make her week very uncomfortable.", findings: [{ messageId: 'harassment', span: "Let's make her week very uncomfortable" }] },
    { text: "Make sure she can't show her face in town after this.", findings: [{ messageId: 'harassment', span: "Make sure she can't show her face" }] },
    { text: "Pitchforks out!", findings: [{ messageId: 'harassment', span: "Pitchforks out" }] },
    { text: "Whoever signed this off has got it coming.", findings: [{ messageId: 'threat', span: "has got it coming" }] },
    { text: "Let's give the leader a send-off she won't forget when she leaves tonight.", findings: [{ messageId: 'harassment', span: "give the leader a send-off she won't forget" }] },
    { text: "Wait for him in the car park and have a proper word 👊", findings: [{ messageId: 'threat', span: "Wait for him in the car park" }] },
    { text: "Corner him in the car park after full council.", findings: [{ messageId: 'threat', span: "Corner him in the car park" }] },
    { text: "Maybe a few of us should have a word with him on his way home.", findings: [{ messageId: 'threat', span: "have a word with him on his way home" }] },
    { text: "Wouldn't want anything nasty to happen to your kids, would we, Cllr Ellis?", findings: [{ messageId: 'threat', span: "Wouldn't want anything nasty to happen to your" }] },
    { text: "Things have a way of happening to people who cross this town.", findings: [{ messageId: 'threat', span: "Things have a way of happening to people who cross" }] },
    { text: "The police can't protect you forever, Councillor.", findings: [{ messageId: 'threat', span: "police can't protect you forever" }] },
    { text: "He's lucky no one has given him a good hiding yet.", findings: [{ messageId: 'violence', span: "lucky no one has given him a good hiding" }] },
    { text: "One of these days somebody's going to shut him up for good.", findings: [{ messageId: 'threat', span: "somebody's going to shut him up" }] },
    { text: "Egg him when he comes out of the chamber.", findings: [{ messageId: 'harassment', span: "Egg him" }] },
    { text: "We know where to find you, Councillor.", findings: [{ messageId: 'threat', span: "We know where to find you" }] },
  ],
});
