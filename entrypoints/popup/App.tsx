import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Answers } from '../../src/popup/golden-test';
import { browserServices, type DraftResult, type PopupServices, type TargetTab } from '../../src/popup/services';
import { resumeSite, setSiteEnabled } from '../../src/popup/settings-actions';
import { AppContext, useApp, useAppState } from '../../src/popup/state';
import { effectiveStrictness, isSiteActive } from '../../src/settings/resolve';
import type { SiteId } from '../../src/settings/types';
import { CommentsSection } from '../../src/ui/components/CommentsSection';
import { FindingList } from '../../src/ui/components/FindingList';
import { GoldenRuleTest } from '../../src/ui/components/GoldenRuleTest';
import { GuidancePanel } from '../../src/ui/components/Guidance';
import { LockNote } from '../../src/ui/components/Lock';
import { PasteCheck } from '../../src/ui/components/PasteCheck';
import { snoozedUntil, SiteSwitch, TurnedOffRules } from '../../src/ui/components/Sites';
import { StrictnessPicker } from '../../src/ui/components/Strictness';
import { Tabs, type TabDef } from '../../src/ui/components/Tabs';
import { t } from '../../src/ui/strings';

export const TAB_IDS = ['findings', 'golden-rule-test', 'guidance', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** `#golden-rule-test` (the in-page badge's link) opens the test; `#guidance`, `#settings` likewise. */
export function tabFromHash(hash: string): TabId {
  const id = hash.replace(/^#/, '');
  return (TAB_IDS as readonly string[]).includes(id) ? (id as TabId) : 'findings';
}

/** After a settings change, the page re-checks its draft; ask again once it has. */
const REFRESH_AFTER_CHANGE_MS = 400;

type DraftState = { kind: 'loading' } | { kind: 'no-target' } | DraftResult;

function useDraft(services: PopupServices, settingsVersion: string) {
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [draft, setDraft] = useState<DraftState>({ kind: 'loading' });
  const targetRef = useRef<TargetTab | null>(null);

  const refresh = useCallback(async () => {
    const current = targetRef.current;
    if (!current) return;
    setDraft(await services.getDraft(current));
  }, [services]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await services.findTarget().catch(() => null);
      if (!live) return;
      targetRef.current = found;
      setTarget(found);
      if (!found) setDraft({ kind: 'no-target' });
      else setDraft(await services.getDraft(found));
    })();
    const wake = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
    };
  }, [services, refresh]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void refresh(), REFRESH_AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [settingsVersion, refresh]);

  return { target, draft, refresh };
}

function Header() {
  const { council, settings, now } = useApp();
  const effective = effectiveStrictness(council.config, settings, now);
  return (
    <header class="top">
      <div class="brand">
        <h1>{t.appName}</h1>
        <p class="council">{council.config.council.name}</p>
      </div>
      <p class={`pill ${effective.strictness}`} data-testid="strictness-pill">
        <span>{t.status.level(t.strictness[effective.strictness])}</span>
        {effective.active ? <span class="pill-extra">{t.status.daysToPolling(effective.active.days)}</span> : null}
      </p>
    </header>
  );
}

