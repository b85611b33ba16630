// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findComments, findPost } from '../../src/comments/find';
import { SITE_ADAPTERS } from '../../src/sites/hosts';
import type { SiteAdapter } from '../../src/sites/types';
import { POST, THREAD } from '../e2e/fixtures/threads/comments';
import { facebookThread } from '../e2e/fixtures/threads/facebook';
import { instagramThread } from '../e2e/fixtures/threads/instagram';
import { linkedinThread } from '../e2e/fixtures/threads/linkedin';
import { nextdoorThread } from '../e2e/fixtures/threads/nextdoor';
import { xThread } from '../e2e/fixtures/threads/x';

const adapter = (site: string) => SITE_ADAPTERS.find((a) => a.site === site)!;

/** happy-dom's own way to move the page to another origin (history.replaceState cannot). */
function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Per site: its thread's markup, the page address, and each comment's author and link as shown there. */
const CASES: Array<{
  site: string;
  url: string;
  html: () => string;
  author: (c: (typeof THREAD)[number]) => string;
  permalink: (c: (typeof THREAD)[number]) => string;
  postAuthor: string;
}> = [
  {
    site: 'facebook',
    url: 'https://web.facebook.com/cllralexmorgan/posts/pfbid0Mill',
    html: facebookThread,
    author: (c) => c.author,
    permalink: (c) => `https://www.facebook.com/cllralexmorgan/posts/pfbid0Mill?comment_id=${c.id}`,
    postAuthor: POST.author,
  },
  {
    site: 'x',
    url: 'https://mobile.twitter.com/cllralexmorgan/status/900',
    html: xThread,
    author: (c) => `${c.author} @${c.handle}`,
    permalink: (c) => `https://mobile.twitter.com/${c.handle}/status/${c.id}`,
    postAuthor: `${POST.author} @${POST.handle}`,
  },
  {
    site: 'instagram',
    url: 'https://instagram.com/p/C0ffee/',
    html: instagramThread,
    author: (c) => c.handle,
    permalink: (c) => `https://instagram.com/p/C0ffee/c/${c.id}/`,
    postAuthor: POST.handle,
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/posts/cllr-alex-morgan-mill-lane/',
    html: linkedinThread,
    author: (c) => c.author,
    permalink: (c) =>
      `https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/?commentUrn=${encodeURIComponent(`urn:li:comment:(activity:7000000000000000001,${c.id})`)}`,
    postAuthor: POST.author,
  },
  {
    site: 'nextdoor',
    url: 'https://uk.nextdoor.com/p/NdMill',
    html: nextdoorThread,
    author: (c) => c.author,
    permalink: (c) => `https://uk.nextdoor.com/p/NdMill?comment=${c.id}`,
    postAuthor: POST.author,
  },
];

describe.each(CASES)('$site', ({ site, url, html, author, permalink, postAuthor }) => {
  const load = () => {
    goTo(url);
    document.body.innerHTML = html();
  };

  it('reads every comment, in order, with its words, author and link (not the post)', () => {
    load();
    const found = findComments(adapter(site));
    expect(found.map((c) => c.text)).toEqual(THREAD.map((c) => c.text));
    expect(found.map((c) => c.author)).toEqual(THREAD.map(author));
    expect(found.map((c) => c.permalink)).toEqual(THREAD.map(permalink));
  });

  it('reads the post the comments are under', () => {
    load();
    const post = findPost(adapter(site));
    expect(post?.text).toBe(POST.text);
    expect(post?.author).toBe(postAuthor);
  });

  it('has only valid selectors', () => {
    load();
    const selectors = adapter(site).comments!;
    for (const list of [selectors.items, selectors.text, selectors.author, selectors.permalink, selectors.time, selectors.post.items]) {
      for (const selector of list) expect(() => document.querySelector(selector), selector).not.toThrow();
    }
  });
});

describe('the generic fallback', () => {
  it('finds comments marked up with microdata when a site’s own selectors find none', () => {
    goTo('https://uk.nextdoor.com/news_feed/');
    document.body.innerHTML = `
      <article><p>Post</p>
        <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Jo</span><p itemprop="text">First comment</p></div>
        <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Kim</span><p itemprop="text">Second comment</p></div>
      </article>`;
    const found = findComments(adapter('nextdoor') as SiteAdapter);
    expect(found.map((c) => [c.author, c.text])).toEqual([
      ['Jo', 'First comment'],
      ['Kim', 'Second comment'],
    ]);
  });

  it('never reads a compose box as a comment', () => {
    document.body.innerHTML = `
      <div data-testid="comment"><a data-testid="comment-author" href="/profile/a/">Ann</a><p data-testid="comment-body">Hello</p></div>
      <div data-testid="comment"><a data-testid="comment-author" href="/profile/b/">Bo</a><textarea>my draft</textarea></div>`;
    expect(findComments(adapter('nextdoor')).map((c) => c.text)).toEqual(['Hello']);
  });
});
