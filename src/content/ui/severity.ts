import type { Finding, Severity } from '../../engine/types';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'High risk',
  warning: 'Check this',
  info: 'Suggestion',
};

/** Most serious first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) if (worst === null || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

/** "personal-data" → "Personal data". */
export function ruleName(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countLabel(count: number): string {
  if (count === 0) return 'nothing to check';
  return count === 1 ? '1 thing to check' : `${count} things to check`;
}
