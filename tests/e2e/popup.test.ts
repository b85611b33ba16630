/**
 * End-to-end: the popup of the production build (`wxt build`, .output/chrome-mv3) in Debian's
 * Chromium, opened as a tab at chrome-extension://ID/popup.html (as the in-page badge opens the
 * golden-rule test), about a draft typed into the X fixture page (Draft.js at https://x.com/,
 * served from 127.0.0.1 by the shared harness in ./harness).
 *
 * Checks the findings the popup shows; the strictness switch in the popup reaching the page's
 * underlines without a reload; a click on a finding revealing the passage; the golden-rule test
 * flow; the guidance tab's copy button; the "no draft" state with the paste check. Screenshots
 * of each state are written to tests/e2e/screenshots/popup-*.png (or $POPUP_SCREENSHOTS).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { pageFixture } from './fixtures/catalog';
import { EditorDriver } from './harness/editor';
import { startWorld, type World } from './harness/world';

const SHOTS = process.env.POPUP_SCREENSHOTS ?? fileURLToPath(new URL('./screenshots', import.meta.url));

/**
 * A personal attack (checked at every level), capitals and an acronym (not checked at relaxed:
 * switching to relaxed must take their underlines away) and a call to vote (checked only in
 * the pre-election period).
 */
const DRAFT = 'Cllr Smith is an idiot. THIS IS COMPLETELY UNACCEPTABLE FOR RESIDENTS. Ask about the VFM report. Vote for me on Thursday.';

/** A local calendar date, `days` from today, as YYYY-MM-DD (what a date field holds). */
function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let world: World;
let page: Page;
let editor: EditorDriver;

async function shot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(SHOTS, `popup-${name}.png`), fullPage: true });
}

/** The popup as a tab, popup-sized; the fixture page is the last tab used before it, so it is the one the popup is about. */
async function openPopup(hash = ''): Promise<Page> {
  const popup = await world.context.newPage();
  popup.on('pageerror', (error) => console.error('[popup] page error:', error.message));
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${world.extensionId}/popup.html${hash}`);
  await popup.locator('.app').waitFor();
  return popup;
}

async function rules(): Promise<string[]> {
  return (await editor.contract()).rules;
}

async function until(predicate: () => Promise<boolean>, what: string, timeout = 8_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out: ${what} (page shows [${(await rules()).join(', ')}])`);
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  world = await startWorld();
  page = await world.open('x');
  editor = new EditorDriver(page, pageFixture('x').editors.find((e) => e.id === 'post')!);
  await editor.focus();
  await editor.type(DRAFT);
  await until(async () => {
    const now = await rules();
    return now.includes('personal-attack') && now.includes('shouting') && now.includes('jargon');
  }, 'the draft is checked');
});

after(async () => {
  const problems = await world.close();
  assert.deepEqual(problems, [], 'requests beyond the fixture pages’ own');
});

test('the popup lists the draft’s findings grouped by severity, with passage, why and guidance link', async () => {
  const popup = await openPopup();
  await popup.getByTestId('finding-count').waitFor();
  const shown = await popup.locator('#panel-findings li.finding').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
  assert.deepEqual([...new Set(shown)].sort(), await rules(), 'the popup lists what the page underlines');
  assert.equal(await popup.getByTestId('finding-count').innerText(), `${(await editor.contract()).findings} things to check`);
  const groups = await popup.locator('#panel-findings .group-heading').allInnerTexts();
  assert.match(groups[0]!, /^High risk/i, 'worst first');
  assert.ok(groups.some((g) => /^Suggestion/i.test(g)));
  const attack = popup.locator('li.finding[data-rule="personal-attack"]');
  assert.match(await attack.locator('.finding-passage').innerText(), /idiot/);
  assert.ok((await attack.locator('.finding-why').innerText()).length > 30, 'says why it matters');
  assert.equal(
    await attack.locator('a.finding-link').getAttribute('href'),
    'https://www.eastbridge.gov.uk/councillors/social-media-guidance#tone-respect-and-dignity',
  );
  assert.equal(await popup.getByRole('tab', { name: /This post/ }).getAttribute('aria-selected'), 'true');
  await shot(popup, 'findings');
  await popup.close();
});

