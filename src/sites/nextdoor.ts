import { nextdoorComments } from './nextdoor-comments';
import type { SiteAdapter } from './types';

/**
 * Nextdoor's compose DOM is not known yet (research/compose-dom.md §1), so any textarea,
 * contenteditable or textbox inside something that looks like a composer is checked.
 */
const COMPOSERS = [
  // Post and comment dialogs.
  '[role="dialog"]',
  // Inline comment and reply forms.
  'form',
  // Containers whose test id or class names a composer, comment or reply box.
  '[data-testid*="composer" i]',
  '[data-testid*="comment" i]',
  '[data-testid*="reply" i]',
  '[class*="composer" i]',
];

const FIELDS = [
  // Plain text areas.
  'textarea',
  // Rich editors' roots.
  '[contenteditable="true"]',
  // ARIA textboxes (rich editors that put the role on the root).
  '[role="textbox"]',
];

export const nextdoor: SiteAdapter = {
  site: 'nextdoor',
  platform: 'nextdoor',
  label: 'Nextdoor',
  matches: ['https://nextdoor.com/*', 'https://*.nextdoor.com/*', 'https://nextdoor.co.uk/*', 'https://*.nextdoor.co.uk/*'],
  editors: COMPOSERS.flatMap((composer) => FIELDS.map((field) => `${composer} ${field}`)),
  // Search boxes and messages are not posts.
  accept: (editor) =>
    editor.getAttribute('role') !== 'searchbox' &&
    !editor.closest('[role="search"], form[action*="search" i], [data-testid*="search" i], [data-testid*="message" i]'),
  maxLength: () => undefined,
  comments: nextdoorComments,
};
