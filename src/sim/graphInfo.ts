/**
 * What the simulator needs to know about a graph, computed once per graph object (graphs are
 * immutable): the drawn edges ("arcs": one per edge, and one per switch branch), which are back
 * edges, joins, who declares which output. Internal.
 */
import { drawnEdges, findBackEdges } from '../model';
import type { JoinMode, WorkflowEdge, WorkflowGraph, WorkflowNode } from '../model/types';

/** One drawn edge: what the canvas shows and what carries an {@link EdgeState}. */
export interface Arc {
  /** Drawn edge id (the edge id, or `${edge.id}:case=${to}` for further switch branches). */
  readonly id: string;
  readonly edge: WorkflowEdge;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  /** Never holds up a join; taking it re-runs its target as a new iteration. */
  readonly back: boolean;
}

/** How a node joins its incoming forward edges. */
export interface Join {
  readonly mode: JoinMode;
  /** For wait_n: how many must be taken. */
  readonly count: number;
}

/** Per-graph facts, cached. */
export interface GraphInfo {
  readonly arcs: readonly Arc[];
  readonly arcById: ReadonlyMap<string, Arc>;
  readonly nodeById: ReadonlyMap<string, WorkflowNode>;
  /** Arcs leaving each node, in edge order. */
  readonly out: ReadonlyMap<string, readonly Arc[]>;
  /** Forward (non-back) arcs entering each node. */
  readonly forwardIn: ReadonlyMap<string, readonly Arc[]>;
  readonly join: ReadonlyMap<string, Join>;
  /** Output name → ids of the nodes declaring it, in node order. */
  readonly declarers: ReadonlyMap<string, readonly string[]>;
  /** Edge indices treated as back edges. */
  readonly back: ReadonlySet<number>;
}

const cache = new WeakMap<WorkflowGraph, GraphInfo>();
const reachCache = new WeakMap<WorkflowGraph, Map<string, ReadonlySet<string>>>();

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

/** `for_each` loop edges without a condition run forward once (one pass over the items). */
export function isForEach(edge: WorkflowEdge): boolean {
  return edge.mode === 'loop' && edge.condition === undefined && edge.raw['for_each'] !== undefined;
}

/** True when `to` reaches `from` along edges not in `back`. */
function closesCycle(graph: WorkflowGraph, edge: WorkflowEdge, back: ReadonlySet<number>): boolean {
  if (edge.from === edge.to) return true;
  const seen = new Set([edge.to]);
  const queue = [edge.to];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const [index, e] of graph.edges.entries()) {
      if (e.from !== id || back.has(index)) continue;
      for (const target of [e.to, ...e.cases.map((c) => c.to), e.defaultTo ?? e.to]) {
        if (target === edge.from) return true;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }
  return false;
}

/**
 * Back edges: the model's (every loop edge, self-loops, edges closing a cycle in a depth-first
 * search from the start nodes), except `for_each` loop edges without a condition that close no
 * cycle: those lead forward from the producer to the per-item node.
 */
function backEdges(graph: WorkflowGraph): ReadonlySet<number> {
  const back = new Set(findBackEdges(graph));
  graph.edges.forEach((edge, index) => {
    if (!isForEach(edge) || !back.has(index)) return;
    back.delete(index);
    if (closesCycle(graph, edge, back)) back.add(index);
  });
  return back;
}

function joinOf(arcs: readonly Arc[]): Join {
  const withMode = arcs.find((a) => a.edge.joinMode !== undefined);
  const mode = withMode?.edge.joinMode ?? 'wait_all';
  const count = arcs.find((a) => a.edge.joinCount !== undefined)?.edge.joinCount ?? arcs.length;
  return { mode, count: Math.max(1, count) };
}

/** The simulator's view of `graph` (cached per graph object). */
export function graphInfo(graph: WorkflowGraph): GraphInfo {
  const cached = cache.get(graph);
  if (cached !== undefined) return cached;
  const back = backEdges(graph);
  const arcs: Arc[] = drawnEdges(graph).flatMap((d) => {
    const edge = graph.edges[d.edgeIndex];
    if (edge === undefined) return [];
    return [{ id: d.id, edge, from: d.from, to: d.to, mode: d.mode, back: back.has(d.edgeIndex) }];
  });
  const out = new Map<string, Arc[]>();
  const forwardIn = new Map<string, Arc[]>();
  for (const arc of arcs) {
    push(out, arc.from, arc);
    if (!arc.back) push(forwardIn, arc.to, arc);
  }
  const join = new Map<string, Join>();
  for (const [id, list] of forwardIn) join.set(id, joinOf(list));
  const declarers = new Map<string, string[]>();
  for (const node of graph.nodes) {
    for (const name of new Set(node.outputs.map((o) => o.name))) push(declarers, name, node.id);
  }
  const info: GraphInfo = {
    arcs,
    arcById: new Map(arcs.map((a) => [a.id, a])),
    nodeById: new Map(graph.nodes.map((n) => [n.id, n])),
    out,
    forwardIn,
    join,
    declarers,
    back,
  };
  cache.set(graph, info);
  return info;
}

/** `id` and every node reachable from it along forward arcs (what a new iteration re-runs). */
export function forwardReach(graph: WorkflowGraph, id: string): ReadonlySet<string> {
  let perGraph = reachCache.get(graph);
  if (perGraph === undefined) {
    perGraph = new Map();
    reachCache.set(graph, perGraph);
  }
  const cached = perGraph.get(id);
  if (cached !== undefined) return cached;
  const info = graphInfo(graph);
  const seen = new Set([id]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const arc of info.out.get(queue[i] ?? '') ?? []) {
      if (arc.back || seen.has(arc.to)) continue;
      seen.add(arc.to);
      queue.push(arc.to);
    }
  }
  perGraph.set(id, seen);
  return seen;
}
