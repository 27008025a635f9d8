import { useCallback, useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { isTextTarget } from './isTextTarget';
import { saveText, suggestFileName, type SaveHandle } from './saveFile';

/**
 * "Save" for the toolbar and Ctrl/Cmd+S (in either pane): writes the text, remembers the file
 * for the next save of the same document, and marks the text as saved.
 */
export function useSave(enabled: boolean): () => Promise<void> {
  const store = useAppStoreApi();
  const docNonce = useAppStore((s) => s.docNonce);
  const handle = useRef<{ nonce: number; handle: SaveHandle } | null>(null);
  const save = useCallback(async () => {
    const state = store.getState();
    const text = state.text;
    const known = handle.current?.nonce === state.docNonce ? handle.current.handle : null;
    const name = known?.name ?? suggestFileName(state.source.kind === 'file' || state.source.kind === 'drop' ? state.source.name : undefined, state.graph?.meta.id);
    const outcome = await saveText(text, name, known);
    const now = store.getState();
    if (outcome.kind === 'saved') {
      handle.current = { nonce: state.docNonce, handle: outcome.handle };
      now.markSaved(text);
      now.showNotice({ kind: 'info', title: `Saved ${outcome.handle.name}`, transient: true });
    } else if (outcome.kind === 'downloaded') {
      now.markSaved(text);
      now.showNotice({ kind: 'info', title: `Downloaded ${outcome.name}`, detail: 'This browser cannot write to files directly: the document was saved to your downloads.', transient: true });
    } else if (outcome.kind === 'failed') {
      now.showNotice({ kind: 'error', title: 'The file could not be saved', detail: `${outcome.message} Nothing was lost: the document is still here and autosaved in this browser.` });
    }
  }, [store]);
  useEffect(() => {
    if (handle.current && handle.current.nonce !== docNonce) handle.current = null;
  }, [docNonce]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
      // Saving works from the YAML editor too, but not from other text fields (a form field's
      // own Ctrl+S would be surprising either way: the browser's "save page" is never wanted).
      e.preventDefault();
      if (isTextTarget(e.target) && !(e.target instanceof Element && e.target.closest('.monaco-editor'))) return;
      void save();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [enabled, save]);
  return save;
}
