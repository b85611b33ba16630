// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorForFocus, findEditors } from '../../src/content/discovery';
import { ALL_SITE_MATCHES, SITE_ADAPTERS } from '../../src/sites/hosts';

/** Saved compose-box HTML per site; `data-expect` marks each element that must be bound. */
function load(site: string): void {
  // Under happy-dom `import.meta.url` is not a file address; the tests run from the repository root.
  document.body.innerHTML = readFileSync(resolve('tests/content/fixtures', `${site}.html`), 'utf8');
}

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.site, adapter] as const))('%s', (site, adapter) => {
  it('finds exactly the compose boxes, and nothing else', () => {
    load(site);
    const expected = [...document.querySelectorAll<HTMLElement>('[data-expect]')];
    const found = findEditors(adapter);
    expect(found.map((e) => e.dataset.expect).sort()).toEqual(expected.map((e) => e.dataset.expect).sort());
  });

  it('recognises a box when focus lands inside it', () => {
    load(site);
    for (const editor of document.querySelectorAll<HTMLElement>('[data-expect]')) {
      const inner = editor.querySelector('p, span, div') ?? editor;
      expect(editorForFocus(adapter, inner)).toBe(editor);
    }
  });

  it('has only valid selectors, and a character limit where the site has one', () => {
    load(site);
    for (const selector of adapter.editors) expect(() => document.querySelector(selector)).not.toThrow();
    for (const editor of document.querySelectorAll<HTMLElement>('[data-expect]')) {
      const limit = adapter.maxLength(editor);
      if (site === 'nextdoor') expect(limit).toBeUndefined();
      else expect(limit).toBeGreaterThan(0);
    }
  });

  it('runs only on the site’s own pages', () => {
    for (const pattern of adapter.matches) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z.]+\/\*$/);
    }
  });
});

it('asks for host permissions on the five sites only', () => {
  const hosts = ALL_SITE_MATCHES.map((pattern) => pattern.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, ''));
  const domains = new Set(hosts.map((host) => host.split('.').slice(-2).join('.')));
  expect([...domains].sort()).toEqual(['co.uk', 'facebook.com', 'instagram.com', 'linkedin.com', 'nextdoor.com', 'twitter.com', 'x.com'].sort());
  expect(hosts.filter((host) => host.endsWith('co.uk'))).toEqual(['nextdoor.co.uk', 'nextdoor.co.uk']);
});
