/**
 * End-to-end, issue 6: "Check comments" on each platform's comment thread (fixtures/threads) in
 * the production build. The right comments are marked, each with the rules it raised, and
 * nothing in the site's DOM changes; the "don't feed the trolls" nudge; a record saved with its
 * screenshot, listed, exported as HTML and JSON, and deleted only after asking; the storage
 * quota; the post history with and without consent. Screenshots go to tests/e2e/screenshots/
 * (or $COMMENTS_SCREENSHOTS) to be looked at.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { FLAGGED, REPLIED_TO, THREAD } from './fixtures/threads/comments';
import { clickToolbarButton, EXTENSION_DEBUGGING_ARGS, extensionWorker, quotaOverride } from './harness/extension-cdp';
import { EditorDriver } from './harness/editor';
import { startWorld, type World } from './harness/world';

const SHOTS = process.env.COMMENTS_SCREENSHOTS ?? fileURLToPath(new URL('./screenshots', import.meta.url));

/** Per thread page: the element that holds each comment (in the fixture's order, as THREAD). */
const THREADS: Array<{ page: string; comment: string }> = [
  { page: 'thread-facebook', comment: '[role="article"][aria-label^="Comment by"]' },
  { page: 'thread-x', comment: 'article[data-testid="tweet"][tabindex="0"]' },
  { page: 'thread-instagram', comment: 'li.comment-row' },
  { page: 'thread-linkedin', comment: 'article.comments-comment-entity' },
  { page: 'thread-nextdoor', comment: '[data-testid="comment"]' },
];

let world: World;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  world = await startWorld({ extraArgs: EXTENSION_DEBUGGING_ARGS });
});
after(async () => {
  const problems = await world.close();
  assert.deepEqual(problems, [], 'requests beyond the fixture pages’ own');
});

/** The site's DOM as the page's own scripts see it, without Golden Rule's one element. */
function siteDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('golden-rule-ui').forEach((node) => node.remove());
    return copy.outerHTML;
  });
}

