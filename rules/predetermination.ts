import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  meta: {
    id: 'predetermination',
    description: "A closed mind on a planning, licensing or other decision the councillor may take part in.",
    sources: ["DSC 4.8"],
    section: { ref: "DSC 4.8", anchor: '#predetermination' },
    why: "Councillors who take decisions on planning or licensing must keep an open mind (DSC 4.8): a post showing the decision is already made can invalidate the decision and bar them from voting.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {},
    examples: { valid: [], invalid: [] },
  },
  check() {},
});
