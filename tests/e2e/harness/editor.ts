import type { Locator, Page } from 'playwright-core';
import type { EditorFixture } from '../fixtures/catalog';

const CHECK_TIMEOUT_MS = 8_000;

interface Checks {
  __goldenRuleChecks: WeakMap<Element, number[]>;
  __goldenRuleLastEdit: number;
}

/** The model's text compared loosely: editors differ in how they join paragraphs and end the text. */
export function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').replace(/\n$/, '');
}

export interface Contract {
  findings: number | null;
  rules: string[];
}

/** One compose box on a fixture page, driven the way a person would and read through its library. */
export class EditorDriver {
  readonly locator: Locator;

  constructor(
    readonly page: Page,
    readonly fixture: EditorFixture,
  ) {
    this.locator = page.locator(fixture.selector).first();
  }

  get isTextarea(): boolean {
    return this.fixture.kind === 'textarea' || this.fixture.kind === 'react-textarea';
  }

  async focus(): Promise<void> {
    await this.locator.click();
  }

  /** Types text, pressing Enter between lines. */
  async type(text: string): Promise<void> {
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(line);
    }
  }

  async selectAll(): Promise<void> {
    await this.page.keyboard.press('Control+A');
  }

  /** The text as the editor library holds it (Lexical's state, Draft's ContentState, Quill's delta…). */
  async model(): Promise<string> {
    const text = await this.page.evaluate((id) => window.__fixture.read(id), this.fixture.id);
    if (text === null) throw new Error(`fixture has no editor ${this.fixture.id}`);
    return normalise(text);
  }

  /** The text the page shows (the DOM), to compare with the model. */
  async shown(): Promise<string> {
    return normalise(
      await this.locator.evaluate((element) =>
        element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText,
      ),
    );
  }

  async contract(): Promise<Contract> {
    return this.locator.evaluate((element) => ({
      findings: element.hasAttribute('data-golden-rule-findings') ? Number(element.getAttribute('data-golden-rule-findings')) : null,
      rules: (element.getAttribute('data-golden-rule-rules') ?? '').split(' ').filter(Boolean),
    }));
  }

  /** How many checks have written the contract so far: pass it to `waitForContract` to ignore older ones. */
  async mark(): Promise<number> {
    return this.locator.evaluate((element) => (window as unknown as Checks).__goldenRuleChecks.get(element)?.length ?? 0);
  }

  /** Times (performance.now) of every check of this editor so far. */
  async checkTimes(): Promise<number[]> {
    return this.locator.evaluate((element) => (window as unknown as Checks).__goldenRuleChecks.get(element) ?? []);
  }

  /**
   * Waits until the contract says exactly this about the text as it is now: written by a check
   * after `since` (see `mark`) and after the page's last edit, so an earlier check of a
   * half-typed text that happened to say the same does not count.
   */
  async waitForContract(rules: readonly string[], findings?: number, since = -1, timeout = CHECK_TIMEOUT_MS): Promise<void> {
    await this.locator.evaluate(
      (element, { rules, findings, since, timeout }) =>
        new Promise<void>((resolve, reject) => {
          const state = window as unknown as Checks;
          const matches = () => {
            const checks = state.__goldenRuleChecks.get(element) ?? [];
            const count = element.getAttribute('data-golden-rule-findings');
            const ids = element.getAttribute('data-golden-rule-rules');
            return (
              checks.length > since &&
              checks.at(-1)! >= state.__goldenRuleLastEdit &&
              count !== null &&
              ids === rules.join(' ') &&
              (findings === undefined || Number(count) === findings)
            );
          };
          if (matches()) return resolve();
          // Checked on each of the editor's attribute changes, and now and then for edits elsewhere.
          const done = () => {
            if (!matches()) return;
            observer.disconnect();
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          };
          const observer = new MutationObserver(done);
          observer.observe(element, { attributes: true });
          const poll = setInterval(done, 100);
          const timer = setTimeout(() => {
            observer.disconnect();
            clearInterval(poll);
            reject(
              new Error(
                `contract: wanted rules "${rules.join(' ')}"${findings === undefined ? '' : ` × ${findings}`}, have "${element.getAttribute('data-golden-rule-rules')}" × ${element.getAttribute('data-golden-rule-findings')}`,
              ),
            );
          }, timeout);
        }),
      { rules: [...rules], findings, since, timeout },
    );
  }

  /** The underlined passages in this editor, from the page's CSS highlight registry. */
  async highlightedTexts(): Promise<string[]> {
    return this.locator.evaluate((element) => {
      const texts: string[] = [];
      for (const name of ['golden-rule-error', 'golden-rule-warning', 'golden-rule-info']) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          if (element.contains(range.startContainer)) texts.push(range.toString());
        }
      }
      return texts;
    });
  }

  /** Underline boxes drawn in Golden Rule's shadow root that lie over this editor. */
  async boxCount(): Promise<number> {
    const editor = await this.locator.boundingBox();
    if (!editor) return 0;
    const boxes = await this.page.locator('golden-rule-ui .box:not([hidden])').evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }),
    );
    return boxes.filter((b) => b.x >= editor.x - 1 && b.y >= editor.y - 1 && b.x + b.width <= editor.x + editor.width + 1 && b.y + b.height <= editor.y + editor.height + 1).length;
  }

  /** Underlines of any kind on this editor: highlight ranges, or boxes for textareas. */
  async underlineCount(): Promise<number> {
    return this.isTextarea ? this.boxCount() : (await this.highlightedTexts()).length;
  }

  /**
   * Waits until the number of underlines satisfies `wanted`: boxes are drawn on the frame after
   * a check (highlight ranges at once), so right after the contract changes they may lag.
   */
  async waitForUnderlines(wanted: (count: number) => boolean, what: string, timeout = 3_000): Promise<number> {
    const deadline = Date.now() + timeout;
    let count = await this.underlineCount();
    while (!wanted(count) && Date.now() < deadline) {
      await this.page.waitForTimeout(50);
      count = await this.underlineCount();
    }
    if (!wanted(count)) throw new Error(`underlines: wanted ${what}, have ${count}`);
    return count;
  }

  /** The centre of `needle` on screen: from the DOM for rich editors, from the underline box for textareas. */
  async pointOf(needle: string): Promise<{ x: number; y: number }> {
    if (this.isTextarea) {
      const value = await this.locator.inputValue();
      const start = value.indexOf(needle);
      const box = this.page.locator(`golden-rule-ui .box[data-start="${start}"]:not([hidden])`).first();
      const rect = await box.boundingBox();
      if (!rect) throw new Error(`no underline box at ${start} for "${needle}"`);
      return { x: rect.x + Math.min(rect.width / 2, 30), y: rect.y + rect.height / 2 };
    }
    const point = await this.locator.evaluate((element, needle) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(needle);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + Math.min(needle.length, 4));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, needle);
    if (!point) throw new Error(`"${needle}" is not in the editor`);
    return point;
  }

  async hover(needle: string): Promise<void> {
    const { x, y } = await this.pointOf(needle);
    await this.page.mouse.move(x - 3, y);
    await this.page.mouse.move(x, y, { steps: 2 });
  }

  async clickOn(needle: string): Promise<void> {
    const { x, y } = await this.pointOf(needle);
    await this.page.mouse.click(x, y);
  }

  /** Pastes through the system clipboard (a trusted paste, as Ctrl+V is for a person). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await this.page.keyboard.press('Control+V');
  }
}

export function card(page: Page): Locator {
  return page.locator('golden-rule-ui .card');
}
