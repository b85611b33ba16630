import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_CONFIG_PATH, loadCouncilConfigFile } from './src/config/load-file';
import { ALL_SITE_MATCHES } from './src/sites/hosts';

const configPath = process.env.COUNCIL_CONFIG ?? DEFAULT_CONFIG_PATH;
const loaded = loadCouncilConfigFile(configPath);
if (!loaded.ok) {
  const lines = loaded.problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n');
  process.stderr.write(`\nThe council configuration ${configPath} has ${loaded.problems.length} problem(s); nothing was built:\n${lines}\n\n`);
  process.exit(1);
}
const council = loaded.config;

export default defineConfig({
  manifest: {
    name: council.extension.displayName,
    description: `Checks your social media posts against ${council.council.name}'s social media guidance as you write. Works offline; your text never leaves your browser.`,
    permissions: ['storage'],
    // The five sites' compose boxes, and nothing else.
    host_permissions: [...ALL_SITE_MATCHES],
  },
  vite: () => ({
    plugins: [preact()],
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
