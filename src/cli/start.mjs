#!/usr/bin/env node
// npm start: after `wxt build`, opens Chromium (or Chrome) with the built extension loaded, on a
// fresh profile, with the popup's "check pasted text" page and one of the five sites. Without a
// browser or a display it says how to load the build by hand.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
if (!existsSync(`${extension}/manifest.json`)) {
  console.error('golden-rule start: no build at .output/chrome-mv3 — run `npm run build` first.');
  process.exit(2);
}

/**
 * Chromium's id for an extension: SHA-256 of the manifest's public key when the council's
 * configuration gives one, else of the unpacked folder's path; first 32 hex digits written a–p.
 */
function extensionId(path) {
  const { key } = JSON.parse(readFileSync(`${path}/manifest.json`, 'utf8'));
  const hex = createHash('sha256')
    .update(key ? Buffer.from(key, 'base64') : path)
    .digest('hex')
    .slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const candidates = [
  process.env.GOLDEN_RULE_BROWSER,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const howTo = `The extension is built in ${extension}.
To use it: open chrome://extensions (or edge://extensions), turn on Developer mode, choose
"Load unpacked" and pick that folder. Then write a post on facebook.com, x.com, instagram.com,
linkedin.com or nextdoor.com. Firefox: npm run build:firefox, then about:debugging → Load Temporary Add-on.`;

if (!browser || headless) {
  console.log(`${browser ? 'No display to open a browser window on.' : 'No Chromium, Chrome or Edge found (set GOLDEN_RULE_BROWSER to its path).'}\n${howTo}`);
  process.exit(0);
}

const profile = resolve('.output/start-profile');
mkdirSync(profile, { recursive: true });
const id = extensionId(extension);
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  `chrome-extension://${id}/popup.html`,
  'https://www.facebook.com/',
];
console.log(`Starting ${browser} with Golden Rule loaded (extension id ${id}).\n${howTo}`);
const child = spawn(browser, args, { stdio: 'ignore', detached: true });
child.on('error', (error) => {
  console.error(`golden-rule start: could not start ${browser}: ${error.message}\n${howTo}`);
  process.exit(1);
});
child.unref();
