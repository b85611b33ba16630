import rule from '../../rules/profanity';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Place names and surnames that contain a swear word.
    'Congratulations to the Scunthorpe and Penistone teams at the county darts final.',
    'Lovely day out in Cockermouth with the twinning committee.',
    'Our twinning visit to Twatt in Orkney was a delight.',
    'Cllr Cockburn opened the new sensory garden today.',
    // Ordinary words that contain one.
    'Assessment results for the Class of 2024 are in the newsletter.',
    // Names, abbreviations and literal senses.
    'Dick Whittington at the Regal is a sell-out — well done to the panto team.',
    'Ass. Director of Housing Jo Ryan will attend the meeting.',
    'Spotted dick and custard at the luncheon club today.',
    'New hoe and rake for the community garden, thanks to the parish grant.',
    'We counted eleven blue tits at the RSPB birdwatch in the park.',
    'Best bitch at the dog show went to a spaniel from Elm Road.',
    'Pussy willow is out along the canal towpath.',
    'The old slag heap behind the colliery is being turned into a nature reserve.',
    // Abuse quoted in order to condemn it.
    "Someone posted 'f*** off' under my surgery notice. I've hidden it; there's no place for that here.",
    // Handles and hashtags.
    'Follow @ShitFreePavements, the dog fouling campaign, for updates.',
    '#CrapParking is trending again on Mill Lane; enforcement officers are out this week.',
    // Real places on the sign, and innocent senses.
    "Dad's list of great road signs: Crapstone, Twatt and Bell End.",
    'The bus stops at Bell End on the way to Romsley.',
    'Walking the coast path at Plymouth Hoe this morning.',
    'Congratulations to Penistone Grammar on their results.',
    'The prick test at the allergy clinic is free for under-16s.',
    "Let's fix it. Sh, it's a surprise!",
    'Read the flippin report.',
    'C U next Tuesday at the surgery!',
    // Welsh: thanks to the road crews.
    { text: "Mae'r cyngor wedi trwsio'r ffordd ar ôl y llifogydd; diolch i'r gweithwyr.", name: 'Welsh' },
  ],
  invalid: [
    {
      text: 'Three weeks of temporary lights and Carr Lane is still a fucking mess.',
      findings: [
        { messageId: 'swearing', span: 'fucking', start: 57, end: 64, message: '“fucking” is swearing, which you would not say at a public meeting.' },
      ],
      output: 'Three weeks of temporary lights and Carr Lane is still a mess.',
    },
    {
      text: 'This is f*cking\u00a0ridiculous.',
      name: 'a no-break space after a removed word goes with it',
      findings: [{ messageId: 'masked', span: 'f*cking' }],
      output: 'This is ridiculous.',
    },
    {
      text: 'The state of the bus station is shit.',
      findings: [{ messageId: 'swearing', span: 'shit' }],
      output: 'The state of the bus station is rubbish.',
    },
    {
      text: 'The new parking app is SHITE.',
      name: 'capitals kept in the rewrite',
      findings: [{ messageId: 'swearing', span: 'SHITE' }],
      output: 'The new parking app is RUBBISH.',
    },
    {
      text: 'Total bollocks from the minister on school funding.',
      findings: [{ messageId: 'swearing', span: 'bollocks' }],
      output: 'Total nonsense from the minister on school funding.',
    },
    {
      text: 'The parking app is a load of crap.',
      findings: [{ messageId: 'swearing', span: 'crap' }],
      output: 'The parking app is a load of rubbish.',
    },
    {
      text: 'Well that was a cock-up at the count.',
      findings: [{ messageId: 'swearing', span: 'cock-up' }],
      output: 'Well that was a mistake at the count.',
    },
    {
      text: 'Some dickhead has parked across the dropped kerb again.',
      findings: [{ messageId: 'swearing', span: 'dickhead' }],
    },
    {
      text: 'FFS, the bins have been missed again.',
      findings: [{ messageId: 'abbreviation', span: 'FFS', message: '“FFS” stands for swearing.' }],
    },
    // Letters spelt out or split to dodge the list.
    {
      text: 'That was an absolute s.h.i.t. show at full council.',
      name: 'dotted',
      findings: [{ messageId: 'masked', span: 's.h.i.t.' }],
      output: 'That was an absolute rubbish show at full council.',
    },
    {
      text: 'absolute sh it day at the depot',
      name: 'split',
      findings: [{ messageId: 'masked', span: 'sh it' }],
      output: 'absolute rubbish day at the depot',
    },
    {
      text: 'What the f u c k is going on with the bins?',
      name: 'spaced',
      findings: [{ messageId: 'masked', span: 'f u c k' }],
    },
    {
      text: 'SH1T day at the depot.',
      name: 'digits in capitals',
      findings: [{ messageId: 'masked', span: 'SH1T' }],
      output: 'RUBBISH day at the depot.',
    },
    {
      text: 'fkn bins again',
      findings: [{ messageId: 'swearing', span: 'fkn' }],
      output: 'bins again',
    },
    {
      text: 'Whoever keeps dumping tyres on Carr Lane 🖕',
      name: 'middle finger',
      findings: [{ messageId: 'swearing', span: '🖕' }],
    },
    // Rewrites: a noun for a noun, and a capital for the new first word.
    {
      text: 'What a shambolic shitshow.',
      findings: [{ messageId: 'swearing', span: 'shitshow' }],
      output: 'What a shambolic mess.',
    },
    {
      text: 'Effing roadworks again.',
      findings: [{ messageId: 'swearing', span: 'Effing' }],
      output: 'Roadworks again.',
    },
    // Masked, leet, stretched and look-alike spellings.
    {
      text: "The f*cking bins still haven't been emptied.",
      findings: [{ messageId: 'masked', span: 'f*cking', message: '“f*cking” still reads as swearing with letters hidden.' }],
      output: "The bins still haven't been emptied.",
    },
    {
      text: 'The bus station is sh1t.',
      name: 'leet',
      findings: [{ messageId: 'masked', span: 'sh1t' }],
      output: 'The bus station is rubbish.',
    },
    {
      text: 'Third cancelled bus this week, the service is $hit.',
      findings: [{ messageId: 'masked', span: '$hit', start: 46, end: 50 }],
      output: 'Third cancelled bus this week, the service is rubbish.',
    },
    {
      text: 'The new parking app is ѕhite.',
      name: 'Cyrillic ѕ',
      findings: [{ messageId: 'masked', span: 'ѕhite' }],
      output: 'The new parking app is rubbish.',
    },
    {
      text: 'The bus shelter on Elm Road is shiiiite.',
      name: 'stretched',
      findings: [{ messageId: 'swearing', span: 'shiiiite' }],
      output: 'The bus shelter on Elm Road is rubbish.',
    },
    // Welsh.
    {
      text: "Mae'r gwasanaeth bws yn gachu llwyr ers y newidiadau.",
      name: 'Welsh',
      findings: [{ messageId: 'swearing', span: 'gachu' }],
    },
    {
      text: "Mae'r ffordd yn ffycin beryglus ers y llifogydd.",
      name: 'Welsh intensifier',
      findings: [{ messageId: 'swearing', span: 'ffycin' }],
      output: "Mae'r ffordd yn beryglus ers y llifogydd.",
    },
    {
      text: "Mae'r sefyllfa'n gachu.",
      name: 'Welsh, too short to tell',
      findings: [{ messageId: 'swearing', span: 'gachu' }],
    },
    // Every strictness level.
    {
      text: 'That was a piss-poor turnout from cabinet.',
      strictness: 'relaxed',
      findings: [{ messageId: 'swearing', span: 'piss' }],
    },
    {
      text: 'Bugger, forgot my rosette.',
      strictness: 'pre-election',
      findings: [{ messageId: 'swearing', span: 'Bugger' }],
    },
  ],
});
