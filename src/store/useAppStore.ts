/** React binding of the app store: a context holding the vanilla store and a selector hook. */
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppState } from './types';

export const AppStoreContext = createContext<StoreApi<AppState> | null>(null);

/** The store itself, for actions and imperative reads in event handlers. */
export function useAppStoreApi(): StoreApi<AppState> {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreContext.Provider>');
  return store;
}

/** Selects from the app state. Select primitives or stable references (zustand 5 loops on fresh objects). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
