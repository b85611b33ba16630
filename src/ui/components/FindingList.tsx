import type { Finding, Severity } from '../../engine/types';
import { t } from '../strings';
import { ExternalLink } from './ExternalLink';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const MAX_PASSAGE = 90;

/** The flagged passage, on one line and cut short if long. */
export function passageOf(text: string, finding: Finding): string {
  const passage = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return passage.length > MAX_PASSAGE ? `${passage.slice(0, MAX_PASSAGE - 1).trimEnd()}…` : passage;
}

/**
 * Findings grouped by severity, worst first. Each shows the message, the passage, why it matters
 * and a link to the guidance section; its main button calls `onSelect` with the finding's index in
 * `findings` (the index the content script's `reveal` expects).
 */
export function FindingList({
  findings,
  text,
  onSelect,
  selectLabel,
  idPrefix,
}: {
  findings: readonly Finding[];
  text: string;
  onSelect: (index: number) => void;
  selectLabel: string;
  idPrefix: string;
}) {
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return (
    <div class="findings">
      {SEVERITY_ORDER.map((severity) => {
        const group = indexed.filter(({ finding }) => finding.severity === severity);
        if (!group.length) return null;
        const headingId = `${idPrefix}-${severity}`;
        return (
          <section class={`group sev-${severity}`} aria-labelledby={headingId} key={severity}>
            <h3 id={headingId} class="group-heading">
              <span class={`dot ${severity}`} aria-hidden="true" />
              {t.severityGroup[severity](group.length)}
            </h3>
            <ul class="finding-list">
              {group.map(({ finding, index }) => {
                const passage = passageOf(text, finding);
                const whyId = `${idPrefix}-why-${index}`;
                return (
                  <li class={`finding ${severity}`} key={`${finding.ruleId}-${finding.start}-${finding.end}`} data-rule={finding.ruleId}>
                    <button type="button" class="finding-main" onClick={() => onSelect(index)} aria-describedby={whyId}>
                      <span class="finding-rule">
                        <span class="sr-only">{t.severity[severity]}: </span>
                        {t.ruleName(finding.ruleId)}
                      </span>
                      <span class="finding-message">{finding.message}</span>
                      {passage ? (
                        <span class="finding-passage">
                          <span class="sr-only">{t.findings.passage} </span>
                          {t.quote(passage)}
                        </span>
                      ) : null}
                      <span class="finding-action">{selectLabel}</span>
                    </button>
                    <p class="finding-why" id={whyId}>
                      <span class="sr-only">{t.findings.why} </span>
                      {finding.why}
                    </p>
                    <ExternalLink href={finding.url} class="finding-link" label={t.findings.readGuidanceFor(t.ruleName(finding.ruleId))}>
                      {t.findings.readGuidance}
                    </ExternalLink>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
