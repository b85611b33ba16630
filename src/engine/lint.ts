import { RULES } from '../../rules/index';
import { GENERIC_COUNCIL } from '../config/generic';
import type { CouncilSettings } from '../config/types';
import type { Report, Rule, RuleContext } from './define-rule';
import { detectLanguages, LANGUAGE_NAMES } from './language';
import { nameView } from './nlp/context';
import { tokenise } from './text/tokenise';
import { TextDocument } from './text/document';
import type { Finding, LintOptions, Severity, SeverityLevel, Strictness, Suggestion } from './types';

/** Longer text is checked up to here; the rest gets one notice. Facebook's limit is 63,206. */
export const MAX_CHECKED_LENGTH = 100_000;

/** The severity a rule has at a strictness level, after the council's overrides. */
export function severityOf(rule: Rule, strictness: Strictness, council: CouncilSettings): SeverityLevel {
  return council.severity[rule.meta.id]?.[strictness] ?? rule.meta.severity[strictness];
}

const urls = new WeakMap<CouncilSettings, Map<Rule, string>>();

/** The link to the exact guidance section for a rule. */
export function guidanceUrl(rule: Rule, council: CouncilSettings): string {
  let byRule = urls.get(council);
  if (!byRule) urls.set(council, (byRule = new Map()));
  let url = byRule.get(rule);
  if (url === undefined) byRule.set(rule, (url = resolveGuidanceUrl(rule, council)));
  return url;
}

function resolveGuidanceUrl(rule: Rule, council: CouncilSettings): string {
  const section = council.guidance.sections[rule.meta.id] ?? rule.meta.section.anchor;
  if (/^[a-z][a-z0-9+.-]*:/i.test(section)) return section;
  const base = council.guidance.url.replace(/#.*$/, '');
  return section.startsWith('#') ? base + section : base;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const NO_WORDS: readonly string[] = Object.freeze([]);

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks a draft post. Pure and deterministic: the same text and options always give the
 * same findings, sorted by position. A rule that throws is reported as a notice and the
 * other rules still run.
 */
export function lint(input: string, options: LintOptions = {}): Finding[] {
  const full = typeof input === 'string' ? input : '';
  const text = full.length > MAX_CHECKED_LENGTH ? full.slice(0, safeCut(full, MAX_CHECKED_LENGTH)) : full;
  const strictness = options.strictness ?? 'standard';
  const council = options.council ?? GENERIC_COUNCIL;
  const mode = options.mode ?? 'post';
  const disabled = new Set(options.disabledRules ?? []);
  const findings: Finding[] = [];
  if (!text.trim()) return findings;
  const now = options.now ?? new Date();

  const doc = new TextDocument(text);
  detectLanguages(doc);
  nameView(doc, council);
  const allowed = allowedSpans(doc, [...council.allow.words, ...(options.allowWords ?? [])]);

  for (const rule of RULES) {
    const id = rule.meta.id;
    if (disabled.has(id)) continue;
    if (mode === 'comment' && !rule.meta.checksComments) continue;
    const severity = severityOf(rule, strictness, council);
    if (severity === 'off') continue;
    const url = guidanceUrl(rule, council);
    const context: RuleContext = {
      text,
      doc,
      strictness,
      platform: options.platform ?? 'generic',
      mode,
      council,
      history: options.history ?? [],
      extraWords: council.words[id] ?? NO_WORDS,
      now,
      report(report: Report) {
        const finding = toFinding(rule, severity, url, text, report);
        if (finding && !allowed.some((a) => a.start <= finding.start && finding.end <= a.end)) findings.push(finding);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.push(ruleFailed(rule, url, text, error));
    }
  }

  const foreign = doc.paragraphs.filter((p) => !p.wordRulesApply);
  if (foreign.length > 0) findings.push(uncheckedLanguage(foreign[0]!, foreign.length, council));
  if (full.length > text.length) findings.push(truncated(text.length, full.length, council));
  return dedupe(findings).sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
}

function toFinding(rule: Rule, severity: Severity, url: string, text: string, report: Report): Finding | null {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId "${report.messageId}"`);
  const start = clamp(report.start, text.length);
  const end = clamp(report.end, text.length);
  if (end <= start) return null;
  const suggestions: Suggestion[] = (report.suggestions ?? []).map((s) => {
    const sStart = clamp(s.start ?? start, text.length);
    const sEnd = Math.max(sStart, clamp(s.end ?? end, text.length));
    return { start: sStart, end: sEnd, text: s.text, label: s.label ?? defaultLabel(text.slice(sStart, sEnd), s.text) };
  });
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    start,
    end,
    message: formatMessage(template, { text: text.slice(start, end), ...report.data }),
    why: rule.meta.why,
    url,
    suggestions,
  };
}

function defaultLabel(before: string, after: string): string {
  if (!after.trim()) return `Remove “${before.trim()}”`;
  return `Replace with “${after.trim()}”`;
}

function clamp(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(0, Math.trunc(value)), max);
}

/** Never cut a surrogate pair in half. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Spans of the text that are on the council's or the user's allow-list of words and names. */
function allowedSpans(doc: TextDocument, words: readonly string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const word of words) {
    // Read the way the post's own words are read, so "Sh1t" or "Ætna" in the list matches them.
    const parts = tokenise(word).map((token) => token.norm);
    const first = parts[0];
    if (!first) continue;
    for (const index of doc.positionsOf(first)) {
      let end = index;
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        const token = doc.tokens[index + k];
        if (!token || token.norm !== parts[k]) {
          ok = false;
          break;
        }
        end = index + k;
      }
      if (ok) spans.push({ start: doc.tokens[index]!.start, end: doc.tokens[end]!.end });
    }
  }
  return spans;
}

function noticeUrl(council: CouncilSettings): string {
  return council.guidance.url;
}

function uncheckedLanguage(first: { start: number; end: number; language: string }, count: number, council: CouncilSettings): Finding {
  const name = LANGUAGE_NAMES[first.language] ?? LANGUAGE_NAMES.other!;
  const where = count > 1 ? `${count} paragraphs` : 'This paragraph';
  return {
    ruleId: 'unchecked-language',
    messageId: 'unchecked',
    severity: 'info',
    start: first.start,
    end: first.end,
    message: `${where} looks like ${name}: only the personal-data and capitals checks ran on it, not the word checks.`,
    why: 'The word checks cover English and Welsh; read this part against the guidance yourself.',
    url: noticeUrl(council),
    suggestions: [],
  };
}

function truncated(checked: number, total: number, council: CouncilSettings): Finding {
  return {
    ruleId: 'unchecked-language',
    messageId: 'truncated',
    severity: 'info',
    start: Math.max(0, checked - 1),
    end: checked,
    message: `Only the first ${checked.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} characters were checked.`,
    why: 'Very long text is checked in part so the page stays responsive.',
    url: noticeUrl(council),
    suggestions: [],
  };
}

function ruleFailed(rule: Rule, url: string, text: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'rule-failed',
    messageId: 'failed',
    severity: 'info',
    start: 0,
    end: Math.min(text.length, Math.max(1, text.search(/\s|$/))),
    message: `The ${rule.meta.id} check failed on this text and was skipped (${detail.slice(0, 120)}).`,
    why: 'One check failing never stops the others; please report this text to the developers.',
    url,
    suggestions: [],
  };
}
