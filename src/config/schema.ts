import { z } from 'zod';
import { RULE_IDS } from '../../rules/ids';
import { STRICTNESS_LEVELS } from '../engine/types';

/**
 * The council configuration (`council.config.json`). Strict: an unknown key is an error, so
 * a typo never silently does nothing. Kept out of the content script (zod is large); the
 * build validates the file and embeds the result.
 */

const ruleId = z.enum(RULE_IDS);
const strictness = z.enum(STRICTNESS_LEVELS);
const severityLevel = z.enum(['error', 'warning', 'info', 'off']);
export const SITE_IDS = ['facebook', 'x', 'instagram', 'linkedin', 'nextdoor'] as const;
const site = z.enum(SITE_IDS);

const httpsUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });
const anchorOrUrl = z.union([z.string().regex(/^#[\w-]+$/, 'must be an #anchor or a web address'), httpsUrl]);
const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** UK numbers as people write them: digits, spaces, brackets, dashes, an optional +44. */
const phone = z
  .string()
  .regex(/^\+?[\d\s()-]{3,20}$/, 'must be a phone number (digits, spaces, brackets, dashes, optional +)')
  .refine((value) => value.replace(/\D/g, '').length >= 3, 'must have at least three digits');

const contact = z.strictObject({
  name: nonEmpty('the contact name'),
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  phone: phone.optional(),
  url: httpsUrl.optional(),
});

const period = z
  .strictObject({
    name: nonEmpty('the period name').optional(),
    noticeDate: isoDate,
    pollingDay: isoDate,
  })
  .refine((p) => p.noticeDate <= p.pollingDay, { message: 'pollingDay must be on or after noticeDate', path: ['pollingDay'] });

const domain = z
  .string()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain such as northdale.gov.uk (no @, no https://)');

export const councilConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  council: z.strictObject({
    name: nonEmpty('the council name'),
    shortName: nonEmpty('the short name').max(40, 'must be at most 40 characters'),
    website: httpsUrl.optional(),
  }),
  extension: z
    .strictObject({
      /** The name shown in the browser's toolbar and extension list. */
      displayName: nonEmpty('the display name').max(45, 'must be at most 45 characters (the stores’ limit)'),
      /** Firefox add-on id; derived from the council's short name when absent. */
      firefoxId: z
        .string()
        .regex(/^[a-z0-9._-]+@[a-z0-9.-]+$/i, 'must look like golden-rule@council.gov.uk')
        .optional(),
      /** Base64 public key (manifest `key`) that fixes the Chromium extension id. */
      chromeKey: z.string().regex(/^[A-Za-z0-9+/=]{100,}$/, 'must be the base64 public key from a .pem file').optional(),
      /** Where Chromium browsers look for updates of a self-hosted build. */
      updateUrl: httpsUrl.optional(),
    })
    .default({ displayName: 'Golden Rule' }),
  guidance: z.strictObject({
    /** The council's social media guidance for councillors. */
    url: httpsUrl,
    /** Per rule: the section's `#anchor` in `url`, or a full address. */
    sections: z.partialRecord(ruleId, anchorOrUrl).default({}),
    codeOfConductUrl: httpsUrl,
  }),
  contacts: z.strictObject({
    monitoringOfficer: contact,
    communications: contact.optional(),
    /** Shown with threats: the police non-emergency number and how to report online. */
    police: z
      .strictObject({ emergency: phone.default('999'), nonEmergency: phone.default('101'), url: httpsUrl.optional() })
      .optional(),
  }),
  allowList: z
    .strictObject({
      phoneNumbers: z.array(phone).default([]),
      emailDomains: z.array(domain).default([]),
      emailAddresses: z.array(z.email({ error: 'must be an e-mail address' })).default([]),
      words: z.array(nonEmpty('an allowed word')).default([]),
    })
    .default({ phoneNumbers: [], emailDomains: [], emailAddresses: [], words: [] }),
  words: z.partialRecord(ruleId, z.array(nonEmpty('a word or phrase'))).default({}),
  severity: z.partialRecord(ruleId, z.partialRecord(strictness, severityLevel)).default({}),
  acronyms: z
    .record(z.string().regex(/^[A-Za-z0-9&.]{2,12}$/, 'acronyms are 2–12 letters, digits, & or .'), nonEmpty('the expansion'))
    .default({}),
  people: z
    .strictObject({
      councillors: z.array(nonEmpty('a name')).default([]),
      officers: z.array(nonEmpty('a name')).default([]),
    })
    .default({ councillors: [], officers: [] }),
  defaultStrictness: strictness.default('standard'),
  preElectionPeriods: z.array(period).default([]),
  platforms: z.partialRecord(site, z.boolean()).default({}),
  locks: z
    .strictObject({
      /** Councillors cannot change the strictness. */
      strictness: z.boolean().default(false),
      /** Rules councillors cannot turn off. */
      rules: z.array(ruleId).default([]),
      /** Councillors cannot turn checking off on a site or snooze it. */
      sites: z.boolean().default(false),
      /** Who set the locks, shown next to a locked setting. */
      lockedBy: nonEmpty('lockedBy').default('your council'),
    })
    .default({ strictness: false, rules: [], sites: false, lockedBy: 'your council' }),
  /** The message councillors can pin under a post. */
  boundaryMessage: nonEmpty('the boundary message').default('Debate is welcome; abuse or threats are not.'),
});

export type CouncilConfigInput = z.input<typeof councilConfigSchema>;
export type CouncilConfig = z.output<typeof councilConfigSchema>;

export interface ConfigProblem {
  /** Dotted path into the file: `guidance.sections.profanity`. */
  path: string;
  reason: string;
}

export type ParseResult = { ok: true; config: CouncilConfig } | { ok: false; problems: ConfigProblem[] };

export function parseCouncilConfig(value: unknown): ParseResult {
  const result = councilConfigSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(top level)',
      reason: issue.message,
    })),
  };
}
