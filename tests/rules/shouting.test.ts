import rule from '../../rules/shouting';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'The Mill Lane footpath is NOT closed — only the bridge section.',
    'Cllr Pym STILL hasn’t answered residents about the Carr Lane trees.',
    'Call the NHS on 111, or ask your GP about the BBC report.',
    'Has anyone else heard this??',
    { text: 'BINS NOT COLLECTED AGAIN ON ELM GROVE!!!', strictness: 'relaxed', name: 'off at relaxed' },
    // Acronyms everyone knows, and council jargon (the jargon rule's business), are not shouting.
    'The A&E at Northdale General is under pressure; please use NHS 111 first.',
    'The CCTV on Carr Lane is working again, says the PCSO team.',
    'The council’s SEND and HMO teams will be at the Civic Centre.',
    'I’ve asked about the CPZ and the TRO on Carr Lane.',
    // One or two words in capitals for emphasis.
    'Our GP surgery is the BEST in Northdale.',
    'Vote YES to the neighbourhood plan on 5 June.',
    'RIP Jim. A true gentleman.',
    'Message from the Echo: "ROAD CLOSED"',
    // Two capital words that are not a banner, or too short to shout.
    'Ward update: ROAD CLOSED',
    'NHS 111: call if you are unwell.',
    'BIG NEWS\nThe library stays open.',
    // A single exclamation or question mark.
    'Polling day is Thursday 1 May!',
    'Diolch o galon i bawb!',
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
    // Capitals.
    {
      text: 'NORTHDALE COUNCIL | Your council, working for you.',
      name: 'a two-word banner header',
      findings: [{ messageId: 'capitals', span: 'NORTHDALE COUNCIL' }],
      output: 'Northdale council | Your council, working for you.',
    },
    {
      text: 'HAPPY NEW YEAR to everyone in Brookside ward.',
      findings: [{ messageId: 'capitals', span: 'HAPPY NEW YEAR', start: 0, end: 14 }],
      output: 'Happy new year to everyone in Brookside ward.',
    },
    {
      text: 'WE WILL NOT ACCEPT these cuts to the bus service.',
      findings: [{ messageId: 'capitals', span: 'WE WILL NOT ACCEPT', message: 'Writing in capitals reads as shouting.' }],
      output: 'We will not accept these cuts to the bus service.',
    },
    {
      text: 'The library is OPEN AS NORMAL this Saturday.',
      name: 'mid-sentence run stays lower case',
      findings: [{ messageId: 'capitals', span: 'OPEN AS NORMAL', start: 15, end: 29 }],
      output: 'The library is open as normal this Saturday.',
    },
    {
      text: 'MILL LANE CLOSED FROM 9 TO 5 TOMORROW for resurfacing.',
      name: 'numbers inside a run',
      findings: [{ messageId: 'capitals', span: 'MILL LANE CLOSED FROM 9 TO 5 TOMORROW' }],
      output: 'Mill lane closed from 9 to 5 tomorrow for resurfacing.',
    },
    {
      text: 'OS GWELWCH YN DDA, PEIDIWCH Â GADAEL SBWRIEL YMA',
      name: 'Welsh sign',
      findings: [{ messageId: 'capitals', span: 'OS GWELWCH YN DDA, PEIDIWCH Â GADAEL SBWRIEL YMA' }],
      output: 'Os gwelwch yn dda, peidiwch â gadael sbwriel yma',
    },
    // Exclamation and question marks.
    {
      text: 'What a day!! Thanks to everyone who came.',
      findings: [{ messageId: 'exclamations', span: '!!', start: 10, end: 12 }],
      output: 'What a day! Thanks to everyone who came.',
    },
    {
      text: 'Really?! You think that’s acceptable?',
      findings: [{ messageId: 'exclamations', span: '?!', message: 'Repeated exclamation or question marks read as shouting.' }],
      output: 'Really? You think that’s acceptable?',
    },
    {
      text: 'Bins are late again?!?!',
      findings: [{ messageId: 'exclamations', span: '?!?!' }],
      output: 'Bins are late again?',
    },
    {
      text: 'Who knew??? Not me.',
      findings: [{ messageId: 'exclamations', span: '???' }],
      output: 'Who knew? Not me.',
    },
    {
      text: 'Amazing result!!!! Well done the Under-11s!!!',
      findings: [
        { messageId: 'exclamations', span: '!!!!', start: 14, end: 18 },
        { messageId: 'exclamations', span: '!!!', start: 42, end: 45 },
      ],
      output: 'Amazing result! Well done the Under-11s!',
    },
    {
      text: 'Call 0300 123 4567 NOW!!',
      strictness: 'pre-election',
      findings: [{ messageId: 'exclamations', span: '!!' }],
      output: 'Call 0300 123 4567 NOW!',
    },
  ],
});
