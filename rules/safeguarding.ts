import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'safeguarding',
    description: "Details that identify a child or a vulnerable adult: a name with an age, school, care home or address.",
    sources: ["CG \u00a711.3", "GM 4.7", "LGA1 \u00a72"],
    section: { ref: "CG \u00a711.3", anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Section 11.3 of the council's guidance says safeguarding responsibilities apply online: details that identify a child or vulnerable adult can expose them to harm.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
