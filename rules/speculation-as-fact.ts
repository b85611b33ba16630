import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'speculation-as-fact',
    description: "Motives or intent presented as established fact, and insinuation.",
    sources: ["CG \u00a77.3", "CG \u00a78.2"],
    section: { ref: "CG \u00a77.3", anchor: '#information-integrity' },
    why: "Section 7.3 of the council's guidance lists presenting speculation about motives or intent as established fact as malinformation; \u00a78.2 adds insinuation that undermines credibility.",
    severity: { relaxed: 'off', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
