/**
 * Every fixture page, every compose box: the production build finds the box, underlines the
 * risky passages, and applies fixes through the editor's own input path so that the editor's
 * own state, undo and typing stay right. Fails if anything is requested beyond the fixtures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PAGE_FIXTURES, type EditorFixture } from './fixtures/catalog';
import { card, EditorDriver, normalise } from './harness/editor';
import { startWorld, type World } from './harness/world';
import {
  BOLD_CAPITALS, BOLD_FIXED, BOLD_LEAD, CAPITALS, CAPITALS_FIXED, CLEAN, EXCLAIMED, EXCLAIMED_FIXED, PASTED, TWO_PARAGRAPHS, longPost,
} from './texts';

let world: World;
before(async () => {
  world = await startWorld();
});
after(async () => {
  const problems = await world.close();
  assert.deepEqual(problems, [], 'requests beyond the fixture pages’ own');
});

for (const page of PAGE_FIXTURES) {
  describe(`${page.title} (${page.host})`, () => {
    let tab: Page;
    before(async () => {
      tab = await world.open(page.id);
    });
    after(async () => {
      await tab.close();
    });
    for (const editor of page.editors) {
      if (editor.scenario === 'full') fullScenario(editor, () => tab);
      else basicScenario(editor, () => tab);
    }
  });
}

/** Picked up, underlined, cleared. */
function basicScenario(fixture: EditorFixture, tab: () => Page): void {
  it(`${fixture.id} (${fixture.kind}): underlines risky text and clears when it is deleted`, async () => {
    const editor = new EditorDriver(tab(), fixture);
    await editor.focus();
    let mark = await editor.mark();
    await editor.type(TWO_PARAGRAPHS.text);
    await editor.waitForContract(TWO_PARAGRAPHS.rules, 2, mark);
    await editor.waitForUnderlines((n) => n >= 2, 'at least 2');
    mark = await editor.mark();
    await editor.selectAll();
    await tab().keyboard.press('Delete');
    await editor.waitForContract([], 0, mark);
    await editor.waitForUnderlines((n) => n === 0, 'none');
  });
}

