import { useEffect } from 'react';
import { useAppStoreApi } from '@/store/useAppStore';
import { isTextTarget } from './isTextTarget';


/** Pasting text while the canvas (not a text field) has focus opens it as the document. */
export function usePasteToOpen(enabled: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (e: ClipboardEvent) => {
      if (isTextTarget(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      store.getState().loadDocument(text, { kind: 'paste', name: 'Pasted YAML' });
      store.getState().showNotice(null);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled, store]);
}
