import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { data } from 'franc-all/data.js';
import { DETECTED_LANGUAGES } from '../engine/language';

/**
 * franc-all ships trigram data for over 400 languages (about 550 kB); the engine only ever asks
 * it about `DETECTED_LANGUAGES`. The extension's bundles get just those, so every content script
 * is half a megabyte smaller. Results are the same: franc is always called with `only` set to
 * that list. The CLI, tests and benchmark in Node read the full file.
 */
export function trimmedLanguageData(languages: readonly string[] = DETECTED_LANGUAGES): string {
  const keep = new Set(languages);
  const trimmed: Record<string, Record<string, string>> = {};
  for (const [script, byLanguage] of Object.entries(data)) {
    trimmed[script] = Object.fromEntries(Object.entries(byLanguage).filter(([code]) => keep.has(code)));
  }
  return `export const data = ${JSON.stringify(trimmed)};\n`;
}

/** franc-all's trigram data file, as a module path. */
const FRANC_DATA = /[\\/]franc-all[\\/]data\.js$/;

/** For the extension's build (Vite). */
export function trimLanguageData(): Plugin {
  return {
    name: 'golden-rule:trim-language-data',
    enforce: 'pre',
    load(id) {
      return FRANC_DATA.test(id) ? trimmedLanguageData() : null;
    },
  };
}

/** For the benchmark's bundle of the engine (esbuild), so it times the engine as it ships. */
export function trimLanguageDataForEsbuild(): EsbuildPlugin {
  return {
    name: 'golden-rule:trim-language-data',
    setup(build) {
      build.onLoad({ filter: FRANC_DATA }, () => ({ contents: trimmedLanguageData(), loader: 'js' }));
    },
  };
}
