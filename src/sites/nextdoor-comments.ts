import type { CommentSelectors } from './types';

/**
 * Nextdoor's comment DOM is **unconfirmed** (research/compose-dom.md found no tool that reads
 * it), so these are the names a comment list is likely to carry: test ids and class names with
 * "comment", never the composer. The generic fallback (src/comments/generic.ts) covers the rest.
 */
export const nextdoorComments: CommentSelectors = {
  items: [
    // A comment by test id.
    '[data-testid="comment"]',
    '[data-testid="comment-container"]',
    // A comment by class name.
    'div[class*="comment-container" i]',
    'li[class*="comment" i]',
  ],
  text: ['[data-testid="comment-body"]', '[data-testid*="comment-text" i]', '[class*="comment-body" i]', '[class*="comment-text" i]', 'p', 'span'],
  author: ['[data-testid="comment-author"]', '[data-testid*="author" i]', '[class*="author" i]', 'a[href*="/profile/"]'],
  permalink: ['a[href*="comment"]', 'a[href*="/p/"]'],
  time: ['time[datetime]', '[data-testid*="timestamp" i]'],
  accept: (item) => !item.matches('[data-testid*="composer" i], [class*="composer" i]'),
  post: {
    items: ['[data-testid="post-container"]', '[data-testid*="feed-item" i]', 'article'],
    text: ['[data-testid="post-body"]', '[class*="post-body" i]', 'p'],
    author: ['[data-testid="post-author"]', '[data-testid*="author" i]', 'a[href*="/profile/"]'],
    permalink: ['a[href*="/p/"]'],
    time: ['time[datetime]'],
  },
};
