/**
 * Coordinate assignment along the order axis. Each sweep sets every item of a layer to its
 * ideal position (the median of where its neighbours in the adjacent layer want it, port
 * offsets included, so a single edge comes out straight) and then resolves overlaps with the
 * least weighted squared displacement, keeping the order: an isotonic regression solved
 * exactly by pool-adjacent-violators in O(layer size). Dummies weigh more than real nodes,
 * so long edges stay straight and nodes move aside. Sweeps alternate down and up and end with
 * passes that look both ways (centring nodes between parents and children); a last greedy
 * pass removes jogs where there is room. No two items of a layer can overlap: the order
 * constraints include the spacing.
 */
import { SPACING } from '../elkOptions';
import type { Grid } from './layering';
import { EDGE_DUMMY, LABEL_DUMMY, NODE } from './layering';
import type { Ordering } from './ordering';
import type { Ports } from './ports';

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

/** Placement state shared by the passes. */
interface Placer {
  readonly grid: Grid;
  readonly order: readonly Int32Array[];
  /** Per layer: minimal distance of each anchor from its left neighbour's (0 for the first). */
  readonly dists: readonly Float64Array[];
  readonly ports: Ports;
  readonly x: Float64Array;
  /** Index of each item in its layer. */
  readonly pos: Int32Array;
  /** Scratch: the result of {@link room}. */
  readonly room: Float64Array;
  /** Scratch: wanted positions of one item (as long as the highest degree). */
  readonly wanted: Float64Array;
}

/** Writes where `item`'s neighbours above and/or below want its anchor; returns how many. */
function collect(p: Placer, item: number, above: boolean, below: boolean): number {
  const { grid, ports, x, wanted } = p;
  let n = 0;
  if (above) {
    for (let j = grid.upStart[item] ?? 0; j < (grid.upStart[item + 1] ?? 0); j++) {
      const hop = grid.upHops[j] ?? 0;
      wanted[n++] = (x[grid.hopTop[hop] ?? 0] ?? 0) + (ports.topOff[hop] ?? 0) - (ports.bottomOff[hop] ?? 0);
    }
  }
  if (below) {
    for (let j = grid.downStart[item] ?? 0; j < (grid.downStart[item + 1] ?? 0); j++) {
      const hop = grid.downHops[j] ?? 0;
      wanted[n++] = (x[grid.hopBottom[hop] ?? 0] ?? 0) + (ports.bottomOff[hop] ?? 0) - (ports.topOff[hop] ?? 0);
    }
  }
  return n;
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

/**
 * The room `item` has between its layer neighbours, written to `p.room` as [lo, hi] (no
 * allocation: this runs for every dummy).
 */
function room(p: Placer, item: number): void {
  const l = p.grid.itemLayer[item] ?? 0;
  const layer = p.order[l];
  const dist = p.dists[l];
  const k = p.pos[item] ?? 0;
  p.room[0] = -Infinity;
  p.room[1] = Infinity;
  if (!layer || !dist) return;
  if (k > 0) p.room[0] = (p.x[layer[k - 1] ?? 0] ?? 0) + (dist[k] ?? 0);
  if (k + 1 < layer.length) p.room[1] = (p.x[layer[k + 1] ?? 0] ?? 0) - (dist[k + 1] ?? 0);
}

/**
 * Straightens each long edge's dummies: splits them, from the top, into as few runs as possible
 * whose rooms (see {@link room}) share an x, and puts each run on one vertical, as close as it
 * can to the run above (the first run: to its upper end's port). The edge then only jogs where
 * its layers leave no common room.
 */
function straightenChains(p: Placer): void {
  const { grid, ports, x } = p;
  const edgeCount = grid.hopStart.length - 1;
  const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
  for (let e = 0; e < edgeCount; e++) {
    const first = grid.chainStart[e] ?? 0;
    const end = grid.chainStart[e + 1] ?? 0;
    if (end - first < 3) continue;
    const firstHop = grid.hopStart[e] ?? 0;
    let previous = (x[grid.hopTop[firstHop] ?? 0] ?? 0) + (ports.topOff[firstHop] ?? 0);
    let runStart = first + 1;
    let lo = -Infinity;
    let hi = Infinity;
    const place = (from: number, to: number): void => {
      previous = clamp(previous, lo, hi);
      for (let k = from; k < to; k++) x[grid.chainItems[k] ?? 0] = previous;
    };
    for (let k = first + 1; k < end - 1; k++) {
      room(p, grid.chainItems[k] ?? 0);
      const itemLo = p.room[0] ?? -Infinity;
      const itemHi = p.room[1] ?? Infinity;
      if (Math.max(lo, itemLo) <= Math.min(hi, itemHi)) {
        lo = Math.max(lo, itemLo);
        hi = Math.min(hi, itemHi);
        continue;
      }
      place(runStart, k);
      runStart = k;
      lo = itemLo;
      hi = itemHi;
    }
    place(runStart, end - 1);
  }
}

/** Verticals closer than this (px) would look like one line. */
const NEAR = SPACING.edgeEdge / 2;

/**
 * Two hops of one channel that swap places (one goes from p to q, the other from q to p, within
 * {@link NEAR}) would run along each other on one side whatever their tracks. Moves one of
 * their ends (lower ends first) that is a dummy and has room in its layer by one edge spacing.
 * (Entry points on nodes are moved apart later, when routing.)
 */
function separateSwaps(p: Placer): void {
  const { grid, ports, x } = p;
  const hopCount = grid.hopTop.length;
  const x1 = new Float64Array(hopCount);
  const x2 = new Float64Array(hopCount);
  // Jogging hops grouped by channel (counting sort), then sorted by upper x in each channel.
  const start = new Int32Array(grid.layerCount + 1);
  for (let h = 0; h < hopCount; h++) {
    x1[h] = (x[grid.hopTop[h] ?? 0] ?? 0) + (ports.topOff[h] ?? 0);
    x2[h] = (x[grid.hopBottom[h] ?? 0] ?? 0) + (ports.bottomOff[h] ?? 0);
    if (Math.abs((x1[h] ?? 0) - (x2[h] ?? 0)) <= 0.5) continue;
    const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
    start[l + 1] = (start[l + 1] ?? 0) + 1;
  }
  for (let l = 0; l < grid.layerCount; l++) start[l + 1] = (start[l + 1] ?? 0) + (start[l] ?? 0);
  const hops = new Int32Array(start[grid.layerCount] ?? 0);
  const fill = start.slice(0, grid.layerCount);
  for (let h = 0; h < hopCount; h++) {
    if (Math.abs((x1[h] ?? 0) - (x2[h] ?? 0)) <= 0.5) continue;
    const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
    hops[fill[l] ?? 0] = h;
    fill[l] = (fill[l] ?? 0) + 1;
  }
  const byX1 = (a: number, b: number): number => (x1[a] ?? 0) - (x1[b] ?? 0);
  for (let l = 0; l < grid.layerCount; l++) {
    const first = start[l] ?? 0;
    const end = start[l + 1] ?? 0;
    if (end - first < 2) continue;
    const channel = hops.subarray(first, end).sort(byX1);
    for (let i = 0; i < channel.length; i++) {
      const a = channel[i] ?? 0;
      const target = x2[a] ?? 0;
      // Hops starting near where `a` ends (binary search), and ending near where `a` starts.
      let lo = 0;
      let hi = channel.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((x1[channel[mid] ?? 0] ?? 0) <= target - NEAR) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < channel.length && (x1[channel[k] ?? 0] ?? 0) < target + NEAR; k++) {
        const b = channel[k] ?? 0;
        if (b === a || Math.abs((x2[b] ?? 0) - (x1[a] ?? 0)) >= NEAR) continue;
        // Lower ends first; positions are not re-read: one move per conflict is enough.
        if (!moveDummyApart(p, grid.hopBottom[a] ?? 0) && !moveDummyApart(p, grid.hopBottom[b] ?? 0)) {
          if (!moveDummyApart(p, grid.hopTop[a] ?? 0)) moveDummyApart(p, grid.hopTop[b] ?? 0);
        }
      }
    }
  }
}

