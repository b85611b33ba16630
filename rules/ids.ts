/** The rule ids of `../shared/RULES.md`, in its order. They are a public contract: never rename one. */
export const RULE_IDS = [
  'personal-attack',
  'discriminatory-language',
  'threat-or-incitement',
  'profanity',
  'defamation-risk',
  'speculation-as-fact',
  'selective-quote',
  'unverified-claim',
  'contempt-framing',
  'confidential-information',
  'personal-data',
  'whereabouts',
  'safeguarding',
  'predetermination',
  'speaking-for-council',
  'pre-election',
  'shouting',
  'jargon',
  'copyright',
  'repeated-target',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
