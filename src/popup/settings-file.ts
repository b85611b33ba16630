/**
 * Export and import of the councillor's settings as a JSON file (options page only: zod stays
 * out of the content scripts). A file is checked in full before anything is saved; a bad file
 * is refused with its reasons and changes nothing.
 */
import { z } from 'zod';
import { RULE_IDS } from '../../rules/ids';
import { SITE_IDS } from '../config/schema';
import { STRICTNESS_LEVELS } from '../engine/types';
import type { UserSettings } from '../settings/types';
import { t } from '../ui/strings';
import { MAX_WORD_LENGTH } from './settings-actions';

export const SETTINGS_FILE_FORMAT = 'golden-rule-settings';
export const SETTINGS_FILE_VERSION = 1;
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

const E = t.importErrors;

const isoDate = z
  .string({ error: E.notDate })
  .regex(/^\d{4}-\d{2}-\d{2}$/, E.notDate)
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m! - 1, d!));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  }, E.notDate);

const ruleId = z.enum(RULE_IDS, { error: E.unknownRule });

const period = z
  .strictObject({ name: z.string().trim().min(1, E.emptyWord).max(MAX_WORD_LENGTH).optional(), noticeDate: isoDate, pollingDay: isoDate })
  .refine((p) => p.noticeDate <= p.pollingDay, { message: E.dateOrder, path: ['pollingDay'] });

const siteSettings = z.strictObject({
  enabled: z.boolean(),
  disabledRules: z.array(ruleId).default([]),
});

/** The `settings` object of a file: every field is checked; unknown keys are refused. */
const settingsSchema = z.strictObject({
  strictness: z.enum(STRICTNESS_LEVELS, { error: E.notStrictness }).optional(),
  preElectionPeriods: z.array(period).default([]),
  disabledRules: z.array(ruleId).default([]),
  allowWords: z.array(z.string().trim().min(1, E.emptyWord).max(MAX_WORD_LENGTH)).default([]),
  sites: z
    .record(z.string(), siteSettings)
    .default({})
    .superRefine((sites, ctx) => {
      for (const key of Object.keys(sites)) {
        if (!(SITE_IDS as readonly string[]).includes(key)) ctx.addIssue({ code: 'custom', message: E.unknownSite, path: [key] });
      }
    }),
  keepHistory: z.boolean().default(false),
});

const fileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  exportedAt: z.string().optional(),
  settings: settingsSchema,
});

/** The file's contents. Snoozes are left out: they last an hour and mean nothing elsewhere. */
export function exportSettings(settings: UserSettings, now: Date): string {
  const sites: Record<string, { enabled: boolean; disabledRules: string[] }> = {};
  for (const [id, entry] of Object.entries(settings.sites)) {
    if (entry) sites[id] = { enabled: entry.enabled, disabledRules: [...entry.disabledRules] };
  }
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: {
      ...(settings.strictness ? { strictness: settings.strictness } : {}),
      preElectionPeriods: settings.preElectionPeriods,
      disabledRules: settings.disabledRules,
      allowWords: settings.allowWords,
      sites,
      keepHistory: settings.keepHistory,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: UserSettings } | { ok: false; reasons: string[] };

/** Reads a settings file. Never throws; on any problem returns every reason found. */
export function parseSettingsFile(source: string): ImportResult {
  if (source.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, reasons: [E.tooBig] };
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reasons: [E.notJson((error as Error).message)] };
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || Array.isArray(head) || head.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, reasons: [E.notSettings] };
  }
  if (head.version !== SETTINGS_FILE_VERSION) return { ok: false, reasons: [E.version(String(head.version))] };
  const result = fileSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      reasons: result.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.') || '(top level)';
        const reason =
          issue.code === 'unrecognized_keys'
            ? E.unknownKey(issue.keys.map((k) => `“${k}”`).join(', '))
            : issue.code === 'invalid_type'
              ? E.type(issue.expected)
              : issue.message;
        return E.at(path, reason);
      }),
    };
  }
  const s = result.data.settings;
  const settings: UserSettings = {
    ...(s.strictness ? { strictness: s.strictness } : {}),
    preElectionPeriods: s.preElectionPeriods.map((p) => ({ ...(p.name ? { name: p.name } : {}), noticeDate: p.noticeDate, pollingDay: p.pollingDay })),
    disabledRules: [...new Set(s.disabledRules)],
    allowWords: [...new Set(s.allowWords)],
    sites: Object.fromEntries(
      Object.entries(s.sites).map(([id, entry]) => [id, { enabled: entry.enabled, disabledRules: [...new Set(entry.disabledRules)] }]),
    ),
    keepHistory: s.keepHistory,
  };
  return { ok: true, settings };
}
