import type { SaveResult } from '../records/types';
import { t } from './strings';

export interface SaveMessage {
  text: string;
  tone: 'ok' | 'warning' | 'error';
}

/** What saving a record came to, in one sentence for the card or the popup. */
export function saveResultMessage(result: SaveResult): SaveMessage {
  const R = t.records;
  if (!result.ok) return { text: result.reason === 'full' ? R.full : R.failed(result.message), tone: 'error' };
  if (result.screenshot === 'saved') return { text: R.saved, tone: 'ok' };
  return { text: result.screenshot === 'not-allowed' ? R.savedNoShot : R.savedShotFailed, tone: 'warning' };
}
