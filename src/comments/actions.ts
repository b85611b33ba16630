import type { CouncilConfig } from '../config/schema';
import type { Finding } from '../engine/types';
import type { SiteId } from '../settings/types';
import { t } from '../ui/strings';

/** How strongly the guidance says to escalate a comment. */
export type Escalation = 'threat' | 'hate' | 'safeguarding' | null;

/**
 * The steps the guidance gives for a comment that crosses the line (CG §10.2), in its order:
 * hide or delete, post the boundary message, report to the platform, and for threats escalate to
 * the Monitoring Officer and the police. A record comes first, as deleting loses the evidence
 * (CG §16.2; the LGA: "take and save a screen grab first").
 */
export interface SuggestedActions {
  hideHow: string;
  boundaryMessage: string;
  reportHow: string;
  escalation: Escalation;
  monitoringOfficer: { name: string; email?: string; phone?: string };
  police: { emergency: string; nonEmergency: string; url?: string };
}

export function escalationFor(findings: readonly Finding[]): Escalation {
  const rules = new Set(findings.map((f) => f.ruleId));
  if (rules.has('threat-or-incitement')) return 'threat';
  // "Consider reporting the matter to the Police" for hateful or discriminatory comments (CG, Dos and Don'ts).
  if (rules.has('discriminatory-language')) return 'hate';
  // "Concerns about exploitation, threats or vulnerable individuals should be reported promptly" (CG §11.3).
  if (rules.has('safeguarding')) return 'safeguarding';
  return null;
}

export function suggestedActions(findings: readonly Finding[], site: SiteId, council: CouncilConfig): SuggestedActions {
  const police = council.contacts.police;
  return {
    hideHow: t.comments.hideHow[site],
    boundaryMessage: council.boundaryMessage,
    reportHow: t.comments.reportHow[site],
    escalation: escalationFor(findings),
    monitoringOfficer: council.contacts.monitoringOfficer,
    police: { emergency: police?.emergency ?? '999', nonEmergency: police?.nonEmergency ?? '101', url: police?.url },
  };
}

/** The mail client's limit on a `mailto:` address is a few thousand characters; the comment is cut to fit. */
const MAX_QUOTED = 600;

/** A `mailto:` link with the comment's details filled in: the councillor's own mail program sends it, if they choose. */
export function escalationMail(
  email: string,
  details: { author: string; site: string; text: string; link: string | null; page: string; seen: Date },
): string {
  const text = details.text.length > MAX_QUOTED ? `${details.text.slice(0, MAX_QUOTED - 1)}…` : details.text;
  const body = t.comments.email.body({
    author: details.author || t.comments.unknownAuthor,
    site: details.site,
    text: text.replace(/\s+/g, ' ').trim(),
    link: details.link ?? t.records.noLink,
    page: details.page,
    seen: t.dates.dateTime(details.seen, t.locale),
  });
  const query = `subject=${encodeURIComponent(t.comments.email.subject(details.site))}&body=${encodeURIComponent(body)}`;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?${query}`;
}

/** "01632 960001" → "tel:01632960001". */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
