import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'jargon',
    description: "Acronyms and council-speak that residents may not understand, with the plain phrase.",
    sources: ["LGA2 abuse guide (avoid acronyms and council-speak)"],
    section: { ref: "LGA2, tackling online abuse", anchor: '#plain-english' },
    why: "The LGA's guide asks councillors to avoid acronyms and council-speak: residents who cannot follow a post are more likely to be frustrated by it.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'info' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
