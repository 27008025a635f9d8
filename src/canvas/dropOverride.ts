/**
 * After a node is dropped, the canvas keeps drawing it where it was dropped until the store
 * shows the document the drop wrote. Large documents are parsed off the main thread, so the
 * new position arrives a moment later; clearing the override at the drop would draw the node
 * at its old place meanwhile.
 */
import type { AppState } from '@/store/types';

/** A drop whose edit was applied: `text` is the document it produced. */
export interface PendingDrop {
  readonly id: string;
  readonly text: string;
}

/**
 * Whether the dropped node's override can go: the document has changed otherwise (typing, undo,
 * another document), or what the canvas shows is the dropped text's diagram (or never will be:
 * the text did not parse, or its layout failed).
 */
export function dropSettled(drop: PendingDrop, s: Pick<AppState, 'text' | 'parsing' | 'graph' | 'shown' | 'layoutStatus'>): boolean {
  if (s.text !== drop.text) return true;
  if (s.parsing) return false;
  return s.shown === null || s.shown.graph === s.graph || s.layoutStatus === 'error';
}
