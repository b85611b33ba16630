import type { Rule } from '../src/engine/define-rule';
import shouting from './shouting';

/** Every rule, in the order of RULES.md. Each module is named by its rule id. */
export const RULES: readonly Rule[] = [shouting];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
