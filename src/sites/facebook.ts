import { facebookComments } from './facebook-comments';
import type { SiteAdapter } from './types';

/** Facebook writes posts, comments and replies in Lexical editors (research/compose-dom.md §1). */
export const facebook: SiteAdapter = {
  site: 'facebook',
  platform: 'facebook',
  label: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://facebook.com/*', 'https://m.facebook.com/*', 'https://web.facebook.com/*'],
  editors: [
    // Comments and replies: Lexical's root, aria-label "Write a comment…" / "Write a reply…" (localised).
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    // New post dialog: the composer's textbox inside the dialog's presentation layer.
    'div[role="presentation"] .notranslate[role="textbox"][contenteditable="true"]',
    // New post with a coloured background: the same box, found by its label.
    'div[role="dialog"] .notranslate[contenteditable="true"][aria-label]',
  ],
  accept: (editor) =>
    // Messenger chats use the same Lexical box; a private message is not a post.
    !editor.closest('[aria-label="Messenger"], [data-pagelet*="Messenger" i]') && editor.getAttribute('aria-label') !== 'Message',
  // Posts may have 63,206 characters; comments 8,000.
  maxLength: (editor) => (editor.closest('div[role="dialog"]') ? 63_206 : 8_000),
  comments: facebookComments,
};
