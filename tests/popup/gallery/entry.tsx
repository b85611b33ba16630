/**
 * The popup and options page in states the e2e test cannot reach with the embedded
 * configuration (locks, policy notices, a period in force), rendered with fake services for
 * screenshots. Built and shot by `npx tsx tests/popup/gallery/render.ts`.
 */
import { render } from 'preact';
import '../../../src/ui/styles.css';
import { OptionsApp } from '../../../entrypoints/options/App';
import { PopupApp } from '../../../entrypoints/popup/App';
import type { CouncilConfig } from '../../../src/config/schema';
import { toCouncilSettings } from '../../../src/config/to-settings';
import type { DraftReport } from '../../../src/messaging';
import type { PopupServices } from '../../../src/popup/services';
import type { EffectiveCouncil, PolicyNotice } from '../../../src/settings/council';
import { loadUserSettings, updateUserSettings, watchUserSettings } from '../../../src/settings/store';
import type { UserSettings } from '../../../src/settings/types';

declare const __GOLDEN_RULE_COUNCIL__: CouncilConfig;

interface Scenario {
  page: 'popup' | 'options';
  hash?: string;
  now: Date;
  council?: (c: CouncilConfig) => CouncilConfig;
  notices?: PolicyNotice[];
  settings?: Partial<UserSettings>;
  draft?: DraftReport | null;
}

const TEXT = 'Cllr Smith is an idiot. THIS IS COMPLETELY UNACCEPTABLE FOR RESIDENTS. Vote for me on Thursday.';
const locks = (c: CouncilConfig): CouncilConfig => ({
  ...c,
  locks: { strictness: true, sites: true, rules: [...c.locks.rules, 'shouting'], lockedBy: 'the Monitoring Officer' },
});

const SCENARIOS: Record<string, Scenario> = {
  locked: { page: 'popup', hash: '#settings', now: new Date(2026, 10, 2, 10), council: locks, settings: { sites: { x: { enabled: true, disabledRules: ['shouting', 'jargon'] } } } },
  notices: {
    page: 'popup',
    now: new Date(2026, 10, 2, 10),
    notices: [
      { key: 'preElectionPeriods.0.pollingDay', message: 'must be a date written YYYY-MM-DD' },
      { key: 'strictness', message: 'must be relaxed, standard or pre-election' },
    ],
    draft: null,
  },
  'polling-day': { page: 'popup', hash: '#settings', now: new Date(2027, 4, 6, 15) },
  'site-off': { page: 'popup', now: new Date(2026, 10, 2, 10), settings: { sites: { x: { enabled: false, disabledRules: [] } } } },
  'options-locked': { page: 'options', now: new Date(2026, 10, 2, 10), council: locks, settings: { allowWords: ['Clownbury', 'Dick Whittington'] } },
};

const name = new URLSearchParams(location.search).get('state') ?? 'locked';
const scenario = SCENARIOS[name]!;
const config = (scenario.council ?? ((c) => c))(structuredClone(__GOLDEN_RULE_COUNCIL__));
const council: EffectiveCouncil = { config, settings: toCouncilSettings(config), notices: scenario.notices ?? [] };
const draft: DraftReport | null =
  scenario.draft === undefined
    ? { site: 'x', active: true, hasDraft: true, text: TEXT, strictness: 'standard', findings: [] }
    : scenario.draft;

const services: PopupServices = {
  now: () => scenario.now,
  loadCouncil: async () => council,
  watchCouncil: () => () => undefined,
  loadSettings: loadUserSettings,
  updateSettings: updateUserSettings,
  watchSettings: watchUserSettings,
  inTab: async () => false,
  findTarget: async () => ({ tabId: 1, site: 'x' }),
  getDraft: async () => (draft ? { kind: 'draft', report: draft } : { kind: 'no-content-script' }),
  reveal: async () => true,
  showPage: async () => undefined,
  copy: async () => true,
  optionsUrl: () => '#',
};

if (scenario.hash) history.replaceState(null, '', scenario.hash);
document.body.className = scenario.page;
void updateUserSettings((s) => ({ ...s, ...scenario.settings })).then(() => {
  const App = scenario.page === 'popup' ? PopupApp : OptionsApp;
  render(<App services={services} />, document.getElementById('app')!);
  setTimeout(() => document.body.setAttribute('data-ready', ''), 300);
});
