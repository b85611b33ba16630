import rule from '../../rules/shouting';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'The Mill Lane footpath is NOT closed — only the bridge section.',
    'Cllr Pym STILL hasn’t answered residents about the Carr Lane trees.',
    'Call the NHS on 111, or ask your GP about the BBC report.',
    'Has anyone else heard this??',
    { text: 'BINS NOT COLLECTED AGAIN ON ELM GROVE!!!', strictness: 'relaxed', name: 'off at relaxed' },
  ],
  invalid: [
    {
      text: 'ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING. Please take care.',
      findings: [{ messageId: 'capitals', span: 'ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING' }],
      output: 'Road closed at mill lane bridge due to flooding. Please take care.',
    },
    {
      text: 'Loved every minute of the gala!!!!! 🎉',
      findings: [{ messageId: 'exclamations', span: '!!!!!', start: 30, end: 35 }],
      output: 'Loved every minute of the gala! 🎉',
    },
    {
      text: 'Happy to confirm the Christmas market IS GOING AHEAD!!!',
      findings: [
        { messageId: 'capitals', span: 'IS GOING AHEAD', message: 'Writing in capitals reads as shouting.' },
        { messageId: 'exclamations', span: '!!!' },
      ],
      output: 'Happy to confirm the Christmas market is going ahead!',
    },
    {
      text: 'Can people PLEASE read the leaflet before asking??? It’s ALL in there!!!',
      findings: [{ messageId: 'exclamations', span: '???' }, { messageId: 'exclamations', span: '!!!' }],
      output: 'Can people PLEASE read the leaflet before asking? It’s ALL in there!',
    },
    {
      text: 'DIOLCH YN FAWR I BAWB\nthanks all',
      name: 'Welsh capitals',
      findings: [{ messageId: 'capitals', span: 'DIOLCH YN FAWR I BAWB' }],
      output: 'Diolch yn fawr i bawb\nthanks all',
    },
  ],
});
