/**
 * Cycle breaking: the back edges of a depth-first search from the sources, the same rule as the
 * simulator's `findBackEdges` (src/model/queries.ts), so that the layout draws against the flow
 * exactly the edges the simulator treats as loops.
 */

/**
 * Marks the edges that close a cycle (1) in an iterative depth-first search that starts from
 * each source in node order (a node without incoming edges from another node; if there is none,
 * node 0), then from every still unvisited node in node order, following edges in list order.
 * Self-loops are never followed and never marked (the layout draws them apart). O(V + E).
 */
export function findBackEdges(nodeCount: number, from: Int32Array, to: Int32Array): Uint8Array {
  const edgeCount = from.length;
  const back = new Uint8Array(edgeCount);
  // Out-edges per node in list order (CSR), self-loops left out.
  const outStart = new Int32Array(nodeCount + 1);
  const indegree = new Int32Array(nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = from[e] ?? 0;
    const t = to[e] ?? 0;
    if (s === t) continue;
    outStart[s + 1] = (outStart[s + 1] ?? 0) + 1;
    indegree[t] = (indegree[t] ?? 0) + 1;
  }
  for (let v = 0; v < nodeCount; v++) outStart[v + 1] = (outStart[v + 1] ?? 0) + (outStart[v] ?? 0);
  const outEdges = new Int32Array(outStart[nodeCount] ?? 0);
  const fill = outStart.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = from[e] ?? 0;
    if (s === (to[e] ?? 0)) continue;
    outEdges[fill[s] ?? 0] = e;
    fill[s] = (fill[s] ?? 0) + 1;
  }

  const OPEN = 1;
  const DONE = 2;
  const state = new Uint8Array(nodeCount);
  const next = outStart.slice(0, nodeCount); // next out-edge to follow, per node
  const stack = new Int32Array(nodeCount);
  const search = (root: number): void => {
    if (state[root] !== 0) return;
    let depth = 0;
    stack[depth++] = root;
    state[root] = OPEN;
    while (depth > 0) {
      const v = stack[depth - 1] ?? 0;
      const k = next[v] ?? 0;
      if (k >= (outStart[v + 1] ?? 0)) {
        state[v] = DONE;
        depth--;
        continue;
      }
      next[v] = k + 1;
      const e = outEdges[k] ?? 0;
      const t = to[e] ?? 0;
      if (state[t] === OPEN) back[e] = 1;
      else if (state[t] === 0) {
        state[t] = OPEN;
        stack[depth++] = t;
      }
    }
  };
  let anySource = false;
  for (let v = 0; v < nodeCount; v++) {
    if (indegree[v] === 0) {
      anySource = true;
      search(v);
    }
  }
  if (!anySource && nodeCount > 0) search(0);
  for (let v = 0; v < nodeCount; v++) search(v);
  return back;
}
