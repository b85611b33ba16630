import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'personal-attack',
    description: "Insults, ridicule or mockery aimed at a person or group of people: officers, councillors, residents.",
    sources: ["CG \u00a78.2", "GM 4.6", "GM 5.2"],
    section: { ref: "CG \u00a78.2", anchor: '#tone-respect-and-dignity' },
    why: "Section 8.2 of the council's guidance (tone, respect and dignity of office) asks councillors to avoid language that ridicules or mocks individuals; insults can breach the Code of Conduct's duty of respect.",
    severity: { relaxed: 'warning', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
