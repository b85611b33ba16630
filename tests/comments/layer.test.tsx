// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CommentsController } from '../../src/comments/controller';
import type { SettingsState } from '../../src/content/settings-state';
import type { Ui } from '../../src/content/ui/Ui';
import { SITE_ADAPTERS } from '../../src/sites/hosts';

function controllerOn(host: HTMLElement) {
  const ui = { element: host } as unknown as Ui;
  const controller = new CommentsController(SITE_ADAPTERS[0]!, ui, {} as SettingsState);
  return controller as unknown as { render(): void };
}

describe('comments layer', () => {
  it('keeps one layer and one style sheet when the page briefly detaches the host', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const controller = controllerOn(host);
    controller.render();
    host.remove();
    controller.render();
    document.body.append(host);
    controller.render();
    expect(root.children.length).toBe(1);
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).toBe(1);
  });
});
