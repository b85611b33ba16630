import type { CouncilConfig } from '../../config/schema';
import type { Finding } from '../../engine/types';
import type { SaveResult } from '../../records/types';
import type { SiteId } from '../../settings/types';
import type { PageItem } from '../find';

/** A comment that was checked, with what the check found (empty: nothing to mark). */
export interface CheckedComment {
  item: PageItem;
  findings: Finding[];
  /** When Golden Rule first saw it with these words. */
  seenAt: Date;
  /** Scrolling boxes around the comment: its mark is clipped to them. */
  clips: HTMLElement[];
}

export type SaveState = { kind: 'saving' } | { kind: 'done'; result: SaveResult };

export interface LayerState {
  flagged: readonly CheckedComment[];
  summary: { checked: number; flagged: number; checking: boolean } | null;
  card: { comment: CheckedComment; takeFocus: boolean } | null;
  nudge: { comment: CheckedComment; editor: HTMLElement } | null;
}

export interface LayerActions {
  site: SiteId;
  siteLabel: string;
  council(): CouncilConfig;
  saveState(comment: CheckedComment): SaveState | undefined;
  openCard(comment: CheckedComment, how: 'pointer' | 'keyboard'): void;
  closeCard(returnFocus: boolean): void;
  save(comment: CheckedComment): void;
  download(comment: CheckedComment): void;
  openRecords(): void;
  copy(text: string): Promise<boolean>;
  showNext(): void;
  clearMarks(): void;
  closeSummary(): void;
  dismissNudge(): void;
}
