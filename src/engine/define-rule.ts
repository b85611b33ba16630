import type { CouncilSettings } from '../config/types';
import type { TextDocument } from './text/document';
import type {
  CheckMode,
  HistoryEntry,
  Platform,
  RuleId,
  SeverityLevel,
  Strictness,
} from './types';

export interface GuidanceSection {
  /** How the section is cited in RULES.md: "CG §8.2". */
  ref: string;
  /** Anchor in the council's guidance page when the configuration names none. */
  anchor: string;
}

export interface RuleMeta {
  id: RuleId;
  /** What the rule catches, in one line (shown in the options page and the README). */
  description: string;
  /** Every guidance point the rule encodes, as cited in RULES.md. */
  sources: readonly string[];
  /** The section the finding links to. */
  section: GuidanceSection;
  /** One sentence, naming the guidance section, that says why a finding matters. */
  why: string;
  /** Default severity per strictness level (RULES.md's table). */
  severity: Readonly<Record<Strictness, SeverityLevel>>;
  /** `words`: reads English and Welsh only. `all`: runs on text in any language. */
  scope: 'words' | 'all';
  /** Whether the rule also checks other people's comments (issue 6). */
  checksComments: boolean;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Readonly<Record<string, string>>;
  /** Examples checked by the meta tests: each `invalid` gives a finding, each `valid` none. */
  examples: {
    valid: readonly string[];
    invalid: readonly string[];
    /** The strictness the examples are checked at; `standard` by default. */
    strictness?: Strictness;
  };
}

export interface SuggestionInput {
  /** Defaults to the finding's span. */
  start?: number;
  end?: number;
  text: string;
  label?: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  suggestions?: readonly SuggestionInput[];
}

export interface RuleContext {
  readonly text: string;
  readonly doc: TextDocument;
  readonly strictness: Strictness;
  readonly platform: Platform;
  readonly mode: CheckMode;
  readonly council: CouncilSettings;
  readonly history: readonly HistoryEntry[];
  /** The council's extra words and phrases for this rule. */
  readonly extraWords: readonly string[];
  /** Dates and times are only read from `now`, so checks stay deterministic. */
  readonly now: Date;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity function that gives rule modules their type (ESLint's `meta` + pure `create`, as one `check`). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
