/**
 * The fallback underlines (boxes in the shadow root) for browsers without the CSS Custom
 * Highlight API. Chromium has the API, so the shipped build never draws these over a rich
 * editor here; this page draws them with the same modules and checks they sit on the text,
 * wrap with it, follow scrolling and stay inside the editor.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startWorld, type World } from './harness/world';

const PASSAGE = 'ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING';

let world: World;
let tab: Page;
before(async () => {
  world = await startWorld();
  tab = await world.open('overlay');
});
after(async () => {
  assert.deepEqual(await world.close(), []);
});

type Rect = { left: number; top: number; width: number; height: number };
const rects = (list: DOMRect[]): Rect[] => list.map(({ left, top, width, height }) => ({ left, top, width, height }));

function assertOnText(boxes: Rect[], text: Rect[]): void {
  assert.equal(boxes.length, text.length, 'one box per line of the passage');
  for (const [index, box] of boxes.entries()) {
    const line = text[index]!;
    for (const key of ['left', 'top', 'width', 'height'] as const) {
      assert.ok(Math.abs(box[key] - line[key]) < 0.6, `box ${index} ${key}: ${box[key]} vs text ${line[key]}`);
    }
  }
}

it('draws one box per line of a wrapped passage, exactly over the text', async () => {
  const boxes = rects(await tab.evaluate((p) => window.__overlay.paint(p), PASSAGE));
  const text = rects(await tab.evaluate((p) => window.__overlay.textRects(p), PASSAGE));
  assert.ok(text.length >= 2, 'the passage wraps');
  assertOnText(boxes, text);
});

it('follows the text when the page scrolls', async () => {
  await tab.evaluate(() => window.scrollBy(0, 30));
  const boxes = rects(await tab.evaluate((p) => window.__overlay.paint(p), PASSAGE));
  assertOnText(boxes, rects(await tab.evaluate((p) => window.__overlay.textRects(p), PASSAGE)));
});

it('follows the text when the editor reflows', async () => {
  await tab.locator('#editor').evaluate((editor) => ((editor as HTMLElement).style.width = '220px'));
  const boxes = rects(await tab.evaluate((p) => window.__overlay.paint(p), PASSAGE));
  assertOnText(boxes, rects(await tab.evaluate((p) => window.__overlay.textRects(p), PASSAGE)));
});

it('clips the boxes to the editor when its text scrolls out of view', async () => {
  await tab.locator('#editor').evaluate((editor) => {
    const style = (editor as HTMLElement).style;
    style.height = '24px';
    style.minHeight = '0';
    style.overflow = 'hidden';
  });
  const editor = (await tab.locator('#editor').boundingBox())!;
  const boxes = rects(await tab.evaluate((p) => window.__overlay.paint(p), PASSAGE));
  for (const box of boxes) {
    assert.ok(box.top >= editor.y - 0.5 && box.top + box.height <= editor.y + editor.height + 0.5, 'inside the editor');
  }
});
