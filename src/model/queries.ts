/**
 * Graph queries shared by layout, simulation and canvas. Pure; results for one graph object are
 * cached (graphs are immutable). All traversals are iterative, so 10 000-node chains are fine.
 */
import type { DrawnEdge, WorkflowEdge, WorkflowGraph, WorkflowNode } from './types';
import { optional } from './values';

/**
 * The distinct nodes an edge can lead to, in order: `to`, then (switch) each case's target and
 * `default_to`.
 */
export function edgeTargets(edge: WorkflowEdge): string[] {
  if (edge.cases.length === 0 && edge.defaultTo === undefined) return [edge.to];
  const targets = [edge.to, ...edge.cases.map((c) => c.to)];
  if (edge.defaultTo !== undefined) targets.push(edge.defaultTo);
  return [...new Set(targets)];
}

interface Adjacency {
  /** Node id → positions in `graph.edges` of edges leaving it. */
  readonly out: ReadonlyMap<string, readonly number[]>;
  /** Node id → positions in `graph.edges` of edges that can lead to it (any switch branch counts). */
  readonly in: ReadonlyMap<string, readonly number[]>;
}

const adjacencyCache = new WeakMap<WorkflowGraph, Adjacency>();

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function adjacency(graph: WorkflowGraph): Adjacency {
  let adj = adjacencyCache.get(graph);
  if (adj === undefined) {
    const out = new Map<string, number[]>();
    const inc = new Map<string, number[]>();
    graph.edges.forEach((edge, i) => {
      push(out, edge.from, i);
      for (const target of edgeTargets(edge)) push(inc, target, i);
    });
    adj = { out, in: inc };
    adjacencyCache.set(graph, adj);
  }
  return adj;
}

const pick = (graph: WorkflowGraph, positions: readonly number[] | undefined): WorkflowEdge[] =>
  (positions ?? []).map((i) => graph.edges[i]).filter((e): e is WorkflowEdge => e !== undefined);

/** Edges leaving node `id`, in `graph.edges` order. */
export function outgoing(graph: WorkflowGraph, id: string): WorkflowEdge[] {
  return pick(graph, adjacency(graph).out.get(id));
}

/** Edges that can lead to node `id` (its `to`, or any switch case / `default_to`), in order. */
export function incoming(graph: WorkflowGraph, id: string): WorkflowEdge[] {
  return pick(graph, adjacency(graph).in.get(id));
}

/**
 * Where a run starts: the nodes with no incoming edge from another node (self-loops do not
 * count), in node order; if every node has one, the first node. Empty only for an empty graph.
 */
export function startNodes(graph: WorkflowGraph): WorkflowNode[] {
  const starts = graph.nodes.filter((node) =>
    incoming(graph, node.id).every((e) => e.from === node.id),
  );
  const first = graph.nodes[0];
  return starts.length > 0 || first === undefined ? starts : [first];
}

/** Node ids reachable from the start nodes along every edge (all switch branches included). */
export function reachableIds(graph: WorkflowGraph): Set<string> {
  const seen = new Set(startNodes(graph).map((n) => n.id));
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of outgoing(graph, queue[i] ?? '')) {
      for (const target of edgeTargets(edge)) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }
  return seen;
}

const backEdgeCache = new WeakMap<WorkflowGraph, ReadonlySet<number>>();

/**
 * Positions in `graph.edges` of the back edges: every `loop` edge, every self-loop, and every edge
 * that closes a cycle in a depth-first search from the start nodes (in node order, edges in list
 * order), then from each still-unvisited node. Loop edges are not followed by the search.
 * Iterative (no recursion).
 */
export function findBackEdges(graph: WorkflowGraph): ReadonlySet<number> {
  const cached = backEdgeCache.get(graph);
  if (cached !== undefined) return cached;
  const back = new Set<number>();
  graph.edges.forEach((e, i) => {
    if (e.mode === 'loop' || e.from === e.to) back.add(i);
  });
  const { out } = adjacency(graph);
  const state = new Map<string, 'open' | 'done'>();
  const roots = [...startNodes(graph), ...graph.nodes];
  for (const root of roots) {
    if (state.has(root.id)) continue;
    // Each frame: a node and the arcs (edge position, target) still to follow.
    const stack: { id: string; arcs: [number, string][]; next: number }[] = [];
    const open = (id: string): void => {
      state.set(id, 'open');
      const arcs: [number, string][] = [];
      for (const i of out.get(id) ?? []) {
        const edge = graph.edges[i];
        if (edge === undefined || back.has(i)) continue;
        for (const target of edgeTargets(edge)) arcs.push([i, target]);
      }
      stack.push({ id, arcs, next: 0 });
    };
    open(root.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const arc = frame?.arcs[frame.next++];
      if (frame === undefined || arc === undefined) {
        if (frame !== undefined) state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const [edgeIndex, target] = arc;
      const s = state.get(target);
      if (s === 'open') back.add(edgeIndex);
      else if (s === undefined) open(target);
    }
  }
  backEdgeCache.set(graph, back);
  return back;
}

function switchBranches(edge: WorkflowEdge): { to: string; text?: string }[] {
  return edgeTargets(edge).map((to) => {
    const values = edge.cases.filter((c) => c.to === to).map((c) => c.value);
    if (edge.defaultTo === to) values.push('default');
    const text = values.length > 0 ? values.join(', ') : edge.label;
    return { to, ...optional('text', text) };
  });
}

/**
 * The lines the canvas draws: one per edge, and for a `switch` edge one per distinct target
 * (`to`, cases, `default_to`) labelled with the case value(s) or 'default'. The first line of an
 * edge uses the edge id, further switch branches `${edge.id}:case=${target}`. Text is the edge's
 * `label`, else its condition; switch branches show their case value(s) and carry the `when`
 * expression as `condition`.
 */
export function drawnEdges(graph: WorkflowGraph): DrawnEdge[] {
  const back = findBackEdges(graph);
  const drawn: DrawnEdge[] = [];
  graph.edges.forEach((edge, edgeIndex) => {
    const common = {
      edgeIndex,
      from: edge.from,
      mode: edge.mode,
      ...optional('condition', edge.condition),
      isBackEdge: back.has(edgeIndex),
    };
    if (edge.mode !== 'switch') {
      drawn.push({
        id: edge.id,
        to: edge.to,
        ...common,
        ...optional('text', edge.label ?? edge.condition),
      });
      return;
    }
    switchBranches(edge).forEach((branch, i) => {
      const id = i === 0 ? edge.id : `${edge.id}:case=${branch.to}`;
      drawn.push({ id, to: branch.to, ...common, ...optional('text', branch.text) });
    });
  });
  return drawn;
}
