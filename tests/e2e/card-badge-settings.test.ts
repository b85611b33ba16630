/**
 * The in-page controls on the Facebook fixture: the card by keyboard (and what a screen reader
 * is told), "ignore this once", "turn this rule off on this site" and locked rules, the badge
 * and its list with the link to the golden-rule test, and settings reaching the page live.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { pageFixture } from './fixtures/catalog';
import { card, EditorDriver } from './harness/editor';
import { startWorld, type World } from './harness/world';
import { CAPITALS, PASTED, TWO_PARAGRAPHS } from './texts';

let world: World;
let tab: Page;
let editor: EditorDriver;

before(async () => {
  world = await startWorld();
});
after(async () => {
  const problems = await world.close();
  assert.deepEqual(problems, [], 'requests beyond the fixture pages’ own');
});

/** A fresh page with `text` typed into the comment box and checked. */
async function draft(text: string, rules: readonly string[]): Promise<void> {
  await tab?.close();
  tab = await world.open('facebook');
  editor = new EditorDriver(tab, pageFixture('facebook').editors.find((e) => e.id === 'comment')!);
  await editor.focus();
  const mark = await editor.mark();
  await editor.type(text);
  await editor.waitForContract(rules, undefined, mark);
}

function ui(): Locator {
  return tab.locator('golden-rule-ui');
}

/** What has keyboard focus inside Golden Rule's shadow root (null when focus is elsewhere). */
function focusedInUi(): Promise<string | null> {
  return tab.evaluate(() => {
    const focused = document.querySelector('golden-rule-ui')?.shadowRoot?.activeElement;
    return focused ? `${focused.tagName.toLowerCase()}.${focused.className}` : null;
  });
}

function editorHasFocus(): Promise<boolean> {
  return editor.locator.evaluate((element) => document.activeElement === element);
}

describe('the card', () => {
  beforeEach(async () => {
    await world.setUserSettings({});
    await draft(TWO_PARAGRAPHS.text, TWO_PARAGRAPHS.rules);
  });

  it('opens with Alt+Enter at the caret, takes focus, and gives it back on Escape', async () => {
    await tab.keyboard.press('Control+Home');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('Alt+Enter');
    await card(tab).waitFor();
    assert.equal(await focusedInUi(), 'button.fix');
    const labelledBy = await card(tab).getAttribute('aria-labelledby');
    assert.equal(await card(tab).getAttribute('role'), 'dialog');
    assert.match(await ui().locator(`#${labelledBy}`).innerText(), /capitals/i);
    assert.equal(await card(tab).locator('a').innerText(), 'Read the guidance');
    await tab.keyboard.press('Tab');
    assert.equal(await focusedInUi(), 'button.link');
    await tab.keyboard.press('Escape');
    await card(tab).waitFor({ state: 'detached' });
    assert.ok(await editorHasFocus(), 'focus back in the editor');
    assert.equal(await editor.model(), TWO_PARAGRAPHS.text, 'Alt+Enter typed nothing');
  });

  it('applies a rewrite from the keyboard', async () => {
    await tab.keyboard.press('Control+Home');
    await tab.keyboard.press('Alt+Enter');
    await card(tab).waitFor();
    const mark = await editor.mark();
    await tab.keyboard.press('Enter');
    await editor.waitForContract(['shouting'], 1, mark);
    assert.ok((await editor.model()).startsWith('Road closed'));
    assert.ok(await editorHasFocus(), 'focus back in the editor');
  });

  it('ignores a finding once', async () => {
    await editor.hover('!!!');
    await card(tab).waitFor();
    await card(tab).getByRole('button', { name: 'Ignore this once' }).click();
    await editor.waitForContract(['shouting'], 1);
    assert.deepEqual(await editor.highlightedTexts(), [CAPITALS]);
  });

  it('turns a rule off on this site only, saved for every tab', async () => {
    await editor.hover('ROAD');
    await card(tab).waitFor();
    await card(tab).getByRole('button', { name: 'Turn this rule off on Facebook' }).click();
    await editor.waitForContract([], 0);
    const saved = (await world.getUserSettings()) as { sites?: unknown };
    assert.deepEqual(saved.sites, { facebook: { enabled: true, disabledRules: ['shouting'] } });
    await draft(CAPITALS, []);
    const x = await world.open('x');
    const post = new EditorDriver(x, pageFixture('x').editors[0]!);
    await post.focus();
    await post.type(CAPITALS);
    await post.waitForContract(['shouting'], 1);
    await x.close();
  });

  it('says when a rule is locked on by the council instead of offering to turn it off', async () => {
    await draft('Call me on 07700 900123 after six.', ['personal-data']);
    await editor.hover('07700');
    await card(tab).waitFor();
    assert.equal(await card(tab).getByRole('button', { name: /Turn this rule off/ }).count(), 0);
    assert.match(await card(tab).locator('.locked').innerText(), /Always on: set by the Monitoring Officer/);
  });
});

describe('the badge', () => {
  before(async () => {
    await world.setUserSettings({});
    await draft(PASTED.text, PASTED.rules);
  });

  it('counts the findings, coloured by the worst, and lists them', async () => {
    const { findings } = await editor.contract();
    const badge = ui().locator('.badge');
    assert.equal(await badge.innerText(), String(findings));
    assert.match((await badge.getAttribute('class')) ?? '', /\b(error|warning)\b/);
    assert.match((await badge.getAttribute('aria-label')) ?? '', new RegExp(`${findings} things to check`));
    await badge.click();
    const panel = ui().locator('.panel');
    await panel.waitFor();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.locator('.item').count(), findings);
    await panel.locator('.item').first().click();
    await card(tab).waitFor();
  });

  it('links to the golden-rule test in the popup page', async () => {
    await ui().locator('.badge').click();
    const opened = world.context.waitForEvent('page');
    await ui().locator('.panel').getByRole('button', { name: /golden-rule test/ }).click();
    const test = await opened;
    assert.equal(test.url(), `chrome-extension://${world.extensionId}/popup.html#golden-rule-test`);
    await test.close();
  });
});

describe('settings reach the page without a reload', () => {
  const ALL = ['jargon', 'profanity', 'shouting'];
  before(async () => {
    await world.setUserSettings({});
    await draft(`${TWO_PARAGRAPHS.text} Sh1t day. Ask about the VFM report.`, ALL);
  });

  it('turning the site off removes everything; on again brings it back', async () => {
    await world.setUserSettings({ sites: { facebook: { enabled: false, disabledRules: [] } } });
    await tab.waitForFunction(() => !document.querySelector('[data-golden-rule-findings]'));
    await editor.waitForUnderlines((n) => n === 0, 'none');
    assert.equal(await ui().locator('.badge').count(), 0);
    await world.setUserSettings({ sites: { facebook: { enabled: true, disabledRules: [] } } });
    await editor.waitForContract(ALL);
  });

  it('the relaxed level drops the capitals and jargon checks', async () => {
    await world.setUserSettings({ strictness: 'relaxed' });
    await editor.waitForContract(['profanity']);
    await world.setUserSettings({});
    await editor.waitForContract(ALL);
  });

  it('a word on the personal allow-list is no longer flagged', async () => {
    await world.setUserSettings({ allowWords: ['VFM'] });
    await editor.waitForContract(['profanity', 'shouting']);
    await world.setUserSettings({});
    await editor.waitForContract(ALL);
  });
});
