/**
 * Screenshots of every fixture page with underlines and an open card (for looking at, not a test):
 *
 *   npm run build && node --import tsx tests/e2e/screenshots.ts [out-dir]
 *
 * Writes <page>-card.png per fixture page, facebook-panel.png (the badge's list) and
 * facebook-keyboard.png (the card opened with Alt+Enter, focus on its first button), by default
 * into tests/e2e/.tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_FIXTURES } from './fixtures/catalog';
import { card, EditorDriver } from './harness/editor';
import { startWorld } from './harness/world';
import { PASTED } from './texts';

const OUT = process.argv[2] ?? fileURLToPath(new URL('./.tmp/screenshots/', import.meta.url));
mkdirSync(OUT, { recursive: true });

/** Capitals, swearing, a phone number and "!!!": several rules and severities at once. */
const DRAFT = `ROAD CLOSED AT MILL LANE BRIDGE DUE TO FLOODING\n${PASTED.text}`;

const world = await startWorld();
try {
  for (const page of PAGE_FIXTURES) {
    const tab = await world.open(page.id);
    const fixture = page.editors.find((e) => e.scenario === 'full') ?? page.editors[0]!;
    const editor = new EditorDriver(tab, fixture);
    await editor.focus();
    const mark = await editor.mark();
    await editor.type(DRAFT);
    await editor.waitForContract(PASTED.rules, undefined, mark);
    await editor.hover('07700');
    await card(tab).waitFor();
    await tab.screenshot({ path: join(OUT, `${page.id}-card.png`) });
    if (page.id === 'facebook') {
      await tab.mouse.move(5, 5);
      await tab.locator('golden-rule-ui .badge').first().click();
      await tab.locator('golden-rule-ui .panel').waitFor();
      await tab.screenshot({ path: join(OUT, 'facebook-panel.png') });
      await tab.keyboard.press('Escape');
      await editor.focus();
      await tab.keyboard.press('Control+Home');
      await tab.keyboard.press('Alt+Enter');
      await card(tab).waitFor();
      await tab.screenshot({ path: join(OUT, 'facebook-keyboard.png') });
    }
    await tab.close();
  }
} finally {
  const problems = await world.close();
  if (problems.length > 0) console.error('Requests beyond the fixtures:', problems);
}
console.log(`Screenshots in ${OUT}`);
