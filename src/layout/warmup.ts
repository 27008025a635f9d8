/**
 * The worker's warm-up graphs. The worker warms up its fast layout only when the page asks
 * (it is opening a large document, whose parse leaves time for it); small documents get no
 * warm-up: on two cores it would compete with parsing and rendering.
 */
import type { LayoutEdgeInput, LayoutNodeInput, LayoutRequest } from './protocol';

/**
 * A layered graph of `n` nodes with branches, joins, labels, a back edge and a self-loop, so
 * that every phase of a layout gets exercised.
 */
export function warmupGraph(n: number, seed = 1): LayoutRequest {
  let s = seed;
  const rand = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const nodes: LayoutNodeInput[] = [];
  const edges: LayoutEdgeInput[] = [];
  const id = (i: number): string => `w${i}`;
  const edge = (from: number, to: number, labelled: boolean): void => {
    const e = { id: `${id(from)}->${id(to)}#${edges.length}`, from: id(from), to: id(to) };
    edges.push(labelled ? { ...e, label: { text: 'warm-up', width: 120, height: 18 } } : e);
  };
  for (let i = 0; i < n; i++) {
    nodes.push({ id: id(i), width: 160 + Math.floor(rand() * 60), height: 56 });
    if (i === 0) continue;
    edge(Math.max(0, i - 1 - Math.floor(rand() * 4)), i, rand() < 0.3);
    if (i > 3 && rand() < 0.6) edge(Math.floor(rand() * (i - 1)), i, rand() < 0.3);
  }
  if (n > 4) {
    edge(n - 1, Math.floor(n / 2), true); // back edge
    edge(2, 2, true); // self-loop
  }
  return { key: `warmup-${n}-${seed}`, direction: 'DOWN', nodes, edges };
}

/** The one graph the worker lays out with ELK ('small' tier) to warm it up. */
export const WARMUP_REQUEST: LayoutRequest = warmupGraph(8);
