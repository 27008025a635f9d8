/** Test support for the store's layout effect: a stand-in layout and a way to let it settle. */
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';

/** Every node in a column, 300 px apart, edges straight down; resolves at once. */
export function columnLayout(req: LayoutRequest): Promise<LayoutResult> {
  const nodes: LayoutResult['nodes'] = {};
  req.nodes.forEach((n, i) => (nodes[n.id] = { id: n.id, x: 0, y: i * 300, width: n.width, height: n.height }));
  const edges: LayoutResult['edges'] = {};
  for (const e of req.edges) edges[e.id] = { id: e.id, points: [{ x: 0, y: 0 }, { x: 0, y: 10 }] };
  return Promise.resolve({ key: req.key, nodes, edges, width: 300, height: req.nodes.length * 300, ms: 0 });
}

/** Lets pending promises and zero-delay timers run. */
export const flush = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
