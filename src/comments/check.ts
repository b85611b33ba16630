import { lint } from '../engine/lint';
import { isEngineNotice, type Finding, type LintOptions } from '../engine/types';

/** Checking stops for a moment after this long, so the page stays responsive with long threads. */
const SLICE_MS = 8;

/** Notices about the check itself (a language not checked), not about the comment. */
/** A comment's findings: only the rules about other people's words run (`mode: 'comment'`). */
export function checkComment(text: string, options: LintOptions): Finding[] {
  return lint(text, { ...options, mode: 'comment' }).filter((finding) => !isEngineNotice(finding.ruleId));
}

/**
 * Checks each text in turn, yielding to the page between slices of work. `cancelled` is
 * asked between slices: a check that is no longer wanted stops early.
 */
export async function checkAll(
  texts: readonly string[],
  options: LintOptions,
  cancelled: () => boolean = () => false,
): Promise<Finding[][] | null> {
  const results: Finding[][] = [];
  let sliceStart = performance.now();
  for (const text of texts) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
    results.push(checkComment(text, options));
  }
  return results;
}
