import { defineRule } from '../src/engine/define-rule';
import { findDiscrimination } from './shared/discrimination';

export default defineRule({
  meta: {
    id: 'discriminatory-language',
    description: 'Slurs and demeaning statements about race, religion or belief, disability, sexual orientation, gender reassignment, sex or age.',
    sources: ["CG Dos and Don'ts", 'GM 5.3', 'DSC 4.5'],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts forbid content that demeans people for a protected characteristic (race, religion or belief, disability, sexual orientation, gender reassignment, sex or age); it can breach the Code of Conduct and the law.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {
      slur: '“{{text}}” is a slur based on {{characteristic}}.',
      statement: 'This demeans people because of their {{characteristic}}.',
    },
    examples: {
      valid: [
        'Proud to have marched with Pride today. Love is love.',
        'Gypsy and Traveller people are a recognised ethnic group and have the same rights as anyone else.',
        'The disabled parking bays at the leisure centre are filthy again.',
        'A comment on this page called our Polish neighbours ‘parasites’. I’ve deleted it.',
        'Offa’s Dyke path is closed for repairs near the drainage dyke.',
      ],
      invalid: [
        'Not being funny but travellers are all the same, thieving and filthy.',
        'The r*tards on the other side of the chamber can’t even count.',
        'If you won’t integrate go back to where you came from.',
      ],
    },
  },
  check(context) {
    for (const hit of findDiscrimination(context)) {
      context.report({ messageId: hit.kind, data: { characteristic: hit.characteristic }, start: hit.start, end: hit.end });
    }
  },
});
