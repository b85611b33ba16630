/**
 * Compose boxes that appear after the page has loaded (single-page navigation) are picked up,
 * each bound once; and the request check itself catches a request beyond the fixtures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PAGE_FIXTURES } from './fixtures/catalog';
import { EditorDriver } from './harness/editor';
import { startWorld, type World } from './harness/world';
import { CAPITALS } from './texts';

let world: World;
before(async () => {
  world = await startWorld();
});
after(async () => {
  const problems = await world.close();
  assert.deepEqual(problems, [], 'requests beyond the fixture pages’ own');
});

describe('editors that appear after in-page navigation', () => {
  for (const page of PAGE_FIXTURES) {
    it(`${page.title}: picked up after history.pushState`, async () => {
      const tab = await world.open(page.id, { spa: true });
      assert.equal(await tab.locator('[data-golden-rule-findings]').count(), 0);
      await tab.locator('#open-composer').click();
      await tab.waitForFunction(() => window.__fixture.ready);
      const editor = new EditorDriver(tab, page.editors[0]!);
      await editor.focus();
      const mark = await editor.mark();
      await editor.type(CAPITALS);
      await editor.waitForContract(['shouting'], 1, mark);
      await editor.waitForUnderlines((n) => n >= 1, 'at least 1');
      // Bound once: one badge, and one check per settled change.
      assert.equal(await tab.locator('golden-rule-ui .badge').count(), 1);
      await tab.close();
    });
  }
});

describe('the request check', () => {
  it('notices a request the page did not make for its own files', async () => {
    const probe = await startWorld();
    const tab = await probe.open('facebook');
    // What a content script's fetch looks like on the wire: initiated by the page's origin.
    await tab.evaluate(() => fetch('https://golden-rule-telemetry.example/collect').catch(() => undefined));
    await tab.evaluate(() => fetch('/__fixture/not-a-fixture-file').catch(() => undefined));
    const problems = await probe.close();
    assert.ok(problems.some((p) => p.includes('golden-rule-telemetry.example')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('/__fixture/not-a-fixture-file')), problems.join('\n'));
  });
});
