/**
 * Keeps `diagram` and `shown` in step with the graph: builds the diagram, asks for an ELK
 * layout only when the geometry key changed, drops replies for superseded keys, and applies
 * pinned positions (`x-layout.nodes`) on top of ELK's result without a new ELK run.
 */
import type { StoreApi } from 'zustand/vanilla';
import { applyPins } from '@/layout/pins';
import { markOnce } from '@/lib/perfMark';
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';
import type { LayoutDirection, WorkflowGraph } from '@/model/types';
import { buildDiagram, type Diagram, type PreviousDiagram } from '@/render/diagram';
import { nodeCard, type NodeCard } from '@/render/nodeCard';
import type { AppState } from './types';

/** Above this many nodes, a first diagram is built in tasks of its own. */
const DEFER_DIAGRAM_NODES = 1000;
/** Node cards measured per task for such a diagram. */
const CARDS_PER_TASK = 700;

export type LayoutFn = (request: LayoutRequest, onProvisional?: (result: LayoutResult) => void) => Promise<LayoutResult>;

/** The direction the diagram is drawn in: toolbar/`?dir=` choice, else `x-layout.direction`, else DOWN. */
export function effectiveDirection(state: Pick<AppState, 'dirOverride' | 'graph'>): LayoutDirection {
  return state.dirOverride ?? state.graph?.layout.direction ?? 'DOWN';
}

export interface LayoutEffectOptions {
  /**
   * Cards, label boxes and drawn edges already made for `graph` (the parse worker's, for a large
   * start document), if any: its first diagram is built with them instead of making its own.
   */
  readonly measuredFor?: (graph: WorkflowGraph) => PreviousDiagram | undefined;
}

/** Starts the effect; returns the unsubscribe function. */
export function startLayoutEffect(store: StoreApi<AppState>, layout: LayoutFn, options: LayoutEffectOptions = {}): () => void {
  let lastGraph: WorkflowGraph | null | undefined;
  let lastDir: LayoutDirection | undefined;
  /** The newest diagram; a layout reply is used only if its key is still this one's. */
  let latest: { graph: WorkflowGraph; diagram: Diagram } | null = null;
  const base = new Map<string, LayoutResult>();

  const show = (graph: WorkflowGraph, diagram: Diagram, elk: LayoutResult, provisional = false) => {
    store.setState({
      shown: { graph, diagram, layout: applyPins(elk, graph.layout.pinned, diagram.request.direction), provisional },
      layoutStatus: provisional ? 'running' : 'done',
      layoutError: null,
    });
  };

  /** A first diagram of a large graph waiting for its own task (see below). */
  let deferred: ReturnType<typeof setTimeout> | undefined;

  const run = (state: AppState) => {
    const graph = state.graph;
    const dir = effectiveDirection(state);
    if (graph === lastGraph && dir === lastDir) return;
    lastGraph = graph;
    lastDir = dir;
    if (deferred !== undefined) {
      clearTimeout(deferred);
      deferred = undefined;
    }
    if (graph === null) {
      latest = null;
      store.setState({ diagram: null, shown: null, layoutStatus: 'idle' });
      return;
    }
    const measured = state.shown === null ? options.measuredFor?.(graph) : undefined;
    if (state.shown === null && graph.nodes.length > DEFER_DIAGRAM_NODES) {
      // Nothing is drawn yet and the graph is large: the task that brought it (the parse
      // result coming in, the page rendering it) is long already, so the diagram (tens of ms
      // per thousand nodes) is built in a task of its own.
      store.setState({ layoutStatus: 'running' });
      if (measured) {
        deferred = setTimeout(() => {
          deferred = undefined;
          request(graph, dir, measured);
        }, 0);
        return;
      }
      // Its cards (the bulk of that work) are measured a chunk per task first.
      const cards = new Map<string, NodeCard>();
      let next = 0;
      const measure = () => {
        const end = Math.min(graph.nodes.length, next + CARDS_PER_TASK);
        for (; next < end; next++) {
          const node = graph.nodes[next];
          if (node) cards.set(node.id, nodeCard(node));
        }
        if (next < graph.nodes.length) {
          deferred = setTimeout(measure, 0);
          return;
        }
        deferred = undefined;
        request(graph, dir, { graph, diagram: { cards, labels: new Map() } });
      };
      deferred = setTimeout(measure, 0);
      return;
    }
    request(graph, dir, measured);
  };

  const request = (graph: WorkflowGraph, dir: LayoutDirection, measured?: PreviousDiagram) => {
    // Cards and label boxes of unchanged nodes and edges are the previous ones (cheap small edits).
    const diagram = buildDiagram(graph, dir, latest ?? measured);
    latest = { graph, diagram };
    store.setState({ diagram });
    const key = diagram.request.key;
    const known = base.get(key);
    if (known) {
      show(graph, diagram, known);
      return;
    }
    markOnce('layout-requested');
    store.setState({ layoutStatus: 'running' });
    // While ELK loads, a quick provisional layout is drawn first (see layout.worker.ts).
    const onProvisional = (result: LayoutResult) => {
      markOnce('layout-provisional');
      const current = latest;
      if (current?.diagram.request.key === key) show(current.graph, current.diagram, result, true);
    };
    layout(diagram.request, onProvisional).then(
      (result) => {
        markOnce('layout-final');
        base.clear(); // one geometry at a time is enough: the client keeps its own LRU
        base.set(key, result);
        const current = latest;
        if (current?.diagram.request.key === key) show(current.graph, current.diagram, result);
      },
      (error: unknown) => {
        if (latest?.diagram.request.key !== key) return;
        store.setState({ layoutStatus: 'error', layoutError: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  run(store.getState());
  return store.subscribe(run);
}
