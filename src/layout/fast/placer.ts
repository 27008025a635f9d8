/**
 * Placement state shared by the placement passes (placement.ts) and the clean-up passes
 * (straighten.ts), with the two queries both use.
 */
import type { Grid } from './layering';
import type { Ports } from './ports';

/** Placement state: the layered graph, the order, the spacing, the ports and the positions. */
export interface Placer {
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
export function collect(p: Placer, item: number, above: boolean, below: boolean): number {
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

/**
 * The room `item` has between its layer neighbours, written to `p.room` as [lo, hi] (no
 * allocation: this runs for every dummy).
 */
export function room(p: Placer, item: number): void {
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
