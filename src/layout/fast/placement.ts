/**
 * Coordinate assignment along the order axis. Each sweep sets every item of a layer to its
 * ideal position (the median of where its neighbours in the adjacent layer want it, port
 * offsets included, so a single edge comes out straight) and then resolves overlaps with the
 * least weighted squared displacement, keeping the order: an isotonic regression solved
 * exactly by pool-adjacent-violators in O(layer size). Dummies weigh more than real nodes,
 * so long edges stay straight and nodes move aside. Sweeps alternate down and up and end with
 * passes that look both ways (centring nodes between parents and children); then the clean-up
 * passes of straighten.ts. No two items of a layer can overlap: the order constraints include
 * the spacing.
 */
import { SPACING } from '../elkOptions';
import type { Grid } from './layering';
import { EDGE_DUMMY, LABEL_DUMMY, NODE } from './layering';
import type { Ordering } from './ordering';
import type { Ports } from './ports';
import { collect, type Placer } from './placer';
import { separateSwaps, straighten, straightenChains } from './straighten';

/** Minimum free space between two neighbouring items of a layer, by their kinds. */
export function itemGap(a: number, b: number): number {
  if (a === NODE && b === NODE) return SPACING.nodeNode;
  if (a === EDGE_DUMMY && b === EDGE_DUMMY) return SPACING.edgeEdge;
  if (a === NODE || b === NODE) return SPACING.edgeNode;
  if (a === LABEL_DUMMY && b === LABEL_DUMMY) return SPACING.nodeNode / 2;
  return SPACING.edgeEdge;
}

/** Weight by item kind ({@link NODE}, {@link EDGE_DUMMY}, {@link LABEL_DUMMY}). */
const WEIGHT = Float64Array.of(1, 4, 2);
/** Weight of an item with no neighbour on the side being looked at: it just makes room. */
const FREE = 1e-3;

/** Scratch space for {@link solveLayer}, as long as the widest layer. */
export interface SolverScratch {
  readonly sumW: Float64Array;
  readonly sumWY: Float64Array;
  readonly start: Int32Array;
}

/** Allocates {@link SolverScratch} for layers of up to `size` items. */
export function solverScratch(size: number): SolverScratch {
  return { sumW: new Float64Array(size), sumWY: new Float64Array(size), start: new Int32Array(size) };
}

/**
 * Moves the `m` items of one layer (in order) as close as possible to their ideal anchors, in
 * the least-squares sense with weights, subject to `out[k+1] - out[k] >= dist[k+1]`. Exact
 * (pool-adjacent-violators). `dist`, `ideal`, `weight` and `out` are indexed by position.
 */
export function solveLayer(
  m: number,
  dist: Float64Array,
  ideal: Float64Array,
  weight: Float64Array,
  out: Float64Array,
  scratch: SolverScratch,
): void {
  const { sumW, sumWY, start } = scratch;
  let blocks = 0;
  let offset = 0;
  for (let k = 0; k < m; k++) {
    offset += dist[k] ?? 0;
    const w = weight[k] ?? 0;
    sumW[blocks] = w;
    sumWY[blocks] = w * ((ideal[k] ?? 0) - offset);
    start[blocks] = k;
    blocks++;
    // Merge while the previous block wants to sit right of this one.
    while (blocks > 1) {
      const a = blocks - 2;
      const b = blocks - 1;
      if ((sumWY[a] ?? 0) * (sumW[b] ?? 0) <= (sumWY[b] ?? 0) * (sumW[a] ?? 0)) break;
      sumW[a] = (sumW[a] ?? 0) + (sumW[b] ?? 0);
      sumWY[a] = (sumWY[a] ?? 0) + (sumWY[b] ?? 0);
      blocks--;
    }
  }
  offset = 0;
  let k = 0;
  for (let b = 0; b < blocks; b++) {
    const end = b + 1 < blocks ? (start[b + 1] ?? m) : m;
    const w = sumW[b] ?? 0;
    const y = w > 0 ? (sumWY[b] ?? 0) / w : 0;
    for (; k < end; k++) {
      offset += dist[k] ?? 0;
      out[k] = y + offset;
    }
  }
}

