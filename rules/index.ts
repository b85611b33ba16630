import type { Rule } from '../src/engine/define-rule';
import personalAttack from './personal-attack';
import discriminatoryLanguage from './discriminatory-language';
import threatOrIncitement from './threat-or-incitement';
import profanity from './profanity';
import defamationRisk from './defamation-risk';
import speculationAsFact from './speculation-as-fact';
import selectiveQuote from './selective-quote';
import unverifiedClaim from './unverified-claim';
import contemptFraming from './contempt-framing';
import confidentialInformation from './confidential-information';
import personalData from './personal-data';
import whereabouts from './whereabouts';
import safeguarding from './safeguarding';
import predetermination from './predetermination';
import speakingForCouncil from './speaking-for-council';
import preElection from './pre-election';
import shouting from './shouting';
import jargon from './jargon';
import copyright from './copyright';
import repeatedTarget from './repeated-target';

/** Every rule, in the order of RULES.md. Each module is named by its rule id. */
export const RULES: readonly Rule[] = [
  personalAttack,
  discriminatoryLanguage,
  threatOrIncitement,
  profanity,
  defamationRisk,
  speculationAsFact,
  selectiveQuote,
  unverifiedClaim,
  contemptFraming,
  confidentialInformation,
  personalData,
  whereabouts,
  safeguarding,
  predetermination,
  speakingForCouncil,
  preElection,
  shouting,
  jargon,
  copyright,
  repeatedTarget,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
