import { useCallback } from 'react';
import { useAppStoreApi } from '@/store/useAppStore';
import type { DocSourceKind } from '@/store/types';
import { readWorkflowFile } from './loadSources';

/** Returns a function that opens a File as the document, or explains why it cannot. */
export function useOpenFile(): (file: File, kind: DocSourceKind) => Promise<void> {
  const store = useAppStoreApi();
  return useCallback(
    async (file, kind) => {
      const result = await readWorkflowFile(file);
      const state = store.getState();
      if (!result.ok) {
        state.showNotice({ kind: 'error', ...result.error });
        return;
      }
      state.loadDocument(result.value, { kind, name: file.name });
      state.showNotice(null);
    },
    [store],
  );
}
