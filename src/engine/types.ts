import type { CouncilSettings } from '../config/types';
import type { RuleId } from '../../rules/ids';

export type { RuleId };

export type Severity = 'error' | 'warning' | 'info';
export type SeverityLevel = Severity | 'off';

export const STRICTNESS_LEVELS = ['relaxed', 'standard', 'pre-election'] as const;
export type Strictness = (typeof STRICTNESS_LEVELS)[number];

export const PLATFORMS = ['facebook', 'x', 'instagram', 'linkedin', 'nextdoor', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * `post`: the councillor's own words (every rule).
 * `comment`: someone else's comment under the councillor's post; only the rules about
 * abuse and personal data apply (issue 6).
 */
export type CheckMode = 'post' | 'comment';

/** A replacement the user can apply with one click: the text between `start` and `end` becomes `text`. */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  /** What the button says, e.g. "Replace with “officers”". */
  label: string;
}

export interface Finding {
  /** A rule id from RULES.md, or `unchecked-language` for the engine's own notice. */
  ruleId: RuleId | EngineNoticeId;
  messageId: string;
  severity: Severity;
  /** UTF-16 offsets into the checked text; `text.slice(start, end)` is the flagged passage. */
  start: number;
  end: number;
  message: string;
  /** One sentence naming the guidance section. */
  why: string;
  /** Link to that section of the council's guidance. */
  url: string;
  suggestions: Suggestion[];
}

export type EngineNoticeId = 'unchecked-language' | 'rule-failed';

const ENGINE_NOTICES: ReadonlySet<string> = new Set<EngineNoticeId>(['unchecked-language', 'rule-failed']);

/** A notice from the engine itself (text it did not check, a rule that failed), not a rule's finding. */
export function isEngineNotice(ruleId: string): ruleId is EngineNoticeId {
  return ENGINE_NOTICES.has(ruleId);
}

/** One earlier post, reduced to what `repeated-target` needs (issue 6 keeps only this, never the text). */
export interface HistoryEntry {
  /** ISO date-time the post was checked. */
  at: string;
  /** Normalised names of people the post criticised (see `src/engine/people.ts`). */
  criticised: string[];
}

export interface LintOptions {
  strictness?: Strictness;
  platform?: Platform;
  mode?: CheckMode;
  council?: CouncilSettings;
  history?: readonly HistoryEntry[];
  /** Rule ids to skip (the user's "turn this rule off on this site"). */
  disabledRules?: readonly string[];
  /** The user's personal allow-list of words and names: never flagged by word rules. */
  allowWords?: readonly string[];
  /** The time the history is judged against; defaults to the current time. */
  now?: Date;
}
