import { RULES } from '../../rules/index';
import { lint } from './lint';
import type { LintOptions } from './types';

/**
 * The first check in a page compiles the rules' expressions and builds their word tables: on
 * its own that takes tens of milliseconds, enough to freeze typing for a moment. Checking the
 * rules' own examples first, one short post at a time while the page is idle, does that work
 * before the user's first key. Pure: the caller decides when each step runs.
 */
export class WarmUp {
  private readonly posts: string[];
  private next = 0;

  constructor(private readonly options: LintOptions = {}) {
    const posts = RULES.flatMap((rule) => [...rule.meta.examples.invalid, ...rule.meta.examples.valid]);
    this.posts = [...new Set(posts)];
  }

  get done(): boolean {
    return this.next >= this.posts.length;
  }

  /** Checks the next example post (every rule on, findings thrown away); false once all are done. */
  step(): boolean {
    const post = this.posts[this.next++];
    if (post === undefined) return false;
    lint(post, { ...this.options, strictness: 'pre-election', mode: 'post' });
    return !this.done;
  }
}
