/**
 * Layering: longest path from the sources, then the layer grid. Real nodes sit on "rank"
 * layers; between two ranks there is a label layer when some labelled edge leaves the upper
 * rank, holding one label dummy (sized as the label) per such edge, so labels take part in the
 * collision-free placement like ELK's label dummies. Every edge gets one dummy per layer it
 * crosses (a "chain" of items from its source to its target, in the direction of the layering).
 */
import type { FastGraph } from './graph';

/** Item kinds: a real node, a dummy on a long edge, a label dummy. */
export const NODE = 0;
/** See {@link NODE}. */
export const EDGE_DUMMY = 1;
/** See {@link NODE}. */
export const LABEL_DUMMY = 2;

/** The layered graph: items (real nodes first, then dummies), layers, chains and hops. */
export interface Grid {
  readonly layerCount: number;
  /** Items per layer, in their initial order. */
  readonly layers: Int32Array[];
  /** 1 for a label layer, 0 for a rank layer (real nodes). */
  readonly isLabelLayer: Uint8Array;
  readonly itemCount: number;
  readonly itemLayer: Int32Array;
  /** {@link NODE}, {@link EDGE_DUMMY} or {@link LABEL_DUMMY}. */
  readonly itemKind: Uint8Array;
  /** The edge a dummy belongs to (-1 for a real node). */
  readonly itemEdge: Int32Array;
  /** Per edge: 1 when it was reversed to break a cycle. */
  readonly reversed: Uint8Array;
  /** Per edge: 1 for a self-loop (no chain, drawn beside its node). */
  readonly selfLoop: Uint8Array;
  /** Chain of edge e: `chainItems[chainStart[e] .. chainStart[e + 1])`, upper end first. */
  readonly chainStart: Int32Array;
  readonly chainItems: Int32Array;
  /** Hops of edge e: `hopStart[e] .. hopStart[e + 1]`, in chain order. */
  readonly hopStart: Int32Array;
  /** Hops: consecutive chain items, from layer L (top) to layer L + 1 (bottom). */
  readonly hopTop: Int32Array;
  readonly hopBottom: Int32Array;
  readonly hopEdge: Int32Array;
  /** Hops entering item i from above: `upHops[upStart[i] .. upStart[i + 1])`. */
  readonly upStart: Int32Array;
  readonly upHops: Int32Array;
  /** Hops leaving item i downwards: `downHops[downStart[i] .. downStart[i + 1])`. */
  readonly downStart: Int32Array;
  readonly downHops: Int32Array;
}

/**
 * Longest-path ranks from the sources (Kahn's topological order): a node's rank is one more
 * than its highest-ranked predecessor, sources get 0. Reversed edges count backwards,
 * self-loops not at all. O(V + E).
 */
export function longestPathRanks(
  nodeCount: number,
  from: Int32Array,
  to: Int32Array,
  reversed: Uint8Array,
): Int32Array {
  const edgeCount = from.length;
  const outStart = new Int32Array(nodeCount + 1);
  const indegree = new Int32Array(nodeCount);
  const dagFrom = new Int32Array(edgeCount);
  const dagTo = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const r = reversed[e] === 1;
    const s = (r ? to[e] : from[e]) ?? 0;
    const t = (r ? from[e] : to[e]) ?? 0;
    dagFrom[e] = s;
    dagTo[e] = t;
    if (s === t) continue;
    outStart[s + 1] = (outStart[s + 1] ?? 0) + 1;
    indegree[t] = (indegree[t] ?? 0) + 1;
  }
  for (let v = 0; v < nodeCount; v++) outStart[v + 1] = (outStart[v + 1] ?? 0) + (outStart[v] ?? 0);
  const outTargets = new Int32Array(outStart[nodeCount] ?? 0);
  const fill = outStart.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = dagFrom[e] ?? 0;
    const t = dagTo[e] ?? 0;
    if (s === t) continue;
    outTargets[fill[s] ?? 0] = t;
    fill[s] = (fill[s] ?? 0) + 1;
  }
  const rank = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < nodeCount; v++) if (indegree[v] === 0) queue[tail++] = v;
  while (head < tail) {
    const v = queue[head++] ?? 0;
    const next = (rank[v] ?? 0) + 1;
    for (let k = outStart[v] ?? 0; k < (outStart[v + 1] ?? 0); k++) {
      const t = outTargets[k] ?? 0;
      if ((rank[t] ?? 0) < next) rank[t] = next;
      indegree[t] = (indegree[t] ?? 0) - 1;
      if (indegree[t] === 0) queue[tail++] = t;
    }
  }
  return rank;
}

/**
 * Builds the layer grid from node ranks. Initial order inside each layer: real nodes by input
 * position, dummies by their edge's (layered) target position, then edge position (see
 * `tieKey` in ordering.ts; ordering re-sorts anyway).
 */
