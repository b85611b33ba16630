import { instagramComments } from './instagram-comments';
import type { SiteAdapter } from './types';

/** Instagram comments are React textareas; the caption box is a contenteditable (research/compose-dom.md §1). */
export const instagram: SiteAdapter = {
  site: 'instagram',
  platform: 'instagram',
  label: 'Instagram',
  matches: ['https://www.instagram.com/*', 'https://instagram.com/*'],
  editors: [
    // Comments and replies under a post: a textarea labelled "Add a comment…" (localised labels contain "comment").
    'form textarea[aria-label*="comment" i]',
    // The same box when only its placeholder names it.
    'form textarea[placeholder*="comment" i]',
    // Caption in the create-post dialog (framework unconfirmed, possibly Lexical).
    'div[role="dialog"] div[contenteditable="true"][aria-label*="caption" i]',
  ],
  anchor: (editor) => editor.closest('form') ?? editor,
  // Captions and comments may have 2,200 characters.
  maxLength: () => 2_200,
  comments: instagramComments,
};
