import { chromeDelivers, managedPolicySchema } from './managed-schema';
import { applyPolicy, POLICY_KEYS } from './policy';
import { didYouMean } from './problems';
import type { CouncilConfig } from './schema';

/**
 * `golden-rule check-policy`: what an administrator's policy file does to a build, before it
 * is deployed. Understands the forms ADMIN.md shows: a Chrome/Edge policy file
 * (`{"3rdparty": {"extensions": {ID: {…}}}, "ExtensionSettings": …}`), a Firefox
 * `policies.json` (`{"policies": {"3rdparty": {"Extensions": {ID: {…}}}, "ExtensionSettings": …}}`),
 * the Google Admin console's `{"key": {"Value": …}}`, or just the values.
 */

export type PolicyForm = 'chromium' | 'firefox' | 'admin-console' | 'values';

export interface PolicyFileReport {
  ok: boolean;
  form: PolicyForm;
  lines: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const CHROMIUM_ID = /^[a-p]{32}$/;
const CHROMIUM_MODES = ['allowed', 'blocked', 'removed', 'force_installed', 'normal_installed'];
const FIREFOX_MODES = ['allowed', 'blocked', 'force_installed', 'normal_installed'];

function isHttps(value: unknown): boolean {
  try {
    return typeof value === 'string' && new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Paths present in `before` but not in `after`: what Chrome dropped inside a value it kept. */
function droppedPaths(before: unknown, after: unknown, path: string, out: string[]): void {
  if (!isObject(before)) return;
  for (const [key, value] of Object.entries(before)) {
    const here = path ? `${path}.${key}` : key;
    if (!isObject(after) || !(key in after)) out.push(here);
    else droppedPaths(value, after[key], here, out);
  }
}

interface Ids {
  /** The build's Chrome/Edge id, when the configuration fixes it with a key. */
  chromiumId?: string;
  firefoxId: string;
}

export function describePolicyFile(value: unknown, config: CouncilConfig, ids: Ids): PolicyFileReport {
  const lines: string[] = [];
  let ok = true;
  const problem = (line: string) => {
    ok = false;
    lines.push(`  ✗ ${line}`);
  };

  if (!isObject(value)) return { ok: false, form: 'values', lines: ['must be a JSON object'] };

  let form: PolicyForm = 'values';
  let entries: Array<{ id?: string; values: unknown }> = [];
  if ('3rdparty' in value || 'ExtensionSettings' in value || 'ExtensionInstallForcelist' in value) {
    form = 'chromium';
    const extensions = isObject(value['3rdparty']) ? value['3rdparty'].extensions : undefined;
    if ('3rdparty' in value && !isObject(extensions)) problem('"3rdparty" must hold {"extensions": {"<extension id>": {…settings…}}}');
    entries = isObject(extensions) ? Object.entries(extensions).map(([id, values]) => ({ id, values })) : [];
    checkChromiumInstall(value, ids, problem, lines);
  } else if ('policies' in value) {
    form = 'firefox';
    const policies = isObject(value.policies) ? value.policies : {};
    const third = isObject(policies['3rdparty']) ? policies['3rdparty'].Extensions : undefined;
    if ('3rdparty' in policies && !isObject(third)) problem('"3rdparty" must hold {"Extensions": {"<add-on id>": {…settings…}}} (capital E in Firefox)');
    entries = isObject(third) ? Object.entries(third).map(([id, values]) => ({ id, values })) : [];
    checkFirefoxInstall(policies, ids, problem, lines);
  } else if (Object.keys(value).length && Object.values(value).every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v)) {
    form = 'admin-console';
    entries = [{ values: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (v as { Value: unknown }).Value])) }];
  } else {
    entries = [{ values: value }];
  }

  lines.unshift(`${describeForm(form)}`);
  const schema = managedPolicySchema();
  for (const { id, values } of entries) {
    lines.push(id ? `extension ${id}:` : 'settings:');
    if (id && form === 'chromium' && !CHROMIUM_ID.test(id)) problem(`"${id}" is not a Chrome/Edge extension id (32 letters a–p)`);
    else if (id && form === 'chromium' && ids.chromiumId && id !== ids.chromiumId) problem(`"${id}" is not this build's id (${ids.chromiumId}): the policy would not reach it`);
    if (id && form === 'firefox' && id !== ids.firefoxId) problem(`"${id}" is not this build's add-on id (${ids.firefoxId}): the policy would not reach it`);
    if (!isObject(values)) {
      problem('the settings must be an object of named settings');
      continue;
    }
    // Chrome and Edge check each value's JSON type against the managed schema first.
    let delivered: Record<string, unknown> = values;
    if (form === 'chromium' || form === 'admin-console') {
      delivered = {};
      for (const [key, inner] of Object.entries(values)) {
        const kept = chromeDelivers(schema, key, inner);
        if (kept === undefined) {
          const guess = POLICY_KEYS.includes(key) ? undefined : didYouMean(key, POLICY_KEYS);
          const why = POLICY_KEYS.includes(key)
            ? 'a value in it has the wrong type (e.g. "true" in quotes for true)'
            : `it is not a setting${guess ? ` (did you mean "${guess}"?)` : ''}`;
          problem(`${key}: Chrome and Edge drop this policy before the extension sees it: ${why}; chrome://policy shows the error`);
          continue;
        }
        const dropped: string[] = [];
        droppedPaths(inner, kept, key, dropped);
        for (const path of dropped) problem(`${path}: Chrome and Edge drop this unknown setting (check the spelling)`);
        delivered[key] = kept;
      }
    }
    const result = applyPolicy(config, delivered);
    for (const notice of result.notices) problem(`${notice.key}: ${notice.message} (shown in the popup; the built-in value stays)`);
    lines.push(result.applied.length ? `  ✓ in force: ${result.applied.join(', ')}` : '  (no setting in force)');
  }
  if (!entries.length) lines.push('(no Golden Rule settings in this file)');
  return { ok, form, lines };
}

