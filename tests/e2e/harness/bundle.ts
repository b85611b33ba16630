import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** Builds each fixture page's script (and the editor library it mounts) into one browser bundle. */
export async function bundlePageScripts(entries: readonly string[]): Promise<Map<string, string>> {
  const bundles = new Map<string, string>();
  for (const entry of new Set(entries)) {
    const result = await build({
      entryPoints: [PAGES_DIR + entry],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      minify: false,
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      logLevel: 'silent',
    });
    bundles.set(entry, result.outputFiles[0]!.text);
  }
  return bundles;
}