test('the strictness switch in the popup reaches the page’s underlines without a reload', async () => {
  const underlinesBefore = await editor.underlineCount();
  const popup = await openPopup('#settings');
  await popup.getByRole('radio', { name: /^Relaxed/ }).check();
  await until(async () => {
    const now = await rules();
    return !now.includes('shouting') && !now.includes('jargon') && now.includes('personal-attack');
  }, 'relaxed reaches the page');
  assert.ok((await editor.underlineCount()) < underlinesBefore, 'fewer underlines drawn');
  assert.match(await popup.getByTestId('strictness-pill').innerText(), /Checking: Relaxed/);
  await shot(popup, 'settings-relaxed');

  // The popup's own list follows too.
  await popup.getByRole('tab', { name: /This post/ }).click();
  await popup.waitForFunction(() => !document.querySelector('li.finding[data-rule="shouting"]') && !!document.querySelector('li.finding[data-rule="personal-attack"]'));

  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByRole('radio', { name: /^Standard/ }).check();
  await until(async () => (await rules()).includes('shouting'), 'standard reaches the page');
  assert.equal(await editor.underlineCount(), underlinesBefore);
  await popup.close();
});

test('clicking a finding reveals the passage in the page', async () => {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    getSelection()?.removeAllRanges();
  });
  const popup = await openPopup();
  await popup.locator('li.finding[data-rule="personal-attack"] .finding-main').click();
  await page.waitForFunction(() => (getSelection()?.toString() ?? '').includes('idiot'));
  await popup.close();
});

test('the golden-rule test: a pausing answer gives the advice with the Monitoring Officer’s contact; the outcome is shown', async () => {
  const popup = await openPopup('#golden-rule-test');
  assert.equal(await popup.getByRole('tab', { selected: true }).innerText(), 'Golden rule test');
  assert.match(await popup.locator('.test-draft-text').innerText(), /Cllr Smith/);
  await shot(popup, 'test-start');
  const answer = async (label: 'Yes' | 'No' | 'Not sure', next = 'Next question') => {
    await popup.getByRole('radio', { name: label, exact: true }).check();
    if (next) await popup.getByRole('button', { name: next }).click();
  };
  await answer('Yes'); // public meeting
  await answer('Yes'); // chairing
  await answer('Yes'); // strangers
  await answer('No'); // mislead
  await answer('Not sure', ''); // sensitive
  const advice = popup.getByTestId('advice-sensitive');
  assert.match(await advice.innerText(), /Pause and seek advice from the Monitoring Officer/);
  assert.match(await advice.innerText(), /monitoring\.officer@eastbridge\.gov\.uk/);
  await shot(popup, 'test-advice');
  await popup.getByRole('button', { name: 'Next question' }).click();
  await answer('No', 'See the result'); // abuse
  const outcome = popup.getByTestId('test-outcome');
  assert.equal(await outcome.getAttribute('data-verdict'), 'seek-advice');
  assert.match(await outcome.innerText(), /Jo Stanton, Monitoring Officer/);
  await shot(popup, 'test-outcome');
  // Never stored: nothing but the settings key (and the council's configuration in force) in storage.
  const stored = await popup.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
  assert.deepEqual(Object.keys(stored).filter((key) => key !== 'settings' && key !== 'managedCouncil'), []);
  await popup.getByRole('button', { name: 'Start again' }).click();
  await popup.getByTestId('question-public-meeting').waitFor();

  // "No" to the golden rule itself: don't publish.
  await answer('No', '');
  assert.match(await popup.getByTestId('advice-public-meeting').innerText(), /don’t publish it/i);
  await popup.close();
});

