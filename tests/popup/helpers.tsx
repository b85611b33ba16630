/**
 * Shared set-up for the popup and options component tests (happy-dom + WXT's fake browser).
 * Import this module FIRST: it defines the build-time council constant before anything reads it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonc } from '../../src/config/jsonc';
import { parseCouncilConfig } from '../../src/config/schema';

// (Not `load-file.ts`: its `fileURLToPath(new URL(…))` fails under happy-dom's own URL class.)
const parsed = parseCouncilConfig(parseJsonc(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../assets/council.config.json'), 'utf8')));
if (!parsed.ok) throw new Error(`assets/council.config.json: ${JSON.stringify(parsed.problems)}`);
const defaults = parsed.config;
// `wxt.config.ts` defines this at build time; the vitest config does not.
(globalThis as { __GOLDEN_RULE_COUNCIL__?: unknown }).__GOLDEN_RULE_COUNCIL__ ??= defaults;

import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { CouncilConfig } from '../../src/config/schema';
import { toCouncilSettings } from '../../src/config/to-settings';
import type { Finding } from '../../src/engine/types';
import type { DraftReport } from '../../src/messaging';
import type { PopupServices, TargetTab } from '../../src/popup/services';
import type { EffectiveCouncil, PolicyNotice } from '../../src/settings/council';
import { loadUserSettings, updateUserSettings, watchUserSettings } from '../../src/settings/store';

/** The embedded default configuration (Eastbridge), with changes. */
export function councilWith(change: (config: CouncilConfig) => CouncilConfig = (c) => c, notices: PolicyNotice[] = []): EffectiveCouncil {
  const config = change(structuredClone(defaults));
  return { config, settings: toCouncilSettings(config), notices };
}

export interface FakeServices extends PopupServices {
  clock: { now: Date };
  reveal: ReturnType<typeof vi.fn> & PopupServices['reveal'];
  showPage: ReturnType<typeof vi.fn> & PopupServices['showPage'];
  copy: ReturnType<typeof vi.fn> & PopupServices['copy'];
}

export function fakeServices(
  options: {
    council?: EffectiveCouncil;
    now?: Date;
    target?: TargetTab | null;
    draft?: DraftReport | null;
    inTab?: boolean;
  } = {},
): FakeServices {
  const clock = { now: options.now ?? new Date(2026, 10, 2, 10, 0) };
  const council = options.council ?? councilWith();
  const target = options.target === undefined ? { tabId: 7, site: 'x' as const } : options.target;
  return {
    clock,
    now: () => new Date(clock.now),
    loadCouncil: async () => council,
    watchCouncil: () => () => undefined,
    loadSettings: loadUserSettings,
    updateSettings: updateUserSettings,
    watchSettings: watchUserSettings,
    inTab: async () => options.inTab ?? false,
    findTarget: async () => target,
    getDraft: async () => (options.draft ? { kind: 'draft', report: options.draft } : { kind: 'no-content-script' }),
    reveal: vi.fn(async () => true),
    showPage: vi.fn(async () => undefined),
    copy: vi.fn(async () => true),
    optionsUrl: () => 'chrome-extension://test/options.html',
  };
}

export function finding(text: string, passage: string, partial: Partial<Finding> = {}): Finding {
  const start = text.indexOf(passage);
  return {
    ruleId: 'personal-attack',
    messageId: 'insult',
    severity: 'error',
    start,
    end: start + passage.length,
    message: `“${passage}” is an insult.`,
    why: 'Section 8.2 of the council’s guidance asks councillors to avoid insults.',
    url: 'https://www.eastbridge.gov.uk/councillors/social-media-guidance#tone-respect-and-dignity',
    suggestions: [],
    ...partial,
  };
}

/** Waits for the UI to settle: effects, storage promises and Preact's batched renders. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function waitFor(check: () => void, timeout = 2_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await settle(1);
    }
  }
}

let container: HTMLElement | null = null;

export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  unmount();
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(vnode, container!);
  });
  await settle();
  return container;
}

export function unmount(): void {
  if (!container) return;
  render(null, container);
  container.remove();
  container = null;
}

/** The element whose text is `text` (trimmed), among `selector`. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): E {
  const all = [...root.querySelectorAll<E>(selector)];
  const found = all.find((el) => (typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? '')));
  if (!found) throw new Error(`no ${selector} with text ${text}; have: ${all.map((el) => JSON.stringify(el.textContent?.trim())).join(', ')}`);
  return found;
}

/** The form control a `<label>` with this text is for. */
export function byLabel<E extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string | RegExp): E {
  const label = byText<HTMLLabelElement>(root, 'label', text);
  const control = label.htmlFor ? (root.querySelector(`#${CSS.escape(label.htmlFor)}`) as E | null) : (label.querySelector('input,textarea,select') as E | null);
  if (!control) throw new Error(`label ${text} has no control`);
  return control;
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}