/** Moves dummy `item` by one edge spacing (right, else left) if its room allows; true if moved. */
function moveDummyApart(p: Placer, item: number): boolean {
  if (p.grid.itemKind[item] === NODE) return false;
  room(p, item);
  const lo = p.room[0] ?? -Infinity;
  const hi = p.room[1] ?? Infinity;
  const at = p.x[item] ?? 0;
  for (const shift of [SPACING.edgeEdge, -SPACING.edgeEdge]) {
    if (at + shift < lo || at + shift > hi) continue;
    p.x[item] = at + shift;
    return true;
  }
  return false;
}

/**
 * Removes jogs where there is room: moves each item, within the gap its layer neighbours leave
 * it, to the x that makes the most of its hops straight, if that is more than now (ties: the
 * smallest move). Never breaks the spacing. Passes alternate down and up.
 */
function straighten(p: Placer, passes: number): void {
  const { order, dists, x, wanted } = p;
  const layerCount = order.length;
  for (let pass = 0; pass < passes; pass++) {
    const down = pass % 2 === 0;
    for (let step = 0; step < layerCount; step++) {
      const l = down ? step : layerCount - 1 - step;
      const layer = order[l];
      const dist = dists[l];
      if (!layer || !dist) continue;
      const m = layer.length;
      for (let k = 0; k < m; k++) {
        const item = layer[k] ?? 0;
        const n = collect(p, item, true, true);
        if (n === 0) continue;
        const now = x[item] ?? 0;
        const lo = k > 0 ? (x[layer[k - 1] ?? 0] ?? 0) + (dist[k] ?? 0) : -Infinity;
        const hi = k + 1 < m ? (x[layer[k + 1] ?? 0] ?? 0) - (dist[k + 1] ?? 0) : Infinity;
        let best = straightCount(wanted, n, now);
        if (best === n) continue;
        let bestX = now;
        for (let j = 0; j < n; j++) {
          const c = wanted[j] ?? 0;
          if (c < lo - 1e-9 || c > hi + 1e-9) continue;
          const count = straightCount(wanted, n, c);
          if (count > best || (count === best && Math.abs(c - now) < Math.abs(bestX - now))) {
            best = count;
            bestX = c;
          }
        }
        x[item] = bestX;
      }
    }
  }
}

/** How many of `wanted[0 .. n)` the position `at` satisfies (exactly, up to rounding). */
function straightCount(wanted: Float64Array, n: number, at: number): number {
  let count = 0;
  for (let j = 0; j < n; j++) if (Math.abs((wanted[j] ?? 0) - at) < 1e-6) count++;
  return count;
}
