import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'speaking-for-council',
    description: "Presenting a personal view or promise as a council decision.",
    sources: ["GM 4.11", "GM 4.8"],
    section: { ref: "GM 4.11", anchor: '#speaking-for-the-council' },
    why: "The guidance for members (4.11) asks councillors to make clear when they speak for themselves: only the council, through its decisions, can commit the council.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
