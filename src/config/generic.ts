import type { CouncilSettings } from './types';

/**
 * What the engine uses when it is given no council configuration: no council-specific
 * words, names or allow-lists, and links to the LGA's public guidance. The extension and
 * the CLI always pass the embedded council configuration instead (`src/config/`).
 */
export const GENERIC_COUNCIL: CouncilSettings = {
  name: 'your council',
  shortName: '',
  guidance: {
    url: 'https://www.local.gov.uk/our-support/councillor-and-officer-development/councillor-workbooks/social-media',
    sections: {},
  },
  allow: { phoneNumbers: [], emailDomains: [], emailAddresses: [], words: [] },
  words: {},
  severity: {},
  acronyms: {},
  people: { councillors: [], officers: [] },
};
