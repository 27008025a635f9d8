import { useEffect } from 'react';
import { useAppStoreApi } from '@/store/useAppStore';
import { isTextTarget } from './isTextTarget';
import { edgeEntry, edgeRef } from './selectionRefs';

/**
 * Keyboard gestures on the canvas (outside text fields): Delete/Backspace removes the selected
 * node or edge, Ctrl/Cmd+C copies the selected node, Ctrl/Cmd+D duplicates it, Escape clears the
 * selection. Pasting is handled with other clipboard input (usePaste).
 */
export function useCanvasShortcuts(enabled: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTextTarget(e.target) || e.altKey) return;
      const state = store.getState();
      const sel = state.selection;
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'Escape' && sel) {
        state.select(null);
        return;
      }
      if (!sel) return;
      if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault();
        if (sel.kind === 'node') state.applyEdit({ type: 'node.remove', ids: [sel.id] });
        else {
          const edge = edgeEntry(state.graph, sel.id);
          if (edge) state.applyEdit({ type: 'edge.remove', edges: [edgeRef(edge)] });
        }
      } else if (mod && e.key.toLowerCase() === 'c' && sel.kind === 'node') {
        const fragment = state.copySelection();
        if (fragment !== null) void navigator.clipboard.writeText(fragment).catch(() => undefined);
      } else if (mod && e.key.toLowerCase() === 'd' && sel.kind === 'node') {
        e.preventDefault();
        state.applyEdit({ type: 'node.duplicate', ids: [sel.id] });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, store]);
}