function Notices() {
  const { council } = useApp();
  if (!council.notices.length) return null;
  return (
    <div class="notices" role="alert">
      <p class="notices-heading">{t.notices.heading}</p>
      <p class="small">{t.notices.intro}</p>
      <ul>
        {council.notices.map((notice) => (
          <li key={notice.key}>
            <code>{notice.key}</code>: {notice.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Why checking is not running on this site, and the way to turn it back on where allowed. */
function SiteOff({ site }: { site: SiteId }) {
  const { council, settings, now, update } = useApp();
  const config = council.config;
  const name = t.site[site];
  if (config.platforms[site] === false) return <p class="note">{t.findings.siteOffByCouncil(name, config.council.name)}</p>;
  const snooze = snoozedUntil(settings, site, now);
  return (
    <div class="note">
      <p>{snooze ? t.findings.siteSnoozed(name, t.dates.time(snooze, t.locale)) : t.findings.siteOff(name)}</p>
      {config.locks.sites ? (
        <LockNote by={config.locks.lockedBy} />
      ) : (
        <button
          type="button"
          class="button primary small"
          onClick={() => void update(snooze ? resumeSite(site) : setSiteEnabled(config, site, true))}
        >
          {t.findings.turnOnAgain}
        </button>
      )}
    </div>
  );
}

function FindingsPanel({
  target,
  draft,
  onReveal,
  revealFailed,
}: {
  target: TargetTab | null;
  draft: DraftState;
  onReveal: (index: number) => void;
  revealFailed: boolean;
}) {
  const { council, settings, now } = useApp();
  if (draft.kind === 'loading') return <p class="muted" role="status">{t.findings.checking}</p>;
  if (draft.kind !== 'draft') {
    const site = target?.site;
    return (
      <>
        <p class="note" data-testid="no-draft">
          {site ? t.findings.reloadSite(t.site[site]) : t.findings.notASite}
        </p>
        <PasteCheck site={site} />
      </>
    );
  }
  const { report } = draft;
  const site = report.site;
  const name = t.site[site] ?? site;
  if (!report.active || !isSiteActive(council.config, settings, site, now)) {
    return (
      <>
        <SiteOff site={site} />
        <PasteCheck site={site} />
      </>
    );
  }
  if (!report.hasDraft) {
    return (
      <>
        <p class="note" data-testid="no-draft">
          {t.findings.noDraft(name)}
        </p>
        <PasteCheck site={site} />
      </>
    );
  }
  return (
    <>
      <div class="draft-head">
        <h2>{t.findings.onSite(name)}</h2>
        <p class="count" data-testid="finding-count">
          {t.findings.count(report.findings.length)}
        </p>
      </div>
      {revealFailed ? (
        <p class="note warning" role="alert">
          {t.findings.revealFailed}
        </p>
      ) : null}
      {report.findings.length ? (
        <FindingList findings={report.findings} text={report.text} onSelect={onReveal} selectLabel={t.findings.reveal} idPrefix="draft" />
      ) : (
        <p class="note ok">{t.findings.clear}</p>
      )}
      <details class="paste-more">
        <summary>{t.paste.heading}</summary>
        <PasteCheck site={site} headingLevel={3} />
      </details>
    </>
  );
}

function SettingsPanel({ site }: { site?: SiteId }) {
  const { services } = useApp();
  return (
    <div class="settings">
      <StrictnessPicker />
      {site ? (
        <SiteSwitch site={site} headingLevel={2} />
      ) : (
        <p class="muted small">{t.settings.noSite}</p>
      )}
      <TurnedOffRules headingLevel={2} />
      <p>
        <a href={services.optionsUrl()} target="_blank" rel="noreferrer">
          {t.settings.moreSettings}
        </a>
      </p>
    </div>
  );
}

function Popup() {
  const app = useApp();
  const { services, settings } = app;
  const [tab, setTab] = useState<TabId>(() => tabFromHash(location.hash));
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [inTab, setInTab] = useState(false);
  const [revealFailed, setRevealFailed] = useState(false);
  const { target, draft, refresh } = useDraft(services, JSON.stringify(settings));

  useEffect(() => {
    void services.inTab().then((value) => {
      setInTab(value);
      document.documentElement.classList.toggle('in-tab', value);
    });
    const onHash = () => setTab(tabFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [services]);

  const select = (id: TabId) => {
    setTab(id);
    history.replaceState(null, '', id === 'findings' ? location.pathname + location.search : `#${id}`);
  };

  const reveal = async (index: number) => {
    if (!target) return;
    const ok = await services.reveal(target, index);
    setRevealFailed(!ok);
    if (ok) await services.showPage(target, inTab);
    else void refresh();
  };

  const report = draft.kind === 'draft' ? draft.report : null;
  const site = report?.site ?? target?.site;
  const count =
    report && report.active && report.hasDraft && isSiteActive(app.council.config, settings, report.site, app.now) ? report.findings.length : 0;
  const tabs: Array<TabDef<TabId>> = [
    { id: 'findings', label: t.tabs.findings, badge: count ? String(count) : undefined },
    { id: 'golden-rule-test', label: t.tabs.test },
    { id: 'guidance', label: t.tabs.guidance },
    { id: 'settings', label: t.tabs.settings },
  ];

  return (
    <div class="app">
      <Header />
      <Notices />
      <Tabs tabs={tabs} selected={tab} onSelect={select} label={t.tabs.label}>
        {tab === 'findings' ? <FindingsPanel target={target} draft={draft} onReveal={(i) => void reveal(i)} revealFailed={revealFailed} /> : null}
        {tab === 'findings' && target?.site ? (
          <CommentsSection tabId={target.tabId} onShown={() => void services.showPage(target, inTab)} />
        ) : null}
        {tab === 'golden-rule-test' ? (
          <GoldenRuleTest
            answers={answers}
            step={step}
            onAnswer={(id, answer) => setAnswers((current) => ({ ...current, [id]: answer }))}
            onStep={setStep}
            onRestart={() => {
              setAnswers({});
              setStep(0);
            }}
            draft={report && report.hasDraft ? { site: t.site[report.site] ?? report.site, text: report.text, findings: report.findings.length } : null}
          />
        ) : null}
        {tab === 'guidance' ? <GuidancePanel /> : null}
        {tab === 'settings' ? <SettingsPanel site={site} /> : null}
      </Tabs>
    </div>
  );
}

export function PopupApp({ services = browserServices }: { services?: PopupServices }) {
  const state = useAppState(services);
  useEffect(() => {
    document.title = t.appName;
    document.documentElement.lang = t.locale;
  }, []);
  if (!state) return <p class="loading">{t.loading}</p>;
  return (
    <AppContext.Provider value={state}>
      <Popup />
    </AppContext.Provider>
  );
}
