import type { StateCreator } from 'zustand/vanilla';
import type { LayoutDirection } from '@/model/types';
import type { AppState, ViewSlice } from './types';

export const createViewSlice =
  (init: { dirOverride: LayoutDirection | null }): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({
    dirOverride: init.dirOverride,
    diagram: null,
    shown: null,
    layoutStatus: 'idle',
    layoutError: null,
    setDirection: (dir) => set({ dirOverride: dir }),
  });