/** Median of `values[0 .. n)` (mean of the middle two for even n); may reorder them. n ≥ 1. */
function medianOf(values: Float64Array, n: number): number {
  if (n === 1) return values[0] ?? 0;
  if (n === 2) return ((values[0] ?? 0) + (values[1] ?? 0)) / 2;
  const sorted = values.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** How many passes placement makes (see `FastLayoutEffort`). */
export interface PlacementEffort {
  readonly placementRounds: number;
  readonly balanceRounds: number;
  readonly straightenPasses: number;
}

const DEFAULT_EFFORT: PlacementEffort = { placementRounds: 3, balanceRounds: 1, straightenPasses: 3 };

/**
 * Anchor x of every item: down+up rounds (median), two-sided rounds (mean), then long edges
 * straightened, jogs removed where there is room and swapped hops moved apart. The drawing is
 * shifted so that its leftmost extent is at `SPACING.padding`.
 */
export function placeItems(
  grid: Grid,
  ordering: Ordering,
  ports: Ports,
  effort: PlacementEffort = DEFAULT_EFFORT,
): Float64Array {
  const { order } = ordering;
  const x = new Float64Array(grid.itemCount);
  let maxSize = 1;
  for (const layer of order) maxSize = Math.max(maxSize, layer.length);
  let maxDegree = 1;
  for (let i = 0; i < grid.itemCount; i++) {
    const degree =
      (grid.upStart[i + 1] ?? 0) - (grid.upStart[i] ?? 0) + (grid.downStart[i + 1] ?? 0) - (grid.downStart[i] ?? 0);
    if (degree > maxDegree) maxDegree = degree;
  }
  const dists = order.map((layer) => {
    const dist = new Float64Array(layer.length);
    for (let k = 1; k < layer.length; k++) {
      const a = layer[k - 1] ?? 0;
      const b = layer[k] ?? 0;
      dist[k] =
        (ports.rightExt[a] ?? 0) + itemGap(grid.itemKind[a] ?? 0, grid.itemKind[b] ?? 0) + (ports.leftExt[b] ?? 0);
    }
    return dist;
  });
  // Start packed and centred on 0.
  order.forEach((layer, l) => {
    const dist = dists[l] ?? new Float64Array(0);
    let total = 0;
    for (let k = 1; k < layer.length; k++) total += dist[k] ?? 0;
    let at = -total / 2;
    for (let k = 0; k < layer.length; k++) {
      at += dist[k] ?? 0;
      x[layer[k] ?? 0] = at;
    }
  });

  const placer: Placer = {
    grid,
    order,
    dists,
    ports,
    x,
    pos: ordering.pos,
    room: new Float64Array(2),
    wanted: new Float64Array(maxDegree),
  };
  const ideal = new Float64Array(maxSize);
  const weight = new Float64Array(maxSize);
  const out = new Float64Array(maxSize);
  const scratch = solverScratch(maxSize);

  const pass = (l: number, above: boolean, below: boolean, median: boolean): void => {
    const layer = order[l];
    const dist = dists[l];
    if (!layer || !dist || layer.length === 0) return;
    const m = layer.length;
    for (let k = 0; k < m; k++) {
      const item = layer[k] ?? 0;
      const n = collect(placer, item, above, below);
      if (n === 0) {
        ideal[k] = x[item] ?? 0;
        weight[k] = FREE;
        continue;
      }
      if (median) ideal[k] = medianOf(placer.wanted, n);
      else {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += placer.wanted[j] ?? 0;
        ideal[k] = sum / n;
      }
      weight[k] = WEIGHT[grid.itemKind[item] ?? 0] ?? 1;
    }
    solveLayer(m, dist, ideal, weight, out, scratch);
    for (let k = 0; k < m; k++) x[layer[k] ?? 0] = out[k] ?? 0;
  };

  const layerCount = order.length;
  for (let round = 0; round < effort.placementRounds; round++) {
    for (let l = 1; l < layerCount; l++) pass(l, true, false, true);
    for (let l = layerCount - 2; l >= 0; l--) pass(l, false, true, true);
  }
  for (let round = 0; round < effort.balanceRounds; round++) {
    for (let l = 0; l < layerCount; l++) pass(l, true, true, false);
    for (let l = layerCount - 1; l >= 0; l--) pass(l, true, true, false);
  }
  straightenChains(placer);
  straighten(placer, effort.straightenPasses);
  separateSwaps(placer);

  let minLeft = Infinity;
  for (let i = 0; i < grid.itemCount; i++) minLeft = Math.min(minLeft, (x[i] ?? 0) - (ports.leftExt[i] ?? 0));
  if (Number.isFinite(minLeft)) {
    const shift = SPACING.padding - minLeft;
    for (let i = 0; i < grid.itemCount; i++) x[i] = (x[i] ?? 0) + shift;
  }
  return x;
}
