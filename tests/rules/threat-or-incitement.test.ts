import rule from '../../rules/threat-or-incitement';
import { ruleTester } from '../helpers/rule-tester';

const THREAT = 'This reads as a threat against someone.';
const VIOLENCE = 'This encourages or welcomes violence.';
const HARASSMENT = 'This calls on others to harass or intimidate someone.';

ruleTester(rule, {
  valid: [
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
    // Hashtags.
    '#WatchYourBack campaign: Northdale Police are marking bikes free at the library.',
    // Welsh: a meeting notice.
    { text: "Bydd y cyfarfod yn cael ei gynnal yn neuadd y pentref nos Iau am saith o'r gloch.", name: 'Welsh' },
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
      text: "Let's go round to his house and let him know what we think.",
      findings: [{ messageId: 'harassment', span: 'go round to his house and let him know what we think' }],
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
  ],
});
