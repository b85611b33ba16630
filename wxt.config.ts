import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { formatRefusal, loadBuildConfig } from './src/build/load';
import { councilManifest, packageName } from './src/build/manifest';
import { trimLanguageData } from './src/build/trim-language-data';
import { DEFAULT_CONFIG_PATH } from './src/config/load-file';
import { MANAGED_SCHEMA_FILE, managedPolicySchema } from './src/config/managed-schema';
import { ALL_SITE_MATCHES } from './src/sites/hosts';

const configPath = process.env.COUNCIL_CONFIG ?? DEFAULT_CONFIG_PATH;
const loaded = loadBuildConfig(configPath);
if (!loaded.ok) {
  process.stderr.write(formatRefusal(configPath, loaded.problems));
  process.exit(1);
}
const council = loaded.config;

export default defineConfig({
  // `npm run build:council` builds into a folder of its own (src/build/council.ts).
  outDir: process.env.GOLDEN_RULE_OUT_DIR || undefined,
  zip: {
    // golden-rule-eastbridge-0.1.0-chrome.zip
    name: packageName(council),
    excludeSources: ['tests/**', 'coverage/**'],
  },
  hooks: {
    // Per browser: Firefox's add-on id; Chrome/Edge's managed policy schema, fixed id and update URL.
    'build:manifestGenerated': (wxt, manifest) => {
      Object.assign(manifest, councilManifest(council, wxt.config.browser));
    },
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedPolicySchema(), null, 2)}\n` });
    },
  },
  manifest: {
    name: council.extension.displayName,
    description: `Checks your social media posts against ${council.council.name}'s social media guidance as you write. Works offline; your text never leaves your browser.`,
    // activeTab: a screenshot for a record once the councillor has clicked the toolbar button on
    // the tab; unlimitedStorage: records are never evicted (issue 6). Chrome warns of neither.
    permissions: ['storage', 'activeTab', 'unlimitedStorage'],
    // The five sites' compose boxes, and nothing else.
    host_permissions: [...ALL_SITE_MATCHES],
  },
  vite: () => ({
    plugins: [preact(), trimLanguageData()],
    define: {
      __GOLDEN_RULE_COUNCIL__: JSON.stringify(council),
    },
    build: {
      rollupOptions: {
        onLog(level, log, handler) {
          if (log.code === 'INVALID_ANNOTATION') return;
          handler(level, log);
        },
      },
    },
  }),
});
