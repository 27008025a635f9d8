/**
 * Canvas and inspector gestures as edits of the YAML text: `applyEdit` turns an `EditOp` into
 * a minimal text patch (model/edits) and hands it to `setText`, so a gesture is undoable,
 * autosaved and mirrored in the editor like typing. Edits are refused, with the reason, while
 * the text does not parse: the canvas then shows an older text's diagram.
 */
import type { StateCreator } from 'zustand/vanilla';
import { isReadFailure } from '@/model/diagnostics';
import { applyEdit as applyToText, applyNodeSetLocally, copyNodes, type EditOp } from '@/model/edits';
import type { AppState, EditSlice } from './types';

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set, get) => ({
  clipboard: null,
  applyEdit: (op) => {
    const state = get();
    const refuse = (detail: string) => {
      state.showNotice({ kind: 'warning', title: 'The canvas cannot change the document right now', detail });
      return false;
    };
    if (state.embed) return false;
    if (state.parsing) return refuse('The document is still being read. Try again in a moment.');
    const error = state.parse.diagnostics.find((d) => d.severity === 'error' && isReadFailure(d));
    if (state.stale || state.parse.graph === null || error) {
      const where = error ? ` (line ${error.range.line}, column ${error.range.col}: ${error.message})` : '';
      return refuse(`The YAML has an error${where}. Fix it in the editor first; canvas edits resume as soon as the text parses.`);
    }
    // An inspector edit of one node's field is made on that node's lines, and its parse is
    // predicted: a 500-node document is neither re-read nor re-parsed before the card shows it.
    const local = op.type === 'node.set' ? applyNodeSetLocally(state.text, state.parse, op) : undefined;
    if (local) {
      state.setText(local.text, 'canvas', local.changes, local.parse);
      return true;
    }
    const result = applyToText(state.text, op);
    if (!result.ok) {
      state.showNotice({ kind: 'warning', title: editTitle(op), detail: result.error });
      return false;
    }
    state.setText(result.text, 'canvas', result.changes);
    const created = result.newIds?.[0];
    if (created !== undefined) state.select({ kind: 'node', id: created, origin: 'canvas' });
    else if (op.type === 'node.rename' && state.selection?.kind === 'node') state.select({ kind: 'node', id: op.newId, origin: 'panel' });
    else if (op.type === 'node.remove' || op.type === 'edge.remove') state.select(null);
    return true;
  },
  copySelection: () => {
    const { selection, text } = get();
    if (selection?.kind !== 'node') return null;
    const fragment = copyNodes(text, [selection.id]);
    if (fragment === '') return null;
    set({ clipboard: fragment });
    return fragment;
  },
});

function editTitle(op: EditOp): string {
  switch (op.type) {
    case 'node.rename':
      return 'The node could not be renamed';
    case 'node.add':
    case 'node.paste':
    case 'node.duplicate':
      return 'The node could not be added';
    case 'node.remove':
    case 'edge.remove':
      return 'That could not be deleted';
    case 'edge.add':
    case 'edge.reconnect':
      return 'The edge could not be connected';
    case 'node.move':
    case 'layout.reset':
    case 'layout.direction':
    case 'node.set':
    case 'edge.set':
      return 'That change could not be made';
  }
}
