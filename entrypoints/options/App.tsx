import { useEffect, useRef, useState } from 'preact/hooks';
import { RULES } from '../../rules/index';
import { severityOf } from '../../src/engine/lint';
import { STRICTNESS_LEVELS, type RuleId } from '../../src/engine/types';
import { browserServices, type PopupServices } from '../../src/popup/services';
import {
  addAllowWord,
  addPeriod,
  checkAllowWord,
  checkPeriod,
  removeAllowWord,
  removePeriod,
  turnRuleOff,
  turnRuleOn,
} from '../../src/popup/settings-actions';
import { exportSettings, MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from '../../src/popup/settings-file';
import { AppContext, useApp, useAppState } from '../../src/popup/state';
import { canTurnOff, localDate } from '../../src/settings/resolve';
import { DEFAULT_USER_SETTINGS } from '../../src/settings/types';
import { SITE_ADAPTERS } from '../../src/sites/hosts';
import { HistorySettings, RecordsLink } from '../../src/ui/components/HistorySettings';
import { LockNote } from '../../src/ui/components/Lock';
import { SiteSwitch, TurnedOffRules } from '../../src/ui/components/Sites';
import { StrictnessPicker } from '../../src/ui/components/Strictness';
import { downloadText } from '../../src/ui/download';
import { t } from '../../src/ui/strings';

const O = t.options;

/** A polite status line under a form (screen readers hear it; it does not move focus). */
function Status({ message, tone = 'ok', id }: { message: string; tone?: 'ok' | 'error'; id?: string }) {
  return (
    <p class={`form-status ${tone}`} role={tone === 'error' ? 'alert' : 'status'} id={id}>
      {message}
    </p>
  );
}

function Periods() {
  const { settings, now, update } = useApp();
  const [name, setName] = useState('');
  const [noticeDate, setNotice] = useState('');
  const [pollingDay, setPolling] = useState('');
  const [status, setStatus] = useState<{ message: string; tone: 'ok' | 'error' } | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const period = { name, noticeDate, pollingDay };
    const problem = checkPeriod(period, localDate(now));
    if (problem) {
      setStatus({ message: problem === 'missing' ? O.periods.missing : problem === 'order' ? O.periods.invalidOrder : O.periods.past, tone: 'error' });
      return;
    }
    await update(addPeriod(period));
    setName('');
    setNotice('');
    setPolling('');
    setStatus({ message: O.periods.added, tone: 'ok' });
  };

  return (
    <section class="card" aria-labelledby="periods-heading">
      <h2 id="periods-heading">{O.periods.heading}</h2>
      <p class="muted">{O.periods.intro}</p>
      {settings.preElectionPeriods.length ? (
        <ul class="plain-list">
          {settings.preElectionPeriods.map((period, index) => {
            const label = period.name ?? t.settings.periodDefaultName;
            return (
              <li class="row" key={`${period.noticeDate}-${period.pollingDay}-${index}`}>
                <span>
                  <strong>{label}</strong>{' '}
                  <span class="muted">
                    {O.periods.range(t.dates.day(period.noticeDate, t.locale), t.dates.day(period.pollingDay, t.locale))}
                  </span>
                </span>
                <button
                  type="button"
                  class="button small"
                  aria-label={O.periods.removeLabel(label)}
                  onClick={async () => {
                    await update(removePeriod(index));
                    setStatus({ message: O.periods.removed, tone: 'ok' });
                  }}
                >
                  {O.periods.remove}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <form class="period-form" onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label for="period-name">{O.periods.name}</label>
          <input id="period-name" type="text" value={name} placeholder={O.periods.namePlaceholder} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="period-notice">{O.periods.noticeDate}</label>
          <input id="period-notice" type="date" value={noticeDate} onInput={(e) => setNotice(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="period-polling">{O.periods.pollingDay}</label>
          <input id="period-polling" type="date" value={pollingDay} onInput={(e) => setPolling(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button primary">
          {O.periods.add}
        </button>
      </form>
      {status ? <Status {...status} /> : null}
    </section>
  );
}

function AllowList() {
  const { council, settings, update } = useApp();
  const [word, setWord] = useState('');
  const [status, setStatus] = useState<{ message: string; tone: 'ok' | 'error' } | null>(null);
  const councilWords = council.config.allowList.words;

  const add = async (event: Event) => {
    event.preventDefault();
    const problem = checkAllowWord(settings, word);
    if (problem) {
      if (problem !== 'empty') setStatus({ message: problem === 'duplicate' ? O.allow.duplicate : O.allow.tooLong, tone: 'error' });
      return;
    }
    const clean = word.trim().replace(/\s+/g, ' ');
    await update(addAllowWord(clean));
    setWord('');
    setStatus({ message: O.allow.added(clean), tone: 'ok' });
  };

  return (
    <section class="card" aria-labelledby="allow-heading">
      <h2 id="allow-heading">{O.allow.heading}</h2>
      <p class="muted">{O.allow.intro}</p>
      <form class="inline-form" onSubmit={(event) => void add(event)}>
        <label for="allow-word">{O.allow.label}</label>
        <input id="allow-word" type="text" value={word} maxLength={120} onInput={(e) => setWord(e.currentTarget.value)} />
        <button type="submit" class="button primary">
          {O.allow.add}
        </button>
      </form>
      {status ? <Status {...status} /> : null}
      {settings.allowWords.length ? (
        <ul class="chips" aria-label={O.allow.heading}>
          {settings.allowWords.map((w) => (
            <li class="chip" key={w}>
              <span>{w}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={O.allow.removeLabel(w)}
                onClick={async () => {
                  await update(removeAllowWord(w));
                  setStatus({ message: O.allow.removed(w), tone: 'ok' });
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{O.allow.empty}</p>
      )}
      {councilWords.length ? <p class="muted small">{O.allow.council(councilWords.join(', '))}</p> : null}
    </section>
  );
}

function Rules() {
  const { council, settings, update } = useApp();
  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{O.rules.heading}</h2>
      <p class="muted">{O.rules.intro}</p>
      <ul class="rule-list">
        {RULES.map((rule) => {
          const id = rule.meta.id as RuleId;
          const locked = !canTurnOff(council.config, id);
          const on = locked || !settings.disabledRules.includes(id);
          const switchId = `rule-${id}`;
          return (
            <li class="rule" key={id} data-rule={id}>
              <div class="switch-row">
                <input
                  type="checkbox"
                  role="switch"
                  class="switch"
                  id={switchId}
                  checked={on}
                  disabled={locked}
                  aria-describedby={`${switchId}-desc${locked ? ` ${switchId}-lock` : ''}`}
                  onChange={(event) => {
                    const checked = (event.currentTarget as HTMLInputElement).checked;
                    void update(checked ? turnRuleOn(id) : turnRuleOff(council.config, id));
                  }}
                />
                <label for={switchId}>{t.ruleName(id)}</label>
              </div>
              <p class="rule-desc muted" id={`${switchId}-desc`}>
                {rule.meta.description}{' '}
                <span class="levels-inline">
                  {STRICTNESS_LEVELS.map((level) => {
                    const severity = severityOf(rule, level, council.settings);
                    return (
                      <span class={`sev-tag ${severity}`} key={level}>
                        {O.rules.severityAt(t.strictness[level], severity === 'off' ? O.rules.off : t.severity[severity])}
                      </span>
                    );
                  })}
                </span>
              </p>
              {locked ? <LockNote by={council.config.locks.lockedBy} id={`${switchId}-lock`} short /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Sites() {
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{O.sites.heading}</h2>
      <p class="muted">{O.sites.intro}</p>
      <div class="site-grid">
        {SITE_ADAPTERS.map(({ site }) => (
          <div class="site-card" key={site}>
            <SiteSwitch site={site} headingLevel={3} />
            <SiteRulesOff site={site} />
          </div>
        ))}
      </div>
    </section>
  );
}

function SiteRulesOff({ site }: { site: (typeof SITE_ADAPTERS)[number]['site'] }) {
  const { settings } = useApp();
  if (!(settings.sites[site]?.disabledRules ?? []).length) return <p class="muted small">{O.sites.noRulesOff}</p>;
  return <TurnedOffRules only={site} headingLevel={3} />;
}

/** Reads a file the councillor picked; separated so tests can hand in text. */
async function readFile(file: File): Promise<string> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) return ' '.repeat(MAX_SETTINGS_FILE_BYTES + 1);
  return file.text();
}

function Backup() {
  const { settings, now, update } = useApp();
  const [status, setStatus] = useState<{ message: string; tone: 'ok' | 'error'; reasons?: string[] } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const resetButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question: to "Yes, reset" when asked, back to "Reset" when answered.
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const save = () => {
    downloadText(exportSettings(settings, now), 'application/json', `golden-rule-settings-${localDate(now)}.json`);
    setStatus({ message: O.backup.exported, tone: 'ok' });
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    const result = parseSettingsFile(await readFile(file));
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setStatus({ message: O.backup.refused(file.name), tone: 'error', reasons: result.reasons });
      return;
    }
    await update(() => result.settings);
    setStatus({ message: O.backup.imported, tone: 'ok' });
  };

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{O.backup.heading}</h2>
      <p class="muted">{O.backup.intro}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={save}>
          {O.backup.export}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{O.backup.import}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          ref={fileInput}
          aria-describedby="import-hint"
          onChange={(event) => void load((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="muted small" id="import-hint">
          {O.backup.importHint}
        </p>
      </div>
      <div class="reset">
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">{O.backup.resetConfirm}</p>
            <div class="button-row">
              <button
                type="button"
                class="button danger"
                ref={confirmButton}
                onClick={async () => {
                  await update(() => DEFAULT_USER_SETTINGS);
                  setConfirming(false);
                  setStatus({ message: O.backup.resetDone, tone: 'ok' });
                }}
              >
                {O.backup.resetYes}
              </button>
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                {O.backup.resetNo}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button danger-outline" ref={resetButton} onClick={() => setConfirming(true)}>
            {O.backup.reset}
          </button>
        )}
      </div>
      {status ? (
        <div class={`form-status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="backup-status">
          <p>{status.message}</p>
          {status.reasons ? (
            <ul>
              {status.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Options() {
  const { council } = useApp();
  const sections: Array<[string, string]> = [
    ['strictness', O.strictness],
    ['periods-heading', O.periods.heading],
    ['allow-heading', O.allow.heading],
    ['rules-heading', O.rules.heading],
    ['sites-heading', O.sites.heading],
    ['history-heading', t.history.heading],
    ['records-heading', t.history.recordsHeading],
    ['backup-heading', O.backup.heading],
  ];
  return (
    <div class="options-page">
      <header class="top">
        <div class="brand">
          <h1>{t.optionsTitle}</h1>
          <p class="council">{council.config.council.name}</p>
        </div>
      </header>
      <p class="muted">{O.intro}</p>
      {council.notices.length ? (
        <div class="notices" role="alert">
          <p class="notices-heading">{t.notices.heading}</p>
          <ul>
            {council.notices.map((n) => (
              <li key={n.key}>
                <code>{n.key}</code>: {n.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <nav aria-label={O.nav} class="toc">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <div class="card" id="strictness">
          <StrictnessPicker headingLevel={2} />
        </div>
        <Periods />
        <AllowList />
        <Rules />
        <Sites />
        <HistorySettings />
        <RecordsLink />
        <Backup />
      </main>
    </div>
  );
}

export function OptionsApp({ services = browserServices }: { services?: PopupServices }) {
  const state = useAppState(services);
  useEffect(() => {
    document.title = t.optionsTitle;
    document.documentElement.lang = t.locale;
  }, []);
  if (!state) return <p class="loading">{t.loading}</p>;
  return (
    <AppContext.Provider value={state}>
      <Options />
    </AppContext.Provider>
  );
}
