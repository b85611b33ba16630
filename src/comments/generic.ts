import type { CommentSelectors } from '../sites/types';

/**
 * A guess at any site's comment thread, for when a site's own selectors find nothing (its markup
 * changed, or it is not known): comment-like microdata, test ids and class names, and articles
 * nested in a post's article.
 */
export const GENERIC_COMMENTS: CommentSelectors = {
  items: [
    // Microdata and ARIA comments.
    '[itemtype$="schema.org/Comment"]',
    '[role="comment"]',
    // Test ids and classes naming a single comment.
    '[data-testid="comment"]',
    '[data-testid$="-comment"]',
    'li[class*="comment" i]',
    'div[class*="comment-item" i]',
    // Articles inside a post's article: the usual shape of a thread.
    '[role="article"] [role="article"]',
    'article article',
  ],
  text: ['[itemprop="text"]', '[class*="comment-body" i]', '[class*="comment-text" i]', '[dir="auto"]', 'p', 'span', 'div'],
  author: ['[itemprop="author"]', '[rel="author"]', '[class*="author" i]', 'h3', 'h4', 'strong', 'a[href]'],
  permalink: ['a[href*="comment"]', 'time'],
  time: ['time[datetime]'],
  post: {
    items: ['main article', '[role="main"] [role="article"]', 'article'],
    text: ['[itemprop="text"]', 'p', '[dir="auto"]'],
    author: ['[itemprop="author"]', '[rel="author"]', 'h2', 'h3', 'strong'],
    permalink: ['time'],
    time: ['time[datetime]'],
  },
};
