/**
 * Creates the app store (vanilla zustand, usable without React) from its slices.
 * Side effects (layout requests, address bar, autosave) are started separately by the app.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutDirection, ParseResult } from '@/model/types';
import { createDocumentSlice } from './documentSlice';
import { createEditSlice } from './editSlice';
import { createHistorySlice } from './history';
import type { ParseAsync } from './parseClient';
import { createSimSlice } from './simSlice';
import type { SimScenario } from './simTypes';
import type { AppState, DocSource, Theme } from './types';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

export interface AppStoreInit {
  readonly text: string;
  readonly source: DocSource;
  readonly theme?: Theme;
  readonly embed?: boolean;
  readonly dirOverride?: LayoutDirection | null;
  readonly editorOpen?: boolean;
  /** Parses large texts off the main thread (the app passes a worker-backed parser). */
  readonly parseAsync?: ParseAsync;
  /** The parse of `text`, already running (the app starts it before its code has loaded). */
  readonly firstParse?: Promise<ParseResult>;
  /** Clock for history coalescing (tests). */
  readonly now?: () => number;
  /** Saved simulation scenarios (the app reads them from storage). */
  readonly scenarios?: readonly SimScenario[];
}

export function createAppStore(init: AppStoreInit): StoreApi<AppState> {
  const store = createStore<AppState>()((...a) => ({
    ...createDocumentSlice({
      ...(init.parseAsync ? { parseAsync: init.parseAsync } : {}),
      ...(init.now ? { now: init.now } : {}),
      ...(init.firstParse ? { firstParse: init.firstParse } : {}),
    })(...a),
    ...createHistorySlice(...a),
    ...createEditSlice(...a),
    ...createViewSlice({ dirOverride: init.dirOverride ?? null })(...a),
    ...createUiSlice({ theme: init.theme ?? 'light', embed: init.embed ?? false, editorOpen: init.editorOpen ?? false })(...a),
    ...createSimSlice(init.scenarios ? { scenarios: init.scenarios } : {})(...a),
  }));
  store.getState().loadDocument(init.text, init.source);
  return store;
}
