import type { CouncilConfig } from './schema';
import type { CouncilSettings } from './types';

/** The part of a council configuration the rule engine reads. */
export function toCouncilSettings(config: CouncilConfig): CouncilSettings {
  return {
    name: config.council.name,
    shortName: config.council.shortName,
    guidance: { url: config.guidance.url, sections: config.guidance.sections },
    allow: {
      phoneNumbers: config.allowList.phoneNumbers,
      emailDomains: config.allowList.emailDomains,
      emailAddresses: config.allowList.emailAddresses,
      words: config.allowList.words,
    },
    words: config.words,
    severity: config.severity,
    acronyms: config.acronyms,
    people: config.people,
  };
}
