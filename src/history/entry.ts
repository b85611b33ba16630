import { criticisedKeys } from '../../rules/repeated-target';
import { detectLanguages } from '../engine/language';
import { lint } from '../engine/lint';
import { nameView } from '../engine/nlp/context';
import { TextDocument } from '../engine/text/document';
import { isEngineNotice, type LintOptions, type RuleId } from '../engine/types';
import type { SiteId } from '../settings/types';
import type { StoredHistoryEntry } from './store';

/**
 * What the history keeps of a post the councillor sent: the people it criticised (normalised
 * keys such as "holloway") and the checks it raised. Null when there is neither, so a post that
 * criticises nobody and raises nothing leaves no trace.
 */
export function historyEntryFor(text: string, site: SiteId, options: LintOptions, at: Date): StoredHistoryEntry | null {
  if (!text.trim()) return null;
  const doc = new TextDocument(text);
  detectLanguages(doc);
  nameView(doc, options.council);
  const criticised = criticisedKeys(doc, options.council);
  const rules = [...new Set(lint(text, { ...options, mode: 'post' }).map((f) => f.ruleId).filter((id) => !isEngineNotice(id)))].sort() as RuleId[];
  if (criticised.length === 0 && rules.length === 0) return null;
  return { at: at.toISOString(), site, criticised, rules };
}
