import type { CommentSelectors } from './types';

/**
 * Facebook's comments are ARIA articles labelled "Comment by <name> <time>" (replies "Reply by …"),
 * nested in the post's own article; class names are generated and change, so none are used.
 * The label is seen in dmatis2/usesul-scripts › facebook/comments-to-csv.js (Slovak "Komentár od:").
 */
export const facebookComments: CommentSelectors = {
  items: [
    // A comment, English label.
    'div[role="article"][aria-label^="Comment by"]',
    // A reply to a comment, English label.
    'div[role="article"][aria-label^="Reply by"]',
    // Any language: an article inside the post's article (the labels are localised).
    'div[role="article"] div[role="article"][aria-label]',
  ],
  text: [
    // The comment body: a `dir="auto"` block inside the span that carries the comment's language.
    'span[lang] div[dir="auto"]',
    // Older markup: the body as a `dir="auto"` block with an inline text alignment.
    'div[dir="auto"][style*="text-align"]',
    // Last resort: any `dir="auto"` text that is not the author's name.
    'div[dir="auto"]',
    'span[dir="auto"]',
  ],
  author: [
    // The name above the comment: the first profile link with text (the avatar link has none).
    'a[role="link"] span[dir="auto"]',
    'a[role="link"] span',
    'a[href*="facebook.com/"] span',
  ],
  permalink: [
    // The time under the comment ("2h") links to the comment: `?comment_id=…`.
    'a[href*="comment_id="]',
  ],
  time: ['a[href*="comment_id="]'],
  post: {
    items: [
      // A post opened on its own page or in the post dialog: the main article.
      'div[role="main"] div[role="article"]:not([aria-label^="Comment by"]):not([aria-label^="Reply by"])',
      'div[role="dialog"] div[role="article"]:not([aria-label^="Comment by"]):not([aria-label^="Reply by"])',
      // A post in the feed.
      'div[role="feed"] div[role="article"]',
    ],
    text: [
      // The post's message (chriswch/rental-hunter › src/entrypoints/content/providers/facebook/selectors.ts).
      'div[data-ad-rendering-role="story_message"]',
      'div[data-ad-preview="message"]',
      'div[dir="auto"]',
    ],
    author: ['div[data-ad-rendering-role="profile_name"]', 'h2 a', 'h3 a', 'strong a'],
    permalink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]'],
    time: ['a[href*="/posts/"]', 'a[href*="story_fbid="]'],
  },
};
