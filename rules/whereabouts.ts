import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'whereabouts',
    description: "Giving away where the councillor or their family is or will be outside official business, or their routines and absences.",
    sources: ["LGA1 \u00a72", "DSC 4.4", "GM 3.6"],
    section: { ref: "LGA1 \u00a72", anchor: '#personal-safety' },
    why: "The LGA's guidance on personal safety (\u00a72) advises against posting routines, places you frequent, future visits and holidays, which tell people where you are and when your home is empty.",
    severity: { relaxed: 'info', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