/** Which comments carry a mark, and for which rules: each mark's bar is matched to the comment it lines. */
function marked(page: Page, commentSelector: string): Promise<Record<string, string>> {
  return page.evaluate((selector) => {
    const comments = [...document.querySelectorAll(selector)];
    const bars = [...(document.querySelector('golden-rule-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('.comment-bar') ?? [])];
    const result: Record<string, string> = {};
    for (const bar of bars) {
      const b = bar.getBoundingClientRect();
      const index = comments.findIndex((c) => {
        const r = c.getBoundingClientRect();
        // The bar runs down the comment's left edge, just outside it, as tall as the comment's visible part.
        const beside = b.right <= r.left + 0.5 && r.left - b.left <= 8;
        return beside && Math.abs(Math.max(r.top, 0) - b.top) < 1 && Math.abs(Math.min(r.bottom, innerHeight) - b.bottom) < 1;
      });
      result[index < 0 ? `unmatched ${b.top}` : String(index)] = bar.dataset.rules ?? '';
    }
    return result;
  }, commentSelector);
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await extensionWorker(world.context, world.extensionId).then(async (worker) => {
    // The newest tab at that address: the page just opened.
    return worker.evaluate(async (url) => Math.max(...(await chrome.tabs.query({ url })).map((tab) => tab.id ?? 0)), page.url());
  });
  const popup = await world.context.newPage();
  popup.on('pageerror', (error) => console.error('[popup] page error:', error.message));
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${world.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-testid="comments-section"]').waitFor();
  return popup;
}

declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const EXPECTED: Record<string, string> = Object.fromEntries(
  THREAD.map((c, index) => [index, c.rules.join(' ')] as const).filter(([, rules]) => rules !== ''),
);

describe('check comments from the popup', () => {
  for (const { page: pageId, comment } of THREADS) {
    it(`${pageId}: marks the abusive, threatening and personal-data comments, and nothing else on the page changes`, async () => {
      const page = await world.open(pageId);
      await page.setViewportSize({ width: 1100, height: 1200 });
      const before = await siteDom(page);
      const popup = await openPopupFor(page);
      await popup.getByRole('button', { name: 'Check comments' }).click();
      await popup.locator('[data-testid="comments-result"]').getByText(/comments checked/).waitFor();
      const summary = await popup.locator('[data-testid="comments-result"]').innerText();
      assert.match(summary, new RegExp(`${THREAD.length} comments checked: ${FLAGGED.length} need your attention`));
      assert.deepEqual(
        await popup.locator('.flagged-comments li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rules)),
        FLAGGED.map((c) => c.rules.join(' ')),
      );
      await popup.screenshot({ path: join(SHOTS, `comments-popup-${pageId}.png`) });
      await popup.close();
      await page.bringToFront();
      await page.waitForFunction(() => (document.querySelector('golden-rule-ui')?.shadowRoot?.querySelectorAll('.comment-bar').length ?? 0) > 0);
      assert.deepEqual(await marked(page, comment), EXPECTED);
      // Before the screenshot: Playwright hides the caret for it by styling the page's editable boxes.
      assert.equal(await siteDom(page), before, 'the site’s DOM is exactly as it was');
      await page.screenshot({ path: join(SHOTS, `comments-marked-${pageId}.png`) });
      await page.close();
    });
  }
});

/** The marked comment by `author`, its card opened by a click on its mark. */
async function openCard(page: Page, author: string) {
  const ui = page.locator('golden-rule-ui');
  const card = ui.locator('.comment-card');
  if ((await card.count()) > 0) await card.getByRole('button', { name: 'Close' }).click();
  await ui.getByRole('button', { name: new RegExp(`^Comment by ${author}:`) }).click();
  await card.waitFor();
  return card;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('act on a comment and keep a record', () => {
  const threat = THREAD.find((c) => c.id === REPLIED_TO)!;
  let page: Page;
  let records: Page;

  before(async () => {
    page = await world.open('thread-facebook');
    await page.setViewportSize({ width: 1100, height: 1200 });
  });
  after(async () => {
    await page.close();
    await records.close();
  });

  it('checks from the in-page list, and shows what to do in the guidance’s order', async () => {
    // A compose box in focus shows the badge; its list has "Check comments on this page".
    await page.locator('[aria-label="Write a comment…"]').click();
    await page.locator('golden-rule-ui .badge').click();
    await page.locator('golden-rule-ui .panel').getByRole('button', { name: 'Check comments on this page' }).click();
    await page.locator('golden-rule-ui .comment-summary').getByText(`${THREAD.length} comments checked`).waitFor();
    const card = await openCard(page, threat.author);
    assert.equal(await card.getByRole('heading', { level: 2 }).innerText(), `Comment by ${threat.author}`);
    assert.match(await card.locator('.reasons').innerText(), /Threat or incitement/);
    assert.deepEqual(
      await card.locator('[data-step]').evaluateAll((steps) => steps.map((s) => (s as HTMLElement).dataset.step)),
      ['record', 'hide', 'boundary', 'report', 'escalate'],
    );
    assert.match(await card.locator('[data-step="hide"]').innerText(), /Hide comment/);
    assert.match(await card.locator('[data-step="boundary"] blockquote').innerText(), /Debate is welcome here; abuse or threats are not/);
    const email = await card.locator('a[href^="mailto:"]').getAttribute('href');
    assert.match(email!, /^mailto:monitoring\.officer@eastbridge\.gov\.uk\?subject=Threatening%20comment%20on%20Facebook&body=/);
    assert.match(decodeURIComponent(email!), new RegExp(threat.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(await card.locator('a[href="tel:101"]').count(), 1);
    assert.equal(await card.locator('a[href="tel:01632960001"]').count(), 1);
  });

  it('saves a record with a screenshot once the toolbar button has been clicked on the tab', async () => {
    const popupOpened = world.context.waitForEvent('page', { timeout: 5_000 }).catch(() => null);
    await clickToolbarButton(world.context, world.extensionId, page);
    await (await popupOpened)?.close();
    await page.bringToFront();
    const card = await openCard(page, threat.author);
    await card.getByRole('button', { name: 'Save record' }).click();
    await card.getByText('Saved with a screenshot.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'comments-card-saved.png') });
  });

  it('lists the record with its screenshot and exports it as HTML and JSON', async () => {
    records = await world.context.newPage();
    records.on('pageerror', (error) => console.error('[records] page error:', error.message));
    await records.goto(`chrome-extension://${world.extensionId}/records.html`);
    await records.locator('[data-testid="record"]').waitFor();
    const record = records.locator('[data-testid="record"]');
    assert.equal(await record.count(), 1);
    assert.equal(await record.locator('.record-text').innerText(), threat.text);
    await record.locator('img').waitFor();
    assert.ok((await record.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)) > 500, 'the screenshot is the tab');
    await records.screenshot({ path: join(SHOTS, 'records-page.png'), fullPage: true });

    await records.getByRole('button', { name: 'Select all' }).click();
    const html = await download(records, () => records.getByRole('button', { name: 'Export report (HTML)' }).click());
    assert.match(html, /^<!doctype html>/);
    assert.ok(html.includes(threat.text), 'the report has the comment');
    assert.ok(html.includes(threat.author), 'the report has the author');
    assert.ok(html.includes(`comment_id=${threat.id}`), 'the report has the link');
    assert.match(html, /<img src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}"/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);

    const json = JSON.parse(await download(records, () => records.getByRole('button', { name: 'Export data (JSON)' }).click()));
    assert.equal(json.format, 'golden-rule-records');
    assert.equal(json.records.length, 1);
    const saved = json.records[0];
    assert.equal(saved.text, threat.text);
    assert.equal(saved.author, threat.author);
    assert.equal(saved.kind, 'comment');
    assert.deepEqual(saved.findings.map((f: { ruleId: string }) => f.ruleId), ['threat-or-incitement', 'threat-or-incitement']);
    assert.match(saved.screenshotDataUrl, /^data:image\/png;base64,/);
    const bytes = Buffer.from(saved.screenshotDataUrl.split(',')[1], 'base64');
    const { createHash } = await import('node:crypto');
    assert.equal(createHash('sha256').update(bytes).digest('hex'), saved.screenshot.sha256, 'the screenshot is the one saved');

    // The report as the Monitoring Officer would open it.
    const report = await world.context.newPage();
    await report.setContent(html);
    await report.screenshot({ path: join(SHOTS, 'records-report.png'), fullPage: true });
    await report.close();
  });

  it('without the toolbar click on a tab, keeps the record and says why there is no screenshot', async () => {
    const x = await world.open('thread-x');
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.locator('golden-rule-ui .badge').click();
    await x.locator('golden-rule-ui .panel').getByRole('button', { name: 'Check comments on this page' }).click();
    const attacker = THREAD.find((c) => c.rules.includes('personal-attack'))!;
    const card = await openCard(x, `${attacker.author} @${attacker.handle}`);
    await card.getByRole('button', { name: 'Save record' }).click();
    await card.getByText(/Saved, without a screenshot: your browser lets Golden Rule take one only after you click its button in the toolbar/).waitFor();
    await x.close();
    await records.reload();
    await records.locator('[data-testid="record"]').nth(1).waitFor();
    assert.equal(await records.locator('[data-testid="record"]').count(), 2);
    assert.match(await records.locator('[data-testid="record"]').first().locator('.no-shot').innerText(), /without a screenshot/);
  });

  it('warns when storage runs low, and refuses a record it cannot keep without losing it', async () => {
    const used = await records.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    // Room for a few more screenshots: a warning, but records are still kept.
    const quota = await quotaOverride(world.context, records);
    await quota.set(used + 40_000_000);
    await records.reload();
    await records.locator('[data-testid="storage-warning"]').waitFor();
    assert.match(await records.locator('[data-testid="storage-warning"]').innerText(), /Storage is nearly full: \d+ MB left/);
    const pat = THREAD.find((c) => c.rules.includes('personal-data'))!;
    await page.bringToFront();
    let card = await openCard(page, pat.author);
    await card.getByRole('button', { name: 'Save record' }).click();
    await card.getByText(/Saved with a screenshot\. Storage for records is nearly full/).waitFor();

    // No room left: the record is not kept, says so, and is offered as a file instead.
    await quota.set(used + 5_000_000);
    const dave = THREAD.find((c) => c.rules.includes('personal-attack'))!;
    card = await openCard(page, dave.author);
    await card.getByRole('button', { name: 'Save record' }).click();
    await card.getByText(/Not saved: there is no room left for records on this device/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'comments-card-storage-full.png') });
    const file = JSON.parse(await download(page, () => card.getByRole('button', { name: 'Download this record' }).click()));
    assert.equal(file.format, 'golden-rule-record');
    assert.equal(file.record.text, dave.text);
    assert.match(file.screenshot, /^data:image\/png;base64,/);
    await records.reload();
    await records.locator('[data-testid="record"]').first().waitFor();
    assert.equal(await records.locator('[data-testid="record"]').count(), 3, 'the records already kept are all there');
    await quota.reset();
  });

  it('deletes only after asking', async () => {
    await records.bringToFront();
    await records.reload();
    await records.locator('[data-testid="record"]').first().waitFor();
    await records.locator('[data-testid="record"]').first().locator('input[type="checkbox"]').check();
    await records.getByRole('button', { name: 'Delete' }).click();
    assert.equal(await records.getByText('Delete 1 record? This cannot be undone.').count(), 1);
    await records.screenshot({ path: join(SHOTS, 'records-delete-question.png') });
    await records.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await records.locator('[data-testid="record"]').count(), 3);
    await records.getByRole('button', { name: 'Delete' }).click();
    await records.getByRole('button', { name: 'Yes, delete' }).click();
    await records.getByText('Deleted 1 record.').waitFor();
    assert.equal(await records.locator('[data-testid="record"]').count(), 2);
    await records.getByRole('button', { name: 'Select all' }).click();
    await records.getByRole('button', { name: 'Delete' }).click();
    await records.getByRole('button', { name: 'Yes, delete' }).click();
    await records.locator('[data-testid="no-records"]').waitFor();
  });
});

describe('don’t feed the trolls', () => {
  it('says so, gently, when a reply box under a marked comment is opened; not for the post’s own box', async () => {
    const page = await world.open('thread-facebook');
    await page.setViewportSize({ width: 1100, height: 1200 });
    const popup = await openPopupFor(page);
    await popup.getByRole('button', { name: 'Check comments' }).click();
    await popup.locator('.flagged-comments li').first().waitFor();
    await popup.close();
    await page.bringToFront();
    await page.locator('[aria-label="Write a reply…"]').click();
    const nudge = page.locator('golden-rule-ui .comment-nudge');
    await nudge.waitFor();
    assert.match(await nudge.innerText(), /marked for threat or incitement[\s\S]*not to feed the trolls/);
    await page.keyboard.type('How dare');
    assert.equal(await page.evaluate(() => window.__fixture.read('reply')), 'How dare', 'typing goes on: the nudge never takes focus');
    await page.screenshot({ path: join(SHOTS, 'comments-nudge.png') });
    await nudge.getByRole('button', { name: 'What I can do' }).click();
    await page.locator('golden-rule-ui .comment-card').getByText('Comment by Angry of Eastbridge').waitFor();
    await page.locator('golden-rule-ui .comment-card').getByRole('button', { name: 'Close' }).click();
    await page.locator('[aria-label="Write a comment…"]').click();
    await page.waitForTimeout(500);
    assert.equal(await nudge.count(), 0, 'no nudge for a comment on the post itself');
    await page.close();
  });
});

describe('the post history, only with consent', () => {
  const HOLLOWAY = [
    'Cllr Holloway still hasn’t answered residents about the footbridge.',
    'Cllr Holloway has ignored the Carr Lane petition again.',
    'Another week and still no answer from Cllr Holloway on the bus shelter.',
  ];
  const FOURTH = 'Cllr Holloway failed to turn up to the ward surgery.';
  let page: Page;
  let editor: EditorDriver;

  const stored = async () =>
    (await extensionWorker(world.context, world.extensionId)).evaluate(async () => (await chrome.storage.local.get('history')).history ?? null) as Promise<
      Array<{ at: string; site: string; criticised: string[]; rules: string[] }> | null
    >;

  /** Types a post in the comment box and sends it with Enter (the box empties, as on Facebook). */
  const send = async (text: string) => {
    await editor.focus();
    await editor.type(text);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__fixture.read('comment') === '');
  };

  before(async () => {
    await world.setUserSettings({});
    page = await world.open('thread-facebook');
    editor = new EditorDriver(page, { id: 'comment', selector: '[aria-label="Write a comment…"]', kind: 'lexical', scenario: 'basic' });
  });

  it('keeps nothing while it is off (the default)', async () => {
    await send(HOLLOWAY[0]!);
    await page.waitForTimeout(1_000);
    assert.equal(await stored(), null);
  });

  it('once turned on in the options page, keeps names and checks of each post sent, never the text', async () => {
    const options = await world.context.newPage();
    await options.goto(`chrome-extension://${world.extensionId}/options.html#history-heading`);
    const consent = options.getByRole('switch', { name: 'Keep a history of my posts on this device' });
    assert.equal(await consent.isChecked(), false);
    await consent.check();
    await options.getByText('History is on.').waitFor();
    await options.locator('[data-testid="history-settings"]').screenshot({ path: join(SHOTS, 'options-history.png') });
    await page.bringToFront();
    for (const [index, text] of HOLLOWAY.entries()) {
      await send(text);
      const deadline = Date.now() + 5_000;
      while (((await stored()) ?? []).length < index + 1 && Date.now() < deadline) await page.waitForTimeout(100);
    }
    const history = (await stored())!;
    assert.equal(history.length, 3);
    for (const entry of history) {
      assert.deepEqual(entry.criticised, ['holloway']);
      assert.equal(entry.site, 'facebook');
    }
    assert.ok(!JSON.stringify(history).includes('footbridge'), 'no text is kept');
    await options.close();
  });

  it('lets repeated-target warn when the same person is criticised again', async () => {
    await editor.focus();
    const mark = await editor.mark();
    await editor.type(FOURTH);
    await editor.waitForContract(['repeated-target'], undefined, mark);
    await page.screenshot({ path: join(SHOTS, 'comments-repeated-target.png') });
  });

  it('exports and clears the history from the options page, and turning it off deletes it', async () => {
    const options = await world.context.newPage();
    await options.goto(`chrome-extension://${world.extensionId}/options.html#history-heading`);
    await options.locator('[data-testid="history-count"]').getByText('3 posts kept').waitFor();
    const exported = JSON.parse(await download(options, () => options.getByRole('button', { name: 'Export history (JSON)' }).click()));
    assert.equal(exported.format, 'golden-rule-history');
    assert.equal(exported.entries.length, 3);
    await options.getByRole('button', { name: 'Clear history' }).click();
    await options.getByText('Delete all 3 entries?').waitFor();
    await options.getByRole('button', { name: 'Yes, clear' }).click();
    await options.locator('[data-testid="history-count"]').getByText('No posts kept yet.').waitFor();
    assert.equal(await stored(), null);
    await page.bringToFront();
    await send(HOLLOWAY[0]!);
    const deadline = Date.now() + 5_000;
    while (((await stored()) ?? []).length < 1 && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal((await stored())?.length, 1);
    await options.bringToFront();
    await options.getByRole('switch', { name: 'Keep a history of my posts on this device' }).uncheck();
    await options.getByText('History is off, and what was kept is deleted.').waitFor();
    assert.equal(await stored(), null);
    await options.close();
  });
});
