/**
 * Entry points moved off exit points: see {@link clearEntryPorts}. Runs after placement, before
 * channel tracks are assigned, on the hops' end x.
 */
import { SPACING } from '../elkOptions';
import type { FastGraph } from './graph';
import type { Grid } from './layering';
import type { Ports } from './ports';

/** Verticals closer than this (px) would look like one line. */
const NEAR = SPACING.edgeEdge / 2;

/**
 * Moves entry points on top sides away from the exit points right above them. When an edge
 * enters a node exactly below where another edge leaves the layer above, one of the two
 * verticals would run along the other whatever the tracks (two edges swapping places, e.g. a
 * K2,2 between equal nodes). Each such entry point shifts by up to two edge spacings along its
 * side, if it stays on the side, keeps its order and clears every exit point and its own jog.
 */
export function clearEntryPorts(
  graph: FastGraph,
  grid: Grid,
  ports: Ports,
  x: Float64Array,
  hopX1: Float64Array,
  hopX2: Float64Array,
): void {
  const hopCount = hopX1.length;
  const layerCount = grid.layerCount;
  // Exit x per channel, sorted, for range queries.
  const start = new Int32Array(layerCount + 1);
  for (let h = 0; h < hopCount; h++) {
    const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
    start[l + 1] = (start[l + 1] ?? 0) + 1;
  }
  for (let l = 0; l < layerCount; l++) start[l + 1] = (start[l + 1] ?? 0) + (start[l] ?? 0);
  const exits = new Float64Array(hopCount);
  const fill = start.slice(0, layerCount);
  for (let h = 0; h < hopCount; h++) {
    const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
    exits[fill[l] ?? 0] = hopX1[h] ?? 0;
    fill[l] = (fill[l] ?? 0) + 1;
  }
  for (let l = 0; l < layerCount; l++) exits.subarray(start[l] ?? 0, start[l + 1] ?? 0).sort();
  /** Exit points of channel l within NEAR of `at`, not counting `own` once. */
  const nearExits = (l: number, at: number, own: number): number => {
    let lo = start[l] ?? 0;
    let hi = start[l + 1] ?? 0;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((exits[mid] ?? 0) <= at - NEAR) lo = mid + 1;
      else hi = mid;
    }
    let count = 0;
    for (let i = lo; i < end && (exits[i] ?? 0) < at + NEAR; i++) count++;
    return Math.abs(own - at) < NEAR ? count - 1 : count;
  };
  const entries: number[] = [];
  for (let v = 0; v < graph.ids.length; v++) {
    entries.length = 0;
    for (let j = grid.upStart[v] ?? 0; j < (grid.upStart[v + 1] ?? 0); j++) {
      const hop = grid.upHops[j] ?? 0;
      if ((ports.bottomSide[hop] ?? -1) < 0) entries.push(hop);
    }
    if (entries.length === 0) continue;
    entries.sort((a, b) => (hopX2[a] ?? 0) - (hopX2[b] ?? 0));
    const left = (x[v] ?? 0) - (graph.width[v] ?? 0) / 2 + 2;
    const right = (x[v] ?? 0) + (graph.width[v] ?? 0) / 2 - 2;
    const l = grid.itemLayer[grid.hopTop[entries[0] ?? 0] ?? 0] ?? 0;
    entries.forEach((hop, k) => {
      const at = hopX2[hop] ?? 0;
      const own = hopX1[hop] ?? 0;
      if (Math.abs(at - own) <= 0.5 || nearExits(l, at, own) === 0) return;
      const lo = Math.max(left, k > 0 ? (hopX2[entries[k - 1] ?? 0] ?? 0) + NEAR : -Infinity);
      const hi = Math.min(right, k + 1 < entries.length ? (hopX2[entries[k + 1] ?? 0] ?? 0) - NEAR : Infinity);
      for (const shift of SHIFTS) {
        const to = at + shift;
        if (to < lo || to > hi) continue;
        const jog = Math.abs(to - own);
        if ((jog > 0.5 && jog < NEAR) || nearExits(l, to, own) > 0) continue;
        hopX2[hop] = to;
        return;
      }
    });
  }
}

const SHIFTS = [1, -1, 2, -2, 3, -3, 4, -4].map((k) => k * NEAR);
