import { linkedinComments } from './linkedin-comments';
import type { SiteAdapter } from './types';

const COMMENT_BOXES = '.comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"]';

/** LinkedIn has two DOM generations: Quill (`.ql-editor`) and TipTap/ProseMirror (research/compose-dom.md §1). */
export const linkedin: SiteAdapter = {
  site: 'linkedin',
  platform: 'linkedin',
  label: 'LinkedIn',
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  editors: [
    // Post composer, older DOM (Quill) in the share dialog.
    '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
    // Post composer, older DOM, matched by Quill's own test attribute.
    '[data-test-ql-editor-contenteditable="true"]',
    // Post composer, older DOM, by its wrapper class.
    '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    // Comments and replies, older DOM (Quill).
    '.comments-comment-box .ql-editor[contenteditable="true"]',
    // Comments and replies, older DOM, another wrapper.
    '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
    // Comments and replies, newer DOM (TipTap on ProseMirror).
    '[data-view-name="comment-box"] .ProseMirror[contenteditable="true"]',
    // Comments, newer DOM, by the editor's accessible name.
    '[aria-label="Text editor for creating comment"] .ProseMirror[contenteditable="true"]',
    // Post composer, newer DOM (unconfirmed): a ProseMirror editor in the share dialog.
    '[role="dialog"] .ProseMirror[contenteditable="true"]',
  ],
  // Messaging uses `.msg-form__contenteditable`: a private message is not a post.
  accept: (editor) => !editor.closest('.msg-form, [data-view-name*="messaging" i]'),
  anchor: (editor) => editor.closest('.comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"]') ?? editor,
  // Posts may have 3,000 characters; comments 1,250.
  maxLength: (editor) => (editor.closest(COMMENT_BOXES) ? 1_250 : 3_000),
  comments: linkedinComments,
};
