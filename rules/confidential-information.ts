import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'confidential-information',
    description: "Content from confidential or exempt material or private meetings.",
    sources: ["CG \u00a711.1", "GM 5.6", "CG Dos and Don'ts"],
    section: { ref: "CG \u00a711.1", anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Section 11.1 of the council's guidance says councillors must not disclose confidential or exempt information online, including what was said in private meetings.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
