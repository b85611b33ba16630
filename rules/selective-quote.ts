import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'selective-quote',
    description: "Quoting a partial extract (an ellipsis inside quotation marks, a 'quote:' fragment) in a way that may change its meaning.",
    sources: ["CG \u00a77.3"],
    section: { ref: "CG \u00a77.3", anchor: '#information-integrity' },
    why: "Section 7.3 of the council's guidance counts quoting partial extracts from reports, emails or statements in a way that changes their meaning as malinformation.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
