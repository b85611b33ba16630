import { createHash, createPublicKey } from 'node:crypto';
import type { CouncilConfig, ConfigProblem } from '../config/schema';
import { MANAGED_SCHEMA_FILE } from '../config/managed-schema';
import { fileSlug } from '../config/slug';

/**
 * What a council's configuration puts in the manifest of each browser's package, and the names
 * and ids an administrator needs. Node only (the build and its tests).
 */

/** Oldest Firefox the package declares: the 2025 ESR, which knows `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '140.0';

/** "golden-rule-eastbridge": the start of every package's file name. */
export function packageName(config: CouncilConfig): string {
  return `golden-rule-${fileSlug(config.council.shortName)}`;
}

/**
 * The Firefox add-on id: the configuration's `extension.firefoxId`, else `golden-rule@` the
 * council's web domain (`golden-rule@eastbridge.gov.uk`), else one made from the short name.
 */
export function firefoxAddonId(config: CouncilConfig): string {
  if (config.extension.firefoxId) return config.extension.firefoxId;
  if (config.council.website) {
    const host = new URL(config.council.website).hostname.replace(/^www\./, '');
    return `golden-rule@${host}`;
  }
  return `golden-rule-${fileSlug(config.council.shortName)}@councils.golden-rule.invalid`;
}

/** The Chromium extension id a public key gives: the first 128 bits of its SHA-256, written with the letters a–p. */
export function chromiumExtensionId(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
}

/** Problems only Node can see (the key is checked by OpenSSL), in the same `path: reason` form as the schema's. */
export function buildProblems(config: CouncilConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const key = config.extension.chromeKey;
  if (key) {
    try {
      const parsed = createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' });
      if (parsed.asymmetricKeyType !== 'rsa') problems.push({ path: 'extension.chromeKey', reason: `must be an RSA public key (this is ${parsed.asymmetricKeyType})` });
    } catch {
      problems.push({ path: 'extension.chromeKey', reason: 'is not a readable public key: give the base64 DER public key (see ADMIN.md)' });
    }
  }
  return problems;
}

/** Manifest keys the council configuration adds for one target browser. */
export function councilManifest(config: CouncilConfig, browser: string): Record<string, unknown> {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: firefoxAddonId(config),
          strict_min_version: FIREFOX_MIN_VERSION,
          // Nothing leaves the browser: Golden Rule collects and transmits no data.
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  }
  return {
    // Chrome and Edge: the administrator's policy, typed by the generated schema.
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    ...(config.extension.chromeKey ? { key: config.extension.chromeKey } : {}),
    ...(config.extension.updateUrl ? { update_url: config.extension.updateUrl } : {}),
  };
}
