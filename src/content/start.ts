import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { GoldenRulePage } from './page';

/** The whole of a content script: each site's entrypoint calls this with its adapter. */
export function startGoldenRule(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  try {
    new GoldenRulePage(ctx, adapter).start();
  } catch (error) {
    console.debug(`Golden Rule could not start on ${adapter.label}`, error);
  }
}
