/**
 * Crossing minimisation: layer-by-layer barycenter sweeps (down, then up, alternating), keeping
 * the order with the fewest crossings. Input order is both the initial order and the
 * tie-breaker, so that small graphs come out in YAML order. O(sweeps × (E + V log V)).
 */
import type { Grid } from './layering';
import { NODE } from './layering';

/** How far left of its node (in positions) a back edge's end counts for barycenters. */
const BACK_EDGE_PULL = 0.45;

/** Per layer, its items left to right; `pos[item]` is the item's index in its layer. */
export interface Ordering {
  readonly order: Int32Array[];
  readonly pos: Int32Array;
}

/**
 * The tie-breaking key of each item: a real node's input position; a dummy sorts like its
 * edge's lower end (the layered target), a back edge's just before it, parallel dummies by
 * edge position.
 */
export function tieKeys(grid: Grid): Float64Array {
  const keys = new Float64Array(grid.itemCount);
  const edgeCount = grid.chainStart.length - 1;
  for (let i = 0; i < grid.itemCount; i++) {
    if (grid.itemKind[i] === NODE) {
      keys[i] = i;
      continue;
    }
    const e = grid.itemEdge[i] ?? 0;
    const last = grid.chainItems[(grid.chainStart[e + 1] ?? 1) - 1] ?? 0;
    // A back edge's dummies go left of the node (its ends attach to the left side).
    const base = grid.reversed[e] === 1 ? last - 0.5 : last;
    keys[i] = base + 0.25 * ((e + 1) / (edgeCount + 2));
  }
  return keys;
}

/**
 * Crossings between layer `l` and `l + 1` for the current positions: inversions among the
 * hops sorted by upper then lower position, counted with a Fenwick tree. `tree` and `buffer`
 * are scratch space (at least as long as the widest layer + 1 and the highest degree).
 */
export function layerCrossings(
  grid: Grid,
  order: readonly Int32Array[],
  pos: Int32Array,
  l: number,
  tree: Int32Array,
  buffer: Int32Array,
): number {
  const upper = order[l];
  const lower = order[l + 1];
  if (!upper || !lower) return 0;
  const size = lower.length;
  tree.fill(0, 0, size + 1);
  let crossings = 0;
  let inserted = 0;
  for (let k = 0; k < upper.length; k++) {
    const item = upper[k] ?? 0;
    const first = grid.downStart[item] ?? 0;
    const count = (grid.downStart[item + 1] ?? 0) - first;
    // This item's lower positions, insertion-sorted (degrees are small).
    for (let j = 0; j < count; j++) {
      const p = pos[grid.hopBottom[grid.downHops[first + j] ?? 0] ?? 0] ?? 0;
      let i = j - 1;
      for (; i >= 0 && (buffer[i] ?? 0) > p; i--) buffer[i + 1] = buffer[i] ?? 0;
      buffer[i + 1] = p;
    }
    for (let j = 0; j < count; j++) {
      const p = buffer[j] ?? 0;
      // Already inserted hops ending right of p cross this one.
      let atMost = 0;
      for (let i = p + 1; i > 0; i -= i & -i) atMost += tree[i] ?? 0;
      crossings += inserted - atMost;
      for (let i = p + 1; i <= size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
      inserted++;
    }
  }
  return crossings;
}

/** Total crossings of an ordering. */
export function countCrossings(grid: Grid, order: readonly Int32Array[], pos: Int32Array): number {
  let max = 0;
  for (const layer of order) max = Math.max(max, layer.length);
  let degree = 0;
  for (let i = 0; i < grid.itemCount; i++) degree = Math.max(degree, (grid.downStart[i + 1] ?? 0) - (grid.downStart[i] ?? 0));
  const tree = new Int32Array(max + 1);
  const buffer = new Int32Array(degree);
  let total = 0;
  for (let l = 0; l + 1 < order.length; l++) total += layerCrossings(grid, order, pos, l, tree, buffer);
  return total;
}

/**
 * Orders every layer: initial order by tie key, then `sweeps` barycenter passes (odd passes go
 * down using the layer above, even passes go up using the layer below). Items without
 * neighbours in the fixed layer stay right after their current left neighbour. The best
 * ordering seen (fewest crossings, the latest of equals) is returned; at least one down and
 * one up pass run, and it stops early after two passes without gain.
 */
export function orderLayers(grid: Grid, keys: Float64Array, sweeps: number): Ordering {
  const layerCount = grid.layerCount;
  const order: Int32Array[] = grid.layers.map((layer) => {
    const sorted = Array.from(layer).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    return Int32Array.from(sorted);
  });
  const pos = new Int32Array(grid.itemCount);
  for (const layer of order) layer.forEach((item, k) => (pos[item] = k));

  let best = order.map((layer) => layer.slice());
  let bestCrossings = countCrossings(grid, order, pos);
  const bary = new Float64Array(grid.itemCount);
  let stale = 0;
  for (let sweep = 0; sweep < sweeps && (bestCrossings > 0 || sweep < 2); sweep++) {
    const down = sweep % 2 === 0;
    const start = down ? grid.upStart : grid.downStart;
    const hops = down ? grid.upHops : grid.downHops;
    const otherEnd = down ? grid.hopTop : grid.hopBottom;
    for (let step = 1; step < layerCount; step++) {
      const layer = order[down ? step : layerCount - 1 - step];
      if (!layer) continue;
      let last = -1;
      for (let k = 0; k < layer.length; k++) {
        const item = layer[k] ?? 0;
        const first = start[item] ?? 0;
        const end = start[item + 1] ?? 0;
        if (end > first) {
          let sum = 0;
          for (let j = first; j < end; j++) {
            const hop = hops[j] ?? 0;
            const other = otherEnd[hop] ?? 0;
            sum += pos[other] ?? 0;
            // Back edges attach left of their nodes: pull their dummies to the left.
            if (grid.reversed[grid.hopEdge[hop] ?? 0] === 1 && grid.itemKind[other] === NODE) sum -= BACK_EDGE_PULL;
          }
          last = sum / (end - first);
        }
        bary[item] = last;
      }
      sortByKey(layer, bary, pos);
      for (let k = 0; k < layer.length; k++) pos[layer[k] ?? 0] = k;
    }
    const crossings = countCrossings(grid, order, pos);
    // Ties go to the newer order: barycenters place dummies better than the initial keys.
    if (crossings <= bestCrossings) {
      stale = crossings < bestCrossings ? 0 : stale + 1;
      bestCrossings = crossings;
      best = order.map((layer) => layer.slice());
    } else stale++;
    if (stale >= 2) break;
  }
  for (const layer of best) layer.forEach((item, k) => (pos[item] = k));
  return { order: best, pos };
}

/**
 * Sorts `layer` by `key`, ties by current position (`pos`), in place. Insertion sort: layers
 * are short and, after the first sweeps, nearly sorted, so this is close to linear.
 */
function sortByKey(layer: Int32Array, key: Float64Array, pos: Int32Array): void {
  for (let i = 1; i < layer.length; i++) {
    const item = layer[i] ?? 0;
    const k = key[item] ?? 0;
    const p = pos[item] ?? 0;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = layer[j] ?? 0;
      const ok = key[other] ?? 0;
      if (ok < k || (ok === k && (pos[other] ?? 0) < p)) break;
      layer[j + 1] = other;
    }
    layer[j + 1] = item;
  }
}