test('keyboard only: tabs, the test and a visible focus ring', async () => {
  const popup = await openPopup();
  await popup.getByTestId('finding-count').waitFor();
  const focused = () =>
    popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent?.trim() ?? '', role: el.getAttribute('role'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
  await popup.keyboard.press('Tab');
  assert.deepEqual(await focused(), { text: 'This post3', role: 'tab', outline: 'solid 3px' });
  await popup.keyboard.press('ArrowRight');
  assert.equal((await focused()).text, 'Golden rule test');
  assert.equal(await popup.getByRole('tab', { selected: true }).innerText(), 'Golden rule test');
  await popup.keyboard.press('Tab'); // the panel
  await popup.keyboard.press('Tab'); // the first answer
  await popup.keyboard.press('Space');
  assert.ok(await popup.getByRole('radio', { name: 'Yes', exact: true }).isChecked());
  await popup.keyboard.press('Tab');
  assert.equal((await focused()).text, 'Next question');
  await shot(popup, 'keyboard-focus');
  await popup.keyboard.press('Enter');
  // Focus moves to the next question, which is read out.
  await popup.waitForFunction(() => document.activeElement?.classList.contains('question-text'));
  assert.equal((await focused()).text, 'Would you allow it to be said, unchecked, in a room you were chairing?');
  await popup.close();
});

test('election dates entered in the options page switch the page to pre-election at once, with a countdown', async () => {
  assert.ok(!(await rules()).includes('pre-election'));
  const options = await world.context.newPage();
  await options.setViewportSize({ width: 900, height: 800 });
  await options.goto(`chrome-extension://${world.extensionId}/options.html`);
  await options.getByLabel('Name (optional)').fill('Ward by-election');
  await options.getByLabel('Notice of election').fill(isoDay(0));
  await options.getByLabel('Polling day').fill(isoDay(10));
  await options.getByRole('button', { name: 'Add dates' }).click();
  await options.getByText('Dates added.').waitFor();
  await until(async () => (await rules()).includes('pre-election'), 'pre-election reaches the page');
  await shot(options, 'options');

  const popup = await openPopup('#settings');
  assert.match(await popup.getByTestId('strictness-pill').innerText(), /Checking: Pre-election\s+10 days to polling day/);
  assert.match(await popup.getByTestId('period-status').innerText(), /Ward by-election: .*10 days to go\. \(added by you\)/);
  assert.ok(await popup.getByRole('radio', { name: /^Relaxed/ }).isDisabled(), 'the level is held until polling day');
  // Opened from the options page, the popup is still about the X tab.
  assert.ok(await popup.getByRole('switch', { name: 'Check posts on X' }).isChecked());
  await shot(popup, 'settings-pre-election');
  await popup.close();

  await options.getByRole('button', { name: 'Remove Ward by-election' }).click();
  await until(async () => !(await rules()).includes('pre-election'), 'the period removed reaches the page');
  await options.close();
});

test('snoozing the site from the popup stops the checking in the page; resuming brings it back', async () => {
  const popup = await openPopup('#settings');
  await popup.getByRole('button', { name: 'Snooze for an hour' }).click();
  await until(async () => (await editor.underlineCount()) === 0, 'the underlines go');
  await popup.getByRole('tab', { name: /This post/ }).click();
  await popup.getByText(/Checking on X is snoozed until \d\d:\d\d\./).waitFor();
  await shot(popup, 'snoozed');
  await popup.getByRole('button', { name: 'Turn checking back on' }).click();
  await until(async () => (await editor.underlineCount()) > 0 && (await rules()).includes('personal-attack'), 'the underlines come back');
  await popup.close();
});

test('the guidance tab links the guidance and copies the boundary message', async () => {
  const popup = await openPopup('#guidance');
  assert.equal(
    await popup.getByRole('link', { name: /Code of Conduct/ }).getAttribute('href'),
    'https://www.eastbridge.gov.uk/councillors/code-of-conduct',
  );
  await popup.getByRole('button', { name: 'Copy message' }).click();
  await popup.getByText(/^Copied\./).waitFor();
  assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), 'Debate is welcome here; abuse or threats are not. Abusive comments will be removed.');
  await shot(popup, 'guidance');
  await popup.close();
});

test('with no draft in focus, the popup says so and checks pasted text with the same engine', async () => {
  await page.reload();
  await page.waitForFunction(() => window.__fixture?.ready === true);
  const popup = await openPopup();
  await popup.getByTestId('no-draft').waitFor();
  assert.match(await popup.getByTestId('no-draft').innerText(), /No draft in focus/);
  await popup.getByLabel('Paste or type a post to check').fill('Cllr Jones is a complete idiot.');
  await popup.getByTestId('paste-result').filter({ hasText: /to check/ }).waitFor();
  assert.equal(await popup.locator('#panel-findings li.finding[data-rule="personal-attack"]').count(), 1);
  await shot(popup, 'no-draft-paste');
  await popup.close();
});

test('a tab that is not one of the five sites: the popup says so', async () => {
  // With no site tab left, the popup is about the last other tab used: a blank one.
  await page.close();
  const other = await world.context.newPage();
  await other.goto('about:blank');
  const popup = await openPopup();
  await popup.getByTestId('no-draft').waitFor();
  assert.match(await popup.getByTestId('no-draft').innerText(), /This tab is not one of them/);
  await shot(popup, 'not-a-site');
  await popup.close();
  await other.close();
});
