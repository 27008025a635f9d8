import type { StateCreator } from 'zustand/vanilla';
import type { AppState, Theme, UiSlice } from './types';

export const createUiSlice =
  (init: { theme: Theme; embed: boolean }): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    selection: null,
    theme: init.theme,
    notice: null,
    embed: init.embed,
    select: (selection) => set({ selection }),
    setTheme: (theme) => set({ theme }),
    showNotice: (notice) => set({ notice }),
  });
