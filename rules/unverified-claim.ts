import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'unverified-claim',
    description: "Passing on hearsay or rumour as news.",
    sources: ["LGA1 \u00a73", "DSC 4.4", "GM 4.3"],
    section: { ref: "LGA1 \u00a73", anchor: '#information-integrity' },
    why: "The LGA's rules of engagement ask councillors to avoid posting false or unverified information; councillors share legal responsibility for what they pass on.",
    severity: { relaxed: 'info', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
