import { RULES } from '../../rules/index';
import type { Rule } from '../engine/define-rule';
import { severityOf } from '../engine/lint';
import { STRICTNESS_LEVELS, type RuleId, type SeverityLevel, type Strictness } from '../engine/types';
import type { CouncilSettings } from '../config/types';

/** How one strictness level differs from `standard`, worked out from the rules' own severities. */
export interface LevelChange {
  level: Strictness;
  /** Rules that run at this level. */
  running: number;
  total: number;
  /** Off here, on at standard. */
  off: RuleId[];
  /** On here, off at standard. */
  on: RuleId[];
  /** A higher severity here than at standard. */
  stricter: RuleId[];
  /** A lower (but not off) severity here than at standard. */
  softer: RuleId[];
}

const RANK: Record<SeverityLevel, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** Per level, which rules change compared with standard (after the council's own severity changes). */
export function levelChanges(council: CouncilSettings, rules: readonly Rule[] = RULES): LevelChange[] {
  return STRICTNESS_LEVELS.map((level) => {
    const change: LevelChange = { level, running: 0, total: rules.length, off: [], on: [], stricter: [], softer: [] };
    for (const rule of rules) {
      const here = severityOf(rule, level, council);
      const base = severityOf(rule, 'standard', council);
      if (here !== 'off') change.running++;
      if (here === base) continue;
      if (here === 'off') change.off.push(rule.meta.id);
      else if (base === 'off') change.on.push(rule.meta.id);
      else if (RANK[here] > RANK[base]) change.stricter.push(rule.meta.id);
      else change.softer.push(rule.meta.id);
    }
    return change;
  });
}