function describeForm(form: PolicyForm): string {
  switch (form) {
    case 'chromium':
      return 'Chrome/Edge policy file (Linux /etc/opt/chrome/policies/managed/, /etc/chromium/policies/managed/, /etc/opt/edge/policies/managed/)';
    case 'firefox':
      return 'Firefox policies.json';
    case 'admin-console':
      return 'Google Admin console policy for extensions ({"setting": {"Value": …}})';
    default:
      return 'policy values';
  }
}

function checkChromiumInstall(file: Record<string, unknown>, ids: Ids, problem: (line: string) => void, lines: string[]): void {
  const forcelist = file.ExtensionInstallForcelist;
  if (forcelist !== undefined) {
    if (!Array.isArray(forcelist)) problem('ExtensionInstallForcelist must be a list of "id;update URL" strings');
    else {
      for (const entry of forcelist) {
        const [id, url] = typeof entry === 'string' ? entry.split(';') : [];
        if (!id || !CHROMIUM_ID.test(id)) problem(`ExtensionInstallForcelist: "${String(entry)}" does not start with an extension id`);
        else if (url !== undefined && !isHttps(url)) problem(`ExtensionInstallForcelist: the update URL of ${id} must start with https://`);
        else lines.push(`  force-installs ${id}${url ? ` from ${url}` : ' from the Chrome Web Store'}`);
      }
    }
  }
  const settings = file.ExtensionSettings;
  if (settings !== undefined) {
    if (!isObject(settings)) problem('ExtensionSettings must be an object keyed by extension id');
    else {
      for (const [id, entry] of Object.entries(settings)) {
        if (id === '*') continue;
        if (!CHROMIUM_ID.test(id)) problem(`ExtensionSettings: "${id}" is not an extension id`);
        if (!isObject(entry)) continue;
        const mode = entry.installation_mode;
        if (mode !== undefined && !CHROMIUM_MODES.includes(String(mode))) problem(`ExtensionSettings.${id}.installation_mode must be one of ${CHROMIUM_MODES.join(', ')}`);
        if ((mode === 'force_installed' || mode === 'normal_installed') && !isHttps(entry.update_url)) {
          problem(`ExtensionSettings.${id}: ${String(mode)} needs an https update_url`);
        }
        if (mode === 'force_installed' || mode === 'normal_installed') lines.push(`  ${mode} ${id} from ${String(entry.update_url)}`);
      }
    }
  }
}

function checkFirefoxInstall(policies: Record<string, unknown>, ids: Ids, problem: (line: string) => void, lines: string[]): void {
  const settings = policies.ExtensionSettings;
  if (settings === undefined) return;
  if (!isObject(settings)) {
    problem('ExtensionSettings must be an object keyed by add-on id');
    return;
  }
  for (const [id, entry] of Object.entries(settings)) {
    if (id === '*' || !isObject(entry)) continue;
    const mode = entry.installation_mode;
    if (mode !== undefined && !FIREFOX_MODES.includes(String(mode))) problem(`ExtensionSettings.${id}.installation_mode must be one of ${FIREFOX_MODES.join(', ')}`);
    if ((mode === 'force_installed' || mode === 'normal_installed') && !isHttps(entry.install_url) && !String(entry.install_url ?? '').startsWith('file://')) {
      problem(`ExtensionSettings.${id}: ${String(mode)} needs an install_url (https:// or file://) of the signed .xpi`);
    }
    if (id === ids.firefoxId) lines.push(`  ${String(mode ?? 'settings')} ${id}${entry.install_url ? ` from ${String(entry.install_url)}` : ''}`);
  }
}
