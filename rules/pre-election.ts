import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'pre-election',
    description: "During the pre-election period: electioneering with council business, new council initiatives, vote messages without a digital imprint, and council resources or branding used for campaigning.",
    sources: ["DSC 4.9", "CG Dos and Don'ts (election period)", "GM 4.9"],
    section: { ref: "DSC 4.9", anchor: '#pre-election-period' },
    why: "In the pre-election period council resources and business must not be used for campaigning (DSC 4.9), and election material from a councillor needs a digital imprint (Elections Act 2022).",
    severity: { relaxed: 'off', standard: 'off', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
