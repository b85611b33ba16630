import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'personal-data',
    description: "Phone numbers, e-mail and home addresses, postcodes, dates of birth, National Insurance and NHS numbers, vehicle registrations and bank details.",
    sources: ["CG \u00a711.2", "CG \u00a712.3", "LGA2 intro"],
    section: { ref: "CG \u00a712.3", anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Sections 11.2 and 12.3 of the council's guidance say personal data must be handled under data protection law and councillors should not share personal details such as phone numbers, dates of birth or home addresses.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'all',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
