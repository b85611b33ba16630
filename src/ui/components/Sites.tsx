import type { RuleId } from '../../engine/types';
import { resumeSite, setSiteEnabled, snoozeSite, turnRuleOn } from '../../popup/settings-actions';
import { useApp } from '../../popup/state';
import { canTurnOff } from '../../settings/resolve';
import type { SiteId } from '../../settings/types';
import { SITE_ADAPTERS } from '../../sites/hosts';
import { t } from '../strings';
import { LockNote } from './Lock';

/** The snooze in force on a site, if any. */
export function snoozedUntil(settings: { sites: Partial<Record<SiteId, { snoozedUntil?: number }>> }, site: SiteId, now: Date): Date | null {
  const until = settings.sites[site]?.snoozedUntil;
  return until !== undefined && until > now.getTime() ? new Date(until) : null;
}

/** On/off and snooze for one site, respecting the council's locks. */
export function SiteSwitch({ site, headingLevel = 3 }: { site: SiteId; headingLevel?: 2 | 3 }) {
  const { council, settings, now, update } = useApp();
  const config = council.config;
  const name = t.site[site];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `site-${site}-heading`;
  if (config.platforms[site] === false) {
    return (
      <section class="site" aria-labelledby={headingId} data-site={site}>
        <Heading id={headingId}>{t.settings.siteHeading(name)}</Heading>
        <p class="muted">{t.settings.siteOffByCouncil(config.council.name)}</p>
      </section>
    );
  }
  const locked = config.locks.sites;
  const enabled = locked || settings.sites[site]?.enabled !== false;
  const snooze = locked ? null : snoozedUntil(settings, site, now);
  const switchId = `site-${site}-switch`;
  return (
    <section class="site" aria-labelledby={headingId} data-site={site}>
      <Heading id={headingId}>{t.settings.siteHeading(name)}</Heading>
      <div class="switch-row">
        <input
          type="checkbox"
          role="switch"
          class="switch"
          id={switchId}
          checked={enabled}
          disabled={locked}
          aria-describedby={locked ? `site-${site}-lock` : undefined}
          onChange={(event) => void update(setSiteEnabled(config, site, (event.currentTarget as HTMLInputElement).checked))}
        />
        <label for={switchId}>{t.settings.siteSwitch(name)}</label>
      </div>
      {locked ? (
        <LockNote by={config.locks.lockedBy} id={`site-${site}-lock`} />
      ) : enabled ? (
        snooze ? (
          <p class="snooze-row" role="status">
            <span>{t.settings.snoozed(t.dates.time(snooze, t.locale))}</span>{' '}
            <button type="button" class="button small" onClick={() => void update(resumeSite(site))}>
              {t.settings.resume}
            </button>
          </p>
        ) : (
          <p class="snooze-row">
            <button type="button" class="button small" onClick={() => void update(snoozeSite(config, site, now))}>
              {t.settings.snooze}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

/** One rule turned off somewhere, with its undo. */
function OffRule({ rule, where, site }: { rule: RuleId; where: string; site?: SiteId }) {
  const { council, update } = useApp();
  const locked = !canTurnOff(council.config, rule);
  return (
    <li class="off-rule">
      <span class="off-name">
        {t.ruleName(rule)}
        {locked ? <span class="muted small"> — {t.settings.stillCheckedLocked(council.config.locks.lockedBy)}</span> : null}
      </span>
      <button
        type="button"
        class="button small"
        aria-label={t.settings.turnBackOnLabel(t.ruleName(rule), where)}
        onClick={() => void update(turnRuleOn(rule, site))}
      >
        {t.settings.turnBackOn}
      </button>
    </li>
  );
}

/** The rules turned off everywhere and on each site, each with "turn back on". */
export function TurnedOffRules({ headingLevel = 3, only }: { headingLevel?: 2 | 3; only?: SiteId }) {
  const { settings } = useApp();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const groups: Array<{ key: string; where: string; site?: SiteId; rules: RuleId[] }> = [];
  if (!only && settings.disabledRules.length) {
    groups.push({ key: 'everywhere', where: t.settings.offEverywhere, rules: settings.disabledRules });
  }
  for (const { site } of SITE_ADAPTERS) {
    if (only && site !== only) continue;
    const rules = settings.sites[site]?.disabledRules ?? [];
    if (rules.length) groups.push({ key: site, where: t.settings.offOnSite(t.site[site]), site, rules });
  }
  return (
    <section class="turned-off" aria-labelledby="turned-off-heading">
      <Heading id="turned-off-heading">{t.settings.offHeading}</Heading>
      {groups.length === 0 ? <p class="muted">{t.settings.offNone}</p> : null}
      {groups.map((group) => (
        <div class="off-group" key={group.key}>
          <p class="off-where" id={`off-${group.key}`}>
            {group.where}
          </p>
          <ul class="off-list" aria-labelledby={`off-${group.key}`}>
            {group.rules.map((rule) => (
              <OffRule rule={rule} where={group.where} site={group.site} key={rule} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
