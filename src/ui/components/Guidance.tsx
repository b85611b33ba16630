import { useState } from 'preact/hooks';
import { RULES } from '../../../rules/index';
import type { CouncilConfig } from '../../config/schema';
import { guidanceUrl } from '../../engine/lint';
import { useApp } from '../../popup/state';
import { t } from '../strings';
import { ExternalLink } from './ExternalLink';

/** The LGA's guidance, linked from the council's own (not configurable: the same for every council). */
export const LGA_SOCIAL_MEDIA_URL =
  'https://www.local.gov.uk/our-support/communications-and-community-engagement/social-media-guidance-councillors/introduction';
export const LGA_DIGITAL_CITIZENSHIP_URL =
  'https://www.local.gov.uk/our-support/guidance-and-resources/civility-public-life-resources-councillors/digital-citizenship';

type Contact = CouncilConfig['contacts']['monitoringOfficer'];

/** A person to ask: name, e-mail and phone as links. */
export function ContactCard({ contact, role, compact = false }: { contact: Contact; role: string; compact?: boolean }) {
  return (
    <div class={compact ? 'contact compact' : 'contact'} data-testid="contact">
      <p class="contact-name">
        {/* "Jo Stanton, Monitoring Officer" already says the role. */}
        {contact.name.toLowerCase().includes(role.toLowerCase()) ? null : <span class="contact-role">{role}: </span>}
        <span class="contact-person">{contact.name}</span>
      </p>
      <p class="contact-ways">
        {contact.email ? (
          <a href={`mailto:${contact.email}`} aria-label={t.contact.email(contact.email)}>
            {contact.email}
          </a>
        ) : null}
        {contact.email && contact.phone ? <span aria-hidden="true"> · </span> : null}
        {contact.phone ? (
          <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} aria-label={t.contact.phone(contact.phone)}>
            {contact.phone}
          </a>
        ) : null}
        {contact.url ? (
          <>
            {contact.email || contact.phone ? <span aria-hidden="true"> · </span> : null}
            <ExternalLink href={contact.url}>{new URL(contact.url).hostname}</ExternalLink>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** A copy-to-clipboard button that says whether it worked (politely, to screen readers too). */
export function CopyButton({ text, label, class: className = 'button' }: { text: string; label: string; class?: string }) {
  const { services } = useApp();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="copy">
      <button
        type="button"
        class={className}
        onClick={async () => {
          setState((await services.copy(text)) ? 'copied' : 'failed');
        }}
      >
        {label}
      </button>
      <p class={`copy-status ${state}`} role="status">
        {state === 'copied' ? t.guidance.copied : state === 'failed' ? t.guidance.copyFailed : ''}
      </p>
    </div>
  );
}

export function BoundaryMessage({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const { council } = useApp();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="boundary" aria-labelledby="boundary-heading">
      <Heading id="boundary-heading">{t.guidance.boundaryHeading}</Heading>
      <p class="muted small">{t.guidance.boundaryIntro}</p>
      <blockquote class="boundary-text" data-testid="boundary-message">
        {council.config.boundaryMessage}
      </blockquote>
      <CopyButton text={council.config.boundaryMessage} label={t.guidance.copy} />
    </section>
  );
}

/** The council's guidance and Code of Conduct, the LGA's guides, who to ask and the boundary message. */
export function GuidancePanel() {
  const { council } = useApp();
  const config = council.config;
  return (
    <div class="guidance">
      <h2 class="sr-only">{t.guidance.heading}</h2>
      <ul class="link-list">
        <li>
          <ExternalLink href={config.guidance.url}>{t.guidance.council(config.council.name)}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={config.guidance.codeOfConductUrl}>{t.guidance.codeOfConduct}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={LGA_SOCIAL_MEDIA_URL}>{t.guidance.lgaSocialMedia}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={LGA_DIGITAL_CITIZENSHIP_URL}>{t.guidance.lgaDigitalCitizenship}</ExternalLink>
        </li>
      </ul>
      <details class="sections">
        <summary>{t.guidance.sectionsSummary(RULES.length)}</summary>
        <ul class="section-list">
          {RULES.map((rule) => (
            <li key={rule.meta.id}>
              <ExternalLink href={guidanceUrl(rule, council.settings)}>{t.ruleName(rule.meta.id)}</ExternalLink>
              <span class="muted small"> — {rule.meta.description}</span>
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="ask-heading">
        <h3 id="ask-heading">{t.guidance.whoToAsk}</h3>
        <ContactCard contact={config.contacts.monitoringOfficer} role={t.contact.monitoringOfficer} />
        {config.contacts.communications ? <ContactCard contact={config.contacts.communications} role={t.contact.communications} /> : null}
        {config.contacts.police ? (
          <p class="small">
            {t.contact.policeLine(config.contacts.police.emergency, config.contacts.police.nonEmergency)}{' '}
            {config.contacts.police.url ? <ExternalLink href={config.contacts.police.url}>{t.contact.policeWeb}</ExternalLink> : null}
          </p>
        ) : null}
      </section>
      <BoundaryMessage />
    </div>
  );
}
