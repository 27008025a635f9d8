import { useEffect } from 'react';
import { parse } from 'yaml';
import { useAppStoreApi } from '@/store/useAppStore';
import { isTextTarget } from './isTextTarget';

/**
 * What pasted text is: nodes copied on a canvas (a `nodes:` fragment without workflow fields),
 * or something to open as a document.
 */
export function isNodeFragment(text: string): boolean {
  try {
    const data: unknown = parse(text, { maxAliasCount: 0 });
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const keys = Object.keys(data);
    return keys.includes('nodes') && !keys.some((k) => k === 'osop_version' || k === 'osop' || k === 'id' || k === 'name');
  } catch {
    return false;
  }
}

/**
 * Pasting while the canvas (not a text field) has focus: copied nodes are inserted into the
 * document; any other text is opened as the document (undoable).
 */
export function usePasteToOpen(enabled: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (e: ClipboardEvent) => {
      if (isTextTarget(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      const state = store.getState();
      if (isNodeFragment(text)) {
        state.applyEdit({ type: 'node.paste', yaml: text });
        return;
      }
      state.loadDocument(text, { kind: 'paste', name: 'Pasted YAML' });
      state.showNotice(null);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled, store]);
}
