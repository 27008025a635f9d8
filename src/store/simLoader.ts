/**
 * Loads the simulator and the CEL expression engine on first use (separate chunks: the viewer
 * never fetches them). Later calls get the same promise.
 */
import { loadExpressionEngine, type ExpressionEngine } from '@/expr';
import type * as SimModule from '@/sim';

export type SimApi = typeof SimModule;

export interface Simulator {
  readonly api: SimApi;
  readonly engine: ExpressionEngine;
}

let loading: Promise<Simulator> | undefined;

/** The simulator and its expression engine; rejects (and retries next time) if a chunk fails. */
export function loadSimulator(): Promise<Simulator> {
  loading ??= Promise.all([import('@/sim'), loadExpressionEngine()]).then(
    ([api, engine]) => ({ api, engine }),
    (e: unknown) => {
      loading = undefined;
      throw e instanceof Error ? e : new Error(String(e));
    },
  );
  return loading;
}
