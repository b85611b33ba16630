import { z } from 'zod';
import { RULE_IDS } from '../../rules/ids';
import { STRICTNESS_LEVELS } from '../engine/types';
import { describeIssues } from './problems';
import { fileSlug } from './slug';

/**
 * The council configuration (`council.config.json`). Strict: an unknown key is an error, so
 * a typo never silently does nothing. Kept out of the content script (zod is large); the
 * build validates the file and embeds the result, and the background script validates the
 * administrator's policy (`src/config/policy.ts`) with this same schema.
 *
 * `.describe()` texts end up in the managed policy schema (`src/config/managed-schema.ts`).
 */

const ruleId = z.enum(RULE_IDS);
const strictness = z.enum(STRICTNESS_LEVELS);
const severityLevel = z.enum(['error', 'warning', 'info', 'off']);
export const SITE_IDS = ['facebook', 'x', 'instagram', 'linkedin', 'nextdoor'] as const;
const site = z.enum(SITE_IDS);

const HTTPS_MESSAGE = 'must be a web address starting with https://';

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

const httpsUrl = z.string({ error: HTTPS_MESSAGE }).refine(isHttpsUrl, HTTPS_MESSAGE);
const anchorOrUrl = z
  .string()
  .refine(
    (value) => /^#[\w-]+$/.test(value) || isHttpsUrl(value),
    'must be an #anchor in the guidance page, such as #section-3, or a web address starting with https://',
  );
const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** UK numbers as people write them: digits, spaces, brackets, dashes, an optional +44. */
const phone = z
  .string()
  .regex(/^\+?[\d\s()-]{3,20}$/, { message: 'must be a phone number (digits, spaces, brackets, dashes, optional +)', abort: true })
  .refine((value) => value.replace(/\D/g, '').length >= 3, 'must have at least three digits');

const email = z.email({ error: 'must be an e-mail address such as name@council.gov.uk' });

const contact = z.strictObject({
  name: nonEmpty('the contact name'),
  email: email.optional(),
  phone: phone.optional(),
  url: httpsUrl.optional(),
});

const DAY_MS = 86_400_000;
/** Longest plausible period: the notice of election comes at most 25 working days (England) or about five weeks (Scotland) before the poll. */
export const LONGEST_PERIOD_DAYS = 70;

const period = z
  .strictObject({
    name: nonEmpty('the period name').optional(),
    noticeDate: isoDate,
    pollingDay: isoDate,
  })
  .superRefine((p, ctx) => {
    if (p.noticeDate > p.pollingDay) {
      ctx.addIssue({ code: 'custom', path: ['pollingDay'], message: `must be on or after noticeDate (${p.noticeDate}), not before it` });
      return;
    }
    const days = Math.round((Date.parse(p.pollingDay) - Date.parse(p.noticeDate)) / DAY_MS);
    if (days > LONGEST_PERIOD_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['noticeDate'],
        message: `is ${days} days before pollingDay (${p.pollingDay}); the notice of election is published at most about five weeks before polling day: check the year`,
      });
    }
  });

