import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'repeated-target',
    description: "The same named person made the subject of critical posts again and again.",
    sources: ["GM 5.4", "CG \u00a79"],
    section: { ref: "GM 5.4", anchor: '#scale-reach-and-amplification' },
    why: "Bullying can be 'a series of similar comments about a person' (guidance for members 5.4), and \u00a79 of the council's guidance warns that repeated posting dominates narratives.",
    severity: { relaxed: 'off', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
