/**
 * Clean-up after placement: long edges made straight where their layers leave room, jogs
 * removed where an item can move, and hops that swap places moved apart. Every move stays
 * within the room the item's layer neighbours leave it, so no overlap can appear.
 */
import { SPACING } from '../elkOptions';
import { NODE } from './layering';
import { collect, room, type Placer } from './placer';

/**
 * Straightens each long edge's dummies: splits them, from the top, into as few runs as possible
 * whose rooms (see {@link room}) share an x, and puts each run on one vertical, as close as it
 * can to the run above (the first run: to its upper end's port). The edge then only jogs where
 * its layers leave no common room.
 */
export function straightenChains(p: Placer): void {
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
export function separateSwaps(p: Placer): void {
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
export function straighten(p: Placer, passes: number): void {
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
