import { xComments } from './x-comments';
import type { SiteAdapter } from './types';

/** X writes posts and replies in Draft.js; its mobile layout uses a textarea (research/compose-dom.md §1). */
export const x: SiteAdapter = {
  site: 'x',
  platform: 'x',
  label: 'X',
  matches: [
    'https://x.com/*',
    'https://mobile.x.com/*',
    'https://twitter.com/*',
    'https://mobile.twitter.com/*',
  ],
  editors: [
    // New post, reply, quote and each post of a thread (`tweetTextarea_0`, `_1`, …): Draft's contenteditable.
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    // Mobile web layout: a plain textarea inside the same test id.
    '[data-testid^="tweetTextarea_"] textarea',
    // Mobile web layout, when the test id sits on the textarea itself.
    'textarea[data-testid^="tweetTextarea_"]',
  ],
  anchor: (editor) => editor.closest('[data-testid$="RichTextInputContainer"]') ?? editor,
  // The standard limit; links count as 23 and some accounts may write more, so this is a guide.
  maxLength: () => 280,
  comments: xComments,
};
