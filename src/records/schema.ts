import { z } from 'zod';
import { SITE_IDS } from '../config/schema';
import type { RecordInput } from './types';

/**
 * A record arriving from a content script, checked before it is kept (zod stays out of the
 * content scripts: this runs in the background only). Long texts are refused, not cut: a record
 * is evidence and must be what the page showed.
 */
const webAddress = z
  .string()
  .max(4_000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be a web address');

export const recordInputSchema = z.strictObject({
  kind: z.enum(['comment', 'post']),
  site: z.enum(SITE_IDS),
  text: z.string().min(1).max(100_000),
  author: z.string().max(500),
  permalink: webAddress.nullable(),
  pageUrl: webAddress,
  pageTitle: z.string().max(2_000),
  postedAt: z.string().max(200).nullable(),
  seenAt: z.iso.datetime(),
  findings: z
    .array(
      z.strictObject({
        ruleId: z.string().max(60),
        severity: z.enum(['error', 'warning', 'info']),
        message: z.string().max(2_000),
        passage: z.string().max(10_000),
      }),
    )
    .max(200),
});

export function parseRecordInput(value: unknown): { ok: true; record: RecordInput } | { ok: false; message: string } {
  const result = recordInputSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not valid'}` };
}
