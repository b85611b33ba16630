import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'threat-or-incitement',
    description: "Threats of harm, and calls for others to harass, intimidate or harm someone.",
    sources: ["DSC 4.5", "GM 5.4", "CG \u00a710.3"],
    section: { ref: "CG \u00a710.3", anchor: '#managing-comments' },
    why: "Threats and calls to harass or intimidate can be criminal offences (malicious communications, harassment) and breach the Code of Conduct; the guidance (\u00a710.3) warns against language that encourages intimidation.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: true,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