function fullScenario(fixture: EditorFixture, tab: () => Page): void {
  describe(`${fixture.id} (${fixture.kind})`, () => {
    let editor: EditorDriver;
    before(() => {
      editor = new EditorDriver(tab(), fixture);
    });
    /** Lets an editor that merges quick edits into one undo step (Quill) close the typing's step. */
    const letUndoStepClose = () => tab().waitForTimeout(fixture.undoMergeMs ? fixture.undoMergeMs + 100 : 0);

    it('underlines the risky passages of a typed post', async () => {
      await editor.focus();
      const mark = await editor.mark();
      await editor.type(TWO_PARAGRAPHS.text);
      await editor.waitForContract(TWO_PARAGRAPHS.rules, 2, mark);
      assert.equal(await editor.model(), TWO_PARAGRAPHS.text);
      if (editor.isTextarea) await editor.waitForUnderlines((n) => n >= 2, 'boxes over the textarea, at least 2');
      else assert.deepEqual((await editor.highlightedTexts()).sort(), ['!!!', CAPITALS].sort());
    });

    if (isTextarea(fixture)) {
      it('keeps the underline boxes on the text when the page scrolls and the box reflows', async () => {
        const before = await boxTops(tab());
        const scrolled = await tab().evaluate(() => {
          window.scrollBy(0, 40);
          return window.scrollY;
        });
        assert.ok(scrolled > 0, 'the page scrolled');
        await tab().waitForFunction(
          ({ previous, scrolled }) => {
            const boxes = [...document.querySelector('golden-rule-ui')!.shadowRoot!.querySelectorAll('.box:not([hidden])')];
            return boxes.length > 0 && Math.abs(boxes[0]!.getBoundingClientRect().top - (previous - scrolled)) < 1.5;
          },
          { previous: before[0]!, scrolled },
        );
        await editor.locator.evaluate((element) => ((element as HTMLElement).style.width = '45%'));
        await tab().waitForFunction(
          (count) => document.querySelector('golden-rule-ui')!.shadowRoot!.querySelectorAll('.box:not([hidden])').length > count,
          before.length,
        );
        assert.ok((await editor.boxCount()) > before.length, 'the capitals now wrap onto more lines, each underlined');
        await editor.locator.evaluate((element) => ((element as HTMLElement).style.width = ''));
        await tab().evaluate(() => window.scrollTo(0, 0));
        // Back where they started, before the next test points the mouse at a word: a hover over
        // boxes still laid out for the narrow box finds nothing, and no further move comes.
        await tab().waitForFunction((tops) => {
          const now = [...document.querySelector('golden-rule-ui')!.shadowRoot!.querySelectorAll('.box:not([hidden])')].map((box) => box.getBoundingClientRect().top);
          return now.length === tops.length && now.every((top, i) => Math.abs(top - tops[i]!) < 1.5);
        }, before);
      });
    }

    it('fixes a passage in another paragraph than the caret’s from the hover card, in the editor’s own state', async () => {
      await letUndoStepClose();
      await editor.hover('ROAD');
      const opened = card(tab());
      await opened.waitFor();
      assert.equal(await opened.getAttribute('role'), 'dialog');
      assert.match((await opened.locator('a').getAttribute('href')) ?? '', /^https:\/\/www\.eastbridge\.gov\.uk\/.+#/);
      const mark = await editor.mark();
      await opened.locator('button.fix').first().click();
      await editor.waitForContract(['shouting'], 1, mark);
      assert.equal(await editor.model(), `${CAPITALS_FIXED}\n${EXCLAIMED}`);
      assert.equal(await editor.shown(), await editor.model());
    });

    it('undoes the fix with a single Ctrl+Z', async () => {
      const mark = await editor.mark();
      await tab().keyboard.press('Control+Z');
      await waitForModel(editor, TWO_PARAGRAPHS.text);
      assert.equal(await editor.shown(), await editor.model());
      await editor.waitForContract(['shouting'], 2, mark);
    });

    it('keeps working when typing afterwards', async () => {
      await tab().keyboard.press('Control+End');
      await tab().keyboard.type(' Thanks');
      await waitForModel(editor, `${TWO_PARAGRAPHS.text} Thanks`);
      assert.equal(await editor.shown(), await editor.model());
    });

    it('fixes the passage at the caret from the card opened by a click', async () => {
      await letUndoStepClose();
      await editor.clickOn('!!!');
      await card(tab()).waitFor();
      let mark = await editor.mark();
      await card(tab()).locator('button.fix').first().click();
      await waitForModel(editor, `${CAPITALS}\n${EXCLAIMED_FIXED} Thanks`);
      await editor.waitForContract(['shouting'], 1, mark);
      mark = await editor.mark();
      await tab().keyboard.press('Control+End');
      await tab().keyboard.type(' Cheers');
      await waitForModel(editor, `${CAPITALS}\n${EXCLAIMED_FIXED} Thanks Cheers`);
      await editor.waitForContract(['shouting'], 1, mark);
      assert.equal(await editor.shown(), await editor.model());
    });

    it('shows nothing for a clean post', async () => {
      await editor.selectAll();
      const mark = await editor.mark();
      await editor.type(CLEAN);
      await editor.waitForContract([], 0, mark);
      assert.equal(await editor.model(), CLEAN);
      await editor.waitForUnderlines((n) => n === 0, 'none');
    });

    it('checks a 5,000-character post', async () => {
      const post = longPost();
      await editor.selectAll();
      const mark = await editor.mark();
      await tab().keyboard.insertText(post.text);
      await editor.waitForContract(post.rules, undefined, mark, 15_000);
      assert.equal((await editor.model()).length, post.text.length);
      await editor.waitForUnderlines((n) => n >= 1, 'at least 1');
    });

    it('checks pasted text', async () => {
      await editor.selectAll();
      const mark = await editor.mark();
      await editor.paste(PASTED.text);
      await editor.waitForContract(PASTED.rules, undefined, mark);
      assert.equal(await editor.model(), normalise(PASTED.text));
    });

    if (fixture.bold) {
      it('fixes a passage that fills a whole bold text node, and undoes it', async () => {
        await editor.selectAll();
        await tab().keyboard.press('Delete');
        const mark = await editor.mark();
        await editor.type(BOLD_LEAD);
        await tab().keyboard.press('Control+B');
        await editor.type(BOLD_CAPITALS);
        await editor.waitForContract(['shouting'], 1, mark);
        await letUndoStepClose();
        await editor.hover('ROAD');
        await card(tab()).waitFor();
        await card(tab()).locator('button.fix').first().click();
        await waitForModel(editor, BOLD_LEAD + BOLD_FIXED);
        assert.equal(await editor.shown(), await editor.model());
        await tab().keyboard.press('Control+Z');
        await waitForModel(editor, BOLD_LEAD + BOLD_CAPITALS);
        assert.equal(await editor.shown(), await editor.model());
      });
    }
  });
}

function isTextarea(fixture: EditorFixture): boolean {
  return fixture.kind === 'textarea' || fixture.kind === 'react-textarea';
}

/** Tops of the visible underline boxes, in page order. */
function boxTops(tab: Page): Promise<number[]> {
  return tab.evaluate(() =>
    [...document.querySelector('golden-rule-ui')!.shadowRoot!.querySelectorAll('.box:not([hidden])')].map((box) => box.getBoundingClientRect().top),
  );
}

async function waitForModel(editor: EditorDriver, expected: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let model = await editor.model();
  while (model !== expected && Date.now() < deadline) {
    await editor.page.waitForTimeout(50);
    model = await editor.model();
  }
  assert.equal(model, expected);
}
