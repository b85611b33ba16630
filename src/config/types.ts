import type { RuleId } from '../../rules/ids';
import type { SeverityLevel, Strictness } from '../engine/types';

/**
 * What the rule engine reads from a council's configuration. Plain types, no zod, so the
 * content script can take the engine without the schema; `src/config/schema.ts` validates
 * a configuration file and produces this shape.
 */
export interface CouncilSettings {
  /** "Northdale Borough Council". */
  name: string;
  /** "Northdale". Used to spot "on behalf of Northdale Council" and council branding. */
  shortName: string;
  guidance: {
    /** The council's social media guidance; `#anchor`s in `sections` are resolved against it. */
    url: string;
    /** Per rule: an anchor (`#section-8`) or a full URL to the exact section. */
    sections: Partial<Record<RuleId, string>>;
  };
  /** Numbers, domains and addresses the council publishes, which `personal-data` must not flag. */
  allow: {
    phoneNumbers: string[];
    emailDomains: string[];
    emailAddresses: string[];
    /** Words and names the word rules must never flag (e.g. a ward called "Clownbury"). */
    words: string[];
  };
  /** Extra words and phrases per rule, added to the built-in lists. */
  words: Partial<Record<RuleId, string[]>>;
  /** Per rule and strictness: a severity, or `off`. Overrides the defaults in RULES.md. */
  severity: Partial<Record<RuleId, Partial<Record<Strictness, SeverityLevel>>>>;
  /** Acronym → plain-English expansion, added to the built-in `jargon` list. */
  acronyms: Record<string, string>;
  /** Names of councillors and officers, so the targeting rules know they are people. */
  people: { councillors: string[]; officers: string[] };
}