export function buildGrid(
  graph: FastGraph,
  rank: Int32Array,
  reversed: Uint8Array,
): Grid {
  const n = graph.ids.length;
  const edgeCount = graph.from.length;
  let maxRank = 0;
  for (let v = 0; v < n; v++) maxRank = Math.max(maxRank, rank[v] ?? 0);
  const selfLoop = new Uint8Array(edgeCount);
  const dagFrom = new Int32Array(edgeCount);
  const dagTo = new Int32Array(edgeCount);
  const labelAfter = new Uint8Array(maxRank + 1);
  for (let e = 0; e < edgeCount; e++) {
    const r = reversed[e] === 1;
    const s = (r ? graph.to[e] : graph.from[e]) ?? 0;
    const t = (r ? graph.from[e] : graph.to[e]) ?? 0;
    dagFrom[e] = s;
    dagTo[e] = t;
    if (s === t) selfLoop[e] = 1;
    else if (graph.hasLabel[e] === 1) labelAfter[rank[s] ?? 0] = 1;
  }
  // Layer index of each rank; a label layer follows a rank when flagged.
  const rankLayer = new Int32Array(maxRank + 1);
  const isLabel: number[] = [];
  for (let r = 0; r <= maxRank; r++) {
    rankLayer[r] = isLabel.length;
    isLabel.push(0);
    if (labelAfter[r] === 1 && r < maxRank) isLabel.push(1);
  }
  const layerCount = isLabel.length;

  // Items: real nodes, then one dummy per crossed layer per edge (sizes counted first).
  const top = new Int32Array(edgeCount);
  const bottom = new Int32Array(edgeCount);
  let dummies = 0;
  let chainLength = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (selfLoop[e] === 1) continue;
    top[e] = rankLayer[rank[dagFrom[e] ?? 0] ?? 0] ?? 0;
    bottom[e] = rankLayer[rank[dagTo[e] ?? 0] ?? 0] ?? 0;
    const span = (bottom[e] ?? 0) - (top[e] ?? 0);
    dummies += span - 1;
    chainLength += span + 1;
  }
  const itemCount = n + dummies;
  const itemLayer = new Int32Array(itemCount);
  const itemKind = new Uint8Array(itemCount);
  const itemEdge = new Int32Array(itemCount).fill(-1);
  for (let v = 0; v < n; v++) itemLayer[v] = rankLayer[rank[v] ?? 0] ?? 0;
  const chainStart = new Int32Array(edgeCount + 1);
  const chainItems = new Int32Array(chainLength);
  const hopCount = chainLength - (edgeCount - countOnes(selfLoop));
  const hopTop = new Int32Array(hopCount);
  const hopBottom = new Int32Array(hopCount);
  const hopEdge = new Int32Array(hopCount);
  const hopStart = new Int32Array(edgeCount + 1);
  let item = n;
  let c = 0;
  let h = 0;
  for (let e = 0; e < edgeCount; e++) {
    chainStart[e] = c;
    hopStart[e] = h;
    if (selfLoop[e] === 1) continue;
    const t = top[e] ?? 0;
    const b = bottom[e] ?? 0;
    let previous = dagFrom[e] ?? 0;
    chainItems[c++] = previous;
    for (let layer = t + 1; layer <= b; layer++) {
      let next: number;
      if (layer === b) next = dagTo[e] ?? 0;
      else {
        next = item++;
        itemLayer[next] = layer;
        // The label sits in the label layer right below the (layered) source.
        itemKind[next] = layer === t + 1 && graph.hasLabel[e] === 1 ? LABEL_DUMMY : EDGE_DUMMY;
        itemEdge[next] = e;
      }
      chainItems[c++] = next;
      hopTop[h] = previous;
      hopBottom[h] = next;
      hopEdge[h] = e;
      h++;
      previous = next;
    }
  }
  chainStart[edgeCount] = c;
  hopStart[edgeCount] = h;

  // CSR indexes of the hops by their lower and upper item.
  const upStart = new Int32Array(itemCount + 1);
  const downStart = new Int32Array(itemCount + 1);
  for (let k = 0; k < hopCount; k++) {
    const b = hopBottom[k] ?? 0;
    const a = hopTop[k] ?? 0;
    upStart[b + 1] = (upStart[b + 1] ?? 0) + 1;
    downStart[a + 1] = (downStart[a + 1] ?? 0) + 1;
  }
  for (let i = 0; i < itemCount; i++) {
    upStart[i + 1] = (upStart[i + 1] ?? 0) + (upStart[i] ?? 0);
    downStart[i + 1] = (downStart[i + 1] ?? 0) + (downStart[i] ?? 0);
  }
  const upHops = new Int32Array(hopCount);
  const downHops = new Int32Array(hopCount);
  const upFill = upStart.slice(0, itemCount);
  const downFill = downStart.slice(0, itemCount);
  for (let k = 0; k < hopCount; k++) {
    const b = hopBottom[k] ?? 0;
    const a = hopTop[k] ?? 0;
    upHops[upFill[b] ?? 0] = k;
    upFill[b] = (upFill[b] ?? 0) + 1;
    downHops[downFill[a] ?? 0] = k;
    downFill[a] = (downFill[a] ?? 0) + 1;
  }

  // Layers in item order (real nodes by input position, then dummies by edge).
  const layerSize = new Int32Array(layerCount);
  for (let i = 0; i < itemCount; i++) {
    const l = itemLayer[i] ?? 0;
    layerSize[l] = (layerSize[l] ?? 0) + 1;
  }
  const layers: Int32Array[] = [];
  for (let l = 0; l < layerCount; l++) layers.push(new Int32Array(layerSize[l] ?? 0));
  const layerFill = new Int32Array(layerCount);
  for (let i = 0; i < itemCount; i++) {
    const l = itemLayer[i] ?? 0;
    const layer = layers[l];
    if (!layer) continue;
    layer[layerFill[l] ?? 0] = i;
    layerFill[l] = (layerFill[l] ?? 0) + 1;
  }

  return {
    layerCount,
    layers,
    isLabelLayer: Uint8Array.from(isLabel),
    itemCount,
    itemLayer,
    itemKind,
    itemEdge,
    reversed,
    selfLoop,
    chainStart,
    chainItems,
    hopStart,
    hopTop,
    hopBottom,
    hopEdge,
    upStart,
    upHops,
    downStart,
    downHops,
  };
}

/** Number of 1 entries. */
function countOnes(flags: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < flags.length; i++) count += flags[i] ?? 0;
  return count;
}
