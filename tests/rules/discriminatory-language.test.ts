import rule from '../../rules/discriminatory-language';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Abuse quoted or reported in order to condemn it.
    "Someone replied to my post calling the new Romanian family on Elm Road 'scroungers'. I've deleted it and blocked them.",
    "Someone shouted 'go back to where you came from' at a family in the park. That's a hate crime and I've reported it.",
    // Rebuttal and negation of a stereotype.
    "It's a myth that migrants are taking over our town; the census says otherwise.",
    "Asylum seekers are not criminals, and I'm tired of hearing that they are.",
    'Sick of people saying pensioners are a burden. They run half the volunteer groups in this ward.',
    // Groups named neutrally or positively.
    'Our Gypsy and Traveller liaison officer is holding a drop-in at the Fen Lane site on Tuesday.',
    'Brilliant turnout for Northdale Pride today — thank you to every volunteer.',
    'Black people are more likely to be stopped and searched, and that must change.',
    "Women's football at the rec on Sunday: come and cheer on the Northdale Ladies.",
    'We need more young people on the youth council; applications close Friday.',
    'New disabled toilets are open at the bus station from Monday.',
    // Innocent senses of words on the slur list.
    'The drainage board is clearing the dyke behind Fen Lane this week.',
    "There's a chink of light for the library: the funding bid got through to round two.",
    'Our Maine Coon show at the village hall raised £400 for the cat rescue.',
    "Don't tinker with the heating timer in the community centre, please.",
    // The group is the victim, or is described neutrally.
    'Women councillors are outnumbered three to one in this chamber.',
    'Pensioners on the Elm estate are being targeted by scammers and thieves posing as council staff.',
    'Young people are taking over the skate park this summer with a brilliant mural project.',
    'The mosque on Carr Road was attacked by vandals last night; the criminals responsible must be caught.',
    'We don’t want older people to feel isolated this winter.',
    'Put a woman in charge and you get results: well done to our new chief executive!',
    'Don’t trust the Muslim Council’s figures? Read them yourself.',
    // Innocent senses: species, cigarettes, food, street names, feeling muzzy, a river.
    'Our new exhibition on early humans, from Homo erectus to Homo sapiens, opens on Saturday.',
    'Please don’t drop fag ends in the planters.',
    'Faggots and peas at the luncheon club today!',
    'The bus diverts along Dyke Road while the works are on.',
    'Still a bit muzzy after Covid, so bear with me on replies.',
    'The Taff Trail is closed between Cardiff and Castell Coch.',
    'Too many young people are priced out of the village.',
    'Trans women are women, and welcome at our events.',
    'Because she’s disabled, she needs the ramp fixed urgently.',
    { text: "Ewch adre'n saff ar ôl y carnifal!", name: 'Welsh: go home safely' },
    'Immigrants take the jobs nobody else will do in our care homes, and we should thank them.',
    // Handles.
    'Follow @NorthdaleTravellerMovement for updates on the new site consultation.',
    // Welsh: welcoming refugees.
    { text: "Diolch i bawb a ddaeth i'r noson i groesawu'r ffoaduriaid o Wcráin i'r pentref.", name: 'Welsh' },
    // Round 5: innocent neighbours of the trope patterns (policy, place and brand names, idiom, rebuttal).
    "The council has approved a multi-faith prayer room at the civic centre, open to all staff.",
    "Claims that sharia law is coming to our town are scaremongering nonsense.",
    "The Sharia Council review was published by the Home Office in 2018.",
    "We need to tick the box on the funding form before Friday.",
    "The consultation felt like a box-ticking exercise to most residents.",
    "Cllr Patel was appointed to cabinet on merit, and anyone saying it was a diversity hire is wrong.",
    "At 79 she still chairs scrutiny with more energy than the rest of us.",
    "At 80 he should be proud of sixty years' service to the village.",
    "She'd rather be at home with her grandchildren than at another budget meeting, she told me, laughing.",
    "Funding for SEN classes and special needs units has been cut again.",
    "Care in the community funding has been slashed by a third.",
    "The council keeps ramming parking charges down our throats.",
    "Pride in Saltmarsh this Saturday: family events, music, and stalls for the kids.",
    "Lock up your bikes, there have been thefts at the station this week.",
    "Travellers have set up on the rec; the council is seeking an order. Lock your sheds as always over the summer.",
    "She's not really British Gas's biggest fan, to be fair.",
    "He'll never be a real Welsh speaker, he says, but he's trying.",
    "Old people are being let down by bus cuts.",
    "Migrants bring skills our care homes desperately need.",
    "We all know what the planning committee is like.",
    "Young people on the rec again, we all know what they're like with litter.",
    "My mum went through the menopause last year and I want better support at work for women.",
    "Let's keep it out of the schools budget debate, please.",
    "I'm pushing the kids' play area plans through committee.",
    "Our autistic kids deserve better SEN provision.",
    "The short bus route to the hospital has been cut.",
    "The new MP said the passport office is a shambles.",
    "Typical English summer, rained all week at the fete.",
    "Typical Welsh welcome at the eisteddfod, thank you all!",
    "We're being swamped with planning applications this month.",
    "The council wants to get rid of the traveller site on Mill Lane and I'll oppose that.",
    "Half the class don't speak Welsh at home, which is why the immersion centre matters.",
    "Refugees arriving this winter will be housed at the old barracks.",
    "Morris men in skirts raised \u00a3500 for the hospice.",
    "Immigration numbers rose by 10% and the GP surgery is stretched; we need more funding.",
    "The Chinese New Year parade is on Saturday.",
    "The pickpocketing on the market is getting worse.",
    "Our foreign students bring \u00a32m a year to the town.",
    "The old codger in the panto was the best thing in it.",
    "OK boomer memes are getting old, honestly.",
    "She's a proper battle-axe in the chamber, and I mean that as a compliment.",
    // Words the migrant, replacement and kitchen tropes use in everyday senses.
    'Please send them back to the council by Friday so we can process the forms.',
    'The hotel is full of young families enjoying the half-term deals.',
    'We were swamped by emails about the bin changes, thank you all.',
    'Our windows are being replaced under the council’s retrofit scheme.',
    'She should stick to the facts, and so should the leader.',
    'Refugees coming over here to rebuild their lives deserve our support.',
    'The new systems don’t integrate with the old database, which is why the portal is down.',
    "Calling asylum seekers 'illegals' is dehumanising and I won't have it in my ward.",
    'Teaching our kids about road safety is something I’m passionate about.',
    'Our town centre is being overrun by seagulls again.',
  ],
  invalid: [
    {
      text: 'Travellers are all the same, they leave a mess wherever they go.',
      findings: [
        { messageId: 'statement', span: 'Travellers are all the same', start: 0, end: 27, message: 'This demeans people because of their race.' },
      ],
    },
    // Sexist put-downs.
    {
      text: 'Let a woman run the finance committee and she spends it all on handbags.',
      findings: [{ messageId: 'statement', span: 'Let a woman run the finance committee and she spends', message: 'This demeans people because of their sex.' }],
    },
    {
      text: 'Calm down, dear, it’s only a planning application.',
      findings: [{ messageId: 'statement', span: 'Calm down, dear' }],
    },
    // A disability slur said of whoever did it.
    {
      text: 'Only a retard would design a junction like that.',
      findings: [{ messageId: 'slur', span: 'retard' }],
    },
    // National origin, in English and Welsh (with a mutation: diog → ddiog).
    {
      text: 'We don’t want English people in our village. They ruin everything.',
      findings: [{ messageId: 'statement', span: 'don’t want English people in our village. They ruin everything' }],
    },
    {
      text: 'Bloody taffs moving in and pricing us out.',
      findings: [{ messageId: 'slur', span: 'taffs' }],
    },
    {
      text: "Dydyn ni ddim eisiau Saeson yma. Maen nhw'n difetha'r pentref.",
      name: 'Welsh: unwanted',
      findings: [{ messageId: 'statement', span: "ddim eisiau Saeson yma. Maen nhw'n difetha'r" }],
    },
    {
      text: "Mae'r mewnfudwyr sy'n byw ar y stad newydd i gyd yn ddiog, pob un ohonyn nhw.",
      name: 'Welsh: mutated adjective',
      findings: [{ messageId: 'statement', span: "mewnfudwyr sy'n byw ar y stad newydd i gyd yn ddiog" }],
    },
    // Tropes about trans and gay people, disabled people, numbers and control.
    {
      text: 'It’s Adam and Eve, not Adam and Steve.',
      findings: [{ messageId: 'statement', span: 'Adam and Steve', message: 'This demeans people because of their sexual orientation.' }],
    },
    {
      text: 'Trans women are men, end of.',
      findings: [{ messageId: 'statement', span: 'Trans women are men' }],
    },
    {
      text: 'Wheelchair users are a burden on the buses.',
      findings: [{ messageId: 'statement', span: 'Wheelchair users are a burden' }],
    },
    {
      text: 'Too many foreigners round here now.',
      findings: [{ messageId: 'statement', span: 'Too many foreigners' }],
    },
    {
      text: 'Jews control the banks and the media.',
      findings: [{ messageId: 'statement', span: 'Jews control the banks' }],
    },
    // A role won by who someone is, and sexism said of one woman.
    {
      text: 'He was only selected because he’s black.',
      findings: [{ messageId: 'statement', span: 'was only selected because he’s black', message: 'This demeans people because of their race.' }],
    },
    {
      text: 'She’s too emotional to chair a committee.',
      findings: [{ messageId: 'statement', span: 'She’s too emotional' }],
    },
    {
      text: "Ewch adre i'ch gwlad.",
      name: 'short Welsh line',
      findings: [{ messageId: 'statement', span: "Ewch adre i'ch gwlad" }],
    },
    // Travellers, religion, age.
    {
      text: 'Travellers are on the rec again. Lock up your tools, they’ll nick anything.',
      findings: [{ messageId: 'statement', span: 'Travellers are on the rec again. Lock up your tools, they’ll nick anything' }],
    },
    {
      text: 'You can’t trust Muslims on the equality panel.',
      findings: [{ messageId: 'statement', span: 'can’t trust Muslims' }],
    },
    {
      text: 'Catholics take their orders from the Pope, not the voters.',
      findings: [{ messageId: 'statement', span: 'Catholics take their orders from the Pope' }],
    },
    {
      text: 'The over-80s should be stripped of the vote.',
      findings: [{ messageId: 'statement', span: 'The over-80s should be stripped of the vote', message: 'This demeans people because of their age.' }],
    },
    {
      text: 'Immigrants are flooding in and the whole area changes.',
      findings: [{ messageId: 'statement', span: 'Immigrants are flooding in and the whole area changes' }],
    },
    {
      text: 'The asylum seekers at the hotel are parasites.',
      findings: [{ messageId: 'statement', span: 'asylum seekers at the hotel are parasites' }],
    },
    {
      text: 'Women are too emotional to chair planning committee.',
      findings: [{ messageId: 'statement', span: 'Women are too emotional', message: 'This demeans people because of their sex.' }],
    },
    {
      text: "Muslims don't share our values.",
      findings: [{ messageId: 'statement', span: "Muslims don't share our values", message: 'This demeans people because of their religion or belief.' }],
    },
    {
      text: "If they won't learn the language they should go back to where they came from.",
      findings: [{ messageId: 'statement', span: 'go back to where they came from' }],
    },
    {
      text: "I'm not racist but there are too many foreigners on the high street.",
      findings: [{ messageId: 'statement', span: "I'm not racist but" }],
    },
    {
      text: 'Cllr Chapman is too old to understand social media.',
      findings: [{ messageId: 'statement', span: 'Cllr Chapman is too old', message: 'This demeans people because of their age.' }],
    },
    {
      text: "We're looking for a young, energetic volunteer coordinator.",
      name: 'age in a job advert',
      findings: [{ messageId: 'statement', span: 'looking for a young' }],
    },
    {
      text: "Trans 'women' should not be using the changing rooms.",
      name: 'scare quotes',
      findings: [{ messageId: 'statement', span: "Trans 'women'", message: 'This demeans people because of their gender reassignment.' }],
    },
    {
      text: 'The area round Station Road is turning into Little Bucharest.',
      findings: [{ messageId: 'statement', span: 'Little Bucharest' }],
    },
    // Slurs: leet and masked spellings.
    {
      text: 'Those r3tards in cabinet voted it through again.',
      name: 'leet',
      findings: [{ messageId: 'slur', span: 'r3tards', start: 6, end: 13, message: '“r3tards” is a slur based on disability.' }],
    },
    {
      text: 'That p@ki shop on Mill Lane has shut.',
      name: 'masked',
      findings: [{ messageId: 'slur', span: 'p@ki', message: '“p@ki” is a slur based on race.' }],
    },
    // Welsh.
    {
      text: "Os nad ydych chi'n hoffi'r ffordd rydyn ni'n byw yma, ewch adre i'ch gwlad eich hun.",
      name: 'Welsh: go home to your own country',
      findings: [{ messageId: 'statement', span: "ewch adre i'ch gwlad eich hun" }],
    },
    {
      text: "Mae'r ffoaduriaid yn lladron, pob un ohonyn nhw.",
      name: 'Welsh: refugees are thieves',
      findings: [{ messageId: 'statement', span: 'ffoaduriaid yn lladron' }],
    },
    // Strictness and comments.
    {
      text: 'Gypsies are thieving scum.',
      strictness: 'relaxed',
      findings: [{ messageId: 'statement', span: 'Gypsies are thieving scum' }],
    },
    {
      text: "Typical woman, can't read a map.",
      mode: 'comment',
      name: 'a comment under the post',
      findings: [{ messageId: 'statement', span: 'Typical woman' }],
    },
    // Round 5: coded and indirect forms.
    { text: "Mark my words, give it ten years and there'll be sharia courts in our town.", findings: [{ messageId: 'statement', span: "Mark my words, give it ten years and there'll be sharia", message: "This demeans people because of their religion or belief." }] },
    { text: "The high street is turning into Londonistan.", findings: [{ messageId: 'statement', span: "Londonistan", message: "This demeans people because of their religion or belief." }] },
    { text: "He only got the chair to fill a gender quota.", findings: [{ messageId: 'statement', span: "only got the chair to fill a gender quota", message: "This demeans people because of their sex." }] },
    { text: "She's a diversity hire and everyone in the group knows it.", findings: [{ messageId: 'statement', span: "diversity hire", message: "This demeans people because of their race." }] },
    { text: "Cllr Dunn is 82 and should be in a care home, not running the finance committee.", findings: [{ messageId: 'statement', span: "Cllr Dunn is 82 and should be in a care home", message: "This demeans people because of their age." }] },
    { text: "At seventy-five he's too old to be leading the council.", findings: [{ messageId: 'statement', span: "At seventy-five he's too old", message: "This demeans people because of their age." }] },
    { text: "Silly old codger doesn't know what day it is.", findings: [{ messageId: 'statement', span: "Silly old codger", message: "This demeans people because of their age." }] },
    { text: "That cabinet meeting was like a special needs class outing.", findings: [{ messageId: 'statement', span: "like a special needs class", message: "This demeans people because of their disability." }] },
    { text: "It's care in the community in that chamber.", findings: [{ messageId: 'statement', span: "It's care in the community", message: "This demeans people because of their disability." }] },
    { text: "Is he autistic or something? He can't read a simple spreadsheet.", findings: [{ messageId: 'statement', span: "Is he autistic or something", message: "This demeans people because of their disability." }] },
    { text: "Another drag story hour at the library. Why do they have to keep shoving it in our faces?", findings: [{ messageId: 'statement', span: "shoving it in our faces", message: "This demeans people because of their sexual orientation." }] },
    { text: "Pride month again and they're indoctrinating our kids in every school.", findings: [{ messageId: 'statement', span: "indoctrinating our kids", message: "This demeans people because of their sexual orientation." }] },
    { text: "She was born in Lagos, she'll never be truly British.", findings: [{ messageId: 'statement', span: "she'll never be truly British", message: "This demeans people because of their race." }] },
    { text: "A passport doesn't make you English.", findings: [{ messageId: 'statement', span: "A passport doesn't make you English", message: "This demeans people because of their race." }] },
    { text: "She slept her way onto the cabinet.", findings: [{ messageId: 'statement', span: "slept her way onto", message: "This demeans people because of their sex." }] },
    { text: "Asylum seekers are bringing diseases into the town.", findings: [{ messageId: 'statement', span: "Asylum seekers are bringing diseases", message: "This demeans people because of their race." }] },
    { text: "Travellers on the rec again. Lock up your tools.", findings: [{ messageId: 'statement', span: "Travellers on the rec again. Lock up your tools", message: "This demeans people because of their race." }] },
    { text: "Gypsies have pulled onto the common. We all know what they're like.", findings: [{ messageId: 'statement', span: "Gypsies have pulled onto the common. We all know what they're like", message: "This demeans people because of their race." }] },
    { text: "The Zionist lobby controls the party.", findings: [{ messageId: 'statement', span: "Zionist lobby", message: "This demeans people because of their religion or belief." }] },
    // Round 5: more generalisations, coded exclusion and dehumanising words.
    { text: "The Polish lot in the flats are always drunk.", findings: [{ span: "Polish lot in the flats are always drunk" }] },
    { text: "Half the town doesn't even speak English any more.", findings: [{ span: "Half the town doesn't even speak English any more" }] },
    { text: "Another mosque? We're being swamped.", findings: [{ span: "mosque? We're being swamped" }] },
    { text: "You can't say anything these days without the woke brigade crying racism, but the Muslims are taking over.", findings: [{ span: "Muslims are taking over" }] },
    { text: "Gays shouldn't be allowed near children.", findings: [{ span: "Gays shouldn't be allowed" }] },
    { text: "Why does a man in a skirt get to use the women's toilets?", findings: [{ span: "man in a skirt" }] },
    { text: "She's a woman pretending to be a man, simple as.", findings: [{ span: "woman pretending to be a man" }] },
    { text: "Disabled people are a drain on the system.", findings: [{ span: "Disabled people are a drain on the system" }] },
    { text: "Pensioners shouldn't be allowed to vote on the future.", findings: [{ span: "Pensioners shouldn't be allowed" }] },
    { text: "Women don't belong in the chamber.", findings: [{ span: "Women don't belong" }] },
    { text: "Typical Pakistani landlord, crams twenty into a house.", findings: [{ span: "Typical Pakistani" }] },
    { text: "Eastern Europeans come over here and undercut our lads.", findings: [{ span: "Eastern Europeans come over here and undercut" }] },
    { text: "Jews always stick together when it comes to money.", findings: [{ span: "Jews always stick together" }] },
    { text: "Our town is being colonised by the Chinese.", findings: [{ span: "being colonised by the Chinese" }] },
    { text: "The council gives all the houses to foreigners while locals wait.", findings: [{ span: "gives all the houses to foreigners" }] },
    { text: "You can spot the Romanians a mile off, they're the ones nicking from Tesco.", findings: [{ span: "Romanians a mile off, they're the ones nicking" }] },
    { text: "Blind people shouldn't be on the council, they can't read the papers.", findings: [{ span: "Blind people shouldn't be on the council" }] },
    { text: "She only got the nomination because she's a lesbian.", findings: [{ span: "only got the nomination because she's a lesbian" }] },
    { text: "Trans women are men and always will be.", findings: [{ span: "Trans women are men" }] },
    { text: "The gay agenda is everywhere in our schools now.", findings: [{ span: "gay agenda" }] },
    { text: "Wheelchair users slow everyone down on the buses.", findings: [{ span: "Wheelchair users slow everyone down" }] },
    { text: "Old people are bed blockers.", findings: [{ span: "bed blockers" }] },
    { text: "Muslims breed like rabbits.", findings: [{ span: "Muslims breed like rabbits" }] },
    { text: "Immigrants are a plague on this country.", findings: [{ span: "Immigrants are a plague on" }] },
    { text: "Can we get rid of the foreigners on the estate?", findings: [{ span: "rid of the foreigners" }] },
    // Migrants as a menace, the replacement scare, women sent to the kitchen, LGBT people as a danger to children.
    {
      text: 'Illegals are getting four star hotels while veterans sleep rough.',
      findings: [{ messageId: 'statement', span: 'Illegals', start: 0, end: 8, message: 'This demeans people because of their race.' }],
    },
    { text: 'Another hotel full of young men from God knows where.', findings: [{ messageId: 'statement', span: 'hotel full of young men' }] },
    { text: 'Send them all back where they came from.', findings: [{ messageId: 'statement', span: 'Send them all back where they came from' }] },
    { text: "If you don't like Britain, go home.", findings: [{ messageId: 'statement', span: "If you don't like Britain, go home" }] },
    { text: "They come over here, don't learn the language and expect handouts.", findings: [{ messageId: 'statement', span: 'They come over here' }] },
    { text: "Those people don't integrate, they keep to their own.", findings: [{ messageId: 'statement', span: "Those people don't integrate" }] },
    { text: 'Our culture is being replaced.', findings: [{ messageId: 'statement', span: 'Our culture is being replaced' }] },
    {
      text: 'Women like her should stick to baking, not running committees.',
      findings: [{ messageId: 'statement', span: 'Women like her should stick to baking', message: 'This demeans people because of their sex.' }],
    },
    {
      text: 'The gays want to teach our kids about their lifestyle.',
      findings: [{ messageId: 'statement', span: 'teach our kids about their lifestyle', message: 'This demeans people because of their sexual orientation.' }],
    },
  ],
});
