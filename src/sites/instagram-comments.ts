import type { CommentSelectors } from './types';

/**
 * Instagram's class names are generated; what lasts is that each comment carries its own time,
 * linked to the comment (`/p/<post>/c/<comment>/`), and the caption is the list's first entry,
 * in an `h1`. Comments in the post dialog as `[role=dialog] article ul > div` with a `time`:
 * AndryMI/social_crawler › Instagram/Scripts/Instagram/CommentInfo.js. The rest is **unconfirmed**.
 */
export const instagramComments: CommentSelectors = {
  items: [
    // Post page and post dialog: a list item holding a comment's own time link.
    'ul li:has(a[href*="/c/"] time)',
    // The post dialog, one div per comment.
    '[role="dialog"] article ul > div:has(time)',
  ],
  text: [
    // The comment's words: a `dir="auto"` span after the author's heading.
    'h3 ~ div span[dir="auto"]',
    'span[dir="auto"]',
    'span',
  ],
  author: [
    // The author's name: the heading's link (2022–2023), or the first profile link.
    'h3 a',
    'h3',
    'a[href^="/"]:not([href*="/p/"]):not([href*="/reel/"]) span[dir="auto"]',
  ],
  permalink: ['a[href*="/c/"] time', 'a[href*="/p/"] time'],
  time: ['time[datetime]'],
  // The caption is shown as the first entry of the comment list.
  accept: (item) => item.querySelector('h1') === null,
  post: {
    items: ['ul li:has(h1)', 'article:has(h1)', 'main article'],
    text: ['h1'],
    author: ['h2 a', 'header a', 'h2'],
    permalink: ['a[href*="/p/"] time', 'a[href*="/reel/"] time'],
    time: ['time[datetime]'],
  },
};
