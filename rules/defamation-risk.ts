import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'defamation-risk',
    description: "An allegation of crime, dishonesty or corruption about an identifiable person or body, stated as fact.",
    sources: ["CG \u00a76.2", "GM 4.2", "DSC 4.5"],
    section: { ref: "CG \u00a76.2", anchor: '#core-responsibilities' },
    why: "Under \u00a76.2 of the council's guidance, publishing an untrue statement that damages someone's reputation can lead to a libel action for which the councillor is personally liable.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
