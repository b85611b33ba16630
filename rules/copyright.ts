import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'copyright',
    description: "Signs of reusing others' images or text without permission.",
    sources: ["CG Dos and Don'ts", "DSC 4.5"],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts warn that placing images or text from a copyrighted source online without permission is likely to breach copyright.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'info' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
