import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'discriminatory-language',
    description: "Slurs and demeaning statements about race, religion or belief, disability, sexual orientation, gender reassignment, sex or age.",
    sources: ["CG Dos and Don'ts", "GM 5.3", "DSC 4.5"],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts forbid content that demeans people for a protected characteristic; it can breach the Code of Conduct and the Equality Act.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
