/**
 * Wires the app together once at start: decides the first document, creates the store and
 * starts the effects (layout, address bar + autosave, theme memory, `?url=` loading).
 */
import type { StoreApi } from 'zustand/vanilla';
import { afterFirstDrawing } from '@/lib/firstDrawing';
import { hashString } from '@/lib/hash';
import { createLayoutClient, type LayoutClient } from '@/layout/layoutClient';
import { createAppStore } from '@/store/createAppStore';
import type { ParseAsync } from '@/store/parseClient';
import type { ParseResult, WorkflowGraph } from '@/model/types';
import type { PreviousDiagram } from '@/render/diagram';
import { startLayoutEffect } from '@/store/layoutEffect';
import type { AppState } from '@/store/types';
import { decodePayload, parseLocation } from '@/share';
import type { StartPlan } from './bootstrap';
import { fetchWorkflow } from './loadSources';
import { startPersistEffects } from './persistEffects';
import { withQuickFirstLayout } from './quickFirstLayout';
import { EDITOR_KEY, readStorage, THEME_KEY, UNSAVED_KEY } from './startPlan';
import { startSimEffects } from './sim/simEffects';

/** The latest the first document's ELK layout is asked for when its first drawing is not painted. */
const ELK_AFTER_MS = 1500;

export interface StartInput {
  readonly plan: StartPlan;
  readonly client: LayoutClient | null;
  /** The worker-backed parser, and its parse of `plan.text` (started before the app loaded). */
  readonly parseAsync: ParseAsync;
  readonly firstParse?: Promise<ParseResult>;
  /** The cards, label boxes and drawn edges the parse worker made for that parse's graph (a large one), to build its diagram with. */
  readonly firstMeasured?: Promise<PreviousDiagram | undefined>;
}

export function startApp({ plan, client, parseAsync, firstParse, firstMeasured }: StartInput): StoreApi<AppState> {
  const store = createAppStore({
    text: plan.text,
    source: plan.source,
    theme: plan.theme,
    embed: plan.embed,
    dirOverride: plan.dir,
    parseAsync,
    ...(firstParse ? { firstParse } : {}),
    editorOpen: readStorage(EDITOR_KEY) === 'open',
  });
  if (plan.notice) store.getState().showNotice(plan.notice);
  // The text the last page left unsaved (reloaded from the autosave or the address bar) is
  // still unsaved: the Save dot shows and leaving asks.
  if (!plan.embed && readStorage(UNSAVED_KEY) === hashString(plan.text)) store.setState({ savedText: '' });

  const layout = client ?? createLayoutClient();
  // They come with the parse, before the store takes it in (a task later).
  let measured: PreviousDiagram | undefined;
  void firstMeasured?.then((m) => (measured = m));
  const measuredFor = (graph: WorkflowGraph): PreviousDiagram | undefined => {
    if (measured?.graph !== graph) return undefined;
    const found = measured;
    measured = undefined;
    return found;
  };
  startLayoutEffect(
    store,
    withQuickFirstLayout(
      (request, onProvisional) => layout.layout(request, onProvisional),
      () => store.getState().shown === null,
      () => afterFirstDrawing(ELK_AFTER_MS),
    ),
    { measuredFor },
  );
  const sim = startSimEffects(store, plan.sim);
  startPersistEffects(store, sim.payload);
  // Leaving with changes that were never saved to a file asks first (the autosave would bring
  // them back in this browser, but the user may not know that, or may be leaving for good).
  window.addEventListener('beforeunload', (event) => {
    const s = store.getState();
    if (s.embed || s.text === s.savedText) return;
    event.preventDefault();
  });
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
