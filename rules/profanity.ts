import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'profanity',
    description: "Swearing, including masked forms such as f*ck and sh1t.",
    sources: ["LGA2 abuse guide", "CG Dos and Don'ts"],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts and the LGA's guide to online abuse ask councillors not to post anything they would not say at a public meeting, and swearing undermines the dignity of the office.",
    severity: { relaxed: 'warning', standard: 'warning', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