const domain = z
  .string()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain such as northdale.gov.uk (no @, no https://)');

/**
 * What a base64 `key` decodes to: a public key (SubjectPublicKeyInfo: SEQUENCE { SEQUENCE
 * { algorithm } … }) or, by mistake, a private key (PKCS#8: SEQUENCE { INTEGER 0 … }).
 */
export function chromeKeyProblem(value: string): string | undefined {
  let bytes: string;
  try {
    bytes = atob(value);
  } catch {
    return 'must be base64 (letters, digits, +, / and = only, on one line)';
  }
  if (bytes.charCodeAt(0) !== 0x30) return 'is not a key: give the public key of your .pem file as base64 DER (see ADMIN.md)';
  // Skip the outer SEQUENCE's length (short or long form).
  const lengthByte = bytes.charCodeAt(1);
  const offset = lengthByte & 0x80 ? 2 + (lengthByte & 0x7f) : 2;
  const inner = bytes.charCodeAt(offset);
  if (inner === 0x02) return 'is a PRIVATE key: never put it in the configuration; give the public key (openssl rsa -pubout, see ADMIN.md)';
  if (inner !== 0x30) return 'is not a public key: give the public key of your .pem file as base64 DER (see ADMIN.md)';
  return undefined;
}

const chromeKey = z
  .string()
  .regex(/^[A-Za-z0-9+/=]+$/, { message: 'must be base64 (letters, digits, +, / and = only, on one line, without BEGIN/END lines)', abort: true })
  .min(100, { message: 'is too short to be a public key: give the whole base64 public key (see ADMIN.md)', abort: true })
  .superRefine((value, ctx) => {
    const problem = chromeKeyProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const FIREFOX_ID = /^(?:[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z0-9-]+|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;

export const councilConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  council: z
    .strictObject({
      name: nonEmpty('the council name'),
      shortName: nonEmpty('the short name')
        .max(40, 'must be at most 40 characters')
        .refine((value) => fileSlug(value) !== '', 'must contain letters or digits (it names the build files)'),
      website: httpsUrl.optional(),
    })
    .describe('The council: name, shortName (used to recognise "on behalf of X Council"), website.'),
  extension: z
    .strictObject({
      /** The name shown in the browser's toolbar and extension list. */
      displayName: nonEmpty('the display name').max(45, 'must be at most 45 characters (the stores’ limit)'),
      /** Firefox add-on id; derived from the council's short name when absent. */
      firefoxId: z.string().max(80, 'must be at most 80 characters').regex(FIREFOX_ID, 'must look like golden-rule@council.gov.uk (or a {GUID})').optional(),
      /** Base64 public key (manifest `key`) that fixes the Chromium extension id. */
      chromeKey: chromeKey.optional(),
      /** Where Chromium browsers look for updates of a self-hosted build. */
      updateUrl: httpsUrl.optional(),
    })
    .default({ displayName: 'Golden Rule' }),
  guidance: z
    .strictObject({
      /** The council's social media guidance for councillors. */
      url: httpsUrl,
      /** Per rule: the section's `#anchor` in `url`, or a full address. */
      sections: z.partialRecord(ruleId, anchorOrUrl).default({}),
      codeOfConductUrl: httpsUrl,
    })
    .describe('The social media guidance (url), the #anchor or address of each rule’s section, and the Code of Conduct (codeOfConductUrl).'),
  contacts: z
    .strictObject({
      monitoringOfficer: contact,
      communications: contact.optional(),
      /** Shown with threats: the police non-emergency number and how to report online. */
      police: z
        .strictObject({ emergency: phone.default('999'), nonEmergency: phone.default('101'), url: httpsUrl.optional() })
        .optional(),
    })
    .describe('Who councillors can ask: monitoringOfficer, communications, police (each with name, email, phone, url).'),
  allowList: z
    .strictObject({
      phoneNumbers: z.array(phone).default([]),
      emailDomains: z.array(domain).default([]),
      emailAddresses: z.array(email).default([]),
      words: z.array(nonEmpty('an allowed word')).default([]),
    })
    .default({ phoneNumbers: [], emailDomains: [], emailAddresses: [], words: [] })
    .describe('Published council contact details and words that are never flagged. Each list replaces the built-in list.'),
  words: z
    .partialRecord(ruleId, z.array(nonEmpty('a word or phrase')))
    .default({})
    .describe('Extra words and phrases per rule id, added to the built-in lists.'),
  severity: z
    .partialRecord(ruleId, z.partialRecord(strictness, severityLevel))
    .default({})
    .describe('Per rule id and strictness level (relaxed, standard, pre-election): error, warning, info or off.'),
  acronyms: z
    .record(z.string().regex(/^[A-Za-z0-9&.]{2,12}$/, 'is not an acronym: use 2–12 letters, digits, & or .'), nonEmpty('the expansion'))
    .default({})
    .describe('Acronym → plain-English expansion, for the jargon rule.'),
  people: z
    .strictObject({
      councillors: z.array(nonEmpty('a name')).default([]),
      officers: z.array(nonEmpty('a name')).default([]),
    })
    .default({ councillors: [], officers: [] })
    .describe('Names of councillors and officers, for the rules about targeting people.'),
  defaultStrictness: strictness.default('standard').describe('relaxed, standard or pre-election: the level unless a councillor picks another.'),
  preElectionPeriods: z
    .array(period)
    .default([])
    .describe('Pre-election periods [{name, noticeDate, pollingDay}] (dates YYYY-MM-DD, both days included). Replaces the built-in list.'),
  platforms: z.partialRecord(site, z.boolean()).default({}).describe('Sites where checking is on: facebook, x, instagram, linkedin, nextdoor (true/false).'),
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
    .default({ strictness: false, rules: [], sites: false, lockedBy: 'your council' })
    .describe('What councillors cannot change: strictness (true/false), rules (rule ids), sites (true/false), lockedBy (shown next to a lock).'),
  /** The message councillors can pin under a post. */
  boundaryMessage: nonEmpty('the boundary message')
    .default('Debate is welcome; abuse or threats are not.')
    .describe('The message councillors can pin under a post.'),
});

export type CouncilConfigInput = z.input<typeof councilConfigSchema>;
export type CouncilConfig = z.output<typeof councilConfigSchema>;

export interface ConfigProblem {
  /** Dotted path into the file: `guidance.sections.profanity`, or `(top level)`/`(file)`. */
  path: string;
  reason: string;
}

export type ParseResult = { ok: true; config: CouncilConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates a configuration; every problem is reported (not just the first), each as `path: reason`. */
export function parseCouncilConfig(value: unknown): ParseResult {
  const result = councilConfigSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: describeIssues(councilConfigSchema, result.error.issues, value) };
}
