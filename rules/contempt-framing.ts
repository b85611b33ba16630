import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'contempt-framing',
    description: "Emotive framing that encourages contempt rather than scrutiny, or casts lawful governance as untrustworthy.",
    sources: ["CG \u00a78.2", "CG \u00a77.3"],
    section: { ref: "CG \u00a78.2", anchor: '#tone-respect-and-dignity' },
    why: "Section 8.2 of the council's guidance asks councillors to avoid framing lawful governance as inherently untrustworthy and language that encourages contempt rather than scrutiny.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
