import type { CommentSelectors } from './types';

/** The post a conversation page is about: X gives it `tabindex="-1"`; every reply has 0. */
const FOCAL = 'article[data-testid="tweet"][tabindex="-1"]';

/**
 * X shows a post and its replies as `article[data-testid="tweet"]` with the words in
 * `[data-testid="tweetText"]` and the name and handle in `[data-testid="User-Name"]`; the time
 * links to the post (AndryMI/social_crawler › Twitter/Scripts/Twitter/TweetInfo.js;
 * ansanloms/browser-userscripts › scripts/twitter-hide-impression-zombie.user.js for the focal post).
 */
export const xComments: CommentSelectors = {
  items: [
    // Each reply in a conversation.
    'article[data-testid="tweet"]',
  ],
  text: ['[data-testid="tweetText"]'],
  author: [
    // "Jane Doe @jane · 2h": the name and handle (the time is cut off when read).
    '[data-testid="User-Name"]',
  ],
  permalink: [
    // The time links to the reply itself: /<handle>/status/<id>.
    'a[href*="/status/"] time',
  ],
  time: ['time[datetime]'],
  // Replies only: not the post being replied to, and only on a conversation (not the home timeline).
  accept: (item) =>
    item.getAttribute('tabindex') !== '-1' &&
    !item.parentElement?.closest('article[data-testid="tweet"]') &&
    (document.querySelector(FOCAL) !== null || /\/status\//.test(location.pathname)),
  post: {
    items: [FOCAL],
    text: ['[data-testid="tweetText"]'],
    author: ['[data-testid="User-Name"]'],
    permalink: ['a[href*="/status/"] time'],
    time: ['time[datetime]'],
  },
};
