import { useMemo } from 'preact/hooks';
import { STRICTNESS_LEVELS } from '../../engine/types';
import { setStrictness } from '../../popup/settings-actions';
import { useApp } from '../../popup/state';
import { levelChanges } from '../../popup/strictness-summary';
import { effectiveStrictness, type PeriodStatus } from '../../settings/resolve';
import { t } from '../strings';
import { CalendarIcon } from './icons';
import { LockNote } from './Lock';

function periodName(status: PeriodStatus): string {
  return status.period.name ?? t.settings.periodDefaultName;
}

/** The pre-election period in force or coming up, with its countdown. */
export function PeriodStatusLine() {
  const { council, settings, now } = useApp();
  const effective = effectiveStrictness(council.config, settings, now);
  const { active, upcoming } = effective;
  if (active) {
    const source = active.source === 'you' ? t.settings.periodByYou : t.settings.periodByCouncil;
    return (
      <p class="period active" data-testid="period-status">
        <CalendarIcon />{' '}
        <span>
          {t.settings.periodActive(periodName(active), t.dates.day(active.period.pollingDay, t.locale), active.days)}{' '}
          <span class="muted">({source})</span>
        </span>
      </p>
    );
  }
  if (upcoming) {
    return (
      <p class="period" data-testid="period-status">
        <CalendarIcon />{' '}
        <span>{t.settings.periodUpcoming(periodName(upcoming), t.dates.day(upcoming.period.noticeDate, t.locale), upcoming.days)}</span>
      </p>
    );
  }
  return (
    <p class="period muted" data-testid="period-status">
      {t.settings.noPeriods}
    </p>
  );
}

/**
 * Relaxed / standard / pre-election, each with one line made from the rules' meta. Locked by
 * the council: shown, not changeable, with who set it. During a pre-election period the level is
 * pre-election until the end of polling day.
 */
export function StrictnessPicker({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { council, settings, now, update } = useApp();
  const effective = effectiveStrictness(council.config, settings, now);
  const changes = useMemo(() => levelChanges(council.settings), [council.settings]);
  const locked = council.config.locks.strictness;
  const disabled = locked || effective.reason === 'pre-election-period';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const chosen = settings.strictness ?? council.config.defaultStrictness;

  return (
    <section class="strictness" aria-labelledby="strictness-heading">
      <Heading id="strictness-heading">{t.settings.strictnessHeading}</Heading>
      <fieldset class="levels" disabled={disabled} aria-describedby={locked ? 'strictness-lock' : undefined}>
        <legend class="sr-only">{t.settings.strictnessLegend}</legend>
        {STRICTNESS_LEVELS.map((level) => {
          const change = changes.find((c) => c.level === level)!;
          const names = (ids: readonly string[]) => ids.map((id) => t.ruleName(id));
          const line = t.settings.levelLine(
            level,
            { ...change, off: names(change.off), on: names(change.on), stricter: names(change.stricter), softer: names(change.softer) },
            level === council.config.defaultStrictness,
          );
          const id = `level-${level}`;
          return (
            <div class={`level${effective.strictness === level ? ' current' : ''}`} key={level}>
              <input
                type="radio"
                name="strictness"
                id={id}
                value={level}
                checked={effective.strictness === level}
                aria-describedby={`${id}-line`}
                onChange={() => void update(setStrictness(council.config, level))}
              />
              <label for={id}>
                <span class="level-name">{t.strictness[level]}</span>
                <span class="level-line" id={`${id}-line`}>
                  {line}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      {locked ? <LockNote by={council.config.locks.lockedBy} id="strictness-lock" /> : null}
      <PeriodStatusLine />
      {effective.reason === 'pre-election-period' && !locked ? (
        <p class="muted small">{t.settings.periodOverrides(t.strictness[chosen])}</p>
      ) : null}
    </section>
  );
}
