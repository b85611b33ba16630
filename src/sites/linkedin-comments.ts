import type { CommentSelectors } from './types';

/** "urn:li:comment:(activity:123,456)" → the comment's address under its post. */
function commentLink(item: HTMLElement): string | null {
  const urn = item.getAttribute('data-id') ?? '';
  const post = /^urn:li:comment:\((urn:li:)?([a-z]+:\d+),/i.exec(urn);
  if (!post) return null;
  const activity = post[2]!.startsWith('urn:') ? post[2]! : `urn:li:${post[2]}`;
  return `https://www.linkedin.com/feed/update/${activity}/?commentUrn=${encodeURIComponent(urn)}`;
}

/**
 * LinkedIn's comments are articles (`comments-comment-entity`, before 2024 `comments-comment-item`)
 * with the author in `comments-comment-meta__description-title` and the words in
 * `update-components-text` (krystianbajno/techka › plugins/linkedin/scripts/get-post-comments.js).
 * Their `data-id` is the comment's URN, from which its address is made. The newer server-driven
 * DOM is **unconfirmed**.
 */
export const linkedinComments: CommentSelectors = {
  items: [
    // Comments and replies, 2024 markup.
    'article.comments-comment-entity',
    // Comments and replies, older markup.
    'article.comments-comment-item',
    // Any comment article, by its URN.
    'article[data-id^="urn:li:comment:"]',
  ],
  text: [
    '.comments-comment-item__main-content .update-components-text',
    '.comments-comment-item__main-content',
    '.update-components-text',
    'span[dir="ltr"]',
  ],
  author: ['.comments-comment-meta__description-title', '.comments-post-meta__name-text', '.comments-comment-meta__actor a'],
  permalink: [],
  time: ['time', '.comments-comment-meta__data time'],
  permalinkOf: commentLink,
  post: {
    items: ['div.feed-shared-update-v2', 'div[data-urn^="urn:li:activity:"]'],
    text: ['.update-components-text', '.feed-shared-update-v2__description'],
    author: ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__name', '.update-components-actor__title'],
    permalink: [],
    time: ['.update-components-actor__sub-description'],
    permalinkOf: (item) => {
      const urn = item.getAttribute('data-urn') ?? item.closest('[data-urn]')?.getAttribute('data-urn');
      return urn ? `https://www.linkedin.com/feed/update/${urn}/` : null;
    },
  },
};
