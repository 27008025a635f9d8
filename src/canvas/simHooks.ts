/**
 * What the canvas shows of a simulation, per node and edge, as narrow selectors (primitives,
 * so only the elements whose state changed re-render). All undefined outside Simulate.
 */
import type { EdgeState, NodeState, RunState } from '@/sim';
import type { AppState } from '@/store/types';
import { useAppStore } from '@/store/useAppStore';

const shownRun = (s: AppState): RunState | null | undefined => s.sim?.shown;

/** `data-sim-state` of a node. */
export function useNodeSimState(id: string): NodeState | undefined {
  return useAppStore((s) => shownRun(s)?.nodes[id]?.state);
}

/** `data-sim-state` of a drawn edge. */
export function useEdgeSimState(id: string): EdgeState | undefined {
  return useAppStore((s) => shownRun(s)?.edges[id]);
}

export function useBreakpoint(id: string): boolean {
  return useAppStore((s) => s.sim?.breakpoints.includes(id) ?? false);
}

/** `0.02 < 0.01 → false` for an evaluated conditional edge. */
export function useConditionResult(id: string): { readonly text: string; readonly result: boolean; readonly explanation: string } | undefined {
  const text = useAppStore((s) => {
    const c = s.sim?.conditions[id];
    return c === undefined ? undefined : `${c.substituted} → ${String(c.result)}`;
  });
  const result = useAppStore((s) => s.sim?.conditions[id]?.result);
  const explanation = useAppStore((s) => s.sim?.conditions[id]?.explanation ?? '');
  return text === undefined || result === undefined ? undefined : { text, result, explanation };
}

/** True while the run is paused at this node (a breakpoint before it, or a question about it). */
export function useNodeSimPaused(id: string): boolean {
  return useAppStore((s) => shownRun(s)?.paused?.node === id);
}

/** A short note on the node's card: `next`, `retrying 2/4`, `needs a value`, `failed`… */
export function useNodeSimNote(id: string): string | undefined {
  return useAppStore((s) => noteOf(shownRun(s), id));
}

function noteOf(run: RunState | null | undefined, id: string): string | undefined {
  if (!run) return undefined;
  const node = run.nodes[id];
  if (!node) return undefined;
  const pause = run.paused;
  if (pause !== undefined && pause.node === id) return pause.kind === 'breakpoint' ? 'paused before' : pause.kind === 'missing-value' ? 'needs a value' : 'choose a branch';
  const times = node.iteration > 1 ? ` ×${node.iteration}` : '';
  switch (node.state) {
    case 'pending':
      return undefined;
    case 'ready': {
      const next = run.replay ? run.replay.records[run.replay.next]?.node : run.queue[0];
      return next === id ? 'next' : 'ready';
    }
    case 'running':
      return `retrying · attempt ${node.attempt + 1}`;
    case 'waiting':
      return 'waiting';
    case 'succeeded':
      return `succeeded${times}`;
    case 'failed': {
      const last = run.records.findLast((r) => r.node === id);
      return last?.outcome === 'timed-out' ? 'timed out' : 'failed';
    }
    case 'skipped':
      return 'skipped';
  }
}
