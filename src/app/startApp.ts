/**
 * Wires the app together once at start: decides the first document, creates the store and
 * starts the effects (layout, address bar + autosave, theme memory, `?url=` loading).
 */
import type { StoreApi } from 'zustand/vanilla';
import { EXAMPLES as examples } from '@/examples';
import { createLayoutClient, type LayoutClient } from '@/layout/layoutClient';
import { createAppStore } from '@/store/createAppStore';
import { createParseClient } from '@/store/parseClient';
import { startLayoutEffect } from '@/store/layoutEffect';
import type { AppState } from '@/store/types';
import { decodePayload, parseLocation } from '@/share';
import { planStart } from './bootstrap';
import { fetchWorkflow } from './loadSources';
import { AUTOSAVE_KEY, startPersistEffects } from './persistEffects';
import { startSimEffects } from './sim/simEffects';

const THEME_KEY = 'osop-canvas:theme';
const EDITOR_KEY = 'osop-canvas:editor';

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function startApp(client: LayoutClient | null): StoreApi<AppState> {
  const reference = examples[0];
  const plan = planStart({
    search: location.search,
    hash: location.hash,
    autosaved: readStorage(AUTOSAVE_KEY),
    reference: { text: reference?.text ?? '', title: reference?.title ?? 'Reference workflow' },
    prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    savedTheme: readStorage(THEME_KEY),
  });
  const store = createAppStore({
    text: plan.text,
    source: plan.source,
    theme: plan.theme,
    embed: plan.embed,
    dirOverride: plan.dir,
    parseAsync: createParseClient(),
    editorOpen: readStorage(EDITOR_KEY) === 'open',
  });
  if (plan.notice) store.getState().showNotice(plan.notice);

  const layout = client ?? createLayoutClient();
  startLayoutEffect(store, (request, onProvisional) => layout.layout(request, onProvisional));
  const sim = startSimEffects(store, plan.sim);
  startPersistEffects(store, sim.payload);
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme && !s.embed) {
      try {
        localStorage.setItem(THEME_KEY, s.theme);
      } catch {
        // Not remembering the theme is harmless.
      }
    }
  });
  store.subscribe((s, prev) => {
    if (s.editorOpen === prev.editorOpen || s.embed) return;
    try {
      localStorage.setItem(EDITOR_KEY, s.editorOpen ? 'open' : 'closed');
    } catch {
      // Not remembering the pane is harmless.
    }
  });
  document.documentElement.dataset.theme = plan.theme;
  store.subscribe((s) => (document.documentElement.dataset.theme = s.theme));

  // A new #osop= link pasted into the address bar of this tab changes only the fragment.
  window.addEventListener('hashchange', () => {
    const link = parseLocation(location.search, location.hash);
    const state = store.getState();
    if (link.osop === undefined) {
      if (link.errors.length > 0) state.showNotice({ kind: 'error', title: 'This link could not be opened', detail: link.errors.join(' ') });
      return;
    }
    const decoded = decodePayload(link.osop);
    if (!decoded.ok) {
      state.showNotice({ kind: 'error', title: 'This link could not be opened', detail: decoded.error.message });
      return;
    }
    if (decoded.value !== state.text) {
      state.loadDocument(decoded.value, { kind: 'link', name: 'Shared link' });
      state.showNotice(null);
    }
    if (link.sim !== undefined && link.sim !== sim.payload()) sim.openLink(link.sim);
  });

  if (plan.url !== undefined) {
    const url = plan.url;
    store.getState().showNotice({ kind: 'info', title: 'Loading workflow…', detail: url });
    void fetchWorkflow(url).then((result) => {
      if (result.ok) {
        store.getState().loadDocument(result.value, { kind: 'url', name: url });
        store.getState().showNotice(null);
      } else {
        store.getState().showNotice({ kind: 'error', title: result.error.title, detail: `${result.error.detail} Showing the previous document instead.` });
      }
    });
  }
  return store;
}
