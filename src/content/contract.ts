import type { Finding } from '../engine/types';

/**
 * The test contract, read by checks outside this code: the checked editor carries the number of
 * findings shown and their rule ids (each id once, sorted, space-separated). These two
 * attributes are the only thing Golden Rule ever adds to an editor's DOM.
 */
export const FINDINGS_ATTRIBUTE = 'data-golden-rule-findings';
export const RULES_ATTRIBUTE = 'data-golden-rule-rules';

export function writeContract(editor: HTMLElement, findings: readonly Finding[]): void {
  editor.setAttribute(FINDINGS_ATTRIBUTE, String(findings.length));
  editor.setAttribute(RULES_ATTRIBUTE, [...new Set(findings.map((f) => f.ruleId))].sort().join(' '));
}

export function clearContract(editor: HTMLElement): void {
  editor.removeAttribute(FINDINGS_ATTRIBUTE);
  editor.removeAttribute(RULES_ATTRIBUTE);
}
