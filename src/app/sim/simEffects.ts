/**
 * Simulate mode's ties to the outside: scenarios kept in localStorage, the values written to the
 * address bar as `&sim=`, and Simulate opened by a link that carries `&sim=`.
 */
import type { StoreApi } from 'zustand/vanilla';
import { decodeSimValues, encodeSimValues } from '@/share';
import type { SimScenario } from '@/store/simTypes';
import type { AppState } from '@/store/types';

export const SCENARIOS_KEY = 'osop-canvas:sim-scenarios';

function isScenario(x: unknown): x is SimScenario {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  const values = r['values'];
  return (
    typeof r['id'] === 'string' &&
    typeof r['name'] === 'string' &&
    typeof r['workflowId'] === 'string' &&
    typeof values === 'object' &&
    values !== null &&
    Object.values(values).every((v) => ['number', 'boolean', 'string'].includes(typeof v))
  );
}

/** Saved scenarios; [] when there are none or storage is unreadable. */
export function readScenarios(): SimScenario[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SCENARIOS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isScenario) : [];
  } catch {
    return [];
  }
}

export interface SimEffects {
  /** The encoded `&sim=` payload for the address bar (undefined outside Simulate). */
  readonly payload: () => string | undefined;
  /** Opens Simulate with the values of a `&sim=` payload (from a link). */
  readonly openLink: (payload: string) => void;
}

/** Starts the effects; `linkSim` is the start link's still-encoded `&sim=` payload. */
export function startSimEffects(store: StoreApi<AppState>, linkSim: string | undefined): SimEffects {
  if (!store.getState().embed) store.getState().setSimScenarios(readScenarios());
  store.subscribe((s, prev) => {
    if (s.simScenarios === prev.simScenarios || s.embed) return;
    try {
      localStorage.setItem(SCENARIOS_KEY, JSON.stringify(s.simScenarios));
    } catch {
      // Storage full or disabled: the scenarios last for this session.
    }
  });
  let pendingLink = linkSim;
  let memo: { values: unknown; payload: string } | null = null;
  const payload = (): string | undefined => {
    const sim = store.getState().sim;
    if (sim === null) return undefined;
    if (sim.phase !== 'ready') return pendingLink;
    pendingLink = undefined;
    if (memo?.values !== sim.values) memo = { values: sim.values, payload: encodeSimValues(sim.values) };
    return memo.payload;
  };
  const openLink = (encoded: string) => {
    const decoded = decodeSimValues(encoded);
    const state = store.getState();
    if (!decoded.ok) {
      state.showNotice({ kind: 'warning', title: 'The simulation values in the link were ignored', detail: decoded.error.message });
      return;
    }
    pendingLink = encoded;
    state.stopSimulation();
    void store.getState().startSimulation(decoded.value);
  };
  if (linkSim !== undefined && !store.getState().embed) {
    // The start document is parsed off the main thread: simulate once its graph is in.
    if (!store.getState().parsing) openLink(linkSim);
    else {
      const unsubscribe = store.subscribe((s) => {
        if (s.parsing) return;
        unsubscribe();
        openLink(linkSim);
      });
    }
  }
  return { payload, openLink };
}
