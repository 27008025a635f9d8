import type { StateCreator } from 'zustand/vanilla';
import type { AppState, Theme, UiSlice } from './types';

export const createUiSlice =
  (init: { theme: Theme; embed: boolean; editorOpen: boolean }): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    selection: null,
    editorOpen: init.editorOpen && !init.embed,
    revealRequest: null,
    theme: init.theme,
    notice: null,
    embed: init.embed,
    select: (selection) => set({ selection }),
    setEditorOpen: (open) => set({ editorOpen: open && !get().embed }),
    revealInEditor: (line, col) =>
      set({ editorOpen: !get().embed, revealRequest: { line, col, nonce: (get().revealRequest?.nonce ?? 0) + 1 } }),
    setTheme: (theme) => set({ theme }),
    showNotice: (notice) => set({ notice }),
  });
